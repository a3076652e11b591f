// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QtGlobal>

#include <optional>

namespace pw {

class Project;

/// The store's first and last date — of its orders and events, the only dated rows an import
/// writes besides reviews — kept in the table `store_dates` by every import, so that the project
/// summary (`info`, the status bar) reads them instead of every order and event.
///
/// The range is kept with the tables' last rowids when it was taken and used only while they are
/// the same. An import (the only writer of orders and events) widens it by the rows it added (a
/// range read over its new rowids), or reads it anew where it may have changed rows that were
/// there before (an order upserted again) or where no range was kept (a project of an earlier
/// version).
namespace StoreDates {

/// Seconds since the epoch (UTC); both empty in a store without dated rows.
struct Range
{
    std::optional<qint64> first, last;
    bool operator==(const Range &) const = default;
};

/// The last rowids of orders and events.
struct Mark
{
    qint64 orders = 0, events = 0;
    static Mark of(Project &project);
};

/// The kept range, if it still holds (the tables' last rowids are those it was taken with).
std::optional<Range> kept(Project &project);

/// The range read from every order and event.
std::optional<Range> scan(Project &project, Error *error);

/// After an import wrote, in its transaction: keeps the range of the store as it is now.
/// `before`: the marks when it began; `changedOld`: whether it may have changed rows that were
/// there before.
bool keep(Project &project, const Mark &before, bool changedOld, Error *error);

} // namespace StoreDates
} // namespace pw
