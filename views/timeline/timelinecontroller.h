// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/segmentation.h"
#include "analysis/timeline.h"

#include <QObject>

class QAction;
class QWidget;

namespace pw {

class ProjectController;
class TimelineView;

/// Personas › Make Timeline: asks how often and over which dates (TimelineDialog), runs the
/// as-of runs in the background with progress per run and Cancel, all in one transaction (a
/// cancelled or failed timeline leaves the project as it was), and shows the personas over time
/// (TimelineView).
class TimelineController : public QObject
{
    Q_OBJECT

public:
    TimelineController(QWidget *window, ProjectController *projects);

    QAction *makeAction() const { return m_makeAction; }
    /// The Timeline tab; follows the open project.
    TimelineView *view() const { return m_view; }

    /// Asks for the period and the dates, then makes the timeline.
    void makeTimeline();
    /// Makes a timeline of one run per date of `ends` (see runTimeline()) with `options` (k, the
    /// engine's settings; its asOf is ignored) in the background.
    void run(const QList<QDate> &ends, const SegmentationOptions &options);

Q_SIGNALS:
    /// A timeline of `runs` runs was stored: the project's personas and runs changed.
    void made(int runs);
    /// A line for the status bar.
    void message(const QString &text);

private:
    QWidget *m_window;
    ProjectController *m_projects;
    QAction *m_makeAction;
    TimelineView *m_view;
};

} // namespace pw
