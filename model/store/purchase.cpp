// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchase.h"

#include "project.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pw::Purchase {

namespace {

QString column(const QString &alias, const char *name)
{
    return alias.isEmpty() ? QString::fromLatin1(name) : QString(alias + QLatin1Char('.') + QLatin1String(name));
}

} // namespace

const QStringList &noPurchaseStatuses()
{
    // Shopify financial statuses (refunded, voided, expired) and `Cancelled at` (stored as
    // cancelled); WooCommerce (Cancelled, Refunded, Failed, and the wc- post statuses); Magento
    // (canceled; closed = refunded by a credit memo); Olist (canceled).
    static const QStringList statuses{
        QStringLiteral("cancelled"), QStringLiteral("canceled"), QStringLiteral("cancel"),
        QStringLiteral("wc-cancelled"), QStringLiteral("refunded"), QStringLiteral("fully refunded"),
        QStringLiteral("fully_refunded"), QStringLiteral("wc-refunded"), QStringLiteral("voided"),
        QStringLiteral("void"), QStringLiteral("failed"), QStringLiteral("wc-failed"),
        QStringLiteral("payment failed"), QStringLiteral("payment_failed"), QStringLiteral("declined"),
        QStringLiteral("expired"), QStringLiteral("closed"),
    };
    return statuses;
}

bool isPurchaseStatus(const QString &status)
{
    return !noPurchaseStatuses().contains(status.trimmed().toLower());
}

QString isPurchaseSql(const QString &alias)
{
    QStringList quoted;
    for (const QString &s : noPurchaseStatuses())
        quoted << QString(QLatin1Char('\'') + s + QLatin1Char('\''));
    return QStringLiteral("lower(trim(coalesce(%1, ''))) NOT IN (%2)")
        .arg(column(alias, "status"), quoted.join(QLatin1String(", ")));
}

QString revenueSql(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1 THEN %2 ELSE min(%2, 0) END").arg(isPurchaseSql(alias), column(alias, "total"));
}

QString eventPurchasesSql(const QString &condition)
{
    return QStringLiteral(
        "SELECT person_id, min(timestamp) AS moment, total(value) AS value FROM events"
        " WHERE event_type = 'purchase' AND person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM orders)%1"
        " GROUP BY person_id, session_id, timestamp / 86400 ORDER BY person_id, moment")
        .arg(condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(condition));
}

QStringList conversionColumns(const Project &project)
{
    QStringList columns;
    const QString text = project.setting(QLatin1String(kConversionSetting)).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        columns << v.toString();
    return columns;
}

QString conversionColumnsSql()
{
    return QStringLiteral("SELECT value FROM json_each((SELECT value FROM meta WHERE key = '%1'))")
        .arg(QLatin1String(kConversionSetting));
}

QString flaggedBuyersSql()
{
    return QStringLiteral("SELECT DISTINCT person_id FROM person_features WHERE value <> 0 AND feature IN (%1)")
        .arg(conversionColumnsSql());
}

QString buyersSql()
{
    return QStringLiteral("SELECT person_id FROM orders WHERE %1 UNION SELECT person_id FROM (%2) UNION %3")
        .arg(isPurchaseSql(), eventPurchasesSql(), flaggedBuyersSql());
}

} // namespace pw::Purchase
