// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pw {

class Project;

/// Builds the canonical rows of the Olist dataset from the project's `olist_*` tables (where
/// OlistFormat keeps each file as it is), inside the caller's transaction. Every run rebuilds
/// every Olist row, so it does not matter in which order, or in how many imports, the files came.
///
/// - people: one per `customer_unique_id` (the person; `customer_id` is per order);
/// - customers: country `BR`, region = `customer_state`, city = `customer_city`, taken from
///   the person's customer row with the greatest `customer_id`; the zip prefix is not kept;
/// - orders: an order of `olist_orders` whose `customer_id` is in `olist_customers` belongs to
///   that person; order_date = `order_purchase_timestamp`; total = the sum of its items'
///   `price` + `freight_value` (what was bought and its delivery), or, when no item of the
///   order was imported, the sum of its payments, else 0; shipping = the items' freight;
///   items = the number of item rows (Olist writes one row per unit); currency `BRL`;
///   status = `order_status`, with `canceled` written `cancelled` (which features and funnels
///   leave out); discount = the sum of its `voucher` payments and coupon_code = `voucher` when
///   there is one (the discount signal); category = the category of its first item;
/// - order_items: one per item row of an order above: sku = `product_id`, category = the
///   product's English category name (from product_category_name_translation, else the
///   Portuguese one), quantity 1, unit_price = `price`; they replace the order's stored items;
/// - reviews: one per review row of an order above, rating = `review_score`, date =
///   `review_creation_date`; they replace the stored reviews of those orders.
/// Orders whose customer, and items, payments and reviews whose order is not imported yet,
/// wait in the `olist_*` tables; a warning says how many.
class OlistLinker
{
public:
    /// Adds the rows (re)built per entity to `rowsPerEntity` and the waiting rows to `warnings`.
    /// Returns false with `error` on a database error.
    static bool link(Project &project, QHash<QString, qint64> &rowsPerEntity, QStringList &warnings, Error &error);
};

} // namespace pw
