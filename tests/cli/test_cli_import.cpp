// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli import with the shop formats and its import options, end to end.
#include "store/project.h"
#include "testsupport.h"

#include <QDir>

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
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--date-order"),
             QStringLiteral("mdy"), fixture("encodings/orders_ambiguous.csv")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    // A format that does not read the file is refused, naming it.
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--format"),
             QStringLiteral("woocommerce"), fixture("shopify/orders_export.csv")});
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
