// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldmapper.h"
#include "genericformat.h"

#include <QHash>

#include <optional>

namespace pw {

class Pseudonymiser;

/// The generic format's mapper for an orders file whose rows are more than orders as they stand
/// (GenericFormat::Layout::plain() is false): a file without order ids, or whose total is a
/// unit price × a quantity. Each row gives one order and, when the layout says so, one item of it.
///
/// **Order ids made from the content**: in a file without an order_id column, each row's id is
/// `row:` + 16 hex digits of SHA-256 over the row's customer (as stored, pseudonymised), date,
/// total, quantity, sku and product, + `:` + the row's occurrence among the identical rows of
/// the file before it (1 for the first). Importing the same rows again gives the same ids, so it
/// updates these orders rather than doubling them, while two identical purchases in one file stay
/// two orders. Memory grows with the file's distinct rows (a counter each).
class GenericOrdersMapper final : public RowMapper
{
public:
    GenericOrdersMapper(const GenericFormat::Layout &layout, const QStringList &header, const MapContext &context);

    Entity entity() const override { return Entity::Orders; }
    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override;
    QList<int> unreadColumns() const override;
    QStringList columnFields() const override;
    QStringList notes() const override;
    bool makesOrderIds() const override { return m_rowIds; }

private:
    /// The id of `order` (and its `item`, when there is one), made from their content.
    QString madeId(const CanonicalRow &order, const CanonicalRow *item);

    FieldMapper m_orders;
    std::optional<FieldMapper> m_items;
    QStringList m_header;
    const Pseudonymiser &m_pseudonymiser;
    bool m_rowIds;
    bool m_totalFromPrice;
    int m_unitPriceColumn;
    int m_quantityColumn;
    QHash<quint64, quint32> m_seen; ///< a row's content hash -> how many rows of the file had it
};

} // namespace pw
