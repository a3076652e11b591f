// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// The generic format: one CSV per entity whose columns carry the canonical names (DESIGN.md,
/// "Canonical data"); names are matched case-insensitively after trimming, and other columns
/// are ignored.
///
/// The entity is recognised from the header, in this order:
/// - a `session_id` column: events (needs session_id, timestamp, event_type);
/// - a `rating` or `nps` column: reviews (needs customer_id and rating or nps);
/// - `order_id` and `customer_id`: orders (needs order_id, customer_id, order_date, total);
/// - `order_id` alone: order_items (needs order_id and one of sku, product_name, quantity);
/// - `customer_id`: customers.
/// A header that matches a rule but lacks a required column is refused, naming the columns
/// that are missing.
class GenericFormat final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("generic"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;

    /// For each canonical field of `entity`, the first column of `header` that carries its name,
    /// or -1: the columns createMapper()'s mapper reads.
    static QList<int> fieldColumns(const QStringList &header, Entity entity);
};

} // namespace pw
