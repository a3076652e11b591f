// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recentprojects.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pw {

/// What the main window shows while no project is open: the ways to start (the demo store, a new
/// project with its data, an existing project), the recent projects (a missing file greyed,
/// "not found", removable) and how the product works in three steps. It only asks: the main
/// window wires its requests to ProjectController.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Shows `projects` (most recent first) in the recent list.
    void setRecent(const QList<RecentProject> &projects);
    /// The recent list's rows, in order; each has the properties "path" and "missing".
    QList<QPushButton *> recentItems() const;
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *newProjectButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void openDemoRequested();
    void newProjectRequested();
    void openProjectRequested();
    void openRecentRequested(const QString &path);
    void removeRecentRequested(const QString &path);
    void clearRecentRequested();

private:
    QWidget *makeHeader();
    QWidget *makeStart();
    QWidget *makeRecent();
    QWidget *makeSteps();
    QPushButton *makeRow(const RecentProject &project);

    QPushButton *m_demo = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QVBoxLayout *m_recentRows = nullptr;
    QLabel *m_noRecent = nullptr;
    QPushButton *m_clear = nullptr;
    QList<QPushButton *> m_items;
};

} // namespace pw
