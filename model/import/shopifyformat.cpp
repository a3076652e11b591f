// SPDX-License-Identifier: GPL-3.0-or-later
#include "shopifyformat.h"

#include "csvreader.h"
#include "pseudonymiser.h"
#include "recordcells.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pw {

namespace {

bool hasColumn(const QStringList &header, const char *name)
{
    return headerColumn(header, {name}) >= 0;
}

/// `utm_source` and `utm_medium` from Shopify's "Note Attributes" ("utm_source: google\n...").
QString utmChannel(QStringView notes)
{
    static const QRegularExpression pattern(QStringLiteral("utm_(source|medium)\\s*[:=]\\s*([^\\s,;&]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString source, medium;
    QRegularExpressionMatchIterator it = pattern.globalMatch(notes);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).compare(QLatin1String("source"), Qt::CaseInsensitive) == 0)
            source = m.captured(2);
        else
            medium = m.captured(2);
    }
    if (source.isEmpty())
        return QString();
    return medium.isEmpty() ? source : source + QLatin1Char('/') + medium;
}

class ShopifyOrdersMapper final : public RowMapper
{
public:
    ShopifyOrdersMapper(const QStringList &header, const MapContext &context)
        : m_cells(header, context.parser), m_context(context)
    {
        m_name = m_cells.column({"Name"});
        m_email = m_cells.column({"Email"});
        m_financial = m_cells.column({"Financial Status"});
        m_acceptsMarketing = m_cells.column({"Accepts Marketing", "Accepts Email Marketing"});
        m_currency = m_cells.column({"Currency"});
        m_shipping = m_cells.column({"Shipping"});
        m_total = m_cells.column({"Total"});
        m_discountCode = m_cells.column({"Discount Code"});
        m_discountAmount = m_cells.column({"Discount Amount"});
        m_createdAt = m_cells.column({"Created at"});
        m_quantity = m_cells.column({"Lineitem quantity"});
        m_itemName = m_cells.column({"Lineitem name"});
        m_itemPrice = m_cells.column({"Lineitem price"});
        m_itemSku = m_cells.column({"Lineitem sku"});
        m_city = m_cells.column({"Billing City"});
        m_province = m_cells.column({"Billing Province"});
        m_country = m_cells.column({"Billing Country"});
        m_notes = m_cells.column({"Note Attributes"});
        m_cancelledAt = m_cells.column({"Cancelled at"});
        m_refunded = m_cells.column({"Refunded Amount"});
        m_source = m_cells.column({"Source"});
        m_vendor = m_cells.column({"Vendor"});
    }

    Entity entity() const override { return Entity::Orders; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        const QString name = m_cells.text(m_name).toString();
        if (name.isEmpty())
            return m_cells.fail(error, m_name, QCoreApplication::translate("Import", "required value is empty"));

        QVariant quantity, price;
        if (!m_cells.number(m_quantity, quantity, error) || !m_cells.number(m_itemPrice, price, error))
            return false;

        if (name != m_current && m_firstLines.contains(name))
            // Rows of one order follow each other: the name again later is another order under
            // the same id. The first is kept, as ImportWriter keeps the first row of an order_id.
            return m_cells.fail(error, m_name,
                                QCoreApplication::translate("Import", "order_id already read on line %1 of %2: the first row of an order_id is kept, this one is not imported")
                                    .arg(m_firstLines.value(name))
                                    .arg(QCoreApplication::translate("Import", "this file")));
        if (name != m_current) {
            // The first row of an order: its order-level fields.
            CanonicalRow order = CanonicalRow::of(Entity::Orders);
            CanonicalRow customer = CanonicalRow::of(Entity::Customers);
            QVariant date, total, shipping, discount, accepts, refunded;
            if (!m_cells.date(m_createdAt, date, error, true) || !m_cells.number(m_total, total, error, true)
                || !m_cells.number(m_shipping, shipping, error) || !m_cells.number(m_discountAmount, discount, error)
                || !m_cells.boolean(m_acceptsMarketing, accepts, error) || !m_cells.number(m_refunded, refunded, error))
                return false;
            const QStringView email = m_cells.text(m_email);
            const QString customerId = email.isEmpty() ? QLatin1String("guest:") + name
                                                       : m_context.pseudonymiser.email(email);
            flush(out);
            m_current = name;
            m_firstLines.insert(name, record.line);
            order.set("order_id", name);
            order.set("customer_id", customerId);
            order.set("order_date", date);
            // Net of refunds: what the shop kept (see Purchase); a full refund is no purchase.
            const double refund = refunded.isNull() ? 0.0 : std::max(0.0, refunded.toDouble());
            const double net = std::round(std::max(0.0, total.toDouble() - refund) * 100.0) / 100.0;
            order.set("total", refund > 0 ? QVariant(net) : total);
            order.set("discount", discount);
            order.set("shipping", shipping);
            order.set("currency", m_cells.textValue(m_currency));
            QVariant status = m_cells.textValue(m_financial);
            if (!m_cells.text(m_cancelledAt).isEmpty())
                status = QStringLiteral("cancelled");
            else if (refund > 0 && net <= 0)
                status = QStringLiteral("refunded");
            order.set("status", status);
            order.set("coupon_code", m_cells.textValue(m_discountCode));
            const QString utm = utmChannel(m_cells.text(m_notes));
            order.set("channel", utm.isEmpty() ? m_cells.textValue(m_source) : QVariant(utm));
            m_order = order;
            m_items = 0;

            customer.set("customer_id", customerId);
            if (!email.isEmpty())
                customer.set("email", email.toString());
            customer.set("country", m_cells.textValue(m_country));
            customer.set("region", m_cells.textValue(m_province));
            customer.set("city", m_cells.textValue(m_city));
            customer.set("accepts_marketing", accepts);
            out.append(std::move(customer));
        }

        CanonicalRow item = CanonicalRow::of(Entity::OrderItems);
        item.set("order_id", name);
        item.set("sku", m_cells.textValue(m_itemSku));
        item.set("product_name", m_cells.textValue(m_itemName));
        item.set("category", m_cells.textValue(m_vendor));
        item.set("quantity", quantity);
        item.set("unit_price", price);
        out.append(std::move(item));
        if (!quantity.isNull())
            m_items += qint64(quantity.toDouble());
        return true;
    }

    void finish(QList<CanonicalRow> &out) override { flush(out); }

private:
    void flush(QList<CanonicalRow> &out)
    {
        if (m_current.isEmpty())
            return;
        m_order.set("items", m_items);
        out.append(std::move(m_order));
        m_order = CanonicalRow();
        m_current.clear();
    }

    RecordCells m_cells;
    const MapContext &m_context;
    QString m_current;
    QHash<QString, qint64> m_firstLines; ///< order name -> line of its first row
    CanonicalRow m_order;
    qint64 m_items = 0;
    int m_name, m_email, m_financial, m_acceptsMarketing, m_currency, m_shipping, m_total;
    int m_discountCode, m_discountAmount, m_createdAt, m_quantity, m_itemName, m_itemPrice;
    int m_itemSku, m_city, m_province, m_country, m_notes, m_cancelledAt, m_refunded, m_source, m_vendor;
};

class ShopifyCustomersMapper final : public RowMapper
{
public:
    ShopifyCustomersMapper(const QStringList &header, const MapContext &context)
        : m_cells(header, context.parser), m_context(context)
    {
        m_id = m_cells.column({"Customer ID"});
        m_first = m_cells.column({"First Name"});
        m_last = m_cells.column({"Last Name"});
        m_email = m_cells.column({"Email"});
        m_accepts = m_cells.column({"Accepts Email Marketing", "Accepts Marketing"});
        m_city = m_cells.column({"Default Address City", "City"});
        m_province = m_cells.column({"Default Address Province Code", "Province Code", "Province"});
        m_country = m_cells.column({"Default Address Country Code", "Country Code", "Country"});
    }

    Entity entity() const override { return Entity::Customers; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        const QStringView email = m_cells.text(m_email);
        const QStringView id = m_cells.text(m_id);
        if (email.isEmpty() && id.isEmpty())
            return m_cells.fail(error, m_id, QCoreApplication::translate("Import", "a customer needs a Customer ID or an e-mail"));
        QVariant accepts;
        if (!m_cells.boolean(m_accepts, accepts, error))
            return false;
        CanonicalRow row = CanonicalRow::of(Entity::Customers);
        row.set("customer_id", email.isEmpty() ? QLatin1String("shopify:") + id.toString()
                                               : m_context.pseudonymiser.email(email));
        row.set("email", m_cells.textValue(m_email));
        row.set("first_name", m_cells.textValue(m_first));
        row.set("last_name", m_cells.textValue(m_last));
        row.set("country", m_cells.textValue(m_country));
        row.set("region", m_cells.textValue(m_province));
        row.set("city", m_cells.textValue(m_city));
        row.set("accepts_marketing", accepts);
        out.append(std::move(row));
        return true;
    }

private:
    RecordCells m_cells;
    const MapContext &m_context;
    int m_id, m_first, m_last, m_email, m_accepts, m_city, m_province, m_country;
};

} // namespace

QString ShopifyFormat::displayName() const
{
    return QCoreApplication::translate("ShopifyFormat", "Shopify export (customers or orders)");
}

std::optional<Entity> ShopifyFormat::detectEntity(const QStringList &header, QString *why) const
{
    if (hasColumn(header, "Name") && hasColumn(header, "Lineitem quantity")) {
        if (!hasColumn(header, "Created at") || !hasColumn(header, "Total")) {
            if (why)
                *why = QCoreApplication::translate("ShopifyFormat", "A Shopify orders export needs the columns Created at and Total");
            return std::nullopt;
        }
        return Entity::Orders;
    }
    if (hasColumn(header, "Customer ID") && hasColumn(header, "First Name") && hasColumn(header, "Email"))
        return Entity::Customers;
    if (why)
        *why = QCoreApplication::translate("ShopifyFormat", "The header is neither that of a Shopify orders export (Name, Lineitem quantity, ...) "
                  "nor that of a Shopify customers export (Customer ID, First Name, Email, ...)");
    return std::nullopt;
}

std::unique_ptr<RowMapper> ShopifyFormat::createMapper(const QStringList &header, Entity entity,
                                                       const MapContext &context) const
{
    if (entity == Entity::Orders)
        return std::make_unique<ShopifyOrdersMapper>(header, context);
    return std::make_unique<ShopifyCustomersMapper>(header, context);
}

QList<int> ShopifyFormat::dateColumns(const QStringList &header, Entity entity) const
{
    if (entity != Entity::Orders)
        return {};
    const ValueParser parser;
    RecordCells cells(header, parser);
    return {cells.column({"Created at"})};
}

} // namespace pw
