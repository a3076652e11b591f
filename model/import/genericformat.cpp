// SPDX-License-Identifier: GPL-3.0-or-later
#include "genericformat.h"

#include "columnsynonyms.h"
#include "fieldmapper.h"
#include "genericordersmapper.h"

#include <QCoreApplication>

namespace pw {

namespace {

int field(Entity entity, const char *name)
{
    return CanonicalSchema::fieldIndex(entity, QString::fromLatin1(name));
}

/// The columns of an orders file, with its price read as the rules of GenericFormat say.
GenericFormat::Layout ordersLayout(const QStringList &header)
{
    GenericFormat::Layout layout;
    layout.entity = Entity::Orders;
    layout.columns = ColumnSynonyms::fieldColumns(header, Entity::Orders);
    const int price = ColumnSynonyms::priceColumn(header);
    if (price < 0 || layout.columns.contains(price))
        return layout;
    int &total = layout.columns[field(Entity::Orders, "total")];
    if (layout.columns[field(Entity::Orders, "items")] >= 0) {
        layout.unitPrice = price; // a price beside a quantity is the price of one
        layout.totalFromPrice = total < 0;
    } else if (total < 0) {
        total = price; // a price without a quantity is what the order cost
    }
    return layout;
}

/// Gives the rows of an orders layout an item each, where they should have one (see
/// GenericFormat): the item's columns are the order's quantity, the unit price, and the file's
/// sku, product and category.
void addItems(GenericFormat::Layout &layout, const QStringList &header)
{
    if (!layout.rowIds && !layout.totalFromPrice) {
        layout.unitPrice = -1; // an order with a total and an id of its own: the price is not read
        return;
    }
    QList<int> item = ColumnSynonyms::fieldColumns(header, Entity::OrderItems);
    const int sku = item[field(Entity::OrderItems, "sku")];
    const int product = item[field(Entity::OrderItems, "product_name")];
    if (layout.unitPrice < 0 && sku < 0 && product < 0)
        return;
    item[field(Entity::OrderItems, "order_id")] = -1;
    item[field(Entity::OrderItems, "quantity")] = layout.columns[field(Entity::Orders, "items")];
    item[field(Entity::OrderItems, "unit_price")] = layout.unitPrice;
    item[field(Entity::OrderItems, "category")] = layout.columns[field(Entity::Orders, "category")];
    // A column the order reads is not read a second time as another of the item's fields.
    for (const char *name : {"sku", "product_name"}) {
        int &column = item[field(Entity::OrderItems, name)];
        if (layout.columns.contains(column))
            column = -1;
    }
    layout.itemColumns = item;
}

} // namespace

QString GenericFormat::displayName() const
{
    return QCoreApplication::translate("GenericFormat", "Generic CSV (one file per entity)");
}

std::optional<GenericFormat::Layout> GenericFormat::layout(const QStringList &header, QString *why)
{
    auto named = [&](const char *name) { return ColumnSynonyms::hasColumn(header, name); };
    Layout orders = ordersLayout(header);
    auto ordersHave = [&](const char *name) { return orders.columns[field(Entity::Orders, name)] >= 0; };
    const bool customer = ordersHave("customer_id");
    const bool amount = ordersHave("total") || orders.totalFromPrice;
    const bool purchase = customer && ordersHave("order_date") && amount;
    const QList<int> items = ColumnSynonyms::fieldColumns(header, Entity::OrderItems);
    const bool itemColumn = items[field(Entity::OrderItems, "sku")] >= 0
                            || items[field(Entity::OrderItems, "product_name")] >= 0
                            || items[field(Entity::OrderItems, "quantity")] >= 0;

    Layout layout;
    QStringList missing;
    auto require = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (layout.columns[field(layout.entity, name)] < 0)
                missing.append(QString::fromLatin1(name));
        }
    };
    if (named("session_id")) {
        layout.entity = Entity::Events;
        layout.columns = ColumnSynonyms::fieldColumns(header, Entity::Events);
        require({"session_id", "timestamp", "event_type"});
    } else if (named("rating") || named("nps")) {
        layout.entity = Entity::Reviews;
        layout.columns = ColumnSynonyms::fieldColumns(header, Entity::Reviews);
        require({"customer_id"});
    } else if (ordersHave("order_id") && customer && ((named("order_id") && named("customer_id")) || purchase)) {
        layout = orders;
        addItems(layout, header);
        require({"order_id", "customer_id", "order_date"});
        if (!amount)
            missing.append(QStringLiteral("total"));
    } else if (ordersHave("order_id") && (named("order_id") || itemColumn)) {
        layout.entity = Entity::OrderItems;
        layout.columns = items;
        if (!itemColumn)
            missing.append(QCoreApplication::translate("GenericFormat", "sku, product_name or quantity"));
    } else if (purchase) {
        layout = orders;
        layout.rowIds = true;
        addItems(layout, header);
    } else if (customer) {
        layout.entity = Entity::Customers;
        layout.columns = ColumnSynonyms::fieldColumns(header, Entity::Customers);
    } else {
        if (why)
            *why = QCoreApplication::translate("GenericFormat", "The header is not that of a generic file: it has no customer_id, order_id or "
                      "session_id column");
        return std::nullopt;
    }
    if (!missing.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("GenericFormat", "The header looks like %1 but lacks the required columns: %2")
                       .arg(CanonicalSchema::entityName(layout.entity), missing.join(QLatin1String(", ")));
        return std::nullopt;
    }
    return layout;
}

std::optional<Entity> GenericFormat::detectEntity(const QStringList &header, QString *why) const
{
    const std::optional<Layout> read = layout(header, why);
    if (!read)
        return std::nullopt;
    return read->entity;
}

QList<int> GenericFormat::fieldColumns(const QStringList &header, Entity entity)
{
    return entity == Entity::Orders ? ordersLayout(header).columns : ColumnSynonyms::fieldColumns(header, entity);
}

std::unique_ptr<RowMapper> GenericFormat::createMapper(const QStringList &header, Entity entity,
                                                       const MapContext &context) const
{
    const std::optional<Layout> read = layout(header);
    if (read && read->entity == entity && !read->plain())
        return std::make_unique<GenericOrdersMapper>(*read, header, context);
    auto mapper = std::make_unique<FieldMapper>(entity, fieldColumns(header, entity), header, context.parser);
    const int total = entity == Entity::Orders ? mapper->columnFields().indexOf(QStringLiteral("total")) : -1;
    if (total >= 0 && total == ColumnSynonyms::priceColumn(header))
        mapper->setNotes({QCoreApplication::translate("GenericFormat", "“%1” is read as the order's total: the file has no quantity column")
                              .arg(header[total].trimmed())});
    return mapper;
}

QList<int> GenericFormat::dateColumns(const QStringList &header, Entity entity) const
{
    const QList<CanonicalField> &fields = CanonicalSchema::fields(entity);
    const QList<int> columns = fieldColumns(header, entity);
    QList<int> out;
    for (int f = 0; f < fields.size(); ++f) {
        if (columns[f] >= 0 && fields[f].type == FieldType::Date)
            out.append(columns[f]);
    }
    return out;
}

} // namespace pw
