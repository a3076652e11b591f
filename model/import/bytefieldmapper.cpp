// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytefieldmapper.h"

#include "bytecsvreader.h"
#include "valueparser.h"

#include <QString>

namespace pw {

namespace {

/// The white space QChar::isSpace() finds among ASCII characters.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

std::string_view trimmedAscii(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

constexpr size_t kMaxParsedCell = 64;

} // namespace

ByteFieldMapper::ByteFieldMapper(Entity entity, QList<int> columns, qsizetype headerSize, const ValueParser &parser)
    : m_fields(CanonicalSchema::fields(entity)),
      m_columns(std::move(columns)),
      m_headerSize(headerSize),
      m_parser(parser),
      m_converted(m_fields.size())
{
}

bool ByteFieldMapper::isBlank(const ByteRecord &record)
{
    if (record.fields.size() != 1)
        return false;
    const std::string_view text = trimmedAscii(record.fields[0]);
    return text.empty() || (!isAscii(text) && ByteCsvReader::decode(text).trimmed().isEmpty());
}

bool ByteFieldMapper::map(const ByteRecord &record, BoundValue *values)
{
    for (size_t extra = size_t(m_headerSize); extra < record.fields.size(); ++extra) {
        if (!trimmedAscii(record.fields[extra]).empty())
            return false; // rejected, or non-ASCII white space: FieldMapper decides
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        const int column = m_columns[i];
        const std::string_view text = column >= 0 && size_t(column) < record.fields.size()
                                          ? trimmedAscii(record.fields[size_t(column)])
                                          : std::string_view();
        if (!mapCell(i, text, values[i]))
            return false;
    }
    return true;
}

bool ByteFieldMapper::mapCell(int field, std::string_view text, BoundValue &value)
{
    const CanonicalField &f = m_fields[field];
    if (text.empty()) {
        value.setNull();
        return !f.required;
    }
    switch (f.type) {
    case FieldType::Key:
        [[fallthrough]];
    case FieldType::Text:
        // A value that may hold an e-mail address is pseudonymised: FieldMapper's path.
        if (text.find('@') != std::string_view::npos || text.find("%40") != std::string_view::npos)
            return false;
        if (isAscii(text)) {
            value.setText(text.data(), int(text.size()));
            return true;
        } else {
            const QString decoded = ByteCsvReader::decode(text).trimmed();
            if (decoded.isEmpty()) {
                value.setNull();
                return !f.required;
            }
            QByteArray &utf8 = m_converted[field];
            utf8 = decoded.toUtf8();
            value.setText(utf8.constData(), int(utf8.size()));
            return true;
        }
    case FieldType::Date:
    case FieldType::Number:
    case FieldType::Integer:
        break;
    default:
        return false;
    }
    if (text.size() > kMaxParsedCell || !isAscii(text))
        return false;
    char16_t wide[kMaxParsedCell];
    for (size_t i = 0; i < text.size(); ++i)
        wide[i] = char16_t(text[i]);
    const QStringView view(wide, qsizetype(text.size()));
    if (f.type == FieldType::Date) {
        const std::optional<qint64> v = m_parser.parseDate(view);
        if (v)
            value.setInteger(*v);
        return v.has_value();
    }
    if (f.type == FieldType::Number) {
        const std::optional<double> v = m_parser.parseNumber(view);
        if (v)
            value.setReal(*v);
        return v.has_value();
    }
    const std::optional<qint64> v = m_parser.parseInteger(view);
    if (v)
        value.setInteger(*v);
    return v.has_value();
}

} // namespace pw
