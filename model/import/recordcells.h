// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <initializer_list>

namespace pw {

struct CsvRecord;
class ValueParser;

/// Reads the cells of a file's records by column for the formats whose columns do not map one
/// to one onto canonical fields. Cells are trimmed; a leading apostrophe that Excel adds to keep
/// digits as text (`'8687677178101`, `'+4420...`) is dropped. Every parse failure fills an
/// Error with the 1-based column, the column's name and the reason.
/// The first column of `header` whose name equals one of `names` (case-insensitive, trimmed),
/// or -1. Formats use it to recognise their headers and to find their columns.
int headerColumn(const QStringList &header, std::initializer_list<const char *> names);

class RecordCells
{
public:
    RecordCells(QStringList header, const ValueParser &parser);

    /// The first column whose name equals one of `names` (case-insensitive, trimmed), or -1.
    /// A format finds every column it reads this way, once, when its mapper is made.
    int column(std::initializer_list<const char *> names) const;
    /// The columns (0-based) that no column() call found: those the format does not read.
    QList<int> unreadColumns() const;
    const QStringList &header() const { return m_header; }

    void setRecord(const CsvRecord &record) { m_record = &record; }

    /// The cell's text (empty when the column is -1 or missing from the record).
    QStringView text(int column) const;
    /// The cell's text, or a null QVariant when empty.
    QVariant textValue(int column) const;

    /// Parse the cell into `out` (null when empty). With `required`, an empty cell fails.
    bool number(int column, QVariant &out, Error &error, bool required = false) const;
    bool integer(int column, QVariant &out, Error &error, bool required = false) const;
    /// A date; with `past` (a birth or sign-up date) see ValueParser::parseDate().
    bool date(int column, QVariant &out, Error &error, bool required = false, bool past = false) const;
    bool boolean(int column, QVariant &out, Error &error) const;

    /// Fills `error` for `column` and returns false.
    bool fail(Error &error, int column, const QString &reason) const;

private:
    QStringList m_header;
    const ValueParser &m_parser;
    const CsvRecord *m_record = nullptr;
    mutable QList<bool> m_found; ///< per column: found by column()
};

} // namespace pw
