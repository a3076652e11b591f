// SPDX-License-Identifier: GPL-3.0-or-later
#include "genericordersmapper.h"

#include "pseudonymiser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <cmath>

namespace pw {

namespace {

int field(Entity entity, const char *name)
{
    return CanonicalSchema::fieldIndex(entity, QString::fromLatin1(name));
}

/// A value's text for the content hash: numbers in their shortest exact form, so that `12.5`
/// and `12.50` in the file give the same id.
QByteArray hashText(const QVariant &value)
{
    if (value.isNull())
        return QByteArray();
    if (value.typeId() == QMetaType::Double)
        return QByteArray::number(value.toDouble(), 'g', 17);
    return value.toString().toUtf8();
}

} // namespace

GenericOrdersMapper::GenericOrdersMapper(const GenericFormat::Layout &layout, const QStringList &header,
                                         const MapContext &context)
    : m_orders(Entity::Orders, layout.columns, header, context.parser),
      m_header(header),
      m_pseudonymiser(context.pseudonymiser),
      m_rowIds(layout.rowIds),
      m_totalFromPrice(layout.totalFromPrice),
      m_unitPriceColumn(layout.unitPrice),
      m_quantityColumn(layout.columns[field(Entity::Orders, "items")])
{
    m_orders.setFilledByCaller("order_id");
    m_orders.setFilledByCaller("total");
    if (!layout.itemColumns.isEmpty()) {
        m_items.emplace(Entity::OrderItems, layout.itemColumns, header, context.parser);
        m_items->setFilledByCaller("order_id");
    }
}

bool GenericOrdersMapper::map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error)
{
    CanonicalRow order;
    if (!m_orders.mapRow(record, order, error))
        return false;
    CanonicalRow item;
    if (m_items && !m_items->mapRow(record, item, error))
        return false;
    if (m_totalFromPrice) {
        const QVariant &quantity = item.values[field(Entity::OrderItems, "quantity")];
        const QVariant &price = item.values[field(Entity::OrderItems, "unit_price")];
        const QString empty = QCoreApplication::translate("Import", "required value is empty");
        if (price.isNull())
            return m_orders.fail(error, m_unitPriceColumn, empty);
        if (quantity.isNull())
            return m_orders.fail(error, m_quantityColumn, empty);
        // Rounded to the cent, as an invoice adds up its lines.
        order.set("total", std::round(quantity.toDouble() * price.toDouble() * 100.0) / 100.0);
    }
    if (m_rowIds)
        order.set("order_id", madeId(order, m_items ? &item : nullptr));
    if (m_items) {
        item.set("order_id", order.values[field(Entity::Orders, "order_id")]);
        out.append(std::move(order));
        out.append(std::move(item));
    } else {
        out.append(std::move(order));
    }
    return true;
}

QString GenericOrdersMapper::madeId(const CanonicalRow &order, const CanonicalRow *item)
{
    // The customer as stored: an e-mail address in the file is its pseudonym in the hash too.
    CanonicalRow stored = order;
    m_pseudonymiser.pseudonymise(stored);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *name : {"customer_id", "order_date", "total", "items"}) {
        hash.addData(hashText(stored.values[field(Entity::Orders, name)]));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    if (item) {
        for (const char *name : {"sku", "product_name"}) {
            hash.addData(hashText(item->values[field(Entity::OrderItems, name)]));
            hash.addData(QByteArrayView("\x1f", 1));
        }
    }
    const QByteArray digest = hash.result().left(8);
    const quint32 occurrence = ++m_seen[qFromBigEndian<quint64>(digest.constData())];
    return QLatin1String("row:") + QString::fromLatin1(digest.toHex()) + QLatin1Char(':') + QString::number(occurrence);
}

QList<int> GenericOrdersMapper::unreadColumns() const
{
    QList<int> out = m_orders.unreadColumns();
    if (m_items) {
        const QStringList itemFields = m_items->columnFields();
        out.removeIf([&](int column) { return !itemFields.value(column).isEmpty(); });
    }
    return out;
}

QStringList GenericOrdersMapper::columnFields() const
{
    QStringList out = m_orders.columnFields();
    if (m_items) {
        const QStringList itemFields = m_items->columnFields();
        for (int c = 0; c < out.size(); ++c) {
            if (out[c].isEmpty())
                out[c] = itemFields.value(c);
        }
    }
    return out;
}

QStringList GenericOrdersMapper::notes() const
{
    QStringList out;
    if (m_rowIds)
        out << QCoreApplication::translate("GenericFormat", "no order id column: each row is taken as one order, ids made from the row's content; the same rows imported again update these orders, they are not added twice");
    if (m_totalFromPrice)
        out << QCoreApplication::translate("GenericFormat", "“%1” is read as the unit price: an order's total is price × quantity (“%2”)")
                   .arg(m_header.value(m_unitPriceColumn).trimmed(), m_header.value(m_quantityColumn).trimmed());
    else if (m_unitPriceColumn >= 0 && m_items)
        out << QCoreApplication::translate("GenericFormat", "“%1” is read as the unit price of the order's item")
                   .arg(m_header.value(m_unitPriceColumn).trimmed());
    return out;
}

} // namespace pw
