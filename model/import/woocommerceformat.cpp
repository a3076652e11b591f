// SPDX-License-Identifier: GPL-3.0-or-later
#include "woocommerceformat.h"

#include "csvreader.h"
#include "pseudonymiser.h"
#include "recordcells.h"
#include "valueparser.h"

#include <QCoreApplication>

namespace pw {

namespace {

QString personKey(const Pseudonymiser &pseudonymiser, QStringView name)
{
    return QLatin1String("woo:") + pseudonymiser.identifier(name);
}

class WooCustomersMapper final : public RowMapper
{
public:
    WooCustomersMapper(const QStringList &header, const MapContext &context)
        : m_cells(header, context.parser), m_context(context)
    {
        m_name = m_cells.column({"Name"});
        m_signUp = m_cells.column({"Sign Up"});
        m_email = m_cells.column({"Email"});
        m_country = m_cells.column({"Country / Region", "Country"});
        m_city = m_cells.column({"City"});
        m_region = m_cells.column({"Region"});
    }
    Entity entity() const override { return Entity::Customers; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        const QStringView name = m_cells.text(m_name);
        if (name.isEmpty())
            return m_cells.fail(error, m_name, QCoreApplication::translate("Import", "required value is empty"));
        QVariant signUp;
        if (!m_cells.date(m_signUp, signUp, error, false, true)) // a sign-up date cannot lie ahead
            return false;
        CanonicalRow row = CanonicalRow::of(Entity::Customers);
        row.set("customer_id", personKey(m_context.pseudonymiser, name));
        row.set("email", m_cells.textValue(m_email));
        row.set("signup_date", signUp);
        row.set("country", m_cells.textValue(m_country));
        row.set("region", m_cells.textValue(m_region));
        row.set("city", m_cells.textValue(m_city));
        out.append(std::move(row));
        return true;
    }

private:
    RecordCells m_cells;
    const MapContext &m_context;
    int m_name, m_signUp, m_email, m_country, m_city, m_region;
};

class WooOrdersMapper final : public RowMapper
{
public:
    WooOrdersMapper(const QStringList &header, const MapContext &context)
        : m_cells(header, context.parser), m_context(context)
    {
        m_date = m_cells.column({"Date"});
        m_order = m_cells.column({"Order #"});
        m_status = m_cells.column({"Status"});
        m_customer = m_cells.column({"Customer"});
        m_items = m_cells.column({"Items sold"});
        m_coupons = m_cells.column({"Coupon(s)"});
        m_net = m_cells.column({"Net Sales"});
    }
    Entity entity() const override { return Entity::Orders; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        const QStringView orderId = m_cells.text(m_order);
        const QStringView customer = m_cells.text(m_customer);
        if (orderId.isEmpty())
            return m_cells.fail(error, m_order, QCoreApplication::translate("Import", "required value is empty"));
        if (customer.isEmpty())
            return m_cells.fail(error, m_customer, QCoreApplication::translate("Import", "required value is empty"));
        QVariant date, total, items;
        if (!m_cells.date(m_date, date, error, true) || !m_cells.number(m_net, total, error, true)
            || !m_cells.integer(m_items, items, error))
            return false;
        CanonicalRow row = CanonicalRow::of(Entity::Orders);
        row.set("order_id", orderId.toString());
        row.set("customer_id", personKey(m_context.pseudonymiser, customer));
        row.set("order_date", date);
        row.set("total", total);
        row.set("items", items);
        row.set("status", m_cells.textValue(m_status));
        row.set("coupon_code", m_cells.textValue(m_coupons));
        out.append(std::move(row));
        return true;
    }

private:
    RecordCells m_cells;
    const MapContext &m_context;
    int m_date, m_order, m_status, m_customer, m_items, m_coupons, m_net;
};

bool has(const QStringList &header, const char *name)
{
    return headerColumn(header, {name}) >= 0;
}

} // namespace

QString WooCommerceFormat::displayName() const
{
    return QCoreApplication::translate("WooCommerceFormat", "WooCommerce Analytics export (customers or orders)");
}

std::optional<Entity> WooCommerceFormat::detectEntity(const QStringList &header, QString *why) const
{
    if (has(header, "Order #") && has(header, "Net Sales")) {
        if (!has(header, "Date") || !has(header, "Customer")) {
            if (why)
                *why = QCoreApplication::translate("WooCommerceFormat", "A WooCommerce orders export needs the columns Date and Customer");
            return std::nullopt;
        }
        return Entity::Orders;
    }
    if (has(header, "Username") && has(header, "Sign Up") && has(header, "Total Spend") && has(header, "Name"))
        return Entity::Customers;
    if (why)
        *why = QCoreApplication::translate("WooCommerceFormat", "The header is neither that of a WooCommerce Analytics orders export (Date, Order #, "
                  "Customer, Net Sales, ...) nor of its customers export (Name, Username, Sign Up, ...)");
    return std::nullopt;
}

std::unique_ptr<RowMapper> WooCommerceFormat::createMapper(const QStringList &header, Entity entity,
                                                           const MapContext &context) const
{
    if (entity == Entity::Orders)
        return std::make_unique<WooOrdersMapper>(header, context);
    return std::make_unique<WooCustomersMapper>(header, context);
}

QList<int> WooCommerceFormat::dateColumns(const QStringList &header, Entity entity) const
{
    const ValueParser parser;
    RecordCells cells(header, parser);
    if (entity == Entity::Orders)
        return {cells.column({"Date"})};
    return {cells.column({"Sign Up"}), cells.column({"Last Active"})};
}

} // namespace pw
