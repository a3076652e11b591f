// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "Import never drops what it was given": a transaction log without order ids lands as
// orders, header synonyms (English, Hebrew, Russian) map by themselves, and every column the
// import cannot place is named. Figures are checked against sums the test computes itself.
#include "import/importer.h"
#include "import/pseudonymiser.h"
#include "store/project.h"
#include "testsupport.h"

#include <QDate>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

ImportReport import(Project &project, const QStringList &files, OnError onError = OnError::Skip)
{
    ImportOptions options;
    options.onError = onError;
    return importFiles(project, files, options, nullptr);
}

qint64 count(Project &project, const QString &sql)
{
    return project.scalar(sql).toLongLong();
}

/// Every order id, sorted, in one string.
QString orderIds(Project &project)
{
    return project.scalar(QStringLiteral("SELECT group_concat(order_id, ' ') FROM (SELECT order_id FROM orders ORDER BY order_id)")).toString();
}

double total(Project &project, const QString &sql)
{
    return project.scalar(sql).toDouble();
}

/// A CDNOW-shaped transaction log: `customer_id,order_date,items,total`, one row per purchase,
/// no order id, with some rows repeated exactly (the same customer buying the same on one day).
struct TransactionLog
{
    QByteArray csv;
    qint64 rows = 0;
    qint64 customers = 0;
    double revenue = 0; ///< the sum of the totals, added up here
    qint64 items = 0;
};

TransactionLog cdnowLog(int customers, quint32 seed)
{
    QRandomGenerator random(seed);
    TransactionLog log;
    log.csv = "customer_id,order_date,items,total\n";
    log.customers = customers;
    for (int c = 1; c <= customers; ++c) {
        const int purchases = 1 + int(random.bounded(5));
        for (int p = 0; p < purchases; ++p) {
            const QByteArray date = QDate(1997, 1, 1).addDays(random.bounded(540)).toString(Qt::ISODate).toLatin1();
            const int items = 1 + int(random.bounded(4));
            const int cents = 500 + int(random.bounded(20000));
            const QByteArray line = QByteArray::number(c).rightJustified(5, '0') + ',' + date + ','
                                    + QByteArray::number(items) + ',' + QByteArray::number(cents / 100) + '.'
                                    + QByteArray::number(cents % 100).rightJustified(2, '0') + '\n';
            // Every seventh purchase is made twice: two identical rows, two orders.
            const int times = random.bounded(7) == 0 ? 2 : 1;
            for (int t = 0; t < times; ++t) {
                log.csv += line;
                ++log.rows;
                log.revenue += cents / 100.0;
                log.items += items;
            }
        }
    }
    return log;
}

bool mentions(const QStringList &lines, const QString &text)
{
    for (const QString &line : lines) {
        if (line.contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST(TransactionLogImport, EachRowOfACdnowShapedFileIsAnOrder)
{
    TempDir dir;
    auto project = newProject(dir);
    const TransactionLog log = cdnowLog(400, 14);
    const QString file = dir.write(QStringLiteral("cdnow.csv"), log.csv);
    const ImportReport report = import(*project, {file});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRead, log.rows);
    EXPECT_EQ(report.rowsImported, log.rows);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("orders")), log.rows);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("customers")), 0);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), log.rows);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM people")), log.customers);
    EXPECT_NEAR(total(*project, QStringLiteral("SELECT total(total) FROM orders")), log.revenue, 0.005);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT total(items) FROM orders")), log.items);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders WHERE order_date IS NULL")), 0);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT format FROM imports")).toString(), QStringLiteral("generic"));
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT entity FROM imports")).toString(), QStringLiteral("orders"));
    // It says so, and no column is left out.
    EXPECT_TRUE(mentions(report.warnings, QStringLiteral("cdnow.csv: no order id column: each row is taken as one order, "
                                                         "ids made from the row's content")))
        << qPrintable(report.warnings.join(u'\n'));
    EXPECT_TRUE(report.unreadColumns.isEmpty());
}

TEST(TransactionLogImport, ReimportUpdatesTheSameOrdersAndIdenticalRowsStayTwo)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("log.csv"), "customer_id,order_date,items,total\n"
                                                              "00001,1997-01-01,1,11.77\n"
                                                              "00002,1997-01-12,1,12.00\n"
                                                              "00002,1997-01-12,1,12.00\n"
                                                              "00002,1997-01-12,5,77.00\n"
                                                              "00003,1997-01-02,2,20.76\n");
    ASSERT_TRUE(import(*project, {file}).ok());
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 5);
    const double revenue = 11.77 + 12.00 + 12.00 + 77.00 + 20.76;
    EXPECT_NEAR(total(*project, QStringLiteral("SELECT total(total) FROM orders")), revenue, 1e-9);
    // The two identical purchases are the first and second of their content.
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders WHERE order_id LIKE 'row:%:2'")), 1);
    const QString ids = orderIds(*project);

    // The same file again, and the same rows in another order and spelling: nothing doubles.
    ASSERT_TRUE(import(*project, {file}).ok());
    const QString shuffled = dir.write(QStringLiteral("again.csv"), "customer_id,order_date,items,total\n"
                                                                    "00003,1997-01-02,2,20.760\n"
                                                                    "00002,1997-01-12,5,77\n"
                                                                    "00002,1997-01-12,1,12\n"
                                                                    "00001,1997-01-01,1,11.77\n"
                                                                    "00002,1997-01-12,1,12.0\n");
    const ImportReport again = import(*project, {shuffled});
    ASSERT_TRUE(again.ok()) << qPrintable(again.fatal.toString());
    EXPECT_EQ(again.rowsRejected, 0);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 5);
    EXPECT_NEAR(total(*project, QStringLiteral("SELECT total(total) FROM orders")), revenue, 1e-9);
    EXPECT_EQ(orderIds(*project), ids);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM people")), 3);
}

TEST(TransactionLogImport, APurchaseInTwoFilesOfOneImportIsImportedOnce)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString january = dir.write(QStringLiteral("jan.csv"), "customer_id,order_date,total\nc1,2024-01-05,10\nc2,2024-01-31,20\n");
    const QString overlap = dir.write(QStringLiteral("jan-feb.csv"), "customer_id,order_date,total\nc2,2024-01-31,20\nc3,2024-02-02,30\n");
    const ImportReport report = import(*project, {january, overlap});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 3);
    EXPECT_EQ(report.rowsRejected, 1);
    ASSERT_EQ(report.rowErrors.size(), 1);
    EXPECT_EQ(report.rowErrors[0].file, overlap);
    EXPECT_EQ(report.rowErrors[0].line, 2);
    EXPECT_TRUE(report.rowErrors[0].message.contains(QStringLiteral("the same purchase as line 3 of ") + january))
        << qPrintable(report.rowErrors[0].message);
}

TEST(TransactionLogImport, ABadValueNamesFileLineAndColumnAndAbortChangesNothing)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(import(*project, {dir.write(QStringLiteral("first.csv"), "user_id,date,amount\nu1,2024-01-01,5\n")}).ok());
    const QString file = dir.write(QStringLiteral("log.csv"), "user_id,date,qty,amount\n"
                                                              "u1,2024-03-01,1,10\n"
                                                              "u2,yesterday,1,10\n"
                                                              "u3,2024-03-02,two,10\n");
    const ImportReport skipped = import(*project, {file});
    ASSERT_TRUE(skipped.ok());
    ASSERT_EQ(skipped.rowErrors.size(), 2);
    EXPECT_EQ(skipped.rowErrors[0].toString(), file + QStringLiteral(":3:2: not a date [date]"));
    EXPECT_EQ(skipped.rowErrors[0].columnName, QStringLiteral("date"));
    EXPECT_EQ(skipped.rowErrors[1].line, 4);
    EXPECT_EQ(skipped.rowErrors[1].columnName, QStringLiteral("qty"));
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 2);

    auto other = newProject(dir, QStringLiteral("other.personas"));
    ASSERT_TRUE(import(*other, {dir.write(QStringLiteral("first.csv"), "user_id,date,amount\nu1,2024-01-01,5\n")}).ok());
    const ImportReport aborted = import(*other, {file}, OnError::Abort);
    ASSERT_FALSE(aborted.ok());
    EXPECT_EQ(aborted.fatal.line, 3);
    EXPECT_EQ(aborted.fatal.file, file);
    EXPECT_EQ(count(*other, QStringLiteral("SELECT count(*) FROM orders")), 1);
    EXPECT_EQ(count(*other, QStringLiteral("SELECT count(*) FROM imports")), 1);
}

TEST(HeaderSynonyms, EnglishNamesMapByThemselves)
{
    struct Case
    {
        const char *header;
        const char *row;
        double total;
        qint64 items;
    };
    const Case cases[] = {
        {"user_id,purchase_date,quantity,revenue", "u1,2024-05-01,3,30.50", 30.5, 3},
        {"client_id,date,qty,amount", "u1,2024-05-01,2,12", 12, 2},
        {"Customer,Date,Items,Sales", "u1,2024-05-01,1,7.25", 7.25, 1},
        {"buyer_id,Order Date,value", "u1,2024-05-01,99", 99, 0},
        {"Order Number,User ID,Purchase Date,Amount", "A-1,u1,2024-05-01,5", 5, 0},
    };
    for (const Case &c : cases) {
        TempDir dir;
        auto project = newProject(dir);
        const QString file = dir.write(QStringLiteral("f.csv"), QByteArray(c.header) + '\n' + c.row + '\n');
        const ImportReport report = import(*project, {file});
        ASSERT_TRUE(report.ok()) << c.header << ": " << qPrintable(report.fatal.toString());
        EXPECT_TRUE(report.unreadColumns.isEmpty()) << c.header;
        EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 1) << c.header;
        EXPECT_EQ(project->scalar(QStringLiteral("SELECT customer_id FROM people")).toString(), QStringLiteral("u1")) << c.header;
        EXPECT_EQ(count(*project, QStringLiteral("SELECT order_date FROM orders")), 1714521600) << c.header;
        EXPECT_DOUBLE_EQ(total(*project, QStringLiteral("SELECT total FROM orders")), c.total) << c.header;
        EXPECT_EQ(count(*project, QStringLiteral("SELECT coalesce(items, 0) FROM orders")), c.items) << c.header;
    }
    // An order id named by a synonym is the order's id.
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(import(*project, {dir.write(QStringLiteral("f.csv"), "Order Number,User ID,Purchase Date,Amount\nA-1,u1,2024-05-01,5\n")}).ok());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT order_id FROM orders")).toString(), QStringLiteral("A-1"));
}

TEST(HeaderSynonyms, HebrewAndRussianHeadersMap)
{
    struct Case
    {
        const char *header;
        const char *rows;
    };
    const Case cases[] = {
        {"מספר לקוח,תאריך הזמנה,כמות,סכום", "7,2024-05-01,2,100.50\n8,2024-05-02,1,9.50\n"},
        {"לקוח,תאריך,סכום,כמות", "7,2024-05-01,100.50,2\n8,2024-05-02,9.50,1\n"},
        {"ID клиента,Дата заказа,Количество,Сумма", "7,2024-05-01,2,100.50\n8,2024-05-02,1,9.50\n"},
        {"Клиент,Дата,Сумма,Количество", "7,2024-05-01,100.50,2\n8,2024-05-02,9.50,1\n"},
    };
    for (const Case &c : cases) {
        TempDir dir;
        auto project = newProject(dir);
        const QString file = dir.write(QStringLiteral("f.csv"), QByteArray(c.header) + '\n' + c.rows);
        const ImportReport report = import(*project, {file});
        ASSERT_TRUE(report.ok()) << c.header << ": " << qPrintable(report.fatal.toString());
        EXPECT_TRUE(report.unreadColumns.isEmpty()) << c.header;
        EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 2) << c.header;
        EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM people WHERE customer_id IN ('7', '8')")), 2) << c.header;
        EXPECT_DOUBLE_EQ(total(*project, QStringLiteral("SELECT total(total) FROM orders")), 110.0) << c.header;
        EXPECT_EQ(count(*project, QStringLiteral("SELECT total(items) FROM orders")), 3) << c.header;
        EXPECT_EQ(count(*project, QStringLiteral("SELECT min(order_date) FROM orders")), 1714521600) << c.header;
    }
    // A price: the unit price beside a quantity (Цена × Количество), the total without one (מחיר).
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(import(*project, {dir.write(QStringLiteral("ru.csv"), "Клиент,Дата,Цена,Количество\nk1,2024-05-01,2.50,4\n")}).ok());
    EXPECT_DOUBLE_EQ(total(*project, QStringLiteral("SELECT total FROM orders")), 10.0);
    EXPECT_DOUBLE_EQ(total(*project, QStringLiteral("SELECT unit_price FROM order_items")), 2.5);
    ASSERT_TRUE(import(*project, {dir.write(QStringLiteral("he.csv"), "לקוח,תאריך,מחיר\nh1,2024-05-01,80\n")}).ok());
    EXPECT_DOUBLE_EQ(total(*project, QStringLiteral("SELECT o.total FROM orders o JOIN people p ON p.id = o.person_id"
                                                    " WHERE p.customer_id = 'h1'")), 80.0);
}

TEST(HeaderSynonyms, APriceBesideAQuantityIsAUnitPriceAndGivesAnItem)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("lines.csv"), "user_id,date,product,qty,price\n"
                                                                "u1,2024-05-01,Tea,3,2.10\n"
                                                                "u1,2024-05-01,Mug,1,7.99\n"
                                                                "u2,2024-05-03,Tea,2,2.10\n");
    const ImportReport report = import(*project, {file});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("orders")), 3);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("order_items")), 3);
    EXPECT_TRUE(report.unreadColumns.isEmpty());
    EXPECT_TRUE(mentions(report.warnings, QStringLiteral("“price” is read as the unit price: an order's total is price × quantity (“qty”)")))
        << qPrintable(report.warnings.join(u'\n'));
    EXPECT_NEAR(total(*project, QStringLiteral("SELECT total(total) FROM orders")), 3 * 2.10 + 7.99 + 2 * 2.10, 1e-9);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                                             " WHERE i.product_name = 'Tea' AND i.quantity = 3 AND i.unit_price = 2.1 AND o.total = 6.3")), 1);
    // Imported again: the same orders and items, not twice as many.
    ASSERT_TRUE(import(*project, {file}).ok());
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 3);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM order_items")), 3);
}

TEST(HeaderSynonyms, FeatureTablesAndCustomersStayWhatTheyWere)
{
    TempDir dir;
    auto project = newProject(dir);
    // Aggregates per person, one of them named like an amount: still a feature table.
    const ImportReport rfm = import(*project, {dir.write(QStringLiteral("rfm.csv"), "customer_id,recency,frequency,revenue\nc1,10,3,120\n")});
    ASSERT_TRUE(rfm.ok()) << qPrintable(rfm.fatal.toString());
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM person_features")), 3);
    // A customer and a date but no amount: a customers file.
    const ImportReport customers = import(*project, {dir.write(QStringLiteral("c.csv"), "user_id,country,date\nc2,IL,2024-01-01\n")});
    ASSERT_TRUE(customers.ok()) << qPrintable(customers.fatal.toString());
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM customers")), 1);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM orders")), 0);
    EXPECT_EQ(customers.unreadColumns.value(dir.path(QStringLiteral("c.csv"))), QStringList{QStringLiteral("date")});
}

TEST(UnreadColumns, EveryColumnTheImportCannotPlaceIsNamed)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString customers = dir.write(QStringLiteral("customers.csv"), "customer_id,email,favourite colour,\nc1,a@b.org,green,\n");
    const QString orders = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,order_date,total,gift wrap\n1,c1,2024-01-01,5,yes\n");
    const ImportReport report = import(*project, {customers, orders});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.unreadColumns.value(customers), (QStringList{QStringLiteral("favourite colour"), QStringLiteral("column 4 (no name)")}));
    EXPECT_EQ(report.unreadColumns.value(orders), QStringList{QStringLiteral("gift wrap")});
    EXPECT_EQ(unreadColumnsText(orders, report.unreadColumns.value(orders)),
              QStringLiteral("orders.csv: not imported, the project has no place for these columns: “gift wrap”"));

    // A shop's export names what it does not store too (Shopify's phone numbers, for one).
    const QString shopify = QStringLiteral(TEST_DATA_DIR "/import/shopify/orders_export.csv");
    const ImportReport shop = import(*project, {shopify});
    ASSERT_TRUE(shop.ok());
    EXPECT_TRUE(shop.unreadColumns.value(shopify).contains(QStringLiteral("Billing Phone")));
    EXPECT_FALSE(shop.unreadColumns.value(shopify).contains(QStringLiteral("Total")));

    // The preview the wizard shows says the same.
    Pseudonymiser pseudonymiser;
    const ImportPreview preview = previewImport(orders, ImportOptions(), pseudonymiser, 5, nullptr);
    EXPECT_EQ(preview.unreadColumns, QList<int>{4});
    EXPECT_EQ(preview.unreadColumnNames, QStringList{QStringLiteral("gift wrap")});
    EXPECT_EQ(preview.columnFields, (QStringList{QStringLiteral("order_id"), QStringLiteral("customer_id"),
                                                 QStringLiteral("order_date"), QStringLiteral("total"), QString()}));
}

TEST(UnreadColumns, ThePreviewOfATransactionLogShowsOrdersWithMadeIds)
{
    TempDir dir;
    const QString file = dir.write(QStringLiteral("log.csv"), "user_id,date,qty,amount,store\nu1,2024-05-01,2,10,north\n");
    Pseudonymiser pseudonymiser;
    const ImportPreview preview = previewImport(file, ImportOptions(), pseudonymiser, 5, nullptr);
    ASSERT_FALSE(preview.fatal.isSet()) << qPrintable(preview.fatal.toString());
    EXPECT_EQ(preview.format, QStringLiteral("generic"));
    EXPECT_EQ(preview.entity, Entity::Orders);
    EXPECT_EQ(preview.columnFields, (QStringList{QStringLiteral("customer_id"), QStringLiteral("order_date"),
                                                 QStringLiteral("items"), QStringLiteral("total"), QString()}));
    EXPECT_EQ(preview.unreadColumnNames, QStringList{QStringLiteral("store")});
    ASSERT_EQ(preview.sampleRows.size(), 1);
    EXPECT_TRUE(preview.sampleRows[0].values[0].toString().startsWith(QStringLiteral("row:")));
    EXPECT_TRUE(mentions(preview.warnings, QStringLiteral("no order id column")));
}
