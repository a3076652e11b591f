// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderscan.h"

#include "featuredefinitions.h"

#include "store/purchase.h"
#include "store/schemacheck.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <tuple>

#if defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
#include <xmmintrin.h>
#endif

namespace pw {

namespace {

/// Asks the processor to fetch `p`'s cache line ahead of a write (a hint; no effect on results).
inline void prefetchForWrite(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p, 1);
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
    _mm_prefetch(static_cast<const char *>(p), _MM_HINT_T0);
#else
    (void)p;
#endif
}

} // namespace

quint64 ScanVocabulary::bit(const QByteArray &word)
{
    for (size_t i = 0; i < m_recent.size(); ++i)
        if (m_recent[i] == word)
            return quint64(1) << (i % 64);
    auto it = m_ids.constFind(word);
    if (it == m_ids.constEnd()) {
        it = m_ids.insert(QByteArray(word.constData(), word.size()), int(m_ids.size()));
        if (m_recent.size() < 16)
            m_recent.push_back(it.key());
    }
    return quint64(1) << (*it % 64);
}

PersonRows::PersonRows(const QList<qint64> &ids)
{
    const qsizetype n = ids.size();
    if (n == 0)
        return;
    m_first = ids.first();
    m_last = ids.last(); // ids come ordered and unique
    m_contiguous = m_last - m_first + 1 == qint64(n);
    if (m_contiguous)
        return;
    m_dense = m_first >= 0 && m_last < 4 * qint64(n) + 1024;
    if (m_dense)
        m_table.assign(size_t(m_last + 1), -1);
    for (qsizetype r = 0; r < n; ++r) {
        if (m_dense)
            m_table[size_t(ids[r])] = qint32(r);
        else
            m_sparse.insert(ids[r], qint32(r));
    }
}

PersonRows PersonRows::contiguous(qint64 first, qint64 count)
{
    PersonRows rows({});
    rows.m_first = first;
    rows.m_last = first + count - 1;
    rows.m_contiguous = true;
    return rows;
}

namespace {

/// Rowids per range: the partition of the table never depends on the number of threads.
constexpr qint64 kRange = qint64(1) << 17;

bool isMobile(const char *p, int size)
{
    return FeatureDefinitions::isMobileDevice(QByteArray::fromRawData(p, size));
}

/// Ids 1, 2, … for the distinct words of one range, in order of first appearance; 0 for none.
class RangeWords
{
public:
    quint32 id(const char *p, int size)
    {
        if (!p || size == 0)
            return 0;
        const QByteArray key = QByteArray::fromRawData(p, size);
        const size_t recent = std::min<size_t>(words.size(), 8);
        for (size_t i = 0; i < recent; ++i)
            if (words[i] == key)
                return quint32(i + 1);
        auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return *it;
        words.emplace_back(p, size);
        const quint32 id = quint32(words.size());
        m_ids.insert(words.back(), id);
        return id;
    }
    std::vector<QByteArray> words; ///< in id order (id - 1)

private:
    QHash<QByteArray, quint32> m_ids;
};

// Records read from a range carry the range's own word ids.
constexpr quint8 Cancelled = OrderRecord::Cancelled, Discounted = OrderRecord::Discounted, Device = OrderRecord::Device,
                 Mobile = OrderRecord::Mobile, DiscountKnown = OrderRecord::DiscountKnown;

struct Range
{
    std::vector<OrderRecord> records;
    std::vector<QByteArray> categories, channels;
    QString error;
    bool ready = false;
};

/// The scan's query: the last column says whether the order is no purchase (see Purchase). With
/// `dated`, a third parameter: the orders dated before it only.
const QByteArray &scanSql(bool dated)
{
    static const QString all = QStringLiteral("SELECT person_id, order_date, total, discount > 0 OR coupon_code <> '',"
                                              " category, channel, device, NOT (%1) FROM orders WHERE id >= ?1 AND id < ?2")
                                   .arg(Purchase::isPurchaseSql());
    static const QByteArray sql = all.toUtf8();
    static const QByteArray before = (all + QStringLiteral(" AND order_date < ?3")).toUtf8();
    return dated ? before : sql;
}

/// Reads the orders with rowids in [from, to) on `db` (and dated before `before`, if set).
void readRange(sqlite3 *db, sqlite3_stmt *stmt, const PersonRows &rows, qint64 from, qint64 to,
    std::optional<qint64> before, Range &range)
{
    RangeWords categories, channels, devices;
    std::vector<bool> mobile {false};
    sqlite3_bind_int64(stmt, 1, from);
    sqlite3_bind_int64(stmt, 2, to);
    if (before)
        sqlite3_bind_int64(stmt, 3, *before);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 r = rows.rowOf(sqlite3_column_int64(stmt, 0));
        if (r < 0)
            continue;
        OrderRecord o;
        o.row = qint32(r);
        o.when = sqlite3_column_int64(stmt, 1);
        o.amount = sqlite3_column_double(stmt, 2);
        if (sqlite3_column_int(stmt, 7) != 0) {
            o.flags = Cancelled;
            o.category = o.channel = 0;
            range.records.push_back(o);
            continue;
        }
        // NULL: neither a discount nor a coupon code is known for the order (the file has none).
        o.flags = sqlite3_column_type(stmt, 3) == SQLITE_NULL ? 0
            : sqlite3_column_int(stmt, 3) != 0              ? Discounted | DiscountKnown
                                                             : DiscountKnown;
        auto text = [&](int c, RangeWords &words) {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            return words.id(p, p ? sqlite3_column_bytes(stmt, c) : 0);
        };
        o.category = text(4, categories);
        o.channel = text(5, channels);
        if (const quint32 device = text(6, devices); device != 0) {
            if (device == mobile.size())
                mobile.push_back(isMobile(devices.words.back().constData(), int(devices.words.back().size())));
            o.flags |= mobile[device] ? Device | Mobile : Device;
        }
        range.records.push_back(o);
    }
    if (rc != SQLITE_DONE)
        range.error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_reset(stmt);
    range.categories = std::move(categories.words);
    range.channels = std::move(channels.words);
}

/// Applies orders, in their order, to the totals; `categoryBit(id)` and `channelBit(id)` give the
/// vocabulary's bit of a word id (0 for none).
template<typename CategoryBit, typename ChannelBit>
void applyRecords(const OrderRecord *records, size_t count, CategoryBit &&categoryBit, ChannelBit &&channelBit,
    OrderScanResult &result)
{
    constexpr size_t kAhead = 16;
    for (size_t i = 0; i < count; ++i) {
        if (i + kAhead < count)
            prefetchForWrite(&result.totals[size_t(records[i + kAhead].row)]);
        const OrderRecord &o = records[i];
        OrderTotals &t = result.totals[size_t(o.row)];
        if (o.flags & Cancelled) {
            t.revenue += std::min(o.amount, 0.0); // only money given back counts (see Purchase)
            ++t.others;
            continue;
        }
        t.revenue += o.amount;
        t.maxValue = t.orders == 0 ? o.amount : std::max(t.maxValue, o.amount);
        ++t.orders;
        t.purchaseValue += o.amount;
        const double logValue = std::log1p(std::max(0.0, o.amount));
        t.logValues += logValue;
        t.logValueSquares += logValue * logValue;
        t.discounted += (o.flags & Discounted) ? 1 : 0;
        t.first = std::min(t.first, o.when);
        t.last = std::max(t.last, o.when);
        t.categories |= categoryBit(o.category);
        t.channels |= channelBit(o.channel);
        t.withDevice += (o.flags & Device) ? 1 : 0;
        t.mobile += (o.flags & Mobile) ? 1 : 0;
        result.first = std::min(result.first, o.when);
        result.last = std::max(result.last, o.when);
        result.anyDevice = result.anyDevice || (o.flags & Device);
        result.anyDiscountKnown = result.anyDiscountKnown || (o.flags & DiscountKnown);
    }
}

/// Applies one range's orders, in rowid order, to the totals.
void apply(Range &range, ScanVocabulary &categories, ScanVocabulary &channels, OrderScanResult &result)
{
    std::vector<quint64> categoryBit {0}, channelBit {0};
    for (const QByteArray &w : range.categories)
        categoryBit.push_back(categories.bit(w));
    for (const QByteArray &w : range.channels)
        channelBit.push_back(channels.bit(w));
    applyRecords(
        range.records.data(), range.records.size(), [&](quint32 id) { return categoryBit[id]; },
        [&](quint32 id) { return channelBit[id]; }, result);
    range.records = {};
}

/// Keeps one range's orders in `history`, with the history's word ids.
void keep(Range &range, OrderHistory &history, QHash<QByteArray, quint32> &categoryIds, QHash<QByteArray, quint32> &channelIds)
{
    auto globalIds = [](const std::vector<QByteArray> &words, std::vector<QByteArray> &all, QHash<QByteArray, quint32> &ids) {
        std::vector<quint32> global {0};
        for (const QByteArray &w : words) {
            auto it = ids.constFind(w);
            if (it == ids.constEnd()) {
                all.push_back(w);
                it = ids.insert(w, quint32(all.size()));
            }
            global.push_back(*it);
        }
        return global;
    };
    const std::vector<quint32> category = globalIds(range.categories, history.categories, categoryIds);
    const std::vector<quint32> channel = globalIds(range.channels, history.channels, channelIds);
    for (OrderRecord o : range.records) {
        o.category = category[o.category];
        o.channel = channel[o.channel];
        history.records.push_back(o);
    }
    range.records = {};
}

/// Applies the orders of `history` dated before `before` (all without it).
void applyHistory(const OrderHistory &history, std::optional<qint64> before, ScanVocabulary &categories,
    ScanVocabulary &channels, OrderScanResult &result)
{
    const auto end = before ? std::lower_bound(history.records.begin(), history.records.end(), *before,
                                  [](const OrderRecord &o, qint64 moment) { return o.when < moment; })
                            : history.records.end();
    // A word gets its bit when first applied, as in a scan of those orders alone.
    std::vector<quint64> categoryBit(history.categories.size() + 1, 0), channelBit(history.channels.size() + 1, 0);
    std::vector<char> categoryKnown(categoryBit.size(), 0), channelKnown(channelBit.size(), 0);
    auto bitOf = [](quint32 id, std::vector<quint64> &bits, std::vector<char> &known, const std::vector<QByteArray> &words,
                     ScanVocabulary &vocabulary) {
        if (id == 0)
            return quint64(0);
        if (!known[id]) {
            known[id] = 1;
            bits[id] = vocabulary.bit(words[id - 1]);
        }
        return bits[id];
    };
    applyRecords(
        history.records.data(), size_t(end - history.records.begin()),
        [&](quint32 id) { return bitOf(id, categoryBit, categoryKnown, history.categories, categories); },
        [&](quint32 id) { return bitOf(id, channelBit, channelKnown, history.channels, channels); }, result);
}

/// A read-only connection of its own to the project's file, for one long scan.
sqlite3 *openReader(const char *path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    schema::harden(db);
    sqlite3_busy_timeout(db, 5000);
    // A small page cache: each page is read once. (No mmap: mapped pages of the file would count
    // as the process's memory.)
    sqlite3_exec(db, "PRAGMA cache_size=-8192", nullptr, nullptr, nullptr);
    return db;
}

} // namespace

namespace {

/// Reads the orders in rowid ranges (in parallel where it can, see scanOrders()) and hands each
/// range, in rowid order, to `use` on the calling thread.
QString readAllRanges(sqlite3 *db, const PersonRows &rows, int threads, std::optional<qint64> before,
    const std::function<QString()> &alongside, const std::function<void(Range &)> &use)
{
    qint64 lo = 0, hi = -1;
    {
        // Two subqueries: SQLite reads a lone min() or max() of the rowid from the b-tree's
        // edge, but scans the whole table for the two in one query.
        sqlite3_stmt *bounds = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT (SELECT min(id) FROM orders), (SELECT max(id) FROM orders)", -1, &bounds, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(db));
        if (sqlite3_step(bounds) == SQLITE_ROW && sqlite3_column_type(bounds, 0) != SQLITE_NULL) {
            lo = sqlite3_column_int64(bounds, 0);
            hi = sqlite3_column_int64(bounds, 1);
        }
        sqlite3_finalize(bounds);
    }
    if (hi < lo)
        return alongside ? alongside() : QString();
    const qint64 ranges = (hi - lo) / kRange + 1;
    auto rangeFrom = [&](qint64 i) { return lo + i * kRange; };

    const char *path = sqlite3_db_filename(db, "main");
    const bool inFile = path && *path && sqlite3_get_autocommit(db) != 0;
    const int workers = inFile ? int(std::min<qint64>(std::max(1, threads), ranges)) : 1;
    if (workers <= 1) {
        if (alongside)
            if (QString problem = alongside(); !problem.isEmpty())
                return problem;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, scanSql(before.has_value()).constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(db));
        QString problem;
        for (qint64 i = 0; i < ranges && problem.isEmpty(); ++i) {
            Range range;
            readRange(db, stmt, rows, rangeFrom(i), rangeFrom(i) + kRange, before, range);
            problem = range.error;
            use(range);
        }
        sqlite3_finalize(stmt);
        return problem;
    }

    // Workers read ranges ahead (at most `window` ranges not yet applied); this thread applies
    // them in order.
    std::vector<Range> done(static_cast<size_t>(ranges));
    std::mutex mutex;
    std::condition_variable changed;
    qint64 next = 0, applied = 0;
    bool stop = false;
    const qint64 window = 4 * qint64(workers) + 4;
    auto work = [&] {
        sqlite3 *reader = openReader(path);
        sqlite3_stmt *stmt = nullptr;
        QString problem;
        if (!reader)
            problem = QStringLiteral("cannot open a second connection to the project");
        else if (sqlite3_prepare_v2(reader, scanSql(before.has_value()).constData(), -1, &stmt, nullptr) != SQLITE_OK)
            problem = QString::fromUtf8(sqlite3_errmsg(reader));
        for (;;) {
            qint64 i;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= ranges || next < applied + window; });
                if (stop || next >= ranges)
                    break;
                i = next++;
            }
            Range range;
            if (problem.isEmpty())
                readRange(reader, stmt, rows, rangeFrom(i), rangeFrom(i) + kRange, before, range);
            else
                range.error = problem;
            {
                std::lock_guard lock(mutex);
                done[size_t(i)] = std::move(range);
                done[size_t(i)].ready = true;
            }
            changed.notify_all();
        }
        sqlite3_finalize(stmt);
        sqlite3_close(reader);
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < workers; ++t)
        pool.emplace_back(work);
    QString problem = alongside ? alongside() : QString();
    for (qint64 i = 0; i < ranges && problem.isEmpty(); ++i) {
        Range range;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return done[size_t(i)].ready; });
            range = std::move(done[size_t(i)]);
        }
        problem = range.error;
        use(range);
        {
            std::lock_guard lock(mutex);
            applied = i + 1;
            stop = !problem.isEmpty();
        }
        changed.notify_all();
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (std::thread &t : pool)
        t.join();
    return problem;
}

} // namespace

QString scanOrders(sqlite3 *db, const PersonRows &rows, qsizetype people, int threads,
    ScanVocabulary &categories, ScanVocabulary &channels, OrderScanResult &result,
    const std::function<QString()> &alongside, std::optional<qint64> before, OrderHistory *history)
{
    result.totals.assign(size_t(people), OrderTotals());
    if (history && history->loaded && history->people == people) {
        applyHistory(*history, before, categories, channels, result);
        return alongside ? alongside() : QString();
    }
    if (history) {
        // Read every order once, then apply the ones dated before `before` from the history.
        *history = OrderHistory();
        {
            // Room for every order at once: growing by doubling would hold two copies for a moment.
            sqlite3_stmt *count = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT count(*) FROM orders", -1, &count, nullptr) == SQLITE_OK
                && sqlite3_step(count) == SQLITE_ROW)
                history->records.reserve(size_t(sqlite3_column_int64(count, 0)));
            sqlite3_finalize(count);
        }
        QHash<QByteArray, quint32> categoryIds, channelIds;
        const QString problem = readAllRanges(db, rows, threads, std::nullopt, alongside,
            [&](Range &range) { keep(range, *history, categoryIds, channelIds); });
        if (!problem.isEmpty()) {
            *history = OrderHistory();
            return problem;
        }
        // By date; ties by every field, so that the order is one whatever the sort (in place: no
        // second copy of the orders).
        std::sort(history->records.begin(), history->records.end(), [](const OrderRecord &a, const OrderRecord &b) {
            return std::tie(a.when, a.row, a.amount, a.flags, a.category, a.channel)
                < std::tie(b.when, b.row, b.amount, b.flags, b.category, b.channel);
        });
        history->people = people;
        history->loaded = true;
        applyHistory(*history, before, categories, channels, result);
        return {};
    }
    return readAllRanges(db, rows, threads, before, alongside,
        [&](Range &range) { apply(range, categories, channels, result); });
}

} // namespace pw
