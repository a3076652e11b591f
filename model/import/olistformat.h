// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// The Brazilian E-Commerce Public Dataset by Olist (short name `olist`): seven CSV files that
/// refer to each other by id, each recognised from its header:
/// olist_customers_dataset, olist_orders_dataset, olist_order_items_dataset,
/// olist_order_payments_dataset, olist_order_reviews_dataset, olist_products_dataset and
/// product_category_name_translation.
///
/// Because an Olist file holds only part of a canonical row (an order's customer is in the
/// customers file, its total in the items file), every file is first kept as it is in the
/// project's `olist_*` tables (upserted by its own key), and at the end of each import that
/// read an Olist file, OlistLinker builds the canonical people, customers, orders, order_items
/// and reviews from all that the project holds (see OlistLinker for the rules). So the files
/// may come in any order and in several imports: an order whose customer is not known yet
/// waits in `olist_orders` and appears once the customers file is imported (a warning says
/// how many wait).
///
/// Not stored: the zip code prefix (the policy for addresses keeps country, region and city),
/// review titles and comments (free text), product dimensions, seller ids.
class OlistFormat final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("olist"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;
    bool finishImport(Project &project, QHash<QString, qint64> &rowsPerEntity, QStringList &warnings,
                      Error &error) const override;
};

} // namespace pw
