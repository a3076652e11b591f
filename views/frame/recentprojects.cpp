// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace pw {

namespace {

const QString arrayKey = QStringLiteral("recent");
/// The list as earlier versions kept it: paths only.
const QString oldKey = QStringLiteral("recentProjects");

} // namespace

QList<RecentProject> RecentProjects::list()
{
    QSettings settings;
    QList<RecentProject> projects;
    if (!settings.contains(arrayKey + QStringLiteral("/size"))) {
        for (const QString &path : settings.value(oldKey).toStringList())
            projects.append({path, QDateTime(), true});
    } else {
        const int size = settings.beginReadArray(arrayKey);
        for (int i = 0; i < size; ++i) {
            settings.setArrayIndex(i);
            const QString path = settings.value(QStringLiteral("path")).toString();
            if (!path.isEmpty())
                projects.append({path, settings.value(QStringLiteral("opened")).toDateTime(), true});
        }
        settings.endArray();
    }
    while (projects.size() > maximum)
        projects.removeLast();
    for (RecentProject &project : projects)
        project.exists = QFileInfo(project.path).isFile();
    return projects;
}

void RecentProjects::add(const QString &path, const QDateTime &opened)
{
    QList<RecentProject> projects = list();
    projects.removeIf([&](const RecentProject &p) { return p.path == path; });
    projects.prepend({path, opened, true});
    write(projects);
}

void RecentProjects::remove(const QString &path)
{
    QList<RecentProject> projects = list();
    projects.removeIf([&](const RecentProject &p) { return p.path == path; });
    write(projects);
}

void RecentProjects::clear()
{
    write({});
}

void RecentProjects::write(const QList<RecentProject> &projects)
{
    QSettings settings;
    settings.remove(oldKey);
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(qMin<qsizetype>(projects.size(), maximum)));
    for (int i = 0; i < projects.size() && i < maximum; ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("path"), projects.at(i).path);
        settings.setValue(QStringLiteral("opened"), projects.at(i).opened);
    }
    settings.endArray();
}

} // namespace pw
