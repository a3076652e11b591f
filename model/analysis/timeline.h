// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orderscan.h"
#include "segmentation.h"
#include "segmentmix.h"

#include "common/error.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pw {

class Project;
class Progress;

/// How often a timeline segments the data.
enum class TimelinePeriod { Month, Quarter };

/// What the runs of one timeline read of the store once, the first run, and keep for the others
/// (the store does not change while the timeline is made): the orders for the features, and the
/// rows of the channel mix and top categories.
struct TimelineReads
{
    TimelineReads() { mix.orders = &orders; }
    TimelineReads(const TimelineReads &) = delete;
    TimelineReads &operator=(const TimelineReads &) = delete;
    OrderHistory orders;
    SegmentMix::History mix;
};

/// The last day of every month or quarter that ends between `from` and `to` (both included),
/// oldest first; empty when none does.
QList<QDate> periodEnds(TimelinePeriod every, const QDate &from, const QDate &to);

/// A timeline of runs: one as-of run (see runSegmentation() and SegmentationOptions::asOf) per
/// date of `ends`, oldest first, each stored in the project and matched to the personas the one
/// before left, as any re-run is (planRefresh()): a persona keeps its id and what was written on it
/// from one period to the next. `options.asOf` is ignored. Stops at the first run that fails (the
/// runs before it stay stored) with `error` naming its date.
std::optional<QList<SegmentationResult>> runTimeline(Project &project, const SegmentationOptions &options,
    const QList<QDate> &ends, Progress *progress, Error *error);

} // namespace pw
