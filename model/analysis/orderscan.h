// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

struct sqlite3;

namespace pw {

/// Small integer ids for distinct strings (categories, channels) in order of first appearance; a
/// person's set is a 64-bit mask (bit id % 64). Used by scanFeatures(); not part of the public API.
class ScanVocabulary
{
public:
    quint64 bit(const QByteArray &word);
    bool isEmpty() const { return m_ids.isEmpty(); }

private:
    std::vector<QByteArray> m_recent; // the first 16 words, whose ids are their positions
    QHash<QByteArray, int> m_ids;
};

/// The row of each person id (people are read ordered by id): id - first id when the ids are
/// contiguous, else through a dense table or a hash. Read-only once built, so threads may share it.
class PersonRows
{
public:
    explicit PersonRows(const QList<qint64> &ids);
    /// The rows of the ids first, first + 1, …, first + count - 1.
    static PersonRows contiguous(qint64 first, qint64 count);
    qint64 rowOf(qint64 id) const
    {
        if (m_contiguous)
            return id >= m_first && id <= m_last ? id - m_first : -1;
        if (m_dense)
            return id >= 0 && id <= m_last ? m_table[size_t(id)] : -1;
        return m_sparse.value(id, -1);
    }

private:
    qint64 m_first = 0, m_last = -1;
    bool m_contiguous = false, m_dense = false;
    std::vector<qint32> m_table;
    QHash<qint64, qint32> m_sparse;
};

/// One person's orders, aggregated. An order that is no purchase (see Purchase: cancelled,
/// refunded, voided, failed, ...) counts only in `revenue`, which is net, and there only with a
/// negative total (money given back, e.g. UCI "C" invoices).
struct alignas(64) OrderTotals
{
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    double revenue = 0; ///< net revenue (see Purchase): purchases and negative totals
    double purchaseValue = 0; ///< the totals of the purchases
    double maxValue = 0; ///< the largest purchase
    double logValues = 0, logValueSquares = 0; ///< sums of log1p(total) and its square over the purchases
    qint64 first = kNever, last = kNone; ///< first and last purchase
    quint64 categories = 0, channels = 0;
    qint32 orders = 0, discounted = 0, withDevice = 0, mobile = 0; ///< purchases only
    qint32 others = 0; ///< orders that are no purchase
};

/// The orders table aggregated per person row.
struct OrderScanResult
{
    std::vector<OrderTotals> totals; ///< one per person row
    qint64 first = OrderTotals::kNever, last = OrderTotals::kNone; ///< the store's first and last purchase
    bool anyDevice = false;
    bool anyDiscountKnown = false; ///< some purchase has a discount or a coupon code column value (0 counts)
};

/// One order as read by scanOrders(): its person's row, date, total, word ids (0 = none; the
/// words are kept beside) and flags. Not part of the public API.
struct OrderRecord
{
    enum Flag : quint8 { Cancelled = 1, Discounted = 2, Device = 4, Mobile = 8, DiscountKnown = 16 };
    qint64 when;
    double amount;
    qint32 row;
    quint32 category, channel;
    quint8 flags;
};

/// The orders of a store, read once for the runs of a timeline (see scanOrders()): every order
/// with its person's row, by date, and the categories and channels by id.
struct OrderHistory
{
    bool loaded = false;
    qsizetype people = 0; ///< the number of person rows the records' rows belong to
    std::vector<qint64> personIds; ///< person row -> id (set by scanFeatures())
    std::vector<OrderRecord> records;
    std::vector<QByteArray> categories, channels; ///< word id - 1 -> word
};

/// Reads the orders table once, in fixed ranges of rowids. With `threads` > 1 and a project in a
/// file with no open transaction on `db`, the ranges are read on their own read-only connections
/// in parallel threads; they are always applied in rowid order on the calling thread, so the
/// result is the same for any number of threads. `categories` and `channels` get the order
/// categories and channels (in order of first appearance). Returns an error message, empty on
/// success. `alongside`, if set, is called on the calling thread while the ranges are read (it may
/// use `db`); an error message it returns ends the scan. With `before` set, only the orders dated
/// before that moment (seconds since the epoch) are read, by the query itself.
/// With `history`, all orders are read into it the first time (in the same ranges, the same way)
/// and then, as on every later call with it, the ones dated before `before` are applied from it:
/// a timeline reads the table once for all its runs. The totals are those of a scan dated
/// `before`, summed in date order instead of rowid order; a category's or channel's bit may
/// differ beyond 64 distinct ones (see ScanVocabulary).
QString scanOrders(sqlite3 *db, const PersonRows &rows, qsizetype people, int threads,
    ScanVocabulary &categories, ScanVocabulary &channels, OrderScanResult &result,
    const std::function<QString()> &alongside = {}, std::optional<qint64> before = std::nullopt,
    OrderHistory *history = nullptr);

} // namespace pw
