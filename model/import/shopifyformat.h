// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// Shopify's customers export and orders export (short name `shopify`).
///
/// Orders export (recognised by `Name` and `Lineitem quantity`): one row per line item; the
/// order-level fields (e-mail, totals, dates, discount, status) are read from the first row of
/// each order (the order's `Name`, e.g. `#1001`, is the order_id) and the rows of one order
/// must follow each other, as Shopify writes them. `Created at` carries the shop's local time
/// with its offset. Each row gives an order_items row (sku, name, quantity, price); the order's
/// `items` is the sum of its quantities; `Discount Code` → coupon_code, `Discount Amount` →
/// discount, `Financial Status` → status (`cancelled` when `Cancelled at` is set, `refunded`
/// when `Refunded Amount` covers `Total`), total = `Total` − `Refunded Amount`, UTM values in
/// `Note Attributes` (`utm_source: x` lines) → channel (`source/medium`), else `Source`. The
/// customer is the (pseudonymised) e-mail; the first row also gives a customers row with
/// billing country, province and city and `Accepts Marketing`. An order without an e-mail
/// belongs to a guest person of its own (`guest:` and the order name).
///
/// Customers export (recognised by `Customer ID` and `First Name`): the person is the
/// (pseudonymised) e-mail, so that the orders export links to it; a customer without e-mail is
/// `shopify:` and the Customer ID. `Accepts Email Marketing` (or, in older exports,
/// `Accepts Marketing`) → accepts_marketing; the default address's country code, province code
/// and city → country, region, city. Ids and phone numbers with Excel's leading apostrophe are
/// read without it. Phone numbers and street addresses are not stored.
class ShopifyFormat final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("shopify"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;
};

} // namespace pw
