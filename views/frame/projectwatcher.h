// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace pw {

class ProjectController;

/// Notices changes that other programs (persona-cli, another window) commit to the open
/// project: it asks SQLite every second, and whenever the application becomes active again.
class ProjectWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ProjectWatcher(ProjectController *projects, QObject *parent = nullptr);

    /// Checks now; emits changedElsewhere() if another connection committed since the last check.
    void check();
    /// Forgets changes made so far (the window has just read everything anew).
    void sync();

Q_SIGNALS:
    void changedElsewhere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ProjectController *m_projects;
    QTimer *m_timer;
    bool m_checking = false;
};

} // namespace pw
