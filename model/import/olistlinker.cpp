// SPDX-License-Identifier: GPL-3.0-or-later
#include "olistlinker.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pw {

namespace {

// The import that (re)built a row: the last one, which is the import running now.
const char kImportId[] = "(SELECT max(id) FROM imports)";

// A product's category: the English name when the translation file was imported.
const char kCategory[] = "COALESCE(k.product_category_name_english, pr.product_category_name)";
const char kCategoryJoins[] = " LEFT JOIN olist_products pr ON pr.product_id = it.product_id"
                              " LEFT JOIN olist_category_names k ON k.product_category_name = pr.product_category_name";

QString peopleSql()
{
    return QStringLiteral("INSERT OR IGNORE INTO people(customer_id) SELECT DISTINCT customer_unique_id FROM olist_customers");
}

QString customersSql()
{
    // One address per person: that of the customer row with the greatest customer_id (SQLite
    // takes the bare columns from the row holding the max()).
    return QLatin1String("INSERT INTO customers(person_id, country, region, city, import_id)"
                         " SELECT p.id, 'BR', c.customer_state, c.customer_city, ")
           + QLatin1String(kImportId)
           + QLatin1String(" FROM (SELECT customer_unique_id, customer_state, customer_city, max(customer_id)"
                           "  FROM olist_customers GROUP BY customer_unique_id) c"
                           " JOIN people p ON p.customer_id = c.customer_unique_id WHERE true"
                           " ON CONFLICT(person_id) DO UPDATE SET country = excluded.country,"
                           " region = COALESCE(excluded.region, region), city = COALESCE(excluded.city, city),"
                           " import_id = excluded.import_id");
}

QString ordersSql()
{
    return QLatin1String(
               "INSERT INTO orders(order_id, person_id, order_date, total, discount, shipping, items, currency,"
               " status, coupon_code, category, import_id)"
               " SELECT o.order_id, p.id, o.order_purchase_timestamp, COALESCE(i.price + i.freight, pay.paid, 0),"
               " pay.voucher, i.freight, i.n, 'BRL',"
               " CASE o.order_status WHEN 'canceled' THEN 'cancelled' ELSE o.order_status END,"
               " CASE WHEN pay.voucher IS NOT NULL THEN 'voucher' END, i.category, ")
           + QLatin1String(kImportId)
           + QLatin1String(
               " FROM olist_orders o"
               " JOIN olist_customers c ON c.customer_id = o.customer_id"
               " JOIN people p ON p.customer_id = c.customer_unique_id"
               " LEFT JOIN (SELECT g.order_id, total(g.price) AS price, total(g.freight_value) AS freight,"
               "   count(*) AS n, (SELECT ")
           + QLatin1String(kCategory) + QLatin1String(" FROM olist_order_items it") + QLatin1String(kCategoryJoins)
           + QLatin1String(
               "   WHERE it.order_id = g.order_id ORDER BY it.order_item_id LIMIT 1) AS category"
               "  FROM olist_order_items g GROUP BY g.order_id) i ON i.order_id = o.order_id"
               " LEFT JOIN (SELECT order_id, total(payment_value) AS paid,"
               "   sum(CASE WHEN payment_type = 'voucher' THEN payment_value END) AS voucher"
               "  FROM olist_order_payments GROUP BY order_id) pay ON pay.order_id = o.order_id"
               " WHERE true"
               " ON CONFLICT(order_id) DO UPDATE SET person_id = excluded.person_id,"
               " order_date = excluded.order_date, total = excluded.total, discount = excluded.discount,"
               " shipping = excluded.shipping, items = excluded.items, currency = excluded.currency,"
               " status = excluded.status, coupon_code = excluded.coupon_code, category = excluded.category,"
               " import_id = excluded.import_id");
}

QString itemsSql()
{
    return QLatin1String("INSERT INTO order_items(order_id, sku, category, quantity, unit_price, import_id)"
                         " SELECT it.order_id, it.product_id, ")
           + QLatin1String(kCategory) + QLatin1String(", 1, it.price, ") + QLatin1String(kImportId)
           + QLatin1String(" FROM olist_order_items it") + QLatin1String(kCategoryJoins)
           + QLatin1String(" WHERE EXISTS (SELECT 1 FROM orders o WHERE o.order_id = it.order_id)"
                           " ORDER BY it.order_id, it.order_item_id");
}

QString reviewsSql()
{
    return QLatin1String("INSERT INTO reviews(person_id, order_id, rating, date, import_id)"
                         " SELECT o.person_id, r.order_id, r.review_score, r.review_creation_date, ")
           + QLatin1String(kImportId)
           + QLatin1String(" FROM olist_order_reviews r JOIN orders o ON o.order_id = r.order_id"
                           " ORDER BY r.order_id, r.review_id");
}

bool run(QSqlQuery &q, const QString &sql, qint64 *count, Error &error)
{
    if (!q.exec(sql)) {
        error.message = QCoreApplication::translate("Import", "The Olist files cannot be linked: %1").arg(q.lastError().text());
        return false;
    }
    if (count)
        *count = q.numRowsAffected();
    return true;
}

bool scalar(QSqlQuery &q, const QString &sql, qint64 &value, Error &error)
{
    if (!run(q, sql, nullptr, error))
        return false;
    value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return true;
}

} // namespace

bool OlistLinker::link(Project &project, QHash<QString, qint64> &rowsPerEntity, QStringList &warnings, Error &error)
{
    QSqlQuery q(project.db());
    qint64 customers = 0, orders = 0, items = 0, reviews = 0;
    if (!run(q, peopleSql(), nullptr, error) || !run(q, customersSql(), &customers, error)
        || !run(q, ordersSql(), &orders, error)
        || !run(q, QStringLiteral("DELETE FROM order_items WHERE order_id IN (SELECT order_id FROM olist_order_items)"),
                nullptr, error)
        || !run(q, itemsSql(), &items, error)
        || !run(q, QStringLiteral("DELETE FROM reviews WHERE order_id IN (SELECT order_id FROM olist_order_reviews)"),
                nullptr, error)
        || !run(q, reviewsSql(), &reviews, error))
        return false;
    const std::pair<const char *, qint64> built[] = {
        {"customers", customers}, {"orders", orders}, {"order_items", items}, {"reviews", reviews}};
    for (const auto &[entity, rows] : built) {
        if (rows > 0)
            rowsPerEntity[QLatin1String(entity)] += rows;
    }

    qint64 waitingOrders = 0, waitingRest = 0;
    if (!scalar(q, QStringLiteral("SELECT count(*) FROM olist_orders o WHERE NOT EXISTS"
                                  " (SELECT 1 FROM olist_customers c WHERE c.customer_id = o.customer_id)"),
                waitingOrders, error)
        || !scalar(q, QStringLiteral("SELECT count(*) FROM (SELECT order_id FROM olist_order_items"
                                     " UNION SELECT order_id FROM olist_order_payments"
                                     " UNION SELECT order_id FROM olist_order_reviews) w"
                                     " WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = w.order_id)"),
                   waitingRest, error))
        return false;
    if (waitingOrders > 0)
        warnings.append(QCoreApplication::translate("Import", "%n Olist orders wait for their customers: import olist_customers_dataset.csv to add them",
                                                    nullptr, int(waitingOrders)));
    if (waitingRest > 0)
        warnings.append(QCoreApplication::translate("Import", "The items, payments or reviews of %n Olist orders wait for their orders "
                                                              "(olist_orders_dataset.csv) and customers",
                                                    nullptr, int(waitingRest)));
    return true;
}

} // namespace pw
