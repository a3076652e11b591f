// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace pw {

struct CsvRecord;
class ValueParser;

/// One row in canonical form: `values[i]` holds CanonicalSchema::fields(entity)[i], typed as the
/// store keeps it (QString, qint64 seconds for dates, double, qint64, bool) or null when empty.
struct CanonicalRow
{
    Entity entity = Entity::Customers;
    QList<QVariant> values;
};

/// Turns the records of one file into canonical rows.
class RowMapper
{
public:
    virtual ~RowMapper() = default;
    virtual Entity entity() const = 0;
    /// Maps `record` into `row` (whose values it resizes and overwrites). On a bad value returns
    /// false and fills `error` with the reason, the 1-based column and the column's name; the
    /// caller adds the file and the line.
    virtual bool map(const CsvRecord &record, CanonicalRow &row, Error &error) const = 0;
};

/// An import format: a family of files (the generic canonical CSVs, a shop's exports, ...) that
/// it recognises from their header and maps onto the canonical entities. Formats are stateless
/// and registered once in FormatRegistry.
class ImportFormat
{
public:
    virtual ~ImportFormat() = default;

    /// The stable name used on the command line and in `imports.format` ("generic").
    virtual QString shortName() const = 0;
    /// A translated name for people.
    virtual QString displayName() const = 0;

    /// The entity a file with this header holds, or nullopt if this format does not read it; in
    /// that case, when `why` is given, it says what is missing (translated, for a fatal error).
    /// `header` holds the file's column names as they are.
    virtual std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const = 0;

    /// True if this format reads a file with this header.
    bool supportsHeader(const QStringList &header) const { return detectEntity(header).has_value(); }

    /// A mapper for the rows of a file with this header, which detectEntity() accepted as `entity`.
    /// `parser` outlives the mapper.
    virtual std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                                    const ValueParser &parser) const = 0;
};

} // namespace pw
