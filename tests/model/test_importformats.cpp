// SPDX-License-Identifier: GPL-3.0-or-later
// The shop export formats, on small fixtures built from the real export headers.
#include "import/importer.h"
#include "store/project.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

QString fixture(const char *path)
{
    return QDir(QStringLiteral(TEST_DATA_DIR "/import")).filePath(QString::fromLatin1(path));
}

qint64 count(Project &project, const QString &sql, const QVariantList &values = {})
{
    return project.scalar(sql, values).toLongLong();
}

qint64 rows(Project &project, const char *table)
{
    return count(project, QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
}

QVariantList row(Project &project, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(project.db());
    EXPECT_TRUE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec());
    QVariantList out;
    if (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out.append(q.value(i).isNull() ? QVariant() : q.value(i));
    }
    return out;
}

ImportReport importWith(Project &project, const QStringList &files, const QString &format = QStringLiteral("auto"),
                        bool keep = false, OnError onError = OnError::Skip)
{
    ImportOptions options;
    options.format = format;
    options.onError = onError;
    if (keep)
        options.keepIdentifiers = true;
    return importFiles(project, files, options, nullptr);
}

QString formatOf(Project &project)
{
    return project.scalar(QStringLiteral("SELECT group_concat(format, ',') FROM imports")).toString();
}

} // namespace

TEST(ShopifyImport, OrdersExportSpansLineItemsAndLinksByEmail)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("shopify/orders_export.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(formatOf(*project), QStringLiteral("shopify"));
    EXPECT_EQ(report.rowsRead, 4);
    EXPECT_EQ(report.rowsImported, 4);
    EXPECT_EQ(rows(*project, "orders"), 3);
    EXPECT_EQ(rows(*project, "order_items"), 4);
    // Dana.Levi@Example.com and dana.levi@example.com are one person; Sam another.
    EXPECT_EQ(rows(*project, "people"), 2);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total, discount, shipping, coupon_code, channel, items, order_date,"
                                           " currency, status FROM orders WHERE order_id = '#1001'")),
              (QVariantList{245.0, 25.0, 20.0, QStringLiteral("WELCOME10"), QStringLiteral("instagram/social"), 3,
                            1709280932, QStringLiteral("ILS"), QStringLiteral("paid")}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT status, channel, order_date FROM orders WHERE order_id = '#1002'")),
              (QVariantList{QStringLiteral("cancelled"), QStringLiteral("pos"), 1709440200}));
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(DISTINCT person_id) FROM orders WHERE order_id IN ('#1001', '#1003')")), 1);
    EXPECT_DOUBLE_EQ(project->scalar(QStringLiteral("SELECT total(total) FROM orders")).toDouble(), 1525.0);
    // E-mails are pseudonymised: no address is stored, in people or customers.
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM people WHERE customer_id LIKE '%@%'")), 0);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM customers WHERE email LIKE '%@%'")), 0);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM customers WHERE email LIKE 'h:%' AND country = 'IL'"
                                             " AND city = 'Tel Aviv' AND accepts_marketing = 1")), 1);
}

TEST(ShopifyImport, CustomersAndOrdersLinkWhicheverComesFirst)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("shopify/customers_export.csv"),
                                                      fixture("shopify/customers_export_old.csv"),
                                                      fixture("shopify/orders_export.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    // Dana, Sam, Noa (no e-mail: her Shopify id, without Excel's apostrophe) and Lee.
    EXPECT_EQ(rows(*project, "people"), 4);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM people WHERE customer_id = 'shopify:8687677178103'")), 1);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(DISTINCT o.person_id) FROM orders o JOIN customers c"
                                             " ON c.person_id = o.person_id WHERE c.region = 'TA'")), 1);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM customers WHERE accepts_marketing = 1")), 2);
    // Names are pseudonymised too.
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM customers WHERE first_name = 'Dana'")), 0);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM customers WHERE first_name LIKE 'h:%'")), 4);
}

TEST(ShopifyImport, KeepIdentifiersIsAProjectSetting)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(importWith(*project, {fixture("shopify/customers_export.csv")}, QStringLiteral("shopify"), true).ok());
    EXPECT_EQ(project->setting(QStringLiteral("keep_identifiers")).toInt(), 1);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT email, first_name FROM customers JOIN people ON people.id = person_id"
                                           " WHERE people.customer_id = 'dana.levi@example.com'")),
              (QVariantList{QStringLiteral("dana.levi@example.com"), QStringLiteral("Dana")}));
    // The next import must say so again: the setting in the file alone keeps nothing (issue 22).
    const ImportReport unsaid = importWith(*project, {fixture("shopify/orders_export.csv")});
    EXPECT_FALSE(unsaid.ok());
    EXPECT_TRUE(unsaid.fatal.message.contains(QStringLiteral("readable"))) << qPrintable(unsaid.fatal.message);
    ASSERT_TRUE(importWith(*project, {fixture("shopify/orders_export.csv")}, QStringLiteral("auto"), true).ok());
    EXPECT_EQ(rows(*project, "people"), 3);
}

TEST(ShopifyImport, PseudonymsAreStablePerProjectAndDifferAcrossProjects)
{
    TempDir dir;
    auto first = newProject(dir, QStringLiteral("a.personas"));
    auto second = newProject(dir, QStringLiteral("b.personas"));
    ASSERT_TRUE(importWith(*first, {fixture("shopify/customers_export.csv")}).ok());
    ASSERT_TRUE(importWith(*first, {fixture("shopify/orders_export.csv")}).ok());
    ASSERT_TRUE(importWith(*second, {fixture("shopify/customers_export.csv")}).ok());
    EXPECT_EQ(rows(*first, "people"), 3);
    EXPECT_EQ(first->setting(QStringLiteral("pseudonym_key")).toString().size(), 64);
    const QString sql = QStringLiteral("SELECT min(customer_id) FROM people WHERE customer_id LIKE 'h:%'");
    EXPECT_NE(first->scalar(sql).toString(), second->scalar(sql).toString());
}

TEST(ShopifyImport, BadLineAbortsNamingTheLineAndLeavesTheProject)
{
    TempDir dir;
    auto project = newProject(dir);
    QFile good(fixture("shopify/orders_export.csv"));
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    QByteArray text = good.readAll();
    text.replace("2024-04-10 08:00:00 +0300", "10th of April");
    const QString bad = dir.write(QStringLiteral("orders_export.csv"), text);
    const ImportReport report = importWith(*project, {bad}, QStringLiteral("auto"), false, OnError::Abort);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.fatal.line, 6); // the header, two rows, a row with a two-line note, then #1003
    EXPECT_EQ(report.fatal.columnName, QStringLiteral("Created at"));
    EXPECT_EQ(rows(*project, "people"), 0);
    EXPECT_EQ(rows(*project, "imports"), 0);
}

TEST(WooCommerceImport, CustomersAndOrdersLinkByName)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("woocommerce/customers.csv"), fixture("woocommerce/orders.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(formatOf(*project), QStringLiteral("woocommerce,woocommerce"));
    EXPECT_EQ(rows(*project, "people"), 2);
    EXPECT_EQ(rows(*project, "orders"), 3);
    EXPECT_DOUBLE_EQ(project->scalar(QStringLiteral("SELECT total(total) FROM orders")).toDouble(), 1279.5);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT items, coupon_code, status, order_date FROM orders WHERE order_id = '1201'")),
              (QVariantList{2, QVariant(), QStringLiteral("Completed"), 1711962720}));
    // "maria  rossi" is Maria Rossi.
    EXPECT_EQ(row(*project, QStringLiteral("SELECT count(*), total(o.total) FROM orders o JOIN customers c ON c.person_id = o.person_id"
                                           " WHERE c.city = 'Milano'")),
              (QVariantList{2, 1234.5}));
}

TEST(OnlineRetailImport, InvoicesBecomeOrdersWithCancellationsAndAnonymousLines)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("online_retail/lines.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(formatOf(*project), QStringLiteral("online-retail"));
    EXPECT_EQ(report.rowsRead, 6);
    EXPECT_EQ(report.rowsImported, 5);
    EXPECT_EQ(report.rowsSkipped, 1);
    EXPECT_EQ(rows(*project, "people"), 2);
    EXPECT_EQ(rows(*project, "orders"), 4);
    EXPECT_EQ(rows(*project, "order_items"), 5);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total, items, status, currency FROM orders WHERE order_id = '536365'")),
              (QVariantList{35.64, 12, QStringLiteral("completed"), QStringLiteral("GBP")}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total, status FROM orders WHERE order_id = 'C536379'")),
              (QVariantList{-27.5, QStringLiteral("cancelled")}));
    // 13/12/2010 makes the whole column day-first: 01/12/2010 is the first of December.
    EXPECT_EQ(row(*project, QStringLiteral("SELECT order_date FROM orders WHERE order_id = '536367'")), (QVariantList{1292229240}));
    EXPECT_TRUE(report.warnings.isEmpty());
}

TEST(EventStreamImport, Rees46EventsMapOntoCanonicalTypes)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("events/rees46.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(formatOf(*project), QStringLiteral("rees46"));
    EXPECT_EQ(rows(*project, "events"), 4);
    EXPECT_EQ(rows(*project, "people"), 2);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT group_concat(event_type, ',') FROM (SELECT event_type FROM events ORDER BY timestamp)")).toString(),
              QStringLiteral("product_view,add_to_cart,purchase,product_view"));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT timestamp, page, value FROM events ORDER BY timestamp LIMIT 1")),
              (QVariantList{1569888000, QStringLiteral("44600062"), 35.79}));
}

TEST(EventStreamImport, Ga4EventsUseMicrosecondsAndSessions)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("events/ga4.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(formatOf(*project), QStringLiteral("ga4"));
    EXPECT_EQ(rows(*project, "events"), 5);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT timestamp, session_id, source, device FROM events WHERE event_type = 'session_start'")),
              (QVariantList{1709287200, QStringLiteral("1234.5678@1709287200"), QStringLiteral("google"), QStringLiteral("mobile")}));
    EXPECT_EQ(count(*project, QStringLiteral("SELECT count(*) FROM events WHERE event_type = 'product_view'")), 1);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT value, p.customer_id FROM events JOIN people p ON p.id = person_id"
                                           " WHERE event_type = 'purchase'")),
              (QVariantList{59.9, QStringLiteral("u-42")}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT session_id FROM events WHERE event_type = 'page_view'")),
              (QVariantList{QStringLiteral("9999.1111@2024-03-02")}));
}

TEST(FeatureTableImport, NumericColumnsLandInPersonFeatures)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("features/rfm.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(formatOf(*project), QStringLiteral("features"));
    EXPECT_EQ(rows(*project, "people"), 3);
    EXPECT_EQ(rows(*project, "person_features"), 10);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT value FROM person_features f JOIN people p ON p.id = f.person_id"
                                           " WHERE p.customer_id = 'c1' AND feature = 'monetary'")),
              (QVariantList{1250.5}));
    EXPECT_EQ(count(*project, QStringLiteral("SELECT total(value) FROM person_features WHERE feature = 'vip'")), 1);
    // Importing again updates rather than doubles.
    ASSERT_TRUE(importWith(*project, {fixture("features/rfm.csv")}).ok());
    EXPECT_EQ(rows(*project, "person_features"), 10);
}

TEST(XlsxImport, ReadsSharedInlineNumbersAndSerialDates)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("xlsx/orders.xlsx")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(formatOf(*project), QStringLiteral("generic"));
    EXPECT_EQ(rows(*project, "orders"), 2);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT order_date, total, coupon_code FROM orders WHERE order_id = '1001'")),
              (QVariantList{1709294400, 19.9, QStringLiteral("SPRING")}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total FROM orders WHERE order_id = '1002'")), (QVariantList{5.0}));
}

TEST(XlsxImport, DeepNestingIsRefused)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importWith(*project, {fixture("xlsx/deep.xlsx")});
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.fatal.message.contains(QLatin1String("nested"))) << qPrintable(report.fatal.message);
    EXPECT_EQ(rows(*project, "people"), 0);
}

TEST(ImportReading, LegacyCodePagesAndUtf16AreDetected)
{
    struct Case
    {
        const char *file;
        const char *city;
    };
    const Case cases[] = {{"encodings/customers_cp1255.csv", "תל אביב"},
                          {"encodings/customers_cp1251.csv", "Москва"},
                          {"encodings/customers_cp1252.csv", "Orléans"},
                          {"encodings/customers_utf16le.csv", "Москва"}};
    for (const Case &c : cases) {
        TempDir dir;
        auto project = newProject(dir);
        const ImportReport report = importWith(*project, {fixture(c.file)});
        ASSERT_TRUE(report.ok()) << c.file << qPrintable(report.fatal.toString());
        EXPECT_EQ(rows(*project, "customers"), 2) << c.file;
        EXPECT_EQ(project->scalar(QStringLiteral("SELECT city FROM customers JOIN people ON people.id = person_id"
                                                 " WHERE customer_id = '1'")).toString(),
                  QString::fromUtf8(c.city))
            << c.file;
    }
}

TEST(ImportReading, EncodingCanBeOverridden)
{
    TempDir dir;
    auto project = newProject(dir);
    ImportOptions options;
    options.encoding = QStringLiteral("windows-1252");
    ASSERT_TRUE(importFiles(*project, {fixture("encodings/customers_cp1251.csv")}, options, nullptr).ok());
    // Read as Western European, the Cyrillic bytes become Latin letters: not "Москва".
    EXPECT_NE(project->scalar(QStringLiteral("SELECT city FROM customers LIMIT 1")).toString(), QString::fromUtf8("Москва"));
}

TEST(ImportReading, DateOrderIsDecidedFromTheWholeColumn)
{
    TempDir dir;
    auto project = newProject(dir);
    ImportReport report = importWith(*project, {fixture("encodings/orders_month_first.csv")});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_TRUE(report.warnings.isEmpty());
    EXPECT_EQ(row(*project, QStringLiteral("SELECT order_date FROM orders WHERE order_id = 'A1'")), (QVariantList{1709510400}));

    report = importWith(*project, {fixture("encodings/orders_ambiguous.csv")});
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT order_date FROM orders WHERE order_id = 'B1'")), (QVariantList{1712102400}));

    ImportOptions options;
    options.dateOrder = DateOrderChoice::MonthFirst;
    ASSERT_TRUE(importFiles(*project, {fixture("encodings/orders_ambiguous.csv")}, options, nullptr).ok());
    EXPECT_EQ(row(*project, QStringLiteral("SELECT order_date FROM orders WHERE order_id = 'B1'")), (QVariantList{1709510400}));
}

TEST(ImportReading, MixedDateOrdersAreRefused)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString mixed = dir.write(QStringLiteral("mixed.csv"), "order_id,customer_id,order_date,total\n"
                                                                 "A,c,25/12/2024,1\nB,c,12/25/2024,2\n");
    const ImportReport report = importWith(*project, {mixed});
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.fatal.message.contains(QLatin1String("line 2"))) << qPrintable(report.fatal.message);
}
