// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pw {
class Project;
}

namespace pw::Purchase {

/// The one definition of a purchase, used by the import summary, `info`, the features, the
/// funnels, the personas and every export.
///
/// - An order is a purchase unless its status (trimmed, compared without regard to case) is a
///   cancellation, a full refund, a void or a failed payment, in the spellings of Shopify,
///   WooCommerce, Magento, Olist and the generic format (noPurchaseStatuses()). Any other status,
///   or none, is a purchase.
/// - Net revenue is the sum of the purchases' totals, plus every negative total whatever its
///   status: a negative total is money given back (UCI's "C" credit notes are stored as
///   cancelled orders with their negative totals). An order that is no purchase and has a
///   positive total adds nothing. Refunds an export gives per order (Shopify's `Refunded Amount`)
///   are subtracted from the order's total when it is imported.
/// - A store without orders (an event stream) buys through its `purchase` events: the purchase
///   events of one person in one session on one day (UTC) are one purchase, at the moment of the
///   first of them, worth the sum of their values. A store with orders counts only its orders
///   (its purchase events describe the same purchases).
/// - A feature table's conversion column (a yes/no column named as a purchase, e.g. the Online
///   Shoppers `Revenue`; see FeatureTableFormat) says who bought: a person whose value is yes
///   and who has no purchase otherwise made one purchase, at no known moment and for no known
///   amount. Such a person is a buyer (`info`'s buyers, the funnel's conversion, a persona's
///   buyers) but adds no revenue, no order value and no order-based feature.

/// The statuses that make an order no purchase, in lower case.
const QStringList &noPurchaseStatuses();

/// Whether an order with `status` is a purchase.
bool isPurchaseStatus(const QString &status);

/// An SQL condition, true when the orders row is a purchase; `alias` is the table's alias in the
/// query ("o") or empty.
QString isPurchaseSql(const QString &alias = QString());

/// An SQL expression: the orders row's part of the net revenue.
QString revenueSql(const QString &alias = QString());

/// An SQL query of the event purchases of a store without orders, one row per purchase:
/// person_id, moment (seconds), value (the sum of its events' values, 0 when none has one),
/// ordered by person and moment. It returns no rows when the store has orders. `condition`, if
/// given, is an SQL condition on the events read (e.g. "timestamp < ?1").
QString eventPurchasesSql(const QString &condition = QString());

/// The project setting (`meta`) naming the feature-table columns read as conversion: a JSON
/// array of `person_features` feature names, kept by the import.
inline constexpr const char *kConversionSetting = "conversion_features";

/// The conversion columns `project` names (kConversionSetting).
QStringList conversionColumns(const Project &project);

/// An SQL query of the names of the conversion columns (one row each: value).
QString conversionColumnsSql();

/// An SQL query of the people a conversion column says bought, one row per person: person_id.
QString flaggedBuyersSql();

/// An SQL query of every buyer, one row per person (person_id): the people with a purchase
/// (orders, or purchase events in a store without orders) and those a conversion column says
/// bought.
QString buyersSql();

} // namespace pw::Purchase
