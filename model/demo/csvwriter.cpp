// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "common/savefile.h"

#include <QCoreApplication>

namespace pw {

QString CsvWriter::quote(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quote(fields[i]);
    }
    line += QLatin1Char('\n');
    m_buffer += line.toUtf8();
}

bool CsvWriter::commit(Error *error)
{
    QString problem;
    if (!writeWholeFile(m_path, m_buffer, &problem)) {
        if (error) {
            error->message = QCoreApplication::translate("CsvWriter", "The file cannot be written: %1").arg(problem);
            error->file = m_path;
        }
        return false;
    }
    return true;
}

} // namespace pw
