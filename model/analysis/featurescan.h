// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features.h"
#include "orderscan.h"

#include <QSet>

#include <sqlite3.h>

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
    /// Set before scanFeatures() to have `recipeValues` filled (the warehouse recipes' tests).
    bool withRecipeColumns = false;
    /// rows × FeatureDefinitions::recipeColumns().size(), computed from the store (not from a
    /// recipe table the project holds): what the recipe writes besides the features.
    std::vector<double> recipeValues;
    /// The project's feature table is a recipe's (FeatureDefinitions::isRecipeTable()): its
    /// columns are the features of Feature::all() and the people's activity, not imported ones.
    bool fromRecipeTable = false;

    double &at(qsizetype row, int column, int columns)
    {
        return values[size_t(row) * size_t(columns) + size_t(column)];
    }
};

/// A prepared statement on the project's own SQLite connection, stepped row by row.
class RowScan
{
public:
    RowScan(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_db = db;
    }
    ~RowScan() { sqlite3_finalize(m_stmt); }
    RowScan(const RowScan &) = delete;
    RowScan &operator=(const RowScan &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    /// Binds parameter `index` (1-based) before the first next().
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    /// Next row; false at the end or on an error (then ok() is false).
    bool next()
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const { return sqlite3_column_double(m_stmt, c); }
    /// The text of a column without copying (valid until the next step); empty for NULL.
    QByteArray text(int c) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return p ? QByteArray::fromRawData(p, sqlite3_column_bytes(m_stmt, c)) : QByteArray();
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/// The project's own SQLite connection handle (sqlite3 *), for the bulk reads and writes that
/// QSqlQuery makes slow; null if the project is not on SQLite.
void *sqliteHandle(Project &project);

/// Writes one assignment row per person of a run through SQLite's C interface, on the project's
/// connection (so inside the caller's transaction). Returns an error message, empty on success.
QString insertAssignments(Project &project, qint64 runId, const QList<qint64> &personIds, const std::vector<int> &segments);

/// Reads people, orders, order items, events, reviews and customers, one pass per table; with
/// a recipe's feature table in the project (FeatureDefinitions::isRecipeTable()), the features,
/// the people's activity and the store's figures are that table's (see readRecipeTable in the
/// source); with
/// `asOf`, only what happened up to and including that day, for the people present by then (see
/// computeFeatures()).
/// `orders`: the orders kept for the runs of a timeline (see scanOrders()), may be null.
bool scanFeatures(Project &project, Progress *progress, RawFeatureTable &table, Error *error,
    const std::optional<QDate> &asOf = std::nullopt, OrderHistory *orders = nullptr);

} // namespace pw
