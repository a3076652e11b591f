// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pw {

/// Writes a UTF-8 CSV file (comma-separated, "\n" line ends, RFC 4180 quoting where a field
/// needs it) atomically: nothing appears at the path unless commit() succeeds.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path)
        : m_path(path)
    { }

    void writeRow(const QStringList &fields);
    /// Writes everything to the file through QSaveFile; false (and `error` filled) on failure.
    bool commit(Error *error);
    const QString &path() const { return m_path; }

    /// A field as it appears in the file: quoted (inner quotes doubled) if it holds a comma,
    /// a quote, a line break or leading/trailing spaces.
    static QString quote(const QString &field);

private:
    QString m_path;
    QByteArray m_buffer;
};

} // namespace pw
