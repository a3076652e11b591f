// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pw {

/// The entities of the canonical data model (DESIGN.md, "Canonical data").
///
/// PersonFeatures holds data aggregated elsewhere: one row per person and numeric feature
/// (customer_id, feature, value), from the feature-table format.
enum class Entity { Customers, Orders, OrderItems, Events, Reviews, PersonFeatures };

/// How a canonical field's text is parsed and stored.
enum class FieldType {
    Text,      ///< trimmed text; empty = NULL
    Key,       ///< trimmed text identifying a record (customer_id, order_id, session_id)
    EventType, ///< trimmed, lower-case text
    Date,      ///< ISO 8601 date or date-time -> seconds since the epoch (UTC)
    Number,    ///< decimal number -> REAL
    Integer,   ///< whole number -> INTEGER
    Bool,      ///< true/false/yes/no/y/n/1/0 -> 1/0
    Rating,    ///< whole number 1-5
    Nps        ///< whole number 0-10
};

struct CanonicalField
{
    QString name;       ///< the canonical column name, lower case
    FieldType type;
    bool required;      ///< a row with this value empty is rejected
};

/// The canonical fields of every entity, in a fixed order that the importers' rows follow.
class CanonicalSchema
{
public:
    /// The entity's name as stored in `imports.entity` and in reports ("order_items", ...).
    static QString entityName(Entity entity);
    /// The entity's fields, in row order.
    static const QList<CanonicalField> &fields(Entity entity);
    /// The canonical field `name` ("customer_id") for people, translated ("Customer ID");
    /// `name` itself for a name that is not a canonical field.
    static QString displayName(const QString &name);
    /// The index of `name` among the entity's fields, or -1.
    static int fieldIndex(Entity entity, QStringView name);
};

} // namespace pw
