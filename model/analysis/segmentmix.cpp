// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentmix.h"

#include "orderscan.h"
#include "store/project.h"
#include "store/purchase.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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

/// Runs `sql` (person, value, weight rows, in one pass over the store's rows) into `tally` by
/// the person's segment. Grouping here rather than in SQL keeps the pass sequential: a join from
/// the assignments reads the orders in person order, all over the file.
bool tallyOf(Project &project, const QString &sql, const SegmentOf &segments, bool channel, Tally *tally, Error *error)
{
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(error, q);
    while (q.next()) {
        const int segment = segments.of(q.value(0).toLongLong());
        if (segment < 0)
            continue;
        tally->add(segment, q.value(1).toString(), q.value(2).toDouble(), channel);
    }
    return true;
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

bool attach(Project &project, QList<Persona> &personas, Error *error)
{
    QSet<qint64> runs;
    for (const Persona &p : personas)
        if (p.runId > 0 && p.segment >= 0)
            runs.insert(p.runId);
    if (runs.isEmpty())
        return true;

    // What the store holds decides the basis, the same for every segment.
    QString basis;
    if (hasValues(project, QStringLiteral("orders"), QStringLiteral("channel")))
        basis = QStringLiteral("channel");
    else if (hasValues(project, QStringLiteral("orders"), QStringLiteral("device")))
        basis = QStringLiteral("device");
    else if (hasValues(project, QStringLiteral("events"), QStringLiteral("source")))
        basis = QStringLiteral("source");
    const bool itemCategories = hasValues(project, QStringLiteral("order_items"), QStringLiteral("category"));
    const bool orderCategories = !itemCategories && hasValues(project, QStringLiteral("orders"), QStringLiteral("category"));
    const bool itemPrices = itemCategories
        && project.scalar(QStringLiteral("SELECT 1 FROM order_items WHERE unit_price > 0 LIMIT 1")).isValid();

    QString channelSql;
    if (basis == QLatin1String("source"))
        // Sessions, not events: one row per session and source.
        channelSql = QStringLiteral(
            "SELECT person_id, trim(source), 1 FROM events WHERE person_id IS NOT NULL AND trim(source) <> ''"
            " GROUP BY person_id, session_id, trim(source)");
    else if (!basis.isEmpty())
        channelSql = QStringLiteral("SELECT o.person_id, trim(o.%1), 1 FROM orders o WHERE %2 AND trim(o.%1) <> ''")
                         .arg(basis, kLiveOrders);
    QString categorySql;
    if (itemCategories)
        categorySql = QStringLiteral(
                          "SELECT o.person_id, trim(i.category), %1 FROM order_items i"
                          " JOIN orders o ON o.order_id = i.order_id WHERE %2 AND trim(i.category) <> ''")
                          .arg(itemPrices ? QStringLiteral("max(coalesce(i.quantity, 1), 0) * max(coalesce(i.unit_price, 0), 0)")
                                          : QStringLiteral("1"),
                               kLiveOrders);
    else if (orderCategories)
        categorySql = QStringLiteral(
                          "SELECT o.person_id, trim(o.category), max(o.total, 0) FROM orders o"
                          " WHERE %1 AND trim(o.category) <> ''")
                          .arg(kLiveOrders);

    for (qint64 run : std::as_const(runs)) {
        Tally channels, categories;
        SegmentOf segments;
        if (!segments.load(project, run, error))
            return false;
        if (!channelSql.isEmpty() && !tallyOf(project, channelSql, segments, true, &channels, error))
            return false;
        if (!categorySql.isEmpty() && !tallyOf(project, categorySql, segments, false, &categories, error))
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
