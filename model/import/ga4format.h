// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// A flattened Google Analytics 4 event export (short name `ga4`), recognised by `event_name`
/// and `user_pseudo_id`.
///
/// Each row is an event: `event_timestamp` (microseconds since the epoch; `event_date`
/// YYYYMMDD when it is missing) → timestamp; the person is `user_id` when set, otherwise
/// `user_pseudo_id`; the session is `user_pseudo_id` and `ga_session_id` (or `session_id`)
/// when the export has one, otherwise `user_pseudo_id` and the day. GA4 event names map onto the
/// canonical types: `session_start`, `page_view`, `view_item` → `product_view`,
/// `view_item_list`/`view_search_results`/`search` → `search` (list views → `page_view`),
/// `add_to_cart`, `begin_checkout`, `add_shipping_info`/`add_payment_info` → `begin_checkout`,
/// `purchase`, `refund`, `share` → `referral`; other names are kept as they are. `page_location`
/// → page, `purchase_revenue` or `value` → value, `source` / `traffic_source.source` → source,
/// `device.category` / `device_category` → device.
class Ga4Format final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("ga4"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;
};

} // namespace pw
