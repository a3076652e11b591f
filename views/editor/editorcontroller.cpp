// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorcontroller.h"

#include "comparisonview.h"
#include "personadocument.h"
#include "personaeditor.h"
#include "personaform.h"
#include "frame/projectcontroller.h"
#include "templateeditor.h"
#include "versionsdialog.h"

#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>

namespace pw {

EditorController::EditorController(QMainWindow *window, ProjectController *projects)
    : QObject(window), m_window(window), m_projects(projects), m_document(new PersonaDocument(this)),
      m_editor(new PersonaEditor(m_document)), m_comparison(new ComparisonView(m_document)),
      m_editMenu(new QMenu(tr("&Edit"), window)), m_newAction(new QAction(tr("&New Persona"), this)),
      m_duplicateAction(new QAction(tr("&Duplicate Persona"), this)),
      m_deleteAction(new QAction(tr("De&lete Persona"), this)), m_moveUpAction(new QAction(tr("Move &Up"), this)),
      m_moveDownAction(new QAction(tr("Move Do&wn"), this)), m_templatesAction(new QAction(tr("Edit &Templates…"), this)),
      m_versionsAction(new QAction(tr("&Versions…"), this)),
      m_undoGroup(new QUndoGroup(this))
{
    // Undo and Redo follow the persona edits, or the template edits while the template editor
    // has focus.
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_moveUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    connect(m_newAction, &QAction::triggered, this, [this] { m_document->addPersona(); });
    connect(m_duplicateAction, &QAction::triggered, this, [this] { m_document->duplicatePersona(m_current); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_document->removePersona(m_current); });
    connect(m_moveUpAction, &QAction::triggered, this, [this] { m_document->movePersona(m_current, -1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { m_document->movePersona(m_current, 1); });
    connect(m_templatesAction, &QAction::triggered, this, &EditorController::editTemplates);
    m_versionsAction->setObjectName(QStringLiteral("versionsAction"));
    m_versionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_versionsAction->setStatusTip(tr("Every version of the persona: compare two, restore one"));
    connect(m_versionsAction, &QAction::triggered, this, &EditorController::showVersions);

    auto follow = [this](qint64 id, bool listChanged) {
        m_editing = true;
        Q_EMIT personasEdited(id, listChanged);
        m_editing = false;
        updateActions();
    };
    connect(m_document, &PersonaDocument::personaChanged, this, [follow](qint64 id) { follow(id, false); });
    connect(m_document, &PersonaDocument::listChanged, this, [follow](qint64 id) { follow(id, true); });
    connect(m_document, &PersonaDocument::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Persona Workbench"), tr("The change cannot be saved: %1").arg(message));
    });
    // A conflict with another program is told in the status bar. When the edit was not kept, a
    // box says so too; it neither blocks the window nor takes the keyboard, so what the user goes
    // on typing reaches the field (the window has already reloaded).
    connect(m_document, &PersonaDocument::conflict, this, [this](const QString &text, bool kept) {
        Q_EMIT message(text);
        if (kept)
            return;
        if (m_conflictBox) {
            m_conflictBox->setText(text);
            return;
        }
        m_conflictBox = new QMessageBox(QMessageBox::Information, tr("Persona Workbench"), text, QMessageBox::Ok,
                                        m_window);
        m_conflictBox->setObjectName(QStringLiteral("conflictBox"));
        m_conflictBox->setAttribute(Qt::WA_DeleteOnClose);
        m_conflictBox->setAttribute(Qt::WA_ShowWithoutActivating);
        m_conflictBox->setWindowModality(Qt::NonModal);
        m_conflictBox->show();
    });
    updateActions();
}

EditorController::~EditorController() = default;

void EditorController::addPersonaActions(QMenu *menu) const
{
    menu->addSeparator();
    menu->addAction(m_newAction);
    menu->addAction(m_duplicateAction);
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addAction(m_moveUpAction);
    menu->addAction(m_moveDownAction);
    menu->addSeparator();
    menu->addAction(m_versionsAction);
    menu->addAction(m_templatesAction);
}

VersionsDialog *EditorController::versionsDialog() const
{
    return m_versionsDialog;
}

void EditorController::showVersions()
{
    if (!m_document->project() || !m_document->persona(m_current))
        return;
    if (!m_versionsDialog) {
        m_versionsDialog = new VersionsDialog(m_document, m_current, m_window);
        m_versionsDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Undo and Redo reach the window's history from the dialog too (a restore is one step).
        for (QAction *action : m_editMenu->actions())
            if (action->objectName() == QLatin1String("undoAction") || action->objectName() == QLatin1String("redoAction"))
                m_versionsDialog->addAction(action);
    } else {
        m_versionsDialog->setPersona(m_current);
    }
    m_versionsDialog->show();
    m_versionsDialog->raise();
    m_versionsDialog->activateWindow();
}

void EditorController::reload()
{
    if (m_document->project() != m_projects->project())
        m_document->setProject(m_projects->project());
    else if (m_editing)
        m_document->reread(); // the window follows our own edit: keep the undo history
    else
        m_document->reload();
    m_comparison->reload();
    updateActions();
}

QString EditorController::reloadAfterExternalChange()
{
    if (m_document->project() != m_projects->project()) {
        reload();
        return {};
    }
    QString dropped;
    const QMetaObject::Connection told = connect(m_document, &PersonaDocument::stepsDropped, this,
                                                 [&dropped](const QString &text) { dropped = text; });
    m_document->rereadAfterExternalChange();
    disconnect(told);
    m_comparison->reload();
    updateActions();
    return dropped;
}

void EditorController::setCurrent(qint64 id, const CardContext &context)
{
    m_current = id;
    m_editor->setPersona(id, context);
    if (m_versionsDialog && id > 0)
        m_versionsDialog->setPersona(id); // the dialog follows the persona the window shows
    updateActions();
}

void EditorController::updateActions()
{
    // A project in a read-only place is never changed: no persona is added, removed or moved.
    const bool open = m_document->project() != nullptr && !m_document->project()->isReadOnly();
    const bool current = open && m_document->persona(m_current) != nullptr;
    int row = -1;
    for (int i = 0; i < m_document->personas().size(); ++i)
        if (m_document->personas()[i].id == m_current)
            row = i;
    m_newAction->setEnabled(open);
    m_duplicateAction->setEnabled(current);
    m_deleteAction->setEnabled(current);
    m_moveUpAction->setEnabled(current && row > 0);
    m_moveDownAction->setEnabled(current && row >= 0 && row < m_document->personas().size() - 1);
    m_templatesAction->setEnabled(open);
    // Versions are read (and compared) in a read-only project too; Restore is then off.
    m_versionsAction->setEnabled(m_document->project() != nullptr && m_document->persona(m_current) != nullptr);
}

void EditorController::editTemplates()
{
    Project *project = m_document->project();
    if (!project)
        return;
    TemplateEditor dialog(project, m_window);
    m_undoGroup->addStack(dialog.undoStack());
    dialog.showEditMenu(m_editMenu);
    // The template editor's history is the active one while it has focus (it is modal, but the
    // focus may still move to another window, e.g. a message box).
    const QMetaObject::Connection follow
        = connect(qApp, &QApplication::focusChanged, this, [this, &dialog](QWidget *, QWidget *now) {
              if (!now || now->window()->windowType() == Qt::Popup) // e.g. the Edit menu itself
                  return;
              m_undoGroup->setActiveStack(now->window() == &dialog ? dialog.undoStack() : m_document->undoStack());
          });
    m_undoGroup->setActiveStack(dialog.undoStack());
    dialog.exec();
    disconnect(follow);
    m_undoGroup->removeStack(dialog.undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    // Templates may have changed: the personas carry their definitions.
    const qint64 current = m_current;
    m_document->reread();
    m_editor->form()->rebuild();
    m_comparison->reload();
    m_editing = true;
    Q_EMIT personasEdited(current, true);
    m_editing = false;
}

} // namespace pw
