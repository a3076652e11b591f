// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "backgroundtask.h"
#include "demo/demostore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace pw {

namespace {

const QString recentKey = QStringLiteral("recentProjects");
constexpr int maxRecent = 8;

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
      m_quitAction(new QAction(tr("&Quit"), this))
{
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction->setShortcut(QKeySequence::Open);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_newAction, &QAction::triggered, this, &ProjectController::newProject);
    connect(m_openAction, &QAction::triggered, this, &ProjectController::openWithDialog);
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
    addRecent(m_project->path());
    m_window->setWindowFilePath(m_project->path());
    m_window->setWindowTitle(m_project->isReadOnly()
                                 ? tr("%1 (read-only) – Persona Workbench").arg(QFileInfo(m_project->path()).completeBaseName())
                                 : tr("%1 – Persona Workbench").arg(QFileInfo(m_project->path()).completeBaseName()));
    Q_EMIT projectChanged();
    return true;
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
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent)
        if (QFileInfo::exists(path))
            return path;
    return {};
}

void ProjectController::offerDemo()
{
    const auto answer = QMessageBox::question(
        m_window, tr("Welcome to Persona Workbench"),
        tr("There is no project yet. Open the demo store, a small shop with 3,000 customers, to see how "
           "personas come out of real-looking data?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        QMessageBox::warning(m_window, tr("Demo store"),
                             tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    openDemo(QDir(folder).filePath(QStringLiteral("demo.personas")));
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

void ProjectController::newProject()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Project"), QDir::homePath(), projectFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".personas")))
        path += QLatin1String(".personas");
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(m_window, tr("New Project"),
                             tr("The file %1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openProject(path, true);
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
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    rebuildRecentMenu();
}

void ProjectController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void ProjectController::restoreWindowState()
{
    QSettings settings;
    if (!m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        m_window->resize(1200, 780);
    m_window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void ProjectController::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window->saveState());
}

} // namespace pw
