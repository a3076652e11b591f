// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalschema.h"

#include <QCoreApplication>

namespace pw {

namespace {

CanonicalField field(const char *name, FieldType type, bool required = false)
{
    return CanonicalField{QString::fromLatin1(name), type, required};
}

} // namespace

QString CanonicalSchema::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return QStringLiteral("customers");
    case Entity::Orders:
        return QStringLiteral("orders");
    case Entity::OrderItems:
        return QStringLiteral("order_items");
    case Entity::Events:
        return QStringLiteral("events");
    case Entity::Reviews:
        return QStringLiteral("reviews");
    case Entity::PersonFeatures:
        return QStringLiteral("person_features");
    }
    return QString();
}

const QList<CanonicalField> &CanonicalSchema::fields(Entity entity)
{
    static const QList<CanonicalField> customers = {
        field("customer_id", FieldType::Key, true), field("email", FieldType::Text),
        field("first_name", FieldType::Text),       field("last_name", FieldType::Text),
        field("gender", FieldType::Text),           field("age", FieldType::Integer),
        field("birth_date", FieldType::Date),       field("country", FieldType::Text),
        field("region", FieldType::Text),           field("city", FieldType::Text),
        field("signup_date", FieldType::Date),      field("acquisition_channel", FieldType::Text),
        field("accepts_marketing", FieldType::Bool),
    };
    static const QList<CanonicalField> orders = {
        field("order_id", FieldType::Key, true),  field("customer_id", FieldType::Key, true),
        field("order_date", FieldType::Date, true), field("total", FieldType::Number, true),
        field("discount", FieldType::Number),     field("shipping", FieldType::Number),
        field("items", FieldType::Integer),       field("currency", FieldType::Text),
        field("status", FieldType::Text),         field("coupon_code", FieldType::Text),
        field("category", FieldType::Text),       field("channel", FieldType::Text),
        field("device", FieldType::Text),
    };
    static const QList<CanonicalField> orderItems = {
        field("order_id", FieldType::Key, true), field("sku", FieldType::Text),
        field("product_name", FieldType::Text),  field("category", FieldType::Text),
        field("quantity", FieldType::Number),    field("unit_price", FieldType::Number),
    };
    static const QList<CanonicalField> events = {
        field("session_id", FieldType::Key, true),       field("customer_id", FieldType::Key),
        field("timestamp", FieldType::Date, true),       field("event_type", FieldType::EventType, true),
        field("source", FieldType::Text),                field("device", FieldType::Text),
        field("page", FieldType::Text),                  field("value", FieldType::Number),
    };
    static const QList<CanonicalField> reviews = {
        field("customer_id", FieldType::Key, true), field("order_id", FieldType::Key),
        field("rating", FieldType::Rating),         field("nps", FieldType::Nps),
        field("date", FieldType::Date),
    };
    static const QList<CanonicalField> personFeatures = {
        field("customer_id", FieldType::Key, true), field("feature", FieldType::Text, true),
        field("value", FieldType::Number, true),
    };
    switch (entity) {
    case Entity::Customers:
        return customers;
    case Entity::Orders:
        return orders;
    case Entity::OrderItems:
        return orderItems;
    case Entity::Events:
        return events;
    case Entity::Reviews:
        return reviews;
    case Entity::PersonFeatures:
        return personFeatures;
    }
    return customers;
}

QString CanonicalSchema::displayName(const QString &name)
{
    static const struct
    {
        const char *name;
        const char *text;
    } names[] = {
        {"customer_id", QT_TRANSLATE_NOOP("CanonicalSchema", "Customer ID")},
        {"email", QT_TRANSLATE_NOOP("CanonicalSchema", "E-mail")},
        {"first_name", QT_TRANSLATE_NOOP("CanonicalSchema", "First name")},
        {"last_name", QT_TRANSLATE_NOOP("CanonicalSchema", "Last name")},
        {"gender", QT_TRANSLATE_NOOP("CanonicalSchema", "Gender")},
        {"age", QT_TRANSLATE_NOOP("CanonicalSchema", "Age")},
        {"birth_date", QT_TRANSLATE_NOOP("CanonicalSchema", "Date of birth")},
        {"country", QT_TRANSLATE_NOOP("CanonicalSchema", "Country")},
        {"region", QT_TRANSLATE_NOOP("CanonicalSchema", "Region")},
        {"city", QT_TRANSLATE_NOOP("CanonicalSchema", "City")},
        {"signup_date", QT_TRANSLATE_NOOP("CanonicalSchema", "Sign-up date")},
        {"acquisition_channel", QT_TRANSLATE_NOOP("CanonicalSchema", "Acquisition channel")},
        {"accepts_marketing", QT_TRANSLATE_NOOP("CanonicalSchema", "Accepts marketing e-mail")},
        {"order_id", QT_TRANSLATE_NOOP("CanonicalSchema", "Order ID")},
        {"order_date", QT_TRANSLATE_NOOP("CanonicalSchema", "Order date")},
        {"total", QT_TRANSLATE_NOOP("CanonicalSchema", "Order total")},
        {"discount", QT_TRANSLATE_NOOP("CanonicalSchema", "Discount")},
        {"shipping", QT_TRANSLATE_NOOP("CanonicalSchema", "Shipping")},
        {"items", QT_TRANSLATE_NOOP("CanonicalSchema", "Number of items")},
        {"currency", QT_TRANSLATE_NOOP("CanonicalSchema", "Currency")},
        {"status", QT_TRANSLATE_NOOP("CanonicalSchema", "Order status")},
        {"coupon_code", QT_TRANSLATE_NOOP("CanonicalSchema", "Coupon code")},
        {"category", QT_TRANSLATE_NOOP("CanonicalSchema", "Category")},
        {"channel", QT_TRANSLATE_NOOP("CanonicalSchema", "Sales channel")},
        {"device", QT_TRANSLATE_NOOP("CanonicalSchema", "Device")},
        {"sku", QT_TRANSLATE_NOOP("CanonicalSchema", "SKU")},
        {"product_name", QT_TRANSLATE_NOOP("CanonicalSchema", "Product name")},
        {"quantity", QT_TRANSLATE_NOOP("CanonicalSchema", "Quantity")},
        {"unit_price", QT_TRANSLATE_NOOP("CanonicalSchema", "Unit price")},
        {"session_id", QT_TRANSLATE_NOOP("CanonicalSchema", "Session ID")},
        {"timestamp", QT_TRANSLATE_NOOP("CanonicalSchema", "Event time")},
        {"event_type", QT_TRANSLATE_NOOP("CanonicalSchema", "Event type")},
        {"source", QT_TRANSLATE_NOOP("CanonicalSchema", "Traffic source")},
        {"page", QT_TRANSLATE_NOOP("CanonicalSchema", "Page")},
        {"value", QT_TRANSLATE_NOOP("CanonicalSchema", "Value")},
        {"rating", QT_TRANSLATE_NOOP("CanonicalSchema", "Rating (1–5)")},
        {"nps", QT_TRANSLATE_NOOP("CanonicalSchema", "NPS (0–10)")},
        {"date", QT_TRANSLATE_NOOP("CanonicalSchema", "Review date")},
        {"feature", QT_TRANSLATE_NOOP("CanonicalSchema", "Feature")},
    };
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.name))
            return QCoreApplication::translate("CanonicalSchema", entry.text);
    }
    return name;
}

int CanonicalSchema::fieldIndex(Entity entity, QStringView name)
{
    const QList<CanonicalField> &list = fields(entity);
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].name == name)
            return i;
    }
    return -1;
}

} // namespace pw
