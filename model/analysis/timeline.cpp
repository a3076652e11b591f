// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "common/freedmemory.h"
#include "common/progress.h"
#include "store/project.h"

#include <QCoreApplication>

#include <algorithm>

namespace pw {

QList<QDate> periodEnds(TimelinePeriod every, const QDate &from, const QDate &to)
{
    QList<QDate> ends;
    if (!from.isValid() || !to.isValid() || to < from)
        return ends;
    const int months = every == TimelinePeriod::Quarter ? 3 : 1;
    // The first period that ends on or after `from`: the one holding it.
    QDate start(from.year(), from.month() - (from.month() - 1) % months, 1);
    for (;;) {
        const QDate end = start.addMonths(months).addDays(-1);
        if (end > to)
            break;
        ends << end;
        start = start.addMonths(months);
    }
    return ends;
}

namespace {

/// One run's progress as a part of the timeline's: run `index` of `count` takes an equal share of
/// the whole, and its stage names the run.
class RunProgress final : public Progress
{
public:
    RunProgress(Progress *outer, qsizetype index, qsizetype count, const QDate &asOf)
        : m_outer(outer), m_index(index), m_count(count),
          m_label(QCoreApplication::translate("Timeline", "Run %1 of %2, as of %3")
                      .arg(index + 1)
                      .arg(count)
                      .arg(asOf.toString(Qt::ISODate)))
    {
    }
    bool report(qint64 done, qint64 total, const QString &stage) override
    {
        if (!m_outer)
            return true;
        constexpr qint64 span = 1000;
        const qint64 within = total > 0 ? std::clamp<qint64>(done * span / total, 0, span) : 0;
        return m_outer->report(qint64(m_index) * span + within, qint64(m_count) * span,
                               stage.isEmpty() ? m_label : m_label + QStringLiteral(": ") + stage);
    }

private:
    Progress *m_outer;
    qsizetype m_index;
    qsizetype m_count;
    QString m_label;
};

} // namespace

std::optional<QList<SegmentationResult>> runTimeline(Project &project, const SegmentationOptions &options,
    const QList<QDate> &ends, Progress *progress, Error *error)
{
    QList<SegmentationResult> results;
    // Every run allocates what the one before freed: keep it (see KeepFreedMemory).
    const KeepFreedMemory reuse;
    TimelineReads reads;
    for (const QDate &end : ends) {
        SegmentationOptions one = options;
        one.asOf = end;
        one.reads = &reads;
        if (!results.isEmpty()) {
            one.previousRun = results.last().runId;
            if (options.k == 0)
                one.preferK = results.last().k;
        }
        Error local;
        RunProgress runProgress(progress, results.size(), ends.size(), end);
        std::optional<SegmentationResult> result = runSegmentation(project, one, &runProgress, &local);
        if (!result) {
            if (error)
                error->message = QCoreApplication::translate("Timeline", "The run as of %1 failed: %2")
                                     .arg(end.toString(Qt::ISODate), local.toString());
            return std::nullopt;
        }
        // The runs of one timeline carry its first run's id (RunHistory::history starts there).
        const qint64 first = results.isEmpty() ? result->runId : results.first().runId;
        if (!project.exec(QStringLiteral("UPDATE segmentation_runs SET timeline = ? WHERE id = ?"), {first, result->runId},
                          &local)) {
            if (error)
                *error = local;
            return std::nullopt;
        }
        results << *result;
    }
    return results;
}

} // namespace pw
