// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "store/project.h"

#include <QCoreApplication>

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

std::optional<QList<SegmentationResult>> runTimeline(Project &project, const SegmentationOptions &options,
    const QList<QDate> &ends, Progress *progress, Error *error)
{
    QList<SegmentationResult> results;
    for (const QDate &end : ends) {
        SegmentationOptions one = options;
        one.asOf = end;
        if (options.k == 0 && !results.isEmpty())
            one.preferK = results.last().k;
        Error local;
        std::optional<SegmentationResult> result = runSegmentation(project, one, progress, &local);
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
