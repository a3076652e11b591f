// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pw {

/// Parses the text of one cell into a typed value, as every import format needs it. Every
/// function ignores leading and trailing white space and returns nullopt when the text is not a
/// value of the kind asked for (the caller decides whether an empty cell is allowed).
class ValueParser
{
public:
    /// How dates written with slashes or dots ("03/04/2024", "3.4.24") are read.
    enum class DateOrder {
        DayFirst,  ///< 03/04/2024 is 3 April
        MonthFirst ///< 03/04/2024 is 4 March
    };

    /// With `decimalComma`, numbers are written with a decimal comma ("1.234,50"), as in files
    /// whose delimiter is a semicolon.
    explicit ValueParser(bool decimalComma = false) : m_decimalComma(decimalComma) {}

    bool decimalComma() const { return m_decimalComma; }
    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }

    /// A date in any form an export writes, as seconds since the Unix epoch (UTC): everything
    /// parseDateTime() reads, the same followed by ` UTC` or ` GMT` (REES46), day-first or
    /// month-first dates with `/`, `.` or `-` and a 2- or 4-digit year, optionally followed by a
    /// time `H:MM[:SS]` (read in dateOrder()), and Excel serial day numbers from 10000 to 199999
    /// (1927–2447; fractions are the time of day, rounded to the second).
    std::optional<qint64> parseDate(QStringView text) const;

    /// If `text` begins with a date of the form A/B/YEAR (or with `.` or `-`), sets `first` and
    /// `second` to A and B and returns true. Used to decide a column's date order from all of
    /// its values.
    static bool splitNumericDate(QStringView text, int &first, int &second);

    /// An ISO 8601 date or date-time -> seconds since the Unix epoch. Accepted: `YYYY-MM-DD`,
    /// `YYYY-MM-DDTHH:MM`, `...:SS`, `...:SS.fff` (fractions are dropped), a space instead of `T`,
    /// followed by an optional `Z`, `±HH:MM`, `±HHMM` or `±HH` offset. Without an offset the
    /// moment is taken as UTC; a date alone is midnight UTC.
    static std::optional<qint64> parseDateTime(QStringView text);

    /// A decimal number: an optional minus sign and currency symbol in either order
    /// ("-$12.50", "$-12.50", "€ 3"), the decimal separator ('.' or, with a decimal comma, ',')
    /// and thousands separators (',' or '.', whichever is not the decimal separator, between
    /// groups of three digits; spaces too). With a decimal comma, a number without a comma but
    /// with a single '.' takes the '.' as the decimal point. Infinity and NaN are refused.
    std::optional<double> parseNumber(QStringView text) const;

    /// A whole number, in the same notation as parseNumber(); "3.0" is accepted, "3.5" is not.
    std::optional<qint64> parseInteger(QStringView text) const;

    /// true/false, yes/no, y/n, t/f, 1/0 (any case).
    static std::optional<bool> parseBool(QStringView text);

private:
    bool m_decimalComma;
    DateOrder m_dateOrder = DateOrder::DayFirst;
};

} // namespace pw
