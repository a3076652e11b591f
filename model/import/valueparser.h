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
    /// Sets the decimal separator as decided from every value of the file's number columns
    /// (see decimalEvidence()): with a decided decimal comma, `1.500` is 1500 (a '.' followed by
    /// three digits groups thousands), where an undecided one reads it as 1.5.
    void setDecidedDecimalComma(bool decimalComma)
    {
        m_decimalComma = decimalComma;
        m_decided = true;
    }

    /// What a value says about its decimal separator: Comma when only a decimal comma reads it
    /// (`1.234,50`, `12.345.678`, `12,5`), Point when only a decimal point does (`1,234.50`,
    /// `1,234,567`, `12.5`), None when it does not tell (`1.500`, `1,500`, `12`, not a number).
    enum class Decimal { None, Comma, Point };
    static Decimal decimalEvidence(QStringView text);
    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }

    /// A date in any form an export writes, as seconds since the Unix epoch (UTC): everything
    /// parseDateTime() reads, the same followed by ` UTC` or ` GMT` (REES46), day-first or
    /// month-first dates with `/`, `.` or `-` and a 2- or 4-digit year, optionally followed by a
    /// time `H:MM[:SS]` (read in dateOrder()), and Excel serial day numbers from 10000 to 199999
    /// (1927–2447; fractions are the time of day, rounded to the second). A two-digit year
    /// follows Excel's rule: 00–29 are 2000–2029, 30–99 are 1930–1999.
    /// With `past` (a birth or sign-up date, which cannot lie ahead), a two-digit year that would
    /// put the date after today is read a century earlier (`01/01/29` is 1929), and a date still
    /// in the future is refused (nullopt).
    std::optional<qint64> parseDate(QStringView text, bool past = false) const;

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
    std::optional<qint64> parseAnyDate(QStringView text, bool past) const;

    bool m_decimalComma;
    bool m_decided = false;
    DateOrder m_dateOrder = DateOrder::DayFirst;
};

} // namespace pw
