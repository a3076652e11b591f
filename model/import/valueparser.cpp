// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueparser.h"

#include <QDate>
#include <QDateTime>

#include <charconv>
#include <cmath>

namespace pw {

namespace {

/// Reads exactly `count` digits at `pos`; advances `pos`.
bool readDigits(QStringView text, qsizetype &pos, int count, int &value)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + int(c - u'0');
    }
    pos += count;
    value = v;
    return true;
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isCurrencySymbol(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\u00a0' || c == u'\u202f' || c == u'\'';
}

} // namespace

std::optional<qint64> ValueParser::parseDateTime(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, pos, 4, year) || pos >= text.size() || text[pos] != u'-')
        return std::nullopt;
    ++pos;
    if (!readDigits(text, pos, 2, month) || pos >= text.size() || text[pos] != u'-')
        return std::nullopt;
    ++pos;
    if (!readDigits(text, pos, 2, day) || !QDate::isValid(year, month, day))
        return std::nullopt;

    int hour = 0, minute = 0, second = 0;
    int offsetSeconds = 0;
    if (pos < text.size()) {
        if (text[pos] != u'T' && text[pos] != u't' && text[pos] != u' ')
            return std::nullopt;
        ++pos;
        if (!readDigits(text, pos, 2, hour) || pos >= text.size() || text[pos] != u':')
            return std::nullopt;
        ++pos;
        if (!readDigits(text, pos, 2, minute))
            return std::nullopt;
        if (pos < text.size() && text[pos] == u':') {
            ++pos;
            if (!readDigits(text, pos, 2, second))
                return std::nullopt;
            if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
                ++pos;
                const qsizetype fraction = pos;
                while (pos < text.size() && isDigit(text[pos].unicode()))
                    ++pos;
                if (pos == fraction)
                    return std::nullopt;
            }
        }
        // 24:00 is not accepted; a leap second 60 is read as 59.
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        if (second == 60)
            second = 59;
        if (pos < text.size() && text[pos] == u' ')
            ++pos;
        if (pos < text.size()) {
            const char16_t sign = text[pos].unicode();
            if ((sign == u'Z' || sign == u'z') && pos + 1 == text.size()) {
                ++pos;
            } else if (sign == u'+' || sign == u'-' || sign == u'\u2212') {
                ++pos;
                int offHours = 0, offMinutes = 0;
                if (!readDigits(text, pos, 2, offHours))
                    return std::nullopt;
                if (pos < text.size() && text[pos] == u':')
                    ++pos;
                if (pos < text.size() && !readDigits(text, pos, 2, offMinutes))
                    return std::nullopt;
                if (offHours > 18 || offMinutes > 59)
                    return std::nullopt;
                offsetSeconds = (offHours * 3600 + offMinutes * 60) * (sign == u'+' ? 1 : -1);
            } else {
                return std::nullopt;
            }
        }
        if (pos != text.size())
            return std::nullopt;
    }
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
}

namespace {

/// Reads 1 to `max` digits at `pos`; advances `pos`.
bool readSomeDigits(QStringView text, qsizetype &pos, int max, int &value, int &count)
{
    value = 0;
    count = 0;
    while (pos < text.size() && count < max && isDigit(text[pos].unicode())) {
        value = value * 10 + int(text[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    return count > 0;
}

} // namespace

bool ValueParser::splitNumericDate(QStringView text, int &first, int &second)
{
    text = text.trimmed();
    qsizetype pos = 0;
    int a = 0, b = 0, year = 0, n = 0;
    if (!readSomeDigits(text, pos, 2, a, n) || pos >= text.size())
        return false;
    const char16_t separator = text[pos].unicode();
    if (separator != u'/' && separator != u'.' && separator != u'-')
        return false;
    ++pos;
    if (!readSomeDigits(text, pos, 2, b, n) || pos >= text.size() || text[pos].unicode() != separator)
        return false;
    ++pos;
    if (!readSomeDigits(text, pos, 4, year, n) || (n != 2 && n != 4))
        return false;
    if (pos < text.size() && text[pos] != u' ' && text[pos] != u'T')
        return false;
    first = a;
    second = b;
    return true;
}

std::optional<qint64> ValueParser::parseDate(QStringView text, bool past) const
{
    const std::optional<qint64> v = parseAnyDate(text, past);
    if (v && past && *v > QDateTime::currentSecsSinceEpoch())
        return std::nullopt;
    return v;
}

std::optional<qint64> ValueParser::parseAnyDate(QStringView text, bool past) const
{
    text = text.trimmed();
    if (const std::optional<qint64> iso = parseDateTime(text))
        return iso;
    if (text.endsWith(QLatin1String("UTC"), Qt::CaseInsensitive)
        || text.endsWith(QLatin1String("GMT"), Qt::CaseInsensitive)) {
        if (const std::optional<qint64> utc = parseDateTime(text.chopped(3)))
            return utc;
    }
    // Day-first or month-first with a separator.
    qsizetype pos = 0;
    int a = 0, b = 0, year = 0, n = 0, yearDigits = 0;
    if (readSomeDigits(text, pos, 2, a, n) && pos < text.size()
        && (text[pos] == u'/' || text[pos] == u'.' || text[pos] == u'-')) {
        const char16_t separator = text[pos++].unicode();
        if (!readSomeDigits(text, pos, 2, b, n) || pos >= text.size() || text[pos] != separator)
            return std::nullopt;
        ++pos;
        if (!readSomeDigits(text, pos, 4, year, yearDigits) || (yearDigits != 2 && yearDigits != 4))
            return std::nullopt;
        if (yearDigits == 2)
            year += year < 30 ? 2000 : 1900; // Excel's rule: 00-29 -> 20xx, 30-99 -> 19xx
        const int day = m_dateOrder == DateOrder::DayFirst ? a : b;
        const int month = m_dateOrder == DateOrder::DayFirst ? b : a;
        if (!QDate::isValid(year, month, day))
            return std::nullopt;
        // A past moment written with two digits lies within the last hundred years.
        if (past && yearDigits == 2 && QDate(year, month, day) > QDate::currentDate())
            year -= 100;
        if (!QDate::isValid(year, month, day))
            return std::nullopt; // 29 February of a century year that is no leap year
        int hour = 0, minute = 0, second = 0;
        if (pos < text.size()) {
            if (text[pos] != u' ' && text[pos] != u'T')
                return std::nullopt;
            ++pos;
            if (!readSomeDigits(text, pos, 2, hour, n) || pos >= text.size() || text[pos] != u':')
                return std::nullopt;
            ++pos;
            if (!readDigits(text, pos, 2, minute))
                return std::nullopt;
            if (pos < text.size() && text[pos] == u':') {
                ++pos;
                if (!readDigits(text, pos, 2, second))
                    return std::nullopt;
            }
            if (pos != text.size() || hour > 23 || minute > 59 || second > 59)
                return std::nullopt;
        }
        return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60
               + second;
    }
    // An Excel serial day number (days since 1899-12-30, as Excel counts them after 1900-03-01).
    bool ok = false;
    const double serial = text.toDouble(&ok);
    if (ok && serial >= 10000 && serial < 200000) {
        const qint64 excelEpoch = daysFromCivil(1899, 12, 30) * 86400;
        return excelEpoch + qint64(std::llround(serial * 86400.0));
    }
    return std::nullopt;
}

ValueParser::Decimal ValueParser::decimalEvidence(QStringView text)
{
    text = text.trimmed();
    int first = 0, second = 0;
    if (splitNumericDate(text, first, second))
        return Decimal::None; // 15.03.2024
    int dots = 0, commas = 0, digits = 0;
    qsizetype lastDot = -1, lastComma = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            ++digits;
        } else if (c == u'.') {
            ++dots;
            lastDot = i;
        } else if (c == u',') {
            ++commas;
            lastComma = i;
        } else if (!(c == u'-' || c == u'+' || c == u' ' || c == u'\u00a0' || isCurrencySymbol(c))) {
            return Decimal::None; // a date, a time, a code: not a number
        }
    }
    if (digits == 0)
        return Decimal::None;
    if (dots > 0 && commas > 0)
        return lastComma > lastDot ? Decimal::Comma : Decimal::Point;
    if (dots > 1)
        return Decimal::Comma;
    if (commas > 1)
        return Decimal::Point;
    auto decimalsAfter = [&](qsizetype at) {
        qsizetype n = 0;
        while (at + 1 + n < text.size() && text[at + 1 + n].isDigit())
            ++n;
        return n;
    };
    if (dots == 1 && decimalsAfter(lastDot) != 3)
        return Decimal::Point;
    if (commas == 1 && decimalsAfter(lastComma) != 3)
        return Decimal::Comma;
    return Decimal::None;
}

std::optional<double> ValueParser::parseNumber(QStringView text) const
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // Sign and currency symbol, in either order, before the digits.
    bool negative = false;
    bool symbol = false;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (!negative && (c == u'-' || c == u'\u2212')) {
            negative = true;
        } else if (!symbol && isCurrencySymbol(c)) {
            symbol = true;
        } else if (symbol && c == u' ') {
            // "€ 3"
        } else if (c == u'+' && !negative) {
            // an explicit plus sign
        } else {
            break;
        }
        ++pos;
    }
    // A currency symbol may also follow the number ("12,50 €").
    qsizetype end = text.size();
    if (!symbol && end > pos && isCurrencySymbol(text[end - 1])) {
        --end;
        while (end > pos && text[end - 1] == u' ')
            --end;
    }
    const QStringView body = text.mid(pos, end - pos);
    if (body.isEmpty())
        return std::nullopt;

    // Which character is the decimal separator in this cell.
    char16_t decimal = m_decimalComma ? u',' : u'.';
    char16_t grouping = m_decimalComma ? u'.' : u',';
    if (m_decimalComma && !body.contains(u',') && body.count(u'.') == 1
        && !(m_decided && body.size() - body.indexOf(u'.') - 1 == 3)) {
        decimal = u'.';
        grouping = u',';
    }

    // Normalise into ASCII: digits, at most one '.', thousands separators checked and removed.
    char buffer[128];
    int length = 0;
    if (negative)
        buffer[length++] = '-';
    int digitsInGroup = 0;
    bool sawGrouping = false;
    bool sawDecimal = false;
    bool sawDigit = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char16_t c = body[i].unicode();
        if (length >= int(sizeof(buffer)) - 2)
            return std::nullopt;
        if (isDigit(c)) {
            buffer[length++] = char(c);
            ++digitsInGroup;
            sawDigit = true;
        } else if (c == decimal && !sawDecimal) {
            if (sawGrouping && digitsInGroup != 3)
                return std::nullopt;
            buffer[length++] = '.';
            sawDecimal = true;
            digitsInGroup = 0;
        } else if ((c == grouping || isSpace(c)) && !sawDecimal) {
            // Groups of three digits after the first group.
            if (!sawDigit || (sawGrouping && digitsInGroup != 3) || (!sawGrouping && digitsInGroup > 3))
                return std::nullopt;
            sawGrouping = true;
            digitsInGroup = 0;
        } else if ((c == u'e' || c == u'E') && sawDigit && i + 1 < body.size()) {
            buffer[length++] = 'e';
            if (body[i + 1] == u'-' || body[i + 1] == u'+')
                buffer[length++] = char(body[++i].unicode());
            sawDecimal = true; // no separators in the exponent
            digitsInGroup = -1000;
        } else {
            return std::nullopt;
        }
    }
    if (!sawDigit || (sawGrouping && !sawDecimal && digitsInGroup != 3))
        return std::nullopt;

    double value = 0;
    const auto result = std::from_chars(buffer, buffer + length, value);
    if (result.ec != std::errc() || result.ptr != buffer + length || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> ValueParser::parseInteger(QStringView text) const
{
    const std::optional<double> value = parseNumber(text);
    if (!value || std::trunc(*value) != *value || std::fabs(*value) > 9.0e15)
        return std::nullopt;
    return qint64(*value);
}

std::optional<bool> ValueParser::parseBool(QStringView text)
{
    text = text.trimmed();
    static const char *const yes[] = {"true", "yes", "y", "t", "1"};
    static const char *const no[] = {"false", "no", "n", "f", "0"};
    for (const char *word : yes) {
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char *word : no) {
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

} // namespace pw
