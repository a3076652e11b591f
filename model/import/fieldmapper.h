// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// A RowMapper that takes each canonical field from one column of the file (or leaves it empty
/// when the file has no such column) and parses it by the field's type: the building block of
/// every format whose columns correspond one to one to canonical fields.
///
/// Checks: required values present; dates, numbers, whole numbers and booleans well formed;
/// rating 1–5 and nps 0–10; a review has a rating or an nps. A row with more non-empty fields
/// than the header has columns is rejected; missing trailing fields count as empty.
class FieldMapper final : public RowMapper
{
public:
    /// `columns[i]` is the 0-based file column of canonical field i of `entity`, or -1.
    /// `header` gives the columns' names for error messages.
    FieldMapper(Entity entity, QList<int> columns, QStringList header, const ValueParser &parser);

    Entity entity() const override { return m_entity; }
    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override;
    QList<int> unreadColumns() const override;
    QStringList columnFields() const override;
    QStringList notes() const override { return m_notes; }
    /// Maps `record` into `row` (whose values it resizes and overwrites).
    bool mapRow(const CsvRecord &record, CanonicalRow &row, Error &error) const;

    /// The required field `name` is filled by the caller after mapRow(), which leaves it empty
    /// when the file has no column for it (a made order id, a total computed from a price).
    void setFilledByCaller(const char *name);
    /// Sets what notes() says.
    void setNotes(const QStringList &notes) { m_notes = notes; }
    /// Fills `error` for the 0-based `column` (-1: none) and returns false.
    bool fail(Error &error, int column, const QString &reason) const;

private:
    Entity m_entity;
    QList<int> m_columns;
    QStringList m_header;
    const ValueParser &m_parser;
    QList<bool> m_required;
    QStringList m_notes;
    int m_ratingField;
    int m_npsField;
};

} // namespace pw
