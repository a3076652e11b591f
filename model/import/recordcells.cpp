// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcells.h"

#include "csvreader.h"
#include "valueparser.h"

#include <QCoreApplication>

namespace pw {

RecordCells::RecordCells(QStringList header, const ValueParser &parser)
    : m_header(std::move(header)), m_parser(parser)
{
    for (QString &name : m_header)
        name = name.trimmed();
}

int headerColumn(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int c = 0; c < header.size(); ++c) {
            if (header[c].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return -1;
}

int RecordCells::column(std::initializer_list<const char *> names) const
{
    const int found = headerColumn(m_header, names);
    if (found >= 0) {
        m_found.resize(m_header.size());
        m_found[found] = true;
    }
    return found;
}

QList<int> RecordCells::unreadColumns() const
{
    QList<int> out;
    for (int c = 0; c < m_header.size(); ++c) {
        if (!m_found.value(c))
            out.append(c);
    }
    return out;
}

QStringView RecordCells::text(int column) const
{
    if (!m_record || column < 0 || column >= m_record->fields.size())
        return QStringView();
    QStringView cell = QStringView(m_record->fields[column]).trimmed();
    if (cell.size() > 1 && cell[0] == u'\'' && (cell[1].isDigit() || cell[1] == u'+'))
        cell = cell.mid(1);
    return cell;
}

QVariant RecordCells::textValue(int column) const
{
    const QStringView cell = text(column);
    return cell.isEmpty() ? QVariant() : QVariant(cell.toString());
}

bool RecordCells::fail(Error &error, int column, const QString &reason) const
{
    error.message = reason;
    error.column = column >= 0 ? column + 1 : 0;
    error.columnName = column >= 0 && column < m_header.size() ? m_header[column] : QString();
    return false;
}

bool RecordCells::number(int column, QVariant &out, Error &error, bool required) const
{
    const QStringView cell = text(column);
    out = QVariant();
    if (cell.isEmpty())
        return !required || fail(error, column, QCoreApplication::translate("Import", "required value is empty"));
    const std::optional<double> v = m_parser.parseNumber(cell);
    if (!v)
        return fail(error, column, QCoreApplication::translate("Import", "not a number"));
    out = *v;
    return true;
}

bool RecordCells::integer(int column, QVariant &out, Error &error, bool required) const
{
    const QStringView cell = text(column);
    out = QVariant();
    if (cell.isEmpty())
        return !required || fail(error, column, QCoreApplication::translate("Import", "required value is empty"));
    const std::optional<qint64> v = m_parser.parseInteger(cell);
    if (!v)
        return fail(error, column, QCoreApplication::translate("Import", "not a whole number"));
    out = *v;
    return true;
}

bool RecordCells::date(int column, QVariant &out, Error &error, bool required, bool past) const
{
    const QStringView cell = text(column);
    out = QVariant();
    if (cell.isEmpty())
        return !required || fail(error, column, QCoreApplication::translate("Import", "required value is empty"));
    const std::optional<qint64> v = m_parser.parseDate(cell, past);
    if (!v)
        return fail(error, column, past && m_parser.parseDate(cell) ? QCoreApplication::translate("Import", "a date in the future")
                                                                    : QCoreApplication::translate("Import", "not a date"));
    out = *v;
    return true;
}

bool RecordCells::boolean(int column, QVariant &out, Error &error) const
{
    const QStringView cell = text(column);
    out = QVariant();
    if (cell.isEmpty())
        return true;
    const std::optional<bool> v = ValueParser::parseBool(cell);
    if (!v)
        return fail(error, column, QCoreApplication::translate("Import", "not a yes/no value"));
    out = qint64(*v ? 1 : 0);
    return true;
}

} // namespace pw
