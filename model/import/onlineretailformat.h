// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// The UCI "Online Retail" invoice lines (short name `online-retail`), as CSV or as the
/// original XLSX: `InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
/// CustomerID, Country`.
///
/// - Every line with a CustomerID becomes an order_items row (StockCode → sku, Description →
///   product_name, Quantity, UnitPrice) of the order InvoiceNo.
/// - An invoice is an order: its customer, the date of its first line, total = the sum of
///   quantity × unit price over its lines (rounded to the penny), items = the sum of the
///   quantities, currency GBP. The lines of an invoice need not follow each other; orders are
///   written when the whole file has been read.
/// - Cancellations: an invoice number starting with `C` is a cancellation; it is kept as an
///   order with status `cancelled` and its (negative) total, so that the project's revenue is
///   net of cancellations. Other invoices get status `completed`; lines with a negative quantity
///   inside them (corrections) are kept as they are and lower the invoice's total.
/// - Lines without a CustomerID are anonymous: they cannot be tied to a person, so they are
///   read and counted (as skipped, not rejected) but not imported.
/// - Each CustomerID gives one customers row with its Country.
/// InvoiceDate is ISO (`2011-10-30 16:17`), day-first or month-first, or an Excel serial date.
class OnlineRetailFormat final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("online-retail"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;
};

} // namespace pw
