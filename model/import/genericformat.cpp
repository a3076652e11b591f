// SPDX-License-Identifier: GPL-3.0-or-later
#include "genericformat.h"

#include "fieldmapper.h"

#include <QCoreApplication>
#include <QSet>

namespace pw {

namespace {

QSet<QString> normalisedNames(const QStringList &header)
{
    QSet<QString> names;
    for (const QString &name : header)
        names.insert(name.trimmed().toLower());
    return names;
}

} // namespace

QString GenericFormat::displayName() const
{
    return QCoreApplication::translate("GenericFormat", "Generic CSV (one file per entity)");
}

std::optional<Entity> GenericFormat::detectEntity(const QStringList &header, QString *why) const
{
    const QSet<QString> names = normalisedNames(header);
    auto has = [&](const char *name) { return names.contains(QLatin1String(name)); };

    Entity entity = Entity::Customers;
    QStringList missing;
    auto require = [&](std::initializer_list<const char *> columns) {
        for (const char *column : columns) {
            if (!has(column))
                missing.append(QString::fromLatin1(column));
        }
    };

    if (has("session_id")) {
        entity = Entity::Events;
        require({"session_id", "timestamp", "event_type"});
    } else if (has("rating") || has("nps")) {
        entity = Entity::Reviews;
        require({"customer_id"});
    } else if (has("order_id") && has("customer_id")) {
        entity = Entity::Orders;
        require({"order_id", "customer_id", "order_date", "total"});
    } else if (has("order_id")) {
        entity = Entity::OrderItems;
        if (!has("sku") && !has("product_name") && !has("quantity"))
            missing.append(QCoreApplication::translate("GenericFormat", "sku, product_name or quantity"));
    } else if (has("customer_id")) {
        entity = Entity::Customers;
    } else {
        if (why)
            *why = QCoreApplication::translate("GenericFormat", "The header is not that of a generic file: it has no customer_id, order_id or "
                      "session_id column");
        return std::nullopt;
    }
    if (!missing.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("GenericFormat", "The header looks like %1 but lacks the required columns: %2")
                       .arg(CanonicalSchema::entityName(entity), missing.join(QLatin1String(", ")));
        return std::nullopt;
    }
    return entity;
}

QList<int> GenericFormat::fieldColumns(const QStringList &header, Entity entity)
{
    QList<int> columns(CanonicalSchema::fields(entity).size(), -1);
    for (int c = 0; c < header.size(); ++c) {
        const int field = CanonicalSchema::fieldIndex(entity, header[c].trimmed().toLower());
        if (field >= 0 && columns[field] < 0)
            columns[field] = c;
    }
    return columns;
}

std::unique_ptr<RowMapper> GenericFormat::createMapper(const QStringList &header, Entity entity,
                                                       const MapContext &context) const
{
    return std::make_unique<FieldMapper>(entity, fieldColumns(header, entity), header, context.parser);
}

QList<int> GenericFormat::dateColumns(const QStringList &header, Entity entity) const
{
    QList<int> out;
    for (int c = 0; c < header.size(); ++c) {
        const int field = CanonicalSchema::fieldIndex(entity, header[c].trimmed().toLower());
        if (field >= 0 && CanonicalSchema::fields(entity)[field].type == FieldType::Date)
            out.append(c);
    }
    return out;
}

} // namespace pw
