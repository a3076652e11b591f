// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include "import/importer.h"

class QAction;
class QWidget;

namespace pw {

class ProjectController;

/// File > Import… and files dropped onto the window: opens the import wizard for each file
/// (ImportWizard), then imports them into the open project on a worker thread with progress and
/// cancel, and reports what landed and the first bad rows.
class ImportController : public QObject
{
    Q_OBJECT

public:
    /// Accepts drops on `window` (it installs itself as the window's event filter).
    ImportController(QWidget *window, ProjectController *projects);

    QAction *importAction() const { return m_importAction; }
    /// The action that proposes personas: offered in the result of an import that changed the
    /// data under existing personas.
    void setProposeAction(QAction *action) { m_proposeAction = action; }

    /// Imports `files` into the open project in the background, with default options.
    void importFiles(const QStringList &files);
    /// Opens the import wizard for each of `files`, then imports those accepted.
    void importWithWizard(const QStringList &files);

Q_SIGNALS:
    /// The project's data changed.
    void imported();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void importWithDialog();
    /// Imports each file with its options, in the background, in one task.
    void runImports(QList<QPair<QString, ImportOptions>> jobs);

    QWidget *m_window;
    ProjectController *m_projects;
    QAction *m_importAction;
    QAction *m_proposeAction = nullptr;
    QString m_keepConfirmedFor; ///< the project whose readable identifiers the user confirmed
};

} // namespace pw
