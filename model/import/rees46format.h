// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// The REES46 / Open CDP e-commerce event stream (short name `rees46`): `event_time,
/// event_type, product_id, category_id, category_code, brand, price, user_id, user_session`.
///
/// Each row is an event: user_session → session_id, user_id → customer_id, event_time
/// (`2019-10-01 00:00:00 UTC`) → timestamp, product_id → page, price → value, and event_type
/// `view` → `product_view`, `cart` → `add_to_cart`, `remove_from_cart` → `remove_from_cart`,
/// `purchase` → `purchase` (other types are kept in lower case). A row without user_session
/// gets the session `user_id@date`. Purchases stay events: the stream has no order ids or
/// totals, so no orders are made from it. Rows equal in session, time, type and product are one
/// event (the importer's rule for events).
class Rees46Format final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("rees46"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;
};

} // namespace pw
