// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/valueparser.h"

#include <gtest/gtest.h>

using namespace pw;

TEST(ImportValueParser, IsoDatesBecomeEpochSeconds)
{
    EXPECT_EQ(ValueParser::parseDateTime(u"2024-03-05"), 1709596800);
    EXPECT_EQ(ValueParser::parseDateTime(u" 2024-03-05T10:20:30Z "), 1709634030);
    EXPECT_EQ(ValueParser::parseDateTime(u"2024-03-05 10:20"), 1709634000);
    EXPECT_EQ(ValueParser::parseDateTime(u"2024-03-05T10:20:30.123+02:00"), 1709626830);
    EXPECT_EQ(ValueParser::parseDateTime(u"2024-03-05T10:20:30-0530"), 1709653830);
    EXPECT_EQ(ValueParser::parseDateTime(u"1969-12-31T23:59:59"), -1);
    EXPECT_EQ(ValueParser::parseDateTime(u"2000-02-29"), 951782400);
}

TEST(ImportValueParser, MalformedDatesAreRefused)
{
    for (const char16_t *text : {u"", u"2023-02-29", u"2024-13-01", u"05/03/2024", u"2024-3-5",
                                 u"2024-03-05T25:00", u"2024-03-05T10", u"2024-03-05X", u"2024-03-05T10:20+5",
                                 u"yesterday"})
        EXPECT_FALSE(ValueParser::parseDateTime(text).has_value()) << QString::fromUtf16(text).toStdString();
}

TEST(ImportValueParser, NumbersWithDecimalPoint)
{
    const ValueParser p;
    EXPECT_EQ(p.parseNumber(u"12.50"), 12.5);
    EXPECT_EQ(p.parseNumber(u"$12.50"), 12.5);
    EXPECT_EQ(p.parseNumber(u"-$3"), -3.0);
    EXPECT_EQ(p.parseNumber(u"$-3"), -3.0);
    EXPECT_EQ(p.parseNumber(u"€ 7"), 7.0);
    EXPECT_EQ(p.parseNumber(u"1,234.56"), 1234.56);
    EXPECT_EQ(p.parseNumber(u"1,234,567"), 1234567.0);
    EXPECT_EQ(p.parseNumber(u"-0.5"), -0.5);
    EXPECT_EQ(p.parseNumber(u"1e3"), 1000.0);
    for (const char16_t *bad : {u"", u"abc", u"1,23", u"12.5.1", u"1234,567", u"$", u"-", u"nan", u"inf", u"12a"})
        EXPECT_FALSE(p.parseNumber(bad).has_value()) << QString::fromUtf16(bad).toStdString();
}

TEST(ImportValueParser, NumbersWithDecimalComma)
{
    const ValueParser p(true);
    EXPECT_EQ(p.parseNumber(u"12,5"), 12.5);
    EXPECT_EQ(p.parseNumber(u"1.234,56"), 1234.56);
    EXPECT_EQ(p.parseNumber(u"12,50 €"), 12.5);
    EXPECT_EQ(p.parseNumber(u"1 234,5"), 1234.5);
    EXPECT_EQ(p.parseNumber(u"1.5"), 1.5); // a lone point is a decimal point
    EXPECT_EQ(p.parseNumber(u"1.234.567"), 1234567.0);
    EXPECT_FALSE(p.parseNumber(u"1,2,3").has_value());
}

TEST(ImportValueParser, IntegersAndBooleans)
{
    const ValueParser p;
    EXPECT_EQ(p.parseInteger(u"42"), 42);
    EXPECT_EQ(p.parseInteger(u"3.0"), 3);
    EXPECT_FALSE(p.parseInteger(u"3.5").has_value());
    EXPECT_FALSE(p.parseInteger(u"x").has_value());
    for (const char16_t *yes : {u"true", u"YES", u"y", u"1", u"True"})
        EXPECT_EQ(ValueParser::parseBool(yes), true);
    for (const char16_t *no : {u"false", u"No", u"n", u"0"})
        EXPECT_EQ(ValueParser::parseBool(no), false);
    EXPECT_FALSE(ValueParser::parseBool(u"maybe").has_value());
}
