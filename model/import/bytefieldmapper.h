// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "importstatement.h"

#include <QByteArray>
#include <QList>

#include <string_view>

namespace pw {

struct ByteRecord;
class ValueParser;

/// FieldMapper's hot path for byte records (ByteCsvReader): maps the cells of the common,
/// well-formed row straight into typed values, with no QString or QVariant per cell. It gives
/// up on anything unusual (a cell it would reject, a number or date that is not plain ASCII, an
/// e-mail-like customer_id, which is pseudonymised, extra cells): the caller then maps that row
/// with FieldMapper, which stores the same values and reports the same errors. Numbers and dates
/// go through the same ValueParser, so every value it does produce is FieldMapper's.
class ByteFieldMapper
{
public:
    /// `columns` as for FieldMapper; `headerSize` is the number of columns of the header.
    ByteFieldMapper(Entity entity, QList<int> columns, qsizetype headerSize, const ValueParser &parser);

    /// Fills `values` (one per canonical field of the entity) and returns true, or returns false
    /// when the row must be mapped by FieldMapper. Text values point into `record` or into this
    /// mapper, valid until the next map().
    bool map(const ByteRecord &record, BoundValue *values);

    /// A record that the import skips: a single cell of white space (CsvRecord's blank line).
    static bool isBlank(const ByteRecord &record);

private:
    bool mapCell(int field, std::string_view text, BoundValue &value);

    QList<CanonicalField> m_fields;
    QList<int> m_columns;
    qsizetype m_headerSize;
    const ValueParser &m_parser;
    QList<QByteArray> m_converted; ///< per field: a non-ASCII text cell, trimmed as QString trims
};

} // namespace pw
