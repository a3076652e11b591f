// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/personatemplate.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QMenuBar;
class QPushButton;
class QUndoStack;

namespace pw {

class Project;

/// The template editor: the project's templates; create, duplicate, rename and delete them; add,
/// remove and reorder their sections and set each section's title, type, scale poles or figures;
/// export a template to a JSON file and import one. Every change is saved to the project at once
/// and can be undone (undoStack()). Built-in templates are read-only: duplicate one to make it
/// your own.
class TemplateEditor : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateEditor(Project *project, QWidget *parent = nullptr);

    /// Selects the template with `id`.
    void selectTemplate(qint64 id);
    /// The template being edited (as last saved).
    const PersonaTemplate *current() const;

    // The operations behind the buttons (public for tests and automation).
    qint64 createTemplate();
    qint64 duplicateTemplate();
    bool deleteTemplate();
    void renameTemplate(const QString &name);
    void addSection(SectionType type);
    void removeSection();
    void moveSection(int delta);
    void setSectionTitle(const QString &title);
    void setSectionType(SectionType type);
    void setSectionPoles(const QString &left, const QString &right);
    void setSectionFigures(const QStringList &figures);
    bool exportTo(const QString &path, QString *error);
    qint64 importFrom(const QString &path, QString *error);

    /// The history of this editor's changes: every operation above pushes one named command.
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Shows `menu` (the window's Edit menu, whose Undo and Redo follow undoStack() while the
    /// editor has focus) in the editor's own menu bar, since the dialog is modal.
    void showEditMenu(QMenu *menu);
    /// For TemplateChange: writes the change of a template from `from` to `to` (nullopt: absent)
    /// and shows it with section `sectionRow` selected. A deletion stores the ids of the personas
    /// that were on the template in `personaIds`; putting the template back puts them back on it.
    bool applyChange(const std::optional<PersonaTemplate> &from, std::optional<PersonaTemplate> &to,
                     QList<qint64> &personaIds, int sectionRow);

private:
    void reloadTemplates(qint64 selectId);
    void showTemplate();
    void showSection();
    /// Pushes the change of the current template (or a new one) onto the undo stack; returns
    /// whether it was written.
    bool change(const std::optional<PersonaTemplate> &before, const std::optional<PersonaTemplate> &after,
                int sectionRowAfter, const QString &text);
    /// The current template if it is the user's own (and, with `needSection`, a section is
    /// selected), else null.
    const PersonaTemplate *editable(bool needSection) const;
    void exportWithDialog();
    void importWithDialog();

    Project *m_project;
    QList<PersonaTemplate> m_templates;
    /// Per template id, the revision this editor last read or wrote: an undo or redo writes over
    /// that and nothing newer (another program's change since is a conflict).
    QHash<qint64, qint64> m_seen;
    int m_sectionRow = -1;
    QListWidget *m_templateList;
    QLineEdit *m_name;
    QListWidget *m_sectionList;
    QLineEdit *m_title;
    QComboBox *m_type;
    QLineEdit *m_leftPole;
    QLineEdit *m_rightPole;
    QListWidget *m_figures;
    QLabel *m_builtinHint;
    QList<QWidget *> m_editing; ///< disabled for built-in templates
    QPushButton *m_deleteButton;
    QUndoStack *m_undoStack;
    QMenuBar *m_menuBar = nullptr;
    qint64 m_lastId = 0; ///< the template the last applied change left selected
};

} // namespace pw
