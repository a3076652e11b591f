// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecontroller.h"

#include "analysis/segmentation.h"
#include "frame/backgroundtask.h"
#include "frame/projectcontroller.h"
#include "store/summary.h"
#include "timelinedialog.h"
#include "timelineview.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>

namespace pw {

namespace {

struct TimelineOutcome
{
    std::optional<QList<SegmentationResult>> runs;
    Error error;
};

} // namespace

TimelineController::TimelineController(QWidget *window, ProjectController *projects)
    : QObject(window), m_window(window), m_projects(projects),
      m_makeAction(new QAction(tr("Make &Timeline…"), this)), m_view(new TimelineView)
{
    m_makeAction->setObjectName(QStringLiteral("makeTimelineAction"));
    m_makeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_makeAction->setStatusTip(tr("Segment the data as of every month or quarter and show how the personas changed"));
    connect(m_makeAction, &QAction::triggered, this, &TimelineController::makeTimeline);
    connect(m_view, &TimelineView::makeRequested, this, &TimelineController::makeTimeline);
    connect(m_projects, &ProjectController::projectChanged, this, [this] { m_view->reload(m_projects->project()); });
    connect(this, &QObject::destroyed, m_view, [view = m_view] {
        if (!view->parent())
            delete view;
    });
    m_view->reload(m_projects->project());
}

void TimelineController::makeTimeline()
{
    Project *project = m_projects->project();
    if (!project) {
        QMessageBox::information(m_window, tr("Make Timeline"), tr("Open or create a project first."));
        return;
    }
    if (project->isReadOnly()) {
        QMessageBox::information(m_window, tr("Make Timeline"),
                                 tr("The project is read-only (the file or its folder cannot be written): "
                                    "no timeline can be stored in it."));
        return;
    }
    Error error;
    const auto period = dataPeriod(*project, &error);
    if (!period) {
        QMessageBox::warning(m_window, tr("Make Timeline"), error.toString());
        return;
    }
    if (!period->first.isValid() || !period->second.isValid()) {
        QMessageBox::information(m_window, tr("Make Timeline"),
                                 tr("The project holds no dated orders or events: there is no timeline to make. "
                                    "Import orders or events with dates first."));
        return;
    }
    TimelineDialog dialog(period->first.date(), period->second.date(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SegmentationOptions options;
    options.kMin = dialog.kMin();
    options.kMax = dialog.kMax();
    run(dialog.ends(), options);
}

void TimelineController::run(const QList<QDate> &ends, const SegmentationOptions &options)
{
    Project *project = m_projects->project();
    if (!project || ends.isEmpty())
        return;
    const QString path = project->path();
    runInBackground<TimelineOutcome>(
        m_window, tr("Making the timeline…"),
        [path, ends, options](Progress &progress) {
            TimelineOutcome outcome;
            auto own = Project::open(path, Project::OpenMode::OpenExisting, &outcome.error);
            if (!own)
                return outcome;
            // All the runs or none: a cancelled or failed timeline leaves the project as it was.
            Transaction tx(*own, QStringLiteral("timeline"));
            if (!tx.isActive()) {
                outcome.error.message = tx.lastError();
                return outcome;
            }
            outcome.runs = runTimeline(*own, options, ends, &progress, &outcome.error);
            // Cancel pressed after the last run still cancels: nothing is committed then.
            if (!outcome.runs || !progress.report(1, 1, QString())) {
                outcome.runs.reset();
                tx.rollback();
                return outcome;
            }
            if (!tx.commit()) {
                outcome.runs.reset();
                outcome.error.message = tx.lastError();
            }
            return outcome;
        },
        [this](const TimelineOutcome &outcome, bool canceled) {
            if (canceled) {
                Q_EMIT message(tr("The timeline was cancelled: the project is as it was."));
                return;
            }
            if (!outcome.runs) {
                QMessageBox::warning(m_window, tr("Make Timeline"),
                                     tr("No timeline was made; the project is as it was.\n\n%1")
                                         .arg(outcome.error.toString()));
                return;
            }
            // The window re-reads the project before anything else runs an event loop, in which
            // the new runs would be taken for another program's change.
            Q_EMIT made(int(outcome.runs->size()));
            m_view->reload(m_projects->project());
            m_view->showLatestMovement();
        });
}

} // namespace pw
