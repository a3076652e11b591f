// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalschema.h"

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
