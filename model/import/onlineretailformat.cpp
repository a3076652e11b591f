// SPDX-License-Identifier: GPL-3.0-or-later
#include "onlineretailformat.h"

#include "csvreader.h"
#include "recordcells.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace pw {

namespace {

const char *const kColumns[] = {"InvoiceNo", "StockCode", "Description", "Quantity",
                                "InvoiceDate", "UnitPrice", "CustomerID", "Country"};

class OnlineRetailMapper final : public RowMapper
{
public:
    OnlineRetailMapper(const QStringList &header, const MapContext &context) : m_cells(header, context.parser)
    {
        m_invoice = m_cells.column({"InvoiceNo", "Invoice"});
        m_stock = m_cells.column({"StockCode"});
        m_description = m_cells.column({"Description"});
        m_quantity = m_cells.column({"Quantity"});
        m_date = m_cells.column({"InvoiceDate"});
        m_price = m_cells.column({"UnitPrice", "Price"});
        m_customer = m_cells.column({"CustomerID", "Customer ID"});
        m_country = m_cells.column({"Country"});
    }
    Entity entity() const override { return Entity::Orders; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }
    bool gathersWholeFile() const override { return true; } // an invoice's lines may lie anywhere
    qint64 skipped() const override { return m_skipped; }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        const QString invoice = m_cells.text(m_invoice).toString();
        if (invoice.isEmpty())
            return m_cells.fail(error, m_invoice, QCoreApplication::translate("Import", "required value is empty"));
        QVariant quantity, price, date;
        if (!m_cells.number(m_quantity, quantity, error, true) || !m_cells.number(m_price, price, error, true)
            || !m_cells.date(m_date, date, error, true))
            return false;
        const QString customer = m_cells.text(m_customer).toString();
        if (customer.isEmpty()) {
            ++m_skipped;
            return true;
        }
        auto index = m_index.constFind(invoice);
        if (index == m_index.cend()) {
            Invoice fresh;
            fresh.number = invoice;
            fresh.customer = customer;
            fresh.date = date.toLongLong();
            index = m_index.insert(invoice, m_invoices.size());
            m_invoices.append(fresh);
        } else if (m_invoices[*index].customer != customer) {
            return m_cells.fail(error, m_customer,
                                QCoreApplication::translate("Import", "invoice %1 already belongs to customer %2").arg(invoice, m_invoices[*index].customer));
        }
        Invoice &current = m_invoices[*index];
        if (!m_customers.contains(customer)) {
            m_customers.insert(customer);
            CanonicalRow row = CanonicalRow::of(Entity::Customers);
            row.set("customer_id", customer);
            row.set("country", m_cells.textValue(m_country));
            out.append(std::move(row));
        }
        current.total += quantity.toDouble() * price.toDouble();
        current.items += qint64(quantity.toDouble());

        CanonicalRow item = CanonicalRow::of(Entity::OrderItems);
        item.set("order_id", invoice);
        item.set("sku", m_cells.textValue(m_stock));
        item.set("product_name", m_cells.textValue(m_description));
        item.set("quantity", quantity);
        item.set("unit_price", price);
        out.append(std::move(item));
        return true;
    }

    void finish(QList<CanonicalRow> &out) override
    {
        // In the order of their first lines: the first orders of the file come first.
        for (auto it = m_invoices.cbegin(); it != m_invoices.cend(); ++it) {
            CanonicalRow row = CanonicalRow::of(Entity::Orders);
            row.set("order_id", it->number);
            row.set("customer_id", it->customer);
            row.set("order_date", it->date);
            row.set("total", std::round(it->total * 100.0) / 100.0);
            row.set("items", it->items);
            row.set("currency", QStringLiteral("GBP"));
            row.set("status", it->number.startsWith(QLatin1Char('C'), Qt::CaseInsensitive)
                                  ? QStringLiteral("cancelled") : QStringLiteral("completed"));
            out.append(std::move(row));
        }
        m_invoices.clear();
        m_index.clear();
    }

private:
    struct Invoice
    {
        QString number;
        QString customer;
        qint64 date = 0;
        double total = 0;
        qint64 items = 0;
    };

    RecordCells m_cells;
    QList<Invoice> m_invoices;      ///< in the order of their first lines
    QHash<QString, qsizetype> m_index; ///< invoice number -> its place in m_invoices
    QSet<QString> m_customers;
    qint64 m_skipped = 0;
    int m_invoice, m_stock, m_description, m_quantity, m_date, m_price, m_customer, m_country;
};

} // namespace

QString OnlineRetailFormat::displayName() const
{
    return QCoreApplication::translate("OnlineRetailFormat", "Online Retail invoice lines (UCI)");
}

std::optional<Entity> OnlineRetailFormat::detectEntity(const QStringList &header, QString *why) const
{
    const ValueParser parser;
    const RecordCells cells(header, parser);
    QStringList missing;
    for (const char *column : kColumns) {
        if (cells.column({column}) < 0)
            missing.append(QString::fromLatin1(column));
    }
    if (missing.isEmpty())
        return Entity::Orders;
    if (why)
        *why = QCoreApplication::translate("OnlineRetailFormat", "The header is not that of Online Retail invoice lines: it lacks %1")
                   .arg(missing.join(QLatin1String(", ")));
    return std::nullopt;
}

std::unique_ptr<RowMapper> OnlineRetailFormat::createMapper(const QStringList &header, Entity,
                                                            const MapContext &context) const
{
    return std::make_unique<OnlineRetailMapper>(header, context);
}

QList<int> OnlineRetailFormat::dateColumns(const QStringList &header, Entity) const
{
    const ValueParser parser;
    return {RecordCells(header, parser).column({"InvoiceDate"})};
}

} // namespace pw
