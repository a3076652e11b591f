// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectwatcher.h"

#include "projectcontroller.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace pw {

ProjectWatcher::ProjectWatcher(ProjectController *projects, QObject *parent)
    : QObject(parent), m_projects(projects), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ProjectWatcher::check);
    m_timer->start();
    qApp->installEventFilter(this);
}

void ProjectWatcher::check()
{
    Project *project = m_projects->project();
    if (!project || m_checking)
        return;
    // While a modal dialog runs its own loop the window is not reloaded under it: the change
    // stays pending (data_version is read again at the next check) until the dialog closes.
    if (QApplication::activeModalWidget())
        return;
    m_checking = true;
    if (project->changedElsewhere())
        Q_EMIT changedElsewhere();
    m_checking = false;
}

void ProjectWatcher::sync()
{
    if (Project *project = m_projects->project())
        project->changedElsewhere();
}

bool ProjectWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationActivate)
        QTimer::singleShot(0, this, &ProjectWatcher::check);
    return QObject::eventFilter(watched, event);
}

} // namespace pw
