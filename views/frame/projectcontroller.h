// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/project.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace pw {

/// Owns the open project: File > New, Open, Open Recent, Close and Quit, the recent-projects list
/// (RecentProjects, in QSettings) and the demo store.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    explicit ProjectController(QMainWindow *window);
    ~ProjectController() override;

    /// The open project, or null.
    Project *project() const { return m_project.get(); }

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *quitAction() const { return m_quitAction; }

    /// Opens (or with `create`, creates) the project at `path`; on failure keeps the current
    /// project and shows a message naming the file, or, when `error` is given, fills it instead
    /// (a window that must not wait on a message box: screenshots).
    bool openProject(const QString &path, bool create = false, QString *error = nullptr);
    /// Closes the open project, if any.
    void closeProject();
    /// The most recently opened project that still exists, or empty.
    QString lastProject() const;
    /// Where the demo store's project is kept (in the application's data folder).
    static QString demoPath();
    /// Opens the demo store at demoPath(), creating it in the background first if need be.
    void openDemoStore();
    /// Opens the demo project at `path`, creating it from the demo store in the background first
    /// if it does not exist yet.
    void openDemo(const QString &path);

    /// Asks for a new project's file and creates it (replacing a file of that name); returns
    /// whether a project was created and opened.
    bool newProject();
    /// Creates the project at `path` (a file of that name is replaced) and opens it.
    bool createProject(const QString &path);
    /// Asks for a project file and opens it.
    void openWithDialog();
    /// Takes `path` off the recent list, or empties it.
    void removeRecent(const QString &path);
    void clearRecent();

Q_SIGNALS:
    /// A different project is open (or none).
    void projectChanged();
    /// The recent list changed.
    void recentChanged();

private:
    /// Asks whether to remove `objects` (one line each) from the project at `path`.
    bool askToRemove(const QString &path, const QStringList &objects);
    void addRecent(const QString &path);
    void rebuildRecentMenu();

    QMainWindow *m_window;
    std::unique_ptr<Project> m_project;
    QAction *m_newAction;
    QAction *m_openAction;
    QMenu *m_recentMenu;
    QAction *m_closeAction;
    QAction *m_quitAction;
};

} // namespace pw
