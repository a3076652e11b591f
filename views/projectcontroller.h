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

/// Owns the open project: File > New, Open, Open Recent and Quit, the recent-files list and the
/// window's geometry in QSettings, and the offer to open the demo store on first start.
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
    QAction *quitAction() const { return m_quitAction; }

    /// Opens (or with `create`, creates) the project at `path`; on failure keeps the current
    /// project and shows a message naming the file, or, when `error` is given, fills it instead
    /// (a window that must not wait on a message box: screenshots).
    bool openProject(const QString &path, bool create = false, QString *error = nullptr);
    /// The most recently opened project that still exists, or empty.
    QString lastProject() const;
    /// Asks whether to open the demo store and, if so, creates it in the background (or reuses it).
    void offerDemo();
    /// Opens the demo project at `path`, creating it from the demo store in the background first
    /// if it does not exist yet.
    void openDemo(const QString &path);

    /// Restores and saves the window's geometry and dock/toolbar state.
    void restoreWindowState();
    void saveWindowState();

Q_SIGNALS:
    /// A different project is open (or none).
    void projectChanged();

private:
    void newProject();
    void openWithDialog();
    /// Asks whether to remove `objects` (one line each) from the project at `path`.
    bool askToRemove(const QString &path, const QStringList &objects);
    void addRecent(const QString &path);
    void rebuildRecentMenu();

    QMainWindow *m_window;
    std::unique_ptr<Project> m_project;
    QAction *m_newAction;
    QAction *m_openAction;
    QMenu *m_recentMenu;
    QAction *m_quitAction;
};

} // namespace pw
