// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include "analysis/features.h"

#include <QString>
#include <QStringList>

namespace pw {

/// The per-person features as SQL for the user's own warehouse (`persona-cli recipe features`).
///
/// The query reads the canonical tables under their generic-format names — customers
/// (customer_id, signup_date), orders (order_id, customer_id, order_date, total, discount,
/// coupon_code, status, category, channel, device), order_items (order_id, category), events
/// (session_id, customer_id, timestamp, event_type, source, device, value) and reviews
/// (customer_id, rating, nps, date) — with ordinary SQL types (dates and timestamps as DATE or
/// TIMESTAMP, read as UTC; in SQLite ISO 8601 text or seconds); a column the store lacks is NULL.
/// It gives one row per person (anyone with a customer_id in any of the tables): `customer_id`
/// and one column per feature the settings keep, named by its key, computed by the features'
/// one definition (FeatureDefinitions) exactly as computeFeatures() computes their raw values
/// (cancellations, refunds and purchase events as Purchase defines them; recency and tenure
/// counted to the store's last date), then the columns of FeatureDefinitions::recipeColumns()
/// (the order values' log sums, the store's period and purchase cycle). That table is a feature
/// table the import recognises as it is, and reads as a recipe's: clustered as the app's own
/// computed features (the same transforms, order-value shrink and persona figures). The
/// transforms (log, winsorising, standardising) stay in the app.
///
/// Known difference from the app's scan, on data that has it: category_diversity and
/// channel_count count distinct words exactly (the app's count folds words beyond the store's
/// 64th distinct one). (A session id shared by two people is a session of each, in both.)
namespace FeatureRecipe {

/// The keys of the features the recipe writes under `settings`, in matrix order.
QStringList featureKeys(const FeatureSettings &settings);

/// The SELECT query (no trailing semicolon).
QString query(SqlDialect dialect, const FeatureSettings &settings);
/// The same with the columns of `keys` (computed features' keys, each once), in their order,
/// then the recipe columns.
QString query(SqlDialect dialect, const QStringList &keys);

/// The whole recipe: a comment saying what it is, then `CREATE TABLE table AS` the query.
QString script(SqlDialect dialect, const FeatureSettings &settings, const QString &table);

/// The purchase statuses condition (Purchase::isPurchaseSql's rule) on `column`, for any dialect.
QString isPurchaseSql(const QString &column);

/// A condition: `column` names a mobile device (FeatureDefinitions::isMobileDevice's rule).
QString isMobileSql(const QString &column);

} // namespace FeatureRecipe

} // namespace pw
