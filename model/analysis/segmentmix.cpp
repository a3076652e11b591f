// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentmix.h"

#include "featurescan.h"
#include "orderscan.h"
#include "store/project.h"
#include "store/purchase.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

namespace pw::SegmentMix {

namespace {

constexpr qsizetype kMaxChannels = 5;
constexpr qsizetype kMaxCategories = 3;

/// segment -> value -> weight, merged by `merge` (the value's key); the first spelling seen names it.
struct Tally
{
    QHash<int, QHash<QString, double>> weights;
    QHash<int, QHash<QString, QString>> names;

    void add(int segment, const QString &value, double weight, bool channel)
    {
        const QString key = channel ? channelKey(value) : value;
        weights[segment][key] += weight;
        if (!names[segment].contains(key))
            names[segment].insert(key, value);
    }

    QList<MixShare> shares(int segment, qsizetype limit) const
    {
        const QHash<QString, double> w = weights.value(segment);
        double total = 0;
        for (double v : w)
            total += v;
        QList<MixShare> list;
        if (total <= 0)
            return list;
        for (auto it = w.cbegin(); it != w.cend(); ++it)
            if (it.value() > 0)
                list << MixShare{names.value(segment).value(it.key()), it.value() / total};
        std::sort(list.begin(), list.end(), [](const MixShare &a, const MixShare &b) {
            return a.share != b.share ? a.share > b.share : a.value < b.value;
        });
        return list.mid(0, limit);
    }
};

bool fail(Error *error, const QSqlQuery &q)
{
    if (error)
        error->message = QCoreApplication::translate("SegmentMix", "The channel mix and categories cannot be read: %1")
                             .arg(q.lastError().text());
    return false;
}

/// The segment of each person of a run, read once; persons are found by PersonRows.
class SegmentOf
{
public:
    bool load(Project &project, qint64 runId, Error *error)
    {
        QSqlQuery q(project.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT person_id, segment FROM assignments WHERE run_id = ? ORDER BY person_id"));
        q.addBindValue(runId);
        if (!q.exec())
            return fail(error, q);
        QList<qint64> ids;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            m_segments.push_back(q.value(1).toInt());
        }
        m_rows = PersonRows(ids);
        return true;
    }
    /// -1 for someone the run did not cluster.
    int of(qint64 person) const
    {
        const qint64 row = m_rows.rowOf(person);
        return row >= 0 ? m_segments[size_t(row)] : -1;
    }

private:
    PersonRows m_rows {QList<qint64>()};
    std::vector<int> m_segments;
};

/// Weights summed per segment and spelling, handed to a Tally (which merges spellings, see
/// Tally::add) in the order each segment first met them.
class SpellingTally
{
public:
    void add(int segment, int spelling, double weight)
    {
        if (size_t(segment) >= m_weights.size()) {
            m_weights.resize(size_t(segment) + 1);
            m_met.resize(size_t(segment) + 1);
        }
        std::vector<double> &w = m_weights[size_t(segment)];
        if (size_t(spelling) >= w.size())
            w.resize(size_t(spelling) + 1, std::numeric_limits<double>::quiet_NaN());
        if (std::isnan(w[size_t(spelling)])) {
            w[size_t(spelling)] = 0;
            m_met[size_t(segment)].push_back(spelling);
        }
        w[size_t(spelling)] += weight;
    }
    void into(const Spellings &spellings, bool channel, Tally &tally) const
    {
        for (size_t segment = 0; segment < m_met.size(); ++segment)
            for (int id : m_met[segment])
                tally.add(int(segment), spellings.word(id), m_weights[segment][size_t(id)], channel);
    }

private:
    std::vector<std::vector<double>> m_weights; // segment -> spelling -> weight (NaN: not met)
    std::vector<std::vector<int>> m_met; // segment -> spellings in the order first met
};

/// Runs `sql` (person, value, weight, moment rows, in one pass over the store's rows; with
/// `before`, its parameter ?1 is bound to it) through SQLite's C interface, calling `row` for
/// each. Grouping here rather than in SQL keeps the pass sequential: a join from the assignments
/// reads the orders in person order, all over the file.
template<typename Row>
bool readRows(Project &project, const QString &sql, std::optional<qint64> before, Row &&row, Error *error)
{
    auto *db = static_cast<sqlite3 *>(sqliteHandle(project));
    auto failed = [&](const QString &reason) {
        if (error)
            error->message = QCoreApplication::translate("SegmentMix", "The channel mix and categories cannot be read: %1")
                                 .arg(reason);
        return false;
    };
    if (!db)
        return failed(QStringLiteral("not an SQLite connection"));
    RowScan scan(db, sql.toUtf8().constData());
    if (before)
        scan.bind(1, *before);
    while (scan.next()) {
        const QByteArray text = scan.text(1);
        row(scan.integer(0), text.constData(), int(text.size()), scan.real(2), scan.integer(3));
    }
    return scan.ok() || failed(scan.error());
}

/// Tallies the rows of `sql` dated before `before` (all without it) by the person's segment,
/// from the store or, with `kept`, from the rows kept there (read from the store, undated, the
/// first time).
bool tallyOf(Project &project, const QString &sql, const QString &undatedSql, std::optional<qint64> before,
    const SegmentOf &segments, bool channel, History::Rows *kept, Tally *tally, Error *error)
{
    SpellingTally sums;
    if (kept && kept->unkeepable)
        kept = nullptr;
    if (!kept) {
        Spellings spellings;
        if (!readRows(project, sql, before, [&](qint64 person, const char *text, int size, double weight, qint64) {
                if (const int segment = segments.of(person); segment >= 0)
                    sums.add(segment, spellings.id(text, size), weight);
            }, error))
            return false;
        sums.into(spellings, channel, *tally);
        return true;
    }
    if (!kept->loaded) {
        // Room for one row per order at once (growing by doubling would hold two copies).
        kept->rows.reserve(size_t(project.scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong()));
        if (!readRows(project, undatedSql, std::nullopt, [&](qint64 person, const char *text, int size, double weight, qint64 when) {
                if (person < 0 || person > std::numeric_limits<qint32>::max())
                    kept->unkeepable = true;
                if (!kept->unkeepable)
                    kept->rows.push_back({when, weight, qint32(person), kept->spellings.id(text, size)});
            }, error))
            return false;
        if (kept->unkeepable) {
            kept->rows = {};
            return tallyOf(project, sql, undatedSql, before, segments, channel, nullptr, tally, error);
        }
        // By date; ties by every field, so that the order is one whatever the sort (in place).
        std::sort(kept->rows.begin(), kept->rows.end(), [](const History::Row &a, const History::Row &b) {
            return std::tie(a.when, a.person, a.spelling, a.weight) < std::tie(b.when, b.person, b.spelling, b.weight);
        });
        kept->loaded = true;
    }
    const auto end = before ? std::lower_bound(kept->rows.begin(), kept->rows.end(), *before,
                                  [](const History::Row &r, qint64 moment) { return r.when < moment; })
                            : kept->rows.end();
    for (auto it = kept->rows.begin(); it != end; ++it)
        if (const int segment = segments.of(it->person); segment >= 0)
            sums.add(segment, it->spelling, it->weight);
    sums.into(kept->spellings, channel, *tally);
    return true;
}

/// Tallies the purchases of `orders` dated before `before` by the person's segment: by channel
/// (weight 1) or by category (weight: the total, if positive), as the channel and category
/// queries do (SQLite's trim() takes spaces only).
void tallyOrders(const OrderHistory &orders, std::optional<qint64> before, const SegmentOf &segments, bool channel,
    Tally *tally)
{
    const std::vector<QByteArray> &words = channel ? orders.channels : orders.categories;
    Spellings spellings;
    std::vector<int> spellingOf(words.size() + 1, -1); // word id -> spelling id, -1: empty
    for (size_t id = 1; id <= words.size(); ++id) {
        const QByteArray &w = words[id - 1];
        qsizetype from = 0, to = w.size();
        while (from < to && w[from] == ' ')
            ++from;
        while (to > from && w[to - 1] == ' ')
            --to;
        if (to > from)
            spellingOf[id] = spellings.id(w.constData() + from, int(to - from));
    }
    // Each person row's segment, looked up once rather than once per order.
    std::vector<int> segmentOfRow(orders.personIds.size());
    for (size_t row = 0; row < segmentOfRow.size(); ++row)
        segmentOfRow[row] = segments.of(orders.personIds[row]);
    SpellingTally sums;
    for (const OrderRecord &o : orders.records) {
        if (before && o.when >= *before)
            break;
        const quint32 word = channel ? o.channel : o.category;
        if ((o.flags & OrderRecord::Cancelled) || word == 0 || spellingOf[word] < 0)
            continue;
        if (const int segment = segmentOfRow[size_t(o.row)]; segment >= 0)
            sums.add(segment, spellingOf[word], channel ? 1.0 : std::max(o.amount, 0.0));
    }
    sums.into(spellings, channel, *tally);
}

bool hasValues(Project &project, const QString &table, const QString &column)
{
    return project
        .scalar(QStringLiteral("SELECT 1 FROM %1 WHERE trim(%2) <> '' LIMIT 1")
                    .arg(quoteIdentifier(table), quoteIdentifier(column)))
        .isValid();
}

const QString kLiveOrders = Purchase::isPurchaseSql(QStringLiteral("o")); // the purchases only

} // namespace

bool attach(Project &project, QList<Persona> &personas, Error *error, History *history)
{
    QSet<qint64> runs;
    for (const Persona &p : personas)
        if (p.runId > 0 && p.segment >= 0)
            runs.insert(p.runId);
    if (runs.isEmpty())
        return true;

    // What the store holds decides the basis, the same for every segment (and every run of a
    // timeline).
    History decision;
    History &decided = history ? *history : decision;
    if (!decided.decided) {
        if (hasValues(project, QStringLiteral("orders"), QStringLiteral("channel")))
            decided.basis = QStringLiteral("channel");
        else if (hasValues(project, QStringLiteral("orders"), QStringLiteral("device")))
            decided.basis = QStringLiteral("device");
        else if (hasValues(project, QStringLiteral("events"), QStringLiteral("source")))
            decided.basis = QStringLiteral("source");
        decided.itemCategories = hasValues(project, QStringLiteral("order_items"), QStringLiteral("category"));
        decided.orderCategories
            = !decided.itemCategories && hasValues(project, QStringLiteral("orders"), QStringLiteral("category"));
        decided.itemPrices = decided.itemCategories
            && project.scalar(QStringLiteral("SELECT 1 FROM order_items WHERE unit_price > 0 LIMIT 1")).isValid();
        decided.decided = true;
    }
    const QString basis = decided.basis;
    const bool itemCategories = decided.itemCategories, orderCategories = decided.orderCategories,
               itemPrices = decided.itemPrices;

    // As of a date (a run of the store's history), only what happened up to that day counts.
    auto channelSql = [&](bool dated) {
        if (basis == QLatin1String("source"))
            // Sessions, not events: one row per session and source.
            return QStringLiteral(
                "SELECT person_id, trim(source), 1, min(timestamp) FROM events WHERE person_id IS NOT NULL AND trim(source) <> ''%1"
                " GROUP BY person_id, session_id, trim(source)")
                .arg(dated ? QStringLiteral(" AND timestamp < ?1") : QString());
        if (!basis.isEmpty())
            return QStringLiteral("SELECT o.person_id, trim(o.%1), 1, o.order_date FROM orders o WHERE %2 AND trim(o.%1) <> ''%3")
                .arg(basis, kLiveOrders, dated ? QStringLiteral(" AND o.order_date < ?1") : QString());
        return QString();
    };
    auto categorySql = [&](bool dated) {
        const QString bound = dated ? QStringLiteral(" AND o.order_date < ?1") : QString();
        if (itemCategories)
            return QStringLiteral("SELECT o.person_id, trim(i.category), %1, o.order_date FROM order_items i"
                                  " JOIN orders o ON o.order_id = i.order_id WHERE %2 AND trim(i.category) <> ''%3")
                .arg(itemPrices ? QStringLiteral("max(coalesce(i.quantity, 1), 0) * max(coalesce(i.unit_price, 0), 0)")
                                : QStringLiteral("1"),
                    kLiveOrders, bound);
        if (orderCategories)
            return QStringLiteral("SELECT o.person_id, trim(o.category), max(o.total, 0), o.order_date FROM orders o"
                                  " WHERE %1 AND trim(o.category) <> ''%2")
                .arg(kLiveOrders, bound);
        return QString();
    };

    for (qint64 run : std::as_const(runs)) {
        Tally channels, categories;
        SegmentOf segments;
        if (!segments.load(project, run, error))
            return false;
        std::optional<qint64> before;
        if (const QVariant asOf = project.scalar(QStringLiteral("SELECT as_of FROM segmentation_runs WHERE id = ?"), {run});
            !asOf.isNull())
            before = asOf.toLongLong() + 86400; // the whole as-of day (see computeFeatures())
        const QString channelQuery = channelSql(before.has_value());
        const QString categoryQuery = categorySql(before.has_value());
        const OrderHistory *orders = history && history->orders && history->orders->loaded
                && !history->orders->personIds.empty() ? history->orders : nullptr;
        if (orders && basis == QLatin1String("channel"))
            tallyOrders(*orders, before, segments, true, &channels);
        else if (!channelQuery.isEmpty()
            && !tallyOf(project, channelQuery, channelSql(false), before, segments, true,
                history ? &history->channels : nullptr, &channels, error))
            return false;
        if (orders && orderCategories)
            tallyOrders(*orders, before, segments, false, &categories);
        else if (!categoryQuery.isEmpty()
            && !tallyOf(project, categoryQuery, categorySql(false), before, segments, false,
                history ? &history->categories : nullptr, &categories, error))
            return false;
        for (Persona &p : personas) {
            if (p.runId != run || p.segment < 0)
                continue;
            p.stats.mixComputed = true;
            p.stats.channelBasis = basis;
            p.stats.channelMix = channels.shares(p.segment, kMaxChannels);
            p.stats.topCategories = categories.shares(p.segment, kMaxCategories);
        }
    }
    return true;
}

} // namespace pw::SegmentMix
