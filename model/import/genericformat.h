// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// The generic format: one CSV per entity whose columns carry the canonical names (DESIGN.md,
/// "Canonical data") or common synonyms of them (see ColumnSynonyms: `user_id`, `date`,
/// `amount`, `qty`, Hebrew and Russian names, ...); names are compared without regard to case,
/// spaces, '-' and '_'. Columns the file's entity has no field for are not imported, and the
/// import names them (RowMapper::unreadColumns()).
///
/// The entity is recognised from the header, in this order:
/// - a `session_id` column: events (needs session_id, timestamp, event_type);
/// - a `rating` or `nps` column: reviews (needs customer_id and rating or nps);
/// - `order_id` and a customer: orders (needs order_id, customer_id, order_date and a total);
///   an order id named by a synonym (`order_number`, ...) counts when all four are there;
/// - `order_id` without a customer: order_items (needs order_id and one of sku, product_name,
///   quantity);
/// - a customer, a date and an amount without an order id: orders, one per row, whose ids are
///   made from the row's content (a transaction log such as `customer_id,date,qty,amount`);
/// - a customer: customers.
/// A header that matches a rule but lacks a required column is refused, naming the columns
/// that are missing.
///
/// In an orders file, a price column (`price`, `unit_price`, `מחיר`, `Цена`) beside a quantity
/// is the unit price: the order's total is price × quantity (unless the file has a total) and the
/// row also gives the order an item (quantity, unit price, sku, product, category). A price
/// without a quantity is the order's total, unless the file has a total. A file without order
/// ids gives each row an item as well when it has a product, sku or unit price column.
class GenericFormat final : public ImportFormat
{
public:
    /// How the generic format reads a header.
    struct Layout
    {
        Entity entity = Entity::Customers;
        QList<int> columns;     ///< per canonical field of `entity`: the column read as it, or -1
        bool rowIds = false;    ///< orders without an order_id column: ids made from the row's content
        int unitPrice = -1;     ///< orders: the column of a unit price (a price beside a quantity), or -1
        bool totalFromPrice = false; ///< orders: total = unit price × quantity (the file has no total)
        /// Orders whose rows also give an item: per field of order_items its column, or -1 (the
        /// order_id is the order's); empty when the rows give no item.
        QList<int> itemColumns;
        /// True when the rows are read as they are, one canonical row each (FieldMapper).
        bool plain() const { return !rowIds && itemColumns.isEmpty(); }
    };

    QString shortName() const override { return QStringLiteral("generic"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;

    /// How a file with this header is read, or nullopt (with `why`, when given) if it is not a
    /// generic file.
    static std::optional<Layout> layout(const QStringList &header, QString *why = nullptr);
    /// For each canonical field of `entity`, the column of `header` read as it, or -1: the
    /// columns createMapper()'s mapper reads for the entity's own rows.
    static QList<int> fieldColumns(const QStringList &header, Entity entity);
};

} // namespace pw
