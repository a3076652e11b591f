// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmapper.h"

#include "csvreader.h"
#include "valueparser.h"

#include <QCoreApplication>

namespace pw {

FieldMapper::FieldMapper(Entity entity, QList<int> columns, QStringList header, const ValueParser &parser)
    : m_entity(entity),
      m_columns(std::move(columns)),
      m_header(std::move(header)),
      m_parser(parser),
      m_ratingField(CanonicalSchema::fieldIndex(entity, u"rating")),
      m_npsField(CanonicalSchema::fieldIndex(entity, u"nps"))
{
    for (const CanonicalField &field : CanonicalSchema::fields(entity))
        m_required.append(field.required);
}

void FieldMapper::setFilledByCaller(const char *name)
{
    const int field = CanonicalSchema::fieldIndex(m_entity, QString::fromLatin1(name));
    Q_ASSERT(field >= 0);
    if (field >= 0 && m_columns[field] < 0)
        m_required[field] = false;
}

QList<int> FieldMapper::unreadColumns() const
{
    QList<int> out;
    for (int c = 0; c < m_header.size(); ++c) {
        if (!m_columns.contains(c))
            out.append(c);
    }
    return out;
}

QStringList FieldMapper::columnFields() const
{
    const QList<CanonicalField> &fields = CanonicalSchema::fields(m_entity);
    QStringList out(m_header.size());
    for (int f = 0; f < fields.size(); ++f) {
        if (m_columns[f] >= 0 && m_columns[f] < out.size())
            out[m_columns[f]] = fields[f].name;
    }
    return out;
}

bool FieldMapper::fail(Error &error, int column, const QString &reason) const
{
    error.message = reason;
    error.column = column >= 0 ? column + 1 : 0;
    error.columnName = column >= 0 && column < m_header.size() ? m_header[column].trimmed() : QString();
    return false;
}

bool FieldMapper::map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error)
{
    CanonicalRow row;
    if (!mapRow(record, row, error))
        return false;
    out.append(std::move(row));
    return true;
}

bool FieldMapper::mapRow(const CsvRecord &record, CanonicalRow &row, Error &error) const
{
    const QList<CanonicalField> &fields = CanonicalSchema::fields(m_entity);
    row.entity = m_entity;
    row.values.resize(fields.size());

    for (qsizetype extra = m_header.size(); extra < record.fields.size(); ++extra) {
        if (!record.fields[extra].trimmed().isEmpty())
            return fail(error, int(extra),
                        QCoreApplication::translate("Import", "the row has %1 fields but the header has %2 columns")
                            .arg(record.fields.size())
                            .arg(m_header.size()));
    }

    for (int i = 0; i < fields.size(); ++i) {
        QVariant &out = row.values[i];
        const int column = m_columns[i];
        const QStringView text = column >= 0 && column < record.fields.size()
                                     ? QStringView(record.fields[column]).trimmed()
                                     : QStringView();
        if (text.isEmpty()) {
            out = QVariant();
            if (m_required[i])
                return fail(error, column, QCoreApplication::translate("Import", "required value is empty"));
            continue;
        }
        switch (fields[i].type) {
        case FieldType::Text:
        case FieldType::Key:
            out = text.toString();
            break;
        case FieldType::EventType:
            out = text.toString().toLower();
            break;
        case FieldType::Date: {
            // A birth or sign-up date cannot lie ahead (see ValueParser::parseDate).
            const bool past = fields[i].name == QLatin1String("birth_date") || fields[i].name == QLatin1String("signup_date");
            const std::optional<qint64> v = m_parser.parseDate(text, past);
            if (!v)
                return fail(error, column, past && m_parser.parseDate(text) ? QCoreApplication::translate("Import", "a date in the future")
                                                                            : QCoreApplication::translate("Import", "not a date"));
            out = *v;
            break;
        }
        case FieldType::Number: {
            const std::optional<double> v = m_parser.parseNumber(text);
            if (!v)
                return fail(error, column, QCoreApplication::translate("Import", "not a number"));
            out = *v;
            break;
        }
        case FieldType::Integer: {
            const std::optional<qint64> v = m_parser.parseInteger(text);
            if (!v)
                return fail(error, column, QCoreApplication::translate("Import", "not a whole number"));
            out = *v;
            break;
        }
        case FieldType::Bool: {
            const std::optional<bool> v = ValueParser::parseBool(text);
            if (!v)
                return fail(error, column, QCoreApplication::translate("Import", "not a yes/no value"));
            out = qint64(*v ? 1 : 0);
            break;
        }
        case FieldType::Rating: {
            const std::optional<qint64> v = m_parser.parseInteger(text);
            if (!v || *v < 1 || *v > 5)
                return fail(error, column, QCoreApplication::translate("Import", "rating must be 1–5"));
            out = *v;
            break;
        }
        case FieldType::Nps: {
            const std::optional<qint64> v = m_parser.parseInteger(text);
            if (!v || *v < 0 || *v > 10)
                return fail(error, column, QCoreApplication::translate("Import", "nps must be 0–10"));
            out = *v;
            break;
        }
        }
    }

    if (m_ratingField >= 0 && m_npsField >= 0 && row.values[m_ratingField].isNull()
        && row.values[m_npsField].isNull()) {
        const int column = m_columns[m_ratingField] >= 0 ? m_columns[m_ratingField] : m_columns[m_npsField];
        return fail(error, column, QCoreApplication::translate("Import", "a review needs a rating or an nps"));
    }
    return true;
}

} // namespace pw
