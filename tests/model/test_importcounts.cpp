// SPDX-License-Identifier: GPL-3.0-or-later
// An import's counts are what it stored: duplicated ids, merged rows, identical events and files
// named twice, each checked against the rows the test writes.
#include "import/importer.h"
#include "store/project.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

qint64 scalar(Project &project, const QString &sql)
{
    return project.scalar(sql).toLongLong();
}

ImportReport import(Project &project, const QStringList &files, const QString &encoding = QString())
{
    ImportOptions options;
    options.encoding = encoding;
    return importFiles(project, files, options, nullptr);
}

/// Generic orders with the order_id Z1 on lines 2 and 3 (another customer and total).
const QByteArray kDuplicatedOrders = "order_id,customer_id,order_date,total\n"
                                     "Z1,c1,2024-01-02,10\n"
                                     "Z1,c2,2024-01-03,20\n"
                                     "Z2,c3,2024-01-04,5\n";

void expectFirstRowKept(Project &project, const ImportReport &report, const QString &file)
{
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRead, 3);
    EXPECT_EQ(report.rowsImported, 2);
    EXPECT_EQ(report.rowsRejected, 1);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("orders")), 2);
    ASSERT_EQ(report.rowErrors.size(), 1);
    const Error &e = report.rowErrors.first();
    EXPECT_EQ(e.file, file);
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.columnName, QStringLiteral("order_id"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 2"))) << qPrintable(e.message);
    EXPECT_EQ(scalar(project, QStringLiteral("SELECT count(*) FROM orders")), 2);
    EXPECT_EQ(project.scalar(QStringLiteral("SELECT total FROM orders WHERE order_id = 'Z1'")).toDouble(), 10.0);
    EXPECT_EQ(project.scalar(QStringLiteral("SELECT p.customer_id FROM orders o JOIN people p ON p.id = o.person_id"
                                            " WHERE o.order_id = 'Z1'")).toString(),
              QStringLiteral("c1"));
    EXPECT_EQ(scalar(project, QStringLiteral("SELECT rows_rejected FROM imports")), 1);
    // c2 is named only on the refused line: no person of the data.
    EXPECT_EQ(scalar(project, QStringLiteral("SELECT count(*) FROM people")), 2);
    EXPECT_EQ(scalar(project, QStringLiteral("SELECT count(*) FROM people WHERE customer_id = 'c2'")), 0);
}

} // namespace

TEST(ImportCounts, DuplicatedOrderIdKeepsTheFirstRowAndNamesBothLines)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("orders.csv"), kDuplicatedOrders);
    expectFirstRowKept(*project, import(*project, {file}), file); // the byte path
}

TEST(ImportCounts, DuplicatedOrderIdOnTheGeneralPath)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("orders.csv"), kDuplicatedOrders);
    expectFirstRowKept(*project, import(*project, {file}, QStringLiteral("windows-1252")), file);
}

TEST(ImportCounts, DuplicatedOrderIdAcrossTwoFilesNamesTheFirstFile)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString a = dir.write(QStringLiteral("a.csv"), "order_id,customer_id,order_date,total\nZ1,c1,2024-01-02,10\n");
    const QString b = dir.write(QStringLiteral("b.csv"), "order_id,customer_id,order_date,total\nZ9,c9,2024-01-02,7\nZ1,c2,2024-01-03,20\n");
    const ImportReport report = import(*project, {a, b});
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.rowErrors.size(), 1);
    EXPECT_EQ(report.rowErrors.first().file, b);
    EXPECT_EQ(report.rowErrors.first().line, 3);
    EXPECT_TRUE(report.rowErrors.first().message.contains(QStringLiteral("line 2 of ") + a));
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM orders")), 2);
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM people")), 2); // c1 and c9, not c2
    // A later import updates the order (a re-import is no duplicate).
    const QString c = dir.write(QStringLiteral("c.csv"), "order_id,customer_id,order_date,total\nZ1,c1,2024-01-02,12\n");
    const ImportReport again = import(*project, {c});
    EXPECT_TRUE(again.rowErrors.isEmpty());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT total FROM orders WHERE order_id = 'Z1'")).toDouble(), 12.0);
}

TEST(ImportCounts, APersonOfARefusedDuplicateWhoAppearsLaterIsKept)
{
    // c2 is met first on the refused duplicate line, then on an order of its own.
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,order_date,total\n"
                                                                 "Z1,c1,2024-01-02,10\n"
                                                                 "Z1,c2,2024-01-03,20\n"
                                                                 "Z2,c2,2024-01-04,5\n");
    ASSERT_TRUE(import(*project, {file}).ok());
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM people")), 2);
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM orders o JOIN people p ON p.id = o.person_id"
                                              " WHERE p.customer_id = 'c2'")),
              1);
}

TEST(ImportCounts, AFileNamedTwiceIsReadOnce)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString orders = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,order_date,total\n"
                                                                   "O1,c1,2024-01-02,10\nO2,c2,2024-01-03,20\n");
    const QByteArray items = "order_id,sku,quantity,unit_price\nO1,a,1,4\nO1,b,2,3\nO2,c,1,20\n";
    const QString path = dir.write(QStringLiteral("items.csv"), items);
    const QString copy = dir.write(QStringLiteral("items-copy.csv"), items);
    const QString again = QDir(dir.path()).filePath(QStringLiteral("./items.csv"));
    const ImportReport report = import(*project, {orders, path, again, copy});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.warnings.size(), 2) << qPrintable(report.warnings.join(u'\n'));
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM order_items")), 3);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("order_items")), 3);
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM imports")), 2);
}

TEST(ImportCounts, MergedCustomersAndIdenticalEventsAreSaidApart)
{
    TempDir dir;
    auto project = newProject(dir);
    // c1 twice (the second row fills the city), and an e-mail given in two cases (one person).
    const QString customers = dir.write(QStringLiteral("customers.csv"), "customer_id,email,city\n"
                                                                         "c1,,Haifa\nc2,x@example.com,\nc1,,\n"
                                                                         "ann@example.com,,\nANN@example.com,,Riga\n");
    const QString events = dir.write(QStringLiteral("events.csv"), "session_id,customer_id,timestamp,event_type,page\n"
                                                                   "s1,c1,2024-01-02T10:00:00,page_view,/\n"
                                                                   "s1,c1,2024-01-02T10:00:00,page_view,/\n"
                                                                   "s1,c1,2024-01-02T10:01:00,page_view,/a\n");
    const ImportReport report = import(*project, {customers, events});
    ASSERT_TRUE(report.ok());
    const qint64 storedCustomers = scalar(*project, QStringLiteral("SELECT count(*) FROM customers"));
    const qint64 storedEvents = scalar(*project, QStringLiteral("SELECT count(*) FROM events"));
    EXPECT_EQ(storedCustomers, 3);
    EXPECT_EQ(storedEvents, 2);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("customers")), storedCustomers);
    EXPECT_EQ(report.rowsMerged.value(QStringLiteral("customers")), 2);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("events")), storedEvents);
    EXPECT_EQ(report.rowsUnchanged.value(QStringLiteral("events")), 1);
    EXPECT_EQ(report.warnings.size(), 2) << qPrintable(report.warnings.join(u'\n')); // lines 4 and 6 of customers.csv
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT city FROM customers c JOIN people p ON p.id = c.person_id"
                                             " WHERE p.customer_id = 'c1'")).toString(),
              QStringLiteral("Haifa"));
}

TEST(ImportCounts, ShopifyOrderNameAgainLaterIsABadRowAndItsItemsStayOut)
{
    const QByteArray csv = "Name,Email,Financial Status,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price\n"
                           "#1001,a@example.com,paid,30.00,2024-01-02 10:00:00 +0100,1,Mug,10.00\n"
                           "#1001,a@example.com,,,2024-01-02 10:00:00 +0100,2,Cup,10.00\n"
                           "#1002,b@example.com,paid,5.00,2024-01-03 10:00:00 +0100,1,Pen,5.00\n"
                           "#1001,c@example.com,paid,99.00,2024-01-04 10:00:00 +0100,1,Hat,99.00\n";
    TempDir dir;
    auto project = newProject(dir);
    ImportOptions options;
    options.format = QStringLiteral("shopify");
    const ImportReport report = importFiles(*project, {dir.write(QStringLiteral("orders_export.csv"), csv)}, options, nullptr);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.rowErrors.size(), 1);
    EXPECT_EQ(report.rowErrors.first().line, 5);
    EXPECT_TRUE(report.rowErrors.first().message.contains(QStringLiteral("line 2"))) << qPrintable(report.rowErrors.first().message);
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM order_items")), 3);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT total FROM orders WHERE order_id = '#1001'")).toDouble(), 30.0);
}

TEST(ImportCounts, AnonymousLinesAreRejectedRowsOfTheImport)
{
    const QString path = QDir(QStringLiteral(SHARED_DATA_DIR)).filePath(QStringLiteral("uci_online_retail_sample40k/Online_Retail_sample40k.csv"));
    if (!QFileInfo::exists(path))
        GTEST_SKIP();
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(import(*project, {path}).ok());
    // Python on the file: 40,000 lines, 10,057 without CustomerID.
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT rows_read FROM imports")), 40000);
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT rows_imported FROM imports")), 40000 - 10057);
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT rows_rejected FROM imports")), 10057);
}
