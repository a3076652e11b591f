// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "backgroundtask.h"
#include "demo/demostore.h"
#include "language.h"
#include "recentprojects.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace pw {

namespace {

QString projectFilter()
{
    return ProjectController::tr("Persona projects (*.personas)");
}

struct DemoResult
{
    bool ok = false;
    Error error;
};

} // namespace

ProjectController::ProjectController(QMainWindow *window)
    : QObject(window), m_window(window),
      m_newAction(new QAction(tr("&New Project…"), this)),
      m_openAction(new QAction(tr("&Open Project…"), this)),
      m_recentMenu(new QMenu(tr("Open &Recent"), window)),
      m_closeAction(new QAction(tr("&Close Project"), this)),
      m_quitAction(new QAction(tr("&Quit"), this))
{
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction->setShortcut(QKeySequence::Open);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_newAction, &QAction::triggered, this, &ProjectController::newProject);
    connect(m_openAction, &QAction::triggered, this, &ProjectController::openWithDialog);
    connect(m_closeAction, &QAction::triggered, this, &ProjectController::closeProject);
    // A file may have gone since the list was made: the menu says so each time it opens.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ProjectController::rebuildRecentMenu);
    connect(m_quitAction, &QAction::triggered, m_window, &QWidget::close);
    rebuildRecentMenu();
}

ProjectController::~ProjectController() = default;

bool ProjectController::openProject(const QString &path, bool create, QString *error)
{
    Error failure;
    const Project::OpenMode mode = create ? Project::OpenMode::CreateIfMissing : Project::OpenMode::OpenExisting;
    QStringList removable;
    auto project = Project::open(path, mode, &failure, Project::OpenOptions(), &removable);
    // Objects in the file that Persona Workbench did not make (a trigger could change the data
    // on every write): removed only when the user says so; an unattended start refuses.
    if (!project && !removable.isEmpty() && !error && askToRemove(path, removable)) {
        Project::OpenOptions remove;
        remove.removeForeignObjects = true;
        project = Project::open(path, mode, &failure, remove);
    }
    if (!project) {
        const QString text = tr("The project %1 cannot be opened.\n\n%2").arg(QDir::toNativeSeparators(path), failure.message);
        if (error)
            *error = text;
        else
            QMessageBox::warning(m_window, tr("Cannot open the project"), text);
        return false;
    }
    m_project = std::move(project);
    m_closeAction->setEnabled(true);
    addRecent(m_project->path());
    m_window->setWindowFilePath(m_project->path());
    m_window->setWindowTitle(m_project->isReadOnly()
                                 ? tr("%1 (read-only) – Persona Workbench").arg(QFileInfo(m_project->path()).completeBaseName())
                                 : tr("%1 – Persona Workbench").arg(QFileInfo(m_project->path()).completeBaseName()));
    Q_EMIT projectChanged();
    return true;
}

void ProjectController::closeProject()
{
    if (!m_project)
        return;
    m_project.reset();
    m_closeAction->setEnabled(false);
    m_window->setWindowFilePath(QString());
    m_window->setWindowTitle(tr("Persona Workbench"));
    Q_EMIT projectChanged();
}

bool ProjectController::askToRemove(const QString &path, const QStringList &objects)
{
    QMessageBox box(QMessageBox::Warning, tr("Open Project"),
                    tr("The project %1 holds objects that Persona Workbench did not create. They could change or "
                       "hide your data whenever the project is written.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("removeForeignObjectsBox"));
    box.setInformativeText(tr("Remove them and open the project? The file is changed only if you choose to remove "
                              "them."));
    QStringList lines;
    for (const QString &object : objects)
        lines.append(QStringLiteral("• ") + object);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton *remove = box.addButton(tr("Remove and Open"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

QString ProjectController::lastProject() const
{
    for (const RecentProject &recent : RecentProjects::list())
        if (recent.exists)
            return recent.path;
    return {};
}

QString ProjectController::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.personas"));
}

void ProjectController::openDemoStore()
{
    const QString path = demoPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        QMessageBox::warning(m_window, tr("Demo store"),
                             tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    openDemo(path);
}

void ProjectController::openDemo(const QString &path)
{
    if (QFileInfo::exists(path)) {
        openProject(path);
        return;
    }
    runInBackground<DemoResult>(
        m_window, tr("Creating the demo store…"),
        [path](Progress &progress) {
            DemoResult result;
            result.ok = createDemoProject(path, &progress, &result.error);
            return result;
        },
        [this, path](const DemoResult &result, bool canceled) {
            if (result.ok) {
                openProject(path);
            } else if (!canceled) {
                QMessageBox::warning(m_window, tr("Demo store"),
                                     tr("The demo store cannot be created.\n\n%1").arg(result.error.toString()));
            }
        });
}

bool ProjectController::newProject()
{
    const QString start = m_project ? QFileInfo(m_project->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Project"), start, projectFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".personas")))
        path += QLatin1String(".personas");
    return createProject(path);
}

bool ProjectController::createProject(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(m_window, tr("New Project"),
                             tr("The file %1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openProject(path, true);
}

void ProjectController::openWithDialog()
{
    const QString start = m_project ? QFileInfo(m_project->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), start, projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void ProjectController::addRecent(const QString &path)
{
    RecentProjects::add(path);
    rebuildRecentMenu();
    Q_EMIT recentChanged();
}

void ProjectController::removeRecent(const QString &path)
{
    RecentProjects::remove(path);
    rebuildRecentMenu();
    Q_EMIT recentChanged();
}

void ProjectController::clearRecent()
{
    RecentProjects::clear();
    rebuildRecentMenu();
    Q_EMIT recentChanged();
}

void ProjectController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<RecentProject> recent = RecentProjects::list();
    const QFontMetrics metrics(m_recentMenu->font());
    int number = 0;
    for (const RecentProject &project : recent) {
        const QFileInfo file(project.path);
        // The file's name first (what people recognise), its folder after, shortened in the middle.
        const QString folder = metrics.elidedText(QDir::toNativeSeparators(file.absolutePath()), Qt::ElideMiddle,
                                                  metrics.averageCharWidth() * 48);
        // An ampersand in a name is shown, not taken for the shortcut's mark.
        QString text = QStringLiteral("&%1  ").arg(++number)
            + QStringLiteral("%1  —  %2")
                  .arg(isolated(file.fileName()), isolated(folder))
                  .replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (!project.exists)
            text += QStringLiteral("  ") + tr("(not found)");
        QAction *action = m_recentMenu->addAction(text);
        action->setData(project.path);
        action->setToolTip(QDir::toNativeSeparators(project.path));
        action->setEnabled(project.exists);
        const QString path = project.path;
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Projects"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, &ProjectController::clearRecent);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace pw
