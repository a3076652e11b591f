// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "language.h"
#include "store/project.h"
#include "timelinehistorypanel.h"
#include "timelinemovementpanel.h"
#include "timelinesource.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pw {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_empty(new QLabel), m_makeButton(new QPushButton(tr("Make Timeline…"))),
      m_summary(new QLabel), m_sections(new QTabWidget), m_history(new TimelineHistoryPanel),
      m_movement(new TimelineMovementPanel)
{
    setObjectName(QStringLiteral("timelineView"));
    m_makeButton->setObjectName(QStringLiteral("makeTimelineButton"));

    auto *emptyPage = new QWidget;
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMaximumWidth(560);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_empty);
    textRow->addStretch();
    emptyLayout->addLayout(textRow);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_makeButton);
    buttonRow->addStretch();
    emptyLayout->addLayout(buttonRow);
    emptyLayout->addStretch();

    auto *content = new QWidget;
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setWordWrap(true);
    auto *again = new QPushButton(tr("Make Another Timeline…"));
    again->setObjectName(QStringLiteral("remakeTimelineButton"));
    again->setToolTip(tr("A new timeline replaces this one in the view; its runs stay in the project"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(again);
    m_sections->setObjectName(QStringLiteral("timelineSections"));
    m_sections->addTab(m_history, tr("Each Persona's History"));
    m_sections->addTab(m_movement, tr("Movement Between Personas"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_sections, 1);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(m_makeButton, &QPushButton::clicked, this, &TimelineView::makeRequested);
    connect(again, &QPushButton::clicked, this, &TimelineView::makeRequested);
}

void TimelineView::reload(Project *project)
{
    m_project = project;
    m_dirty = true;
    if (isVisible())
        refreshNow();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshNow();
}

void TimelineView::showLatestMovement()
{
    refreshNow();
    m_movement->chooseLastTwo();
}

void TimelineView::refreshNow()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_hasTimeline = m_project
        && m_project->scalar(QStringLiteral("SELECT count(*) FROM segmentation_runs WHERE timeline IS NOT NULL")).toLongLong() > 0;
    m_makeButton->setEnabled(m_project && !m_project->isReadOnly());
    if (!m_hasTimeline) {
        m_empty->setText(m_project ? tr("<p><b>No timeline yet.</b></p><p>A timeline segments the data as it stood at the end "
                                        "of every month or quarter and matches each run to the personas of the one before. "
                                        "It shows how each persona's size and figures changed, which personas drifted, and "
                                        "how many people went from one persona to another, into the store and out of it.</p>")
                                   : tr("Open or create a project to make a timeline."));
        m_history->clear();
        m_movement->clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    TimelineSource source;
    source.project = m_project;
    source.language = applicationLanguage();
    Error error;
    const auto history = RunHistory::history(*m_project, m_history->threshold(), &error);
    if (history)
        source.history = *history;
    // A persona that is no longer in the project says until when it was (personas of one
    // archetype share a generated name).
    QSet<qint64> current;
    QSqlQuery ids(m_project->db());
    if (ids.exec(QStringLiteral("SELECT id FROM personas")))
        while (ids.next())
            current.insert(ids.value(0).toLongLong());
    QHash<qint64, QDate> runDate;
    for (const SegmentationRun &run : source.history.runs)
        runDate.insert(run.id, run.asOf.value_or(QDate()));
    for (const PersonaHistory &ph : source.history.personas) {
        QString name = ph.latest.displayName(source.language);
        if (!current.contains(ph.personaId) && !ph.points.isEmpty() && runDate.value(ph.points.last().runId).isValid())
            name = tr("%1 (until %2)").arg(name, TimelineSource::isoDate(runDate.value(ph.points.last().runId)));
        source.names.insert(ph.personaId, name);
        source.colors.insert(ph.personaId, QColor(ph.latest.color));
    }
    const qint64 last = m_project
                            ->scalar(QStringLiteral("SELECT max(m) FROM (SELECT max(order_date) AS m FROM orders"
                                                    " UNION ALL SELECT max(timestamp) FROM events)"))
                            .toLongLong();
    source.lastDataDate = QDateTime::fromSecsSinceEpoch(last, QTimeZone::utc()).date();
    m_history->setSource(source);
    m_movement->setSource(source);
    QApplication::restoreOverrideCursor();
    const QList<SegmentationRun> &runs = source.history.runs;
    if (!history)
        m_summary->setText(error.toString());
    else if (!runs.isEmpty())
        m_summary->setText(tr("%1 runs, from %2 to %3, %4 personas.")
                               .arg(QLocale().toString(runs.size()), TimelineSource::isoDate(source.dateOf(runs.first())),
                                    TimelineSource::isoDate(source.dateOf(runs.last())),
                                    QLocale().toString(source.history.personas.size())));
    m_stack->setCurrentIndex(1);
}

} // namespace pw
