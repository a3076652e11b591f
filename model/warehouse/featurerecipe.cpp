// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurerecipe.h"

#include "analysis/featuredefinitions.h"
#include "store/purchase.h"

#include <QSet>

namespace pw::FeatureRecipe {

namespace {

using FeatureDefinitions::Aggregate;
using FeatureDefinitions::AggregateDefinition;
using FeatureDefinitions::StoreFigure;

/// The row sets the aggregates read (see FeatureDefinitions::aggregates()), then the people.
QString rowSets(SqlDialect dialect)
{
    const QString d = SqlDialects::doubleType(dialect);
    auto epoch = [&](const char *column) { return SqlDialects::epochSeconds(dialect, QString::fromLatin1(column)); };
    QStringList ctes;
    ctes << QStringLiteral(
        "all_orders AS (\n"
        "  SELECT customer_id AS cid, order_id, %1 AS t, CAST(total AS %2) AS total,\n"
        "    CASE WHEN %3 THEN 1 ELSE 0 END AS is_purchase,\n"
        "    CASE WHEN discount > 0 OR coupon_code <> '' THEN 1 ELSE 0 END AS discounted,\n"
        "    category, channel, device\n"
        "  FROM orders)")
                .arg(epoch("order_date"), d, isPurchaseSql(QStringLiteral("status")));
    ctes << QStringLiteral(
        "event_rows AS (\n"
        "  SELECT customer_id AS cid, session_id, %1 AS t, event_type, source, device, CAST(value AS %2) AS value\n"
        "  FROM events)")
                .arg(epoch("timestamp"), d);
    // A store without orders buys through its purchase events: one purchase per person, session
    // and UTC day, at the first one's moment, worth the sum of their values (see Purchase).
    ctes << QStringLiteral(
        "event_purchases AS (\n"
        "  SELECT cid, MIN(t) AS t, SUM(COALESCE(value, 0)) AS total\n"
        "  FROM event_rows\n"
        "  WHERE event_type = 'purchase' AND cid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM orders)\n"
        "  GROUP BY cid, session_id, FLOOR(t / 86400))");
    ctes << QStringLiteral(
        "purchases AS (\n"
        "  SELECT cid, t, total, discounted, category, channel, device FROM all_orders WHERE is_purchase = 1\n"
        "  UNION ALL\n"
        "  SELECT cid, t, total, 0, NULL, NULL, NULL FROM event_purchases)");
    // Net revenue: the purchases, and every negative total (money given back) whatever its status.
    ctes << QStringLiteral(
        "revenue_rows AS (\n"
        "  SELECT cid, total AS amount FROM purchases\n"
        "  UNION ALL\n"
        "  SELECT cid, total FROM all_orders WHERE is_purchase = 0 AND total < 0)");
    ctes << QStringLiteral(
        "sessions AS (\n"
        "  SELECT cid, session_id, MIN(t) AS first_t, MAX(t) AS last_t,\n"
        "    SUM(CASE WHEN event_type = 'session_start' THEN 0 ELSE 1 END) AS other,\n"
        "    SUM(CASE WHEN event_type IN ('page_view', 'product_view') THEN 1 ELSE 0 END) AS pages,\n"
        "    SUM(CASE WHEN event_type = 'product_view' THEN 1 ELSE 0 END) AS products,\n"
        "    MAX(CASE WHEN event_type IN ('add_to_cart', 'begin_checkout') THEN 1 ELSE 0 END) AS cart,\n"
        "    MAX(CASE WHEN event_type = 'begin_checkout' THEN 1 ELSE 0 END) AS checkout,\n"
        "    MAX(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END) AS purchase,\n"
        "    SUM(CASE WHEN event_type = 'referral' THEN 1 ELSE 0 END) AS referrals,\n"
        "    MAX(CASE WHEN device <> '' THEN 1 ELSE 0 END) AS has_device,\n"
        "    MAX(CASE WHEN device <> '' AND %1 THEN 1 ELSE 0 END) AS is_mobile\n"
        "  FROM event_rows WHERE cid IS NOT NULL\n"
        "  GROUP BY cid, session_id)")
                .arg(isMobileSql(QStringLiteral("device")));
    ctes << QStringLiteral("person_events AS (SELECT cid, t FROM event_rows WHERE cid IS NOT NULL)");
    // An NPS n counts as the rating 1 + 0.4 n.
    ctes << QStringLiteral(
        "ratings AS (\n"
        "  SELECT customer_id AS cid, %1 AS t,\n"
        "    CASE WHEN rating IS NULL THEN 1 + 0.4 * CAST(COALESCE(nps, 0) AS %2) ELSE CAST(rating AS %2) END AS rating\n"
        "  FROM reviews)")
                .arg(epoch("date"), d);
    ctes << QStringLiteral("signups AS (SELECT customer_id AS cid, %1 AS t FROM customers WHERE signup_date IS NOT NULL)")
                .arg(epoch("signup_date"));
    ctes << QStringLiteral(
        "first_moments AS (\n"
        "  SELECT cid, t FROM purchases\n"
        "  UNION ALL SELECT cid, t FROM person_events\n"
        "  UNION ALL SELECT cid, t FROM ratings WHERE t IS NOT NULL\n"
        "  UNION ALL SELECT cid, t FROM signups)");
    ctes << QStringLiteral(
        "last_moments AS (\n"
        "  SELECT cid, t FROM person_events\n"
        "  UNION ALL SELECT cid, t FROM ratings WHERE t IS NOT NULL)");
    ctes << QStringLiteral(
        "categories AS (\n"
        "  SELECT cid, category AS word FROM purchases WHERE category <> ''\n"
        "  UNION ALL\n"
        "  SELECT o.cid, i.category FROM order_items i JOIN all_orders o ON o.order_id = i.order_id\n"
        "  WHERE o.is_purchase = 1 AND i.category <> '')");
    ctes << QStringLiteral(
        "channels AS (\n"
        "  SELECT cid, channel AS word FROM purchases WHERE channel <> ''\n"
        "  UNION ALL\n"
        "  SELECT cid, source FROM event_rows WHERE cid IS NOT NULL AND source <> '')");
    ctes << QStringLiteral(
        "devices AS (\n"
        "  SELECT cid, CASE WHEN device <> '' THEN 1 ELSE 0 END AS has_device,\n"
        "    CASE WHEN device <> '' AND %1 THEN 1 ELSE 0 END AS is_mobile FROM purchases\n"
        "  UNION ALL\n"
        "  SELECT cid, has_device, is_mobile FROM sessions)")
                .arg(isMobileSql(QStringLiteral("device")));
    // A person is anyone with a customer_id in any table.
    ctes << QStringLiteral(
        "people AS (\n"
        "  SELECT DISTINCT cid FROM (\n"
        "    SELECT customer_id AS cid FROM customers\n"
        "    UNION ALL SELECT customer_id FROM orders\n"
        "    UNION ALL SELECT customer_id FROM events WHERE customer_id IS NOT NULL\n"
        "    UNION ALL SELECT customer_id FROM reviews) ids)");
    return ctes.join(QStringLiteral(",\n"));
}

/// The row sets the aggregates read, in the order they first appear.
QStringList sources()
{
    QStringList all;
    for (const AggregateDefinition &a : FeatureDefinitions::aggregates())
        if (!all.contains(QLatin1String(a.source)))
            all << QString::fromLatin1(a.source);
    return all;
}

/// One grouped CTE per row set, then every person's aggregates (`person_aggregates`).
QString aggregateSets()
{
    QStringList ctes;
    const QStringList names = sources();
    for (int s = 0; s < names.size(); ++s) {
        QStringList columns{QStringLiteral("cid")};
        for (const AggregateDefinition &a : FeatureDefinitions::aggregates())
            if (names[s] == QLatin1String(a.source))
                columns << QStringLiteral("%1 AS %2").arg(QString::fromLatin1(a.sql), QString::fromLatin1(a.name));
        ctes << QStringLiteral("by_%1 AS (SELECT %2 FROM %1 GROUP BY cid)").arg(names[s], columns.join(QStringLiteral(", ")));
    }
    QStringList columns{QStringLiteral("p.cid")};
    for (const AggregateDefinition &a : FeatureDefinitions::aggregates()) {
        const QString column = QStringLiteral("s%1.%2").arg(names.indexOf(QLatin1String(a.source))).arg(QLatin1String(a.name));
        columns << (a.missingWithoutRows ? QStringLiteral("%1 AS %2").arg(column, QLatin1String(a.name))
                                         : QStringLiteral("COALESCE(%1, 0) AS %2").arg(column, QLatin1String(a.name)));
    }
    QStringList joins;
    for (int s = 0; s < names.size(); ++s)
        joins << QStringLiteral("  LEFT JOIN by_%1 s%2 ON s%2.cid = p.cid").arg(names[s]).arg(s);
    ctes << QStringLiteral("person_aggregates AS (\n  SELECT %1\n  FROM people p\n%2)")
                .arg(columns.join(QStringLiteral(",\n    ")), joins.join(QLatin1Char('\n')));
    return ctes.join(QStringLiteral(",\n"));
}

QString aggregateColumn(Aggregate a)
{
    return QStringLiteral("a.") + QLatin1String(FeatureDefinitions::aggregates()[size_t(a)].name);
}

QString figureColumn(StoreFigure f)
{
    switch (f) {
    case StoreFigure::FirstMoment:
        return QStringLiteral("b.first_moment");
    case StoreFigure::LastMoment:
        return QStringLiteral("b.last_moment");
    case StoreFigure::PurchaseCycleDays:
        return QStringLiteral("c.days");
    }
    return {};
}

/// The store's first and last dates (`bounds`) and its purchase cycle (`cycle`).
QString storeFigures(SqlDialect dialect)
{
    const QString d = SqlDialects::doubleType(dialect);
    const QString gap = FeatureDefinitions::find(Feature::DaysBetweenOrders)->formula.toSql(aggregateColumn, figureColumn, d);
    return QStringLiteral(
        "bounds AS (\n"
        "  SELECT COALESCE(MIN(t), 0) AS first_moment, COALESCE(MAX(t), 0) AS last_moment FROM (\n"
        "    SELECT t FROM purchases\n"
        "    UNION ALL SELECT t FROM event_rows\n"
        "    UNION ALL SELECT t FROM ratings WHERE t IS NOT NULL) moments),\n"
        "repeat_gaps AS (SELECT %1 AS gap FROM person_aggregates a WHERE a.orders > 1),\n"
        "ranked_gaps AS (SELECT gap, ROW_NUMBER() OVER (ORDER BY gap) AS k, COUNT(*) OVER () AS n FROM repeat_gaps),\n"
        "cycle_estimate AS (\n"
        "  SELECT CASE WHEN (SELECT COUNT(*) FROM repeat_gaps) >= 20\n"
        "    THEN (SELECT AVG(gap) FROM ranked_gaps WHERE 2 * k BETWEEN n AND n + 2)\n"
        "    ELSE CAST(b.last_moment - b.first_moment AS %2) / 86400 / 4 END AS days\n"
        "  FROM bounds b),\n"
        "purchase_cycle AS (SELECT CASE WHEN 14 < days THEN days ELSE 14 END AS days FROM cycle_estimate)")
        .arg(gap, d);
}

const char *kHeader =
    "-- Persona Workbench: every person's features (%1), computed in the warehouse.\n"
    "-- Reads the canonical tables customers, orders, order_items, events and reviews (the generic\n"
    "-- format's column names; a column the store lacks must be there as NULL). Export the table as\n"
    "-- CSV and import it: persona-cli import --project P FILE.csv\n"
    "-- Features: %2\n"
    "-- Besides them, for the app to read the table as its own features (order-value shrink, store\n"
    "-- period and purchase cycle): %3\n";

} // namespace

QString isPurchaseSql(const QString &column)
{
    QStringList quoted;
    for (const QString &s : Purchase::noPurchaseStatuses())
        quoted << QStringLiteral("'%1'").arg(s);
    return QStringLiteral("LOWER(TRIM(COALESCE(%1, ''))) NOT IN (%2)").arg(column, quoted.join(QStringLiteral(", ")));
}

QString isMobileSql(const QString &column)
{
    QStringList tests;
    for (const QString &w : FeatureDefinitions::mobileDeviceWords())
        tests << QStringLiteral("LOWER(%1) LIKE '%%2%'").arg(column, w);
    return QStringLiteral("(%1)").arg(tests.join(QStringLiteral(" OR ")));
}

QStringList featureKeys(const FeatureSettings &settings)
{
    QStringList keys;
    for (const FeatureDefinitions::FeatureDefinition &f : FeatureDefinitions::features())
        if (settings.isEnabled(f.key))
            keys << f.key;
    return keys;
}

QString query(SqlDialect dialect, const FeatureSettings &settings)
{
    return query(dialect, featureKeys(settings));
}

QString query(SqlDialect dialect, const QStringList &keys)
{
    const QString d = SqlDialects::doubleType(dialect);
    QStringList columns{QStringLiteral("a.cid AS customer_id")};
    for (const QString &key : keys)
        columns << QStringLiteral("%1 AS %2").arg(FeatureDefinitions::find(key)->formula.toSql(aggregateColumn, figureColumn, d), key);
    // What makes the table a recipe's to the import: the app reads it as its own features.
    for (const FeatureDefinitions::FeatureDefinition &c : FeatureDefinitions::recipeColumns())
        columns << QStringLiteral("%1 AS %2").arg(c.formula.toSql(aggregateColumn, figureColumn, d), c.key);
    return QStringLiteral("WITH\n%1,\n%2,\n%3\nSELECT\n  %4\nFROM person_aggregates a CROSS JOIN bounds b CROSS JOIN purchase_cycle c")
        .arg(rowSets(dialect), aggregateSets(), storeFigures(dialect), columns.join(QStringLiteral(",\n  ")));
}

QString script(SqlDialect dialect, const FeatureSettings &settings, const QString &table)
{
    QStringList extras;
    for (const FeatureDefinitions::FeatureDefinition &c : FeatureDefinitions::recipeColumns())
        extras << c.key;
    return QString::fromLatin1(kHeader).arg(SqlDialects::name(dialect),
               featureKeys(settings).join(QStringLiteral(", ")), extras.join(QStringLiteral(", ")))
        + QStringLiteral("CREATE TABLE %1 AS\n%2;\n").arg(table, query(dialect, settings));
}

} // namespace pw::FeatureRecipe
