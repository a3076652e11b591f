// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features.h"
#include "orderscan.h"

#include <QSet>

namespace pw {

/// Every feature of every person before any transform, with all keys of Feature::all(), as read
/// from the store by scanFeatures(). Used by computeFeatures(); not part of the public API.
struct RawFeatureTable
{
    QList<qint64> personIds;
    QStringList keys; ///< Feature::all(), then the imported features ("imported:<name>")
    std::vector<double> values; ///< rows × keys.size(), NaN where missing
    std::vector<PersonActivity> activity;
    QSet<QString> supported; ///< keys of the features whose source the data holds
    double periodDays = 0; ///< the store's first date to its last, in days
    std::optional<QDate> asOf; ///< see FeatureMatrix::asOf
    double purchaseCycleDays = 0; ///< see FeatureMatrix::purchaseCycleDays
    double orderValueCredibility = 0; ///< see FeatureMatrix::orderValueCredibility

    double &at(qsizetype row, int column, int columns)
    {
        return values[size_t(row) * size_t(columns) + size_t(column)];
    }
};

/// The project's own SQLite connection handle (sqlite3 *), for the bulk reads and writes that
/// QSqlQuery makes slow; null if the project is not on SQLite.
void *sqliteHandle(Project &project);

/// Writes one assignment row per person of a run through SQLite's C interface, on the project's
/// connection (so inside the caller's transaction). Returns an error message, empty on success.
QString insertAssignments(Project &project, qint64 runId, const QList<qint64> &personIds, const std::vector<int> &segments);

/// Reads people, orders, order items, events, reviews and customers, one pass per table; with
/// `asOf`, only what happened up to and including that day, for the people present by then (see
/// computeFeatures()).
/// `orders`: the orders kept for the runs of a timeline (see scanOrders()), may be null.
bool scanFeatures(Project &project, Progress *progress, RawFeatureTable &table, Error *error,
    const std::optional<QDate> &asOf = std::nullopt, OrderHistory *orders = nullptr);

} // namespace pw
