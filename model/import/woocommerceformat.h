// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// WooCommerce Analytics exports (short name `woocommerce`).
///
/// Customers (recognised by `Username`, `Sign Up` and `Total Spend`): one row per customer;
/// `Sign Up` → signup_date, `Country / Region`, `Region`, `City` → country, region, city,
/// `Email` → email (pseudonymised). Orders (recognised by `Order #` and `Net Sales`): one row
/// per order; `Date` → order_date, `Net Sales` → total, `Items sold` → items, `Coupon(s)` →
/// coupon_code, `Status` → status. The orders export names its customer but gives no e-mail or
/// id, so WooCommerce customers and orders are linked by the customer's name (pseudonymised,
/// compared without regard to case or extra spaces): two customers with the same name become
/// one person. The aggregates (`Orders`, `Total Spend`, `AOV`) are not stored; they follow from
/// the orders.
class WooCommerceFormat final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("woocommerce"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;
};

} // namespace pw
