// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "common/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace pw {

struct CsvRecord;
class Project;
class Pseudonymiser;
class ValueParser;

/// One row in canonical form: `values[i]` holds CanonicalSchema::fields(entity)[i], typed as the
/// store keeps it (QString, qint64 seconds for dates, double, qint64, bool) or null when empty.
struct CanonicalRow
{
    Entity entity = Entity::Customers;
    QList<QVariant> values;

    /// A row of `entity` with every value null.
    static CanonicalRow of(Entity entity)
    {
        CanonicalRow row;
        row.entity = entity;
        row.values.resize(CanonicalSchema::fields(entity).size());
        return row;
    }
    /// Sets the value of the canonical field `name` (which must exist).
    void set(const char *name, const QVariant &value)
    {
        const int index = CanonicalSchema::fieldIndex(entity, QString::fromLatin1(name));
        Q_ASSERT(index >= 0);
        if (index >= 0)
            values[index] = value;
    }
};

/// What a mapper gets besides the header: how to parse values, how to pseudonymise direct
/// identifiers it uses as keys, and the file's name (for synthetic ids).
struct MapContext
{
    const ValueParser &parser;
    const Pseudonymiser &pseudonymiser;
    QString fileName; ///< the file's name without its folder
    /// The project being written, for a format that keeps its files in tables of its own
    /// (Olist); null in a preview, which writes nothing.
    Project *project = nullptr;
};

/// Turns the records of one file into canonical rows. A mapper may keep state between records
/// (a format whose orders span several lines, or whose lines add up to one order) and hand over
/// the rows it held back in finish().
class RowMapper
{
public:
    virtual ~RowMapper() = default;
    /// The main entity of the file (stored in `imports.entity`).
    virtual Entity entity() const = 0;
    /// Maps `record`, appending zero or more rows to `out`. On a bad value returns false and
    /// fills `error` with the reason, the 1-based column and the column's name; the caller adds
    /// the file and the line, and nothing of the record is kept.
    virtual bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) = 0;
    /// Called after the last record: appends the rows still held back.
    virtual void finish(QList<CanonicalRow> &out) { Q_UNUSED(out) }
    /// True when a row of entity() adds up records from anywhere in the file (it is handed
    /// over in finish()): a preview must read the whole file to show such a row as stored.
    virtual bool gathersWholeFile() const { return false; }
    /// Records that were read but deliberately not imported (e.g. anonymous lines), so far.
    virtual qint64 skipped() const { return 0; }
    /// The columns of the header (0-based) whose values this mapper stores nowhere: the import
    /// names them, so that no column is dropped unsaid.
    virtual QList<int> unreadColumns() const { return {}; }
    /// For each column of the header, the canonical field its values are stored as ("" for a
    /// column stored nowhere), for a mapper whose columns map onto canonical fields; empty for a
    /// mapper that reads its columns its own way (a shop's export).
    virtual QStringList columnFields() const { return {}; }
    /// What people should know about how the file is read (translated, one sentence each), e.g.
    /// that its orders get ids made from their content or that a column is read as conversion;
    /// complete once finish() was called.
    virtual QStringList notes() const { return {}; }
    /// True when the order ids are made by the mapper, not read from the file.
    virtual bool makesOrderIds() const { return false; }
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

    /// Like detectEntity(), for a file whose format the user chose explicitly; a format may
    /// accept more then (a feature table has no telltale columns).
    virtual std::optional<Entity> entityWhenChosen(const QStringList &header, QString *why = nullptr) const
    {
        return detectEntity(header, why);
    }

    /// True if this format reads a file with this header.
    bool supportsHeader(const QStringList &header) const { return detectEntity(header).has_value(); }

    /// A mapper for the rows of a file with this header, which detectEntity() accepted as `entity`.
    /// The context's parser and pseudonymiser outlive the mapper.
    virtual std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                                    const MapContext &context) const = 0;
    /// The columns whose values are dates, for deciding day-first or month-first from the
    /// whole column before importing (0-based; may be empty).
    virtual QList<int> dateColumns(const QStringList &header, Entity entity) const = 0;

    /// Called once at the end of an import that read files of this format, after all its files
    /// were written and inside its transaction: a format whose files refer to each other (Olist)
    /// builds its canonical rows here. It adds the rows it wrote to `rowsPerEntity` and may add
    /// warnings; on a database error it returns false with `error` set (the import fails).
    virtual bool finishImport(Project &project, QHash<QString, qint64> &rowsPerEntity, QStringList &warnings,
                              Error &error) const
    {
        Q_UNUSED(project) Q_UNUSED(rowsPerEntity) Q_UNUSED(warnings) Q_UNUSED(error)
        return true;
    }
};

} // namespace pw
