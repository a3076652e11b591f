// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
/// ordered by person and moment. It returns no rows when the store has orders.
QString eventPurchasesSql();

} // namespace pw::Purchase
