// SPDX-License-Identifier: GPL-3.0-or-later
// Decimal separators decided from the whole file, two-digit years by Excel's rule, and birth or
// sign-up dates never in the future.
#include "import/importer.h"
#include "import/valueparser.h"
#include "store/project.h"
#include "testsupport.h"

#include <QDate>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

QList<double> totals(Project &project)
{
    QList<double> out;
    QSqlQuery q(project.db());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT total FROM orders ORDER BY order_id")));
    while (q.next())
        out << q.value(0).toDouble();
    return out;
}

QString day(Project &project, const QString &sql)
{
    return project.scalar(QStringLiteral("SELECT date((%1), 'unixepoch')").arg(sql)).toString();
}

} // namespace

TEST(ColumnDecisions, GermanThousandsSeparatorIsReadFromTheWholeFile)
{
    TempDir dir;
    auto project = newProject(dir);
    // German Excel: 1.500 is fifteen hundred, as 1.234,50 and 12.345.678 further down show.
    const QString file = dir.write(QStringLiteral("de.csv"), "order_id;customer_id;order_date;total\n"
                                                             "N1;c1;2024-03-15;1.500\n"
                                                             "N2;c2;2024-03-16;1.234,50\n"
                                                             "N3;c3;2024-03-17;12.345.678\n"
                                                             "N4;c4;2024-03-18;7,25\n");
    const ImportReport report = importFiles(*project, {file}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report.rowsRejected, 0);
    EXPECT_EQ(totals(*project), (QList<double>{1500.0, 1234.5, 12345678.0, 7.25}));
}

TEST(ColumnDecisions, SemicolonFileWithDecimalPointsKeepsThem)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("pt.csv"), "order_id;customer_id;order_date;total\n"
                                                             "P1;c1;2024-03-15;1.500\n"
                                                             "P2;c2;2024-03-16;12.5\n");
    ASSERT_TRUE(importFiles(*project, {file}, ImportOptions(), nullptr).ok());
    EXPECT_EQ(totals(*project), (QList<double>{1.5, 12.5}));
}

TEST(ColumnDecisions, AFileMixingBothSeparatorsIsWarnedAbout)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("mix.csv"), "order_id;customer_id;order_date;total\n"
                                                              "M1;c1;2024-03-15;1.234,50\n"
                                                              "M2;c2;2024-03-16;12.5\n");
    const ImportReport report = importFiles(*project, {file}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_TRUE(report.warnings.first().contains(QStringLiteral("line 2"))) << qPrintable(report.warnings.first());
    EXPECT_EQ(totals(*project), (QList<double>{1234.5, 12.5}));
}

TEST(ColumnDecisions, TwoDigitYearsFollowExcel)
{
    ValueParser parser;
    auto year = [&](const char *text, bool past = false) {
        const std::optional<qint64> v = parser.parseDate(QString::fromLatin1(text), past);
        return v ? QDateTime::fromSecsSinceEpoch(*v, Qt::UTC).date().year() : 0;
    };
    EXPECT_EQ(year("15/03/65"), 1965);
    EXPECT_EQ(year("15/03/30"), 1930);
    EXPECT_EQ(year("15/03/29"), 2029);
    EXPECT_EQ(year("15/03/00"), 2000);
    EXPECT_EQ(year("15/03/70"), 1970);
    // A birth or sign-up date lies in the past: a two-digit year ahead of today is a century back,
    // a four-digit one ahead of today is refused.
    const int next = QDate::currentDate().year() + 1;
    const QByteArray ahead = QByteArray("01/01/") + QByteArray::number(next % 100).rightJustified(2, '0');
    EXPECT_EQ(year(ahead.constData(), true), next - 100);
    EXPECT_EQ(year(ahead.constData(), false), next < 2030 ? next : next - 100);
    const QByteArray aheadInFull = "01/01/" + QByteArray::number(next);
    EXPECT_EQ(year(aheadInFull.constData(), true), 0);
    EXPECT_EQ(year("15/03/65", true), 1965);
}

TEST(ColumnDecisions, BirthAndSignupDatesAreNeverInTheFuture)
{
    TempDir dir;
    auto project = newProject(dir);
    const int next = QDate::currentDate().year() + 1;
    const QByteArray csv = "customer_id,birth_date,signup_date\n"
                           "b1,15/03/65,01/02/" + QByteArray::number(next % 100).rightJustified(2, '0') + "\n"
                           "b2,01/01/05,2021-06-01\n"
                           "b3,01/01/" + QByteArray::number(next) + ",2021-06-01\n";
    const ImportReport report = importFiles(*project, {dir.write(QStringLiteral("c.csv"), csv)}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.rowErrors.size(), 1);
    EXPECT_EQ(report.rowErrors.first().line, 4);
    EXPECT_EQ(report.rowErrors.first().columnName, QStringLiteral("birth_date"));
    const QString b1 = QStringLiteral("SELECT %1 FROM customers c JOIN people p ON p.id = c.person_id WHERE p.customer_id = 'b1'");
    EXPECT_EQ(day(*project, b1.arg(QStringLiteral("birth_date"))), QStringLiteral("1965-03-15"));
    EXPECT_EQ(day(*project, b1.arg(QStringLiteral("signup_date"))), QStringLiteral("%1-02-01").arg(next - 100));
    EXPECT_EQ(day(*project, QStringLiteral("SELECT birth_date FROM customers c JOIN people p ON p.id = c.person_id"
                                           " WHERE p.customer_id = 'b2'")),
              QStringLiteral("2005-01-01"));
}
