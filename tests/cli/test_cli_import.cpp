// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli import with the shop formats and its import options, end to end.
#include "store/project.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

QString fixture(const char *path)
{
    return QDir(QStringLiteral(TEST_DATA_DIR "/import")).filePath(QString::fromLatin1(path));
}

} // namespace

TEST(CliImport, ShopifyFilesPseudonymisedByDefault)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("shop.personas"));
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project,
                        fixture("shopify/customers_export.csv"), fixture("shopify/orders_export.csv")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const auto info = cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0);
    EXPECT_TRUE(info.out.contains("\"orders\": 3")) << qPrintable(QString::fromUtf8(info.out));
    EXPECT_TRUE(info.out.contains("\"customers\": 3")) << qPrintable(QString::fromUtf8(info.out));
    // #1002 (80.00) was refunded: 245.00 + 1,200.00, both Dana's.
    EXPECT_TRUE(info.out.contains("\"revenue\": 1445")) << qPrintable(QString::fromUtf8(info.out));
    EXPECT_TRUE(info.out.contains("\"buyers\": 1,")) << qPrintable(QString::fromUtf8(info.out));
    Error error;
    auto opened = Project::open(project, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->scalar(QStringLiteral("SELECT count(*) FROM customers WHERE email LIKE '%@%'")).toLongLong(), 0);
}

TEST(CliImport, KeepIdentifiersFormatAndDateOrderOptions)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("keep.personas"));
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--keep-identifiers"),
                  QStringLiteral("--format"), QStringLiteral("shopify"), fixture("shopify/customers_export.csv")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    EXPECT_TRUE(r.out.contains("kept readable")) << r.out.constData();
    // Every import into a project that keeps identifiers says so (issue 22).
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--keep-identifiers"),
             QStringLiteral("--date-order"), QStringLiteral("mdy"), fixture("encodings/orders_ambiguous.csv")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    // A format that does not read the file is refused, naming it.
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--keep-identifiers"),
             QStringLiteral("--format"), QStringLiteral("woocommerce"), fixture("shopify/orders_export.csv")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("orders_export.csv")) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--date-order"),
             QStringLiteral("ymd"), fixture("encodings/orders_ambiguous.csv")});
    EXPECT_EQ(r.exitCode, 2);

    Error error;
    auto opened = Project::open(project, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->scalar(QStringLiteral("SELECT count(*) FROM customers WHERE email = 'sam@example.org'")).toLongLong(), 1);
    EXPECT_EQ(opened->scalar(QStringLiteral("SELECT order_date FROM orders WHERE order_id = 'B1'")).toLongLong(), 1709510400);
}

// Issue 14: a transaction log without order ids (CDNOW's shape) is orders, said so; a column
// nothing stores is named; importing the log again does not double it.
TEST(CliImport, TransactionLogWithoutOrderIdsIsOrdersAndNamesWhatItLeavesOut)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("log.personas"));
    QByteArray csv = "customer_id,order_date,items,total,till\n";
    double revenue = 0;
    int rows = 0;
    for (int c = 1; c <= 60; ++c) {
        for (int p = 0; p < 1 + c % 4; ++p) {
            const int cents = 100 + (c * 7919 + p * 104729) % 9000;
            const QByteArray line = QByteArray::number(c) + ",1997-0" + QByteArray::number(1 + p) + "-1"
                                    + QByteArray::number(c % 10) + ',' + QByteArray::number(1 + p) + ','
                                    + QByteArray::number(cents / 100.0, 'f', 2) + ",T" + QByteArray::number(c % 3) + '\n';
            for (int times = c % 5 == 0 ? 2 : 1; times > 0; --times) { // some purchases twice, identically
                csv += line;
                revenue += cents / 100.0;
                ++rows;
            }
        }
    }
    const QString file = dir.write(QStringLiteral("cdnow.csv"), csv);
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, file});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("cdnow.csv: no order id column: each row is taken as one order, ids made from the row's content")))
        << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("cdnow.csv: not imported, the project has no place for these columns: “till”")))
        << qPrintable(err);
    const QByteArray summary = QByteArray("imported ") + QByteArray::number(rows) + " rows (" + QByteArray::number(rows) + " orders)";
    EXPECT_TRUE(r.out.contains(summary)) << r.out.constData();

    // Imported again: updated, not doubled.
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, file});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const auto info = cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out).object();
    EXPECT_EQ(json.value(QStringLiteral("orders")).toInteger(), rows);
    EXPECT_EQ(json.value(QStringLiteral("people")).toInteger(), 60);
    EXPECT_EQ(json.value(QStringLiteral("customers")).toInteger(), 0);
    EXPECT_NEAR(json.value(QStringLiteral("revenue")).toDouble(), revenue, 0.005);
}

// A date after today (2052 typed for 2025) is imported as written, and said: recency would count
// from a day that has not come. Dates up to today are not mentioned.
TEST(CliImport, DatesAfterTodayAreNamedWithTheirFile)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("future.personas"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString orders = dir.write(QStringLiteral("orders.csv"),
        QStringLiteral("order_id,customer_id,order_date,total\n"
                       "A1,c1,2024-03-01,10.00\nA2,c2,2052-03-01,20.00\nA3,c3,2041-07-04,30.00\nA4,c4,%1,40.00\n")
            .arg(today)
            .toUtf8());
    const QString events = dir.write(QStringLiteral("events.csv"),
        QByteArray("session_id,customer_id,timestamp,event_type\ns1,c1,2024-03-01T10:00:00,page_view\n"));
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, orders, events});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("orders.csv: rows of orders dated after today: 2 (the latest 2052-03-01); "
                                            "check the file's dates")))
        << qPrintable(err);
    EXPECT_FALSE(err.contains(QStringLiteral("events.csv: rows of"))) << qPrintable(err);
    const auto info = cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("orders")).toInteger(), 4); // nothing dropped
}
