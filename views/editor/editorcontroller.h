// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardrenderer.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QMessageBox;
class QUndoGroup;

namespace pw {

class ComparisonView;
class PersonaDocument;
class PersonaEditor;
class ProjectController;
class VersionsDialog;

/// Owns persona editing: the document with its undo stack, the persona editor, the comparison
/// view, the Edit menu (undo and redo with the command names) and the persona actions (new,
/// duplicate, delete, move up and down, edit templates).
class EditorController : public QObject
{
    Q_OBJECT

public:
    EditorController(QMainWindow *window, ProjectController *projects);
    ~EditorController() override;

    PersonaDocument *document() const { return m_document; }
    PersonaEditor *editor() const { return m_editor; }
    ComparisonView *comparison() const { return m_comparison; }
    /// The Edit menu: Undo and Redo (of the persona edits, or of the template edits while the
    /// template editor has focus).
    QMenu *editMenu() const { return m_editMenu; }
    /// Adds the persona actions to `menu`.
    void addPersonaActions(QMenu *menu) const;
    QAction *newPersonaAction() const { return m_newAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *templatesAction() const { return m_templatesAction; }
    /// Persona › Versions…: the current persona's versions, compared and restored.
    QAction *versionsAction() const { return m_versionsAction; }
    /// The open Versions dialog, if any.
    VersionsDialog *versionsDialog() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    /// Re-reads the open project's personas (after it changed, new data or a new segmentation);
    /// clears the undo history.
    void reload();
    /// Re-reads the personas after another program changed the project, keeping the undo steps
    /// that still apply; returns what the status bar should say of the steps dropped (empty when
    /// none was).
    QString reloadAfterExternalChange();
    /// The persona the window shows, with its card context.
    void setCurrent(qint64 id, const CardContext &context);

Q_SIGNALS:
    /// Personas were edited; the list should show `currentId` as the current one. With
    /// `listChanged`, personas were added, removed or reordered.
    void personasEdited(qint64 currentId, bool listChanged);
    /// A note for the status bar.
    void message(const QString &text);

private:
    void updateActions();
    void editTemplates();
    void showVersions();

    QMainWindow *m_window;
    ProjectController *m_projects;
    PersonaDocument *m_document;
    PersonaEditor *m_editor;
    ComparisonView *m_comparison;
    QMenu *m_editMenu;
    QAction *m_newAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_templatesAction;
    QAction *m_versionsAction;
    QPointer<VersionsDialog> m_versionsDialog;
    QUndoGroup *m_undoGroup; ///< the persona edits and, while it is open, the template editor's
    QPointer<QMessageBox> m_conflictBox; ///< the open box telling of an edit not kept, if any
    qint64 m_current = 0;
    bool m_editing = false; ///< true while the window follows an edit of ours
};

} // namespace pw
