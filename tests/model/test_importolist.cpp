// SPDX-License-Identifier: GPL-3.0-or-later
// The Olist dataset's seven files, on hand-made rows with the real headers
// (tests/fixtures/import/olist/README.md lists what they hold).
#include "import/formatregistry.h"
#include "import/importer.h"
#include "import/pseudonymiser.h"
#include "store/project.h"
#include "store/summary.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

QString olist(const char *name)
{
    return QDir(QStringLiteral(TEST_DATA_DIR "/import/olist")).filePath(QString::fromLatin1(name));
}

QStringList allFiles()
{
    return {olist("olist_customers_dataset.csv"),        olist("olist_orders_dataset.csv"),
            olist("olist_order_items_dataset.csv"),      olist("olist_order_payments_dataset.csv"),
            olist("olist_order_reviews_dataset.csv"),    olist("olist_products_dataset.csv"),
            olist("product_category_name_translation.csv")};
}

/// The fixture's ids are md5 hex of a label ("ordero4").
QString id(const char *label)
{
    return QString::fromLatin1(QCryptographicHash::hash(label, QCryptographicHash::Md5).toHex());
}

ProjectSummary summary(Project &project)
{
    Error error;
    const std::optional<ProjectSummary> s = summarize(project, &error);
    EXPECT_TRUE(s.has_value()) << qPrintable(error.toString());
    return s.value_or(ProjectSummary());
}

void expectWholeFixture(Project &project)
{
    const ProjectSummary s = summary(project);
    EXPECT_EQ(s.people, 4);
    EXPECT_EQ(s.customers, 4);
    EXPECT_EQ(s.orders, 5);
    EXPECT_EQ(s.orderItems, 7);
    EXPECT_EQ(s.reviews, 4);
    // The canceled order (45.00 + 12.00 freight) is no purchase, and its customer no buyer.
    EXPECT_EQ(s.buyers, 3);
    EXPECT_NEAR(s.revenue, 548.78 - 57.00, 1e-6);
}

} // namespace

TEST(OlistImport, EveryFileIsRecognisedFromItsHeader)
{
    const std::pair<const char *, Entity> expected[] = {
        {"olist_customers_dataset.csv", Entity::Customers},   {"olist_orders_dataset.csv", Entity::Orders},
        {"olist_order_items_dataset.csv", Entity::OrderItems}, {"olist_order_payments_dataset.csv", Entity::Orders},
        {"olist_order_reviews_dataset.csv", Entity::Reviews},  {"olist_products_dataset.csv", Entity::OrderItems},
        {"product_category_name_translation.csv", Entity::OrderItems}};
    for (const auto &[file, entity] : expected) {
        const ImportPreview preview = previewImport(olist(file), ImportOptions(), Pseudonymiser(), 10, nullptr);
        EXPECT_FALSE(preview.fatal.isSet()) << file << ": " << qPrintable(preview.fatal.toString());
        EXPECT_EQ(preview.format, QStringLiteral("olist")) << file;
        EXPECT_EQ(preview.entity, entity) << file;
        EXPECT_EQ(preview.rowsBad, 0) << file;
    }
    // The reviews file's comments hold a newline: 4 records, not 5 lines.
    const ImportPreview reviews = previewImport(olist("olist_order_reviews_dataset.csv"), ImportOptions(), Pseudonymiser(), 10, nullptr);
    EXPECT_EQ(reviews.rowsRead, 4);
    // A header of another shop is not taken for Olist, even when forced.
    ImportOptions forced;
    forced.format = QStringLiteral("olist");
    const ImportPreview other = previewImport(QDir(QStringLiteral(TEST_DATA_DIR "/import")).filePath(QStringLiteral("shopify/orders_export.csv")),
                                              forced, Pseudonymiser(), 10, nullptr);
    EXPECT_TRUE(other.fatal.isSet());
}

TEST(OlistImport, PreviewShowsCanonicalRowsAndWritesNothing)
{
    const ImportPreview preview = previewImport(olist("olist_orders_dataset.csv"), ImportOptions(), Pseudonymiser(), 10, nullptr);
    ASSERT_EQ(preview.sampleRows.size(), 5);
    const int status = CanonicalSchema::fieldIndex(Entity::Orders, u"status");
    const int orderId = CanonicalSchema::fieldIndex(Entity::Orders, u"order_id");
    int cancelled = 0;
    for (const CanonicalRow &row : preview.sampleRows) {
        if (row.values[status].toString() == QLatin1String("cancelled")) {
            ++cancelled;
            EXPECT_EQ(row.values[orderId].toString(), id("ordero3"));
        }
    }
    EXPECT_EQ(cancelled, 1);
}

TEST(OlistImport, AllFilesInOneImportLinkPeopleOrdersItemsAndReviews)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFiles(*project, allFiles(), ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRejected, 0);
    EXPECT_TRUE(report.warnings.isEmpty()) << qPrintable(report.warnings.join(QLatin1Char('\n')));
    expectWholeFixture(*project);

    // The person with two customer_ids has both orders.
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders o JOIN people p ON p.id = o.person_id"
                                             " WHERE p.customer_id = ?"), {id("uniquA")}).toLongLong(), 2);
    // The multi-item order: price + freight, the voucher as its discount, the first item's category.
    QSqlQuery q(project->db());
    ASSERT_TRUE(q.prepare(QStringLiteral("SELECT total, shipping, items, discount, coupon_code, category, status, currency"
                                         " FROM orders WHERE order_id = ?")));
    q.addBindValue(id("ordero4"));
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_NEAR(q.value(0).toDouble(), 97.51, 1e-9);
    EXPECT_NEAR(q.value(1).toDouble(), 23.72, 1e-9);
    EXPECT_EQ(q.value(2).toLongLong(), 3);
    EXPECT_NEAR(q.value(3).toDouble(), 20.0, 1e-9);
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("voucher"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("sports_leisure"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(q.value(7).toString(), QStringLiteral("BRL"));
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = ?"), {id("ordero3")}).toString(),
              QStringLiteral("cancelled"));
    // Categories in English where the translation file has them, else in Portuguese.
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT group_concat(DISTINCT category) FROM order_items WHERE order_id = ?"),
                              {id("ordero5")}).toString(), QStringLiteral("pcs"));
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM order_items WHERE category = 'bed_bath_table'")).toLongLong(), 2);
    // Address policy: country, state and city kept; the zip prefix nowhere.
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT city || '/' || region || '/' || country FROM customers c JOIN people p"
                                             " ON p.id = c.person_id WHERE p.customer_id = ?"), {id("uniquC")}).toString(),
              QStringLiteral("belo horizonte/MG/BR"));
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT rating FROM reviews WHERE order_id = ?"), {id("ordero2")}).toLongLong(), 5);
}

TEST(OlistImport, OrdersBeforeCustomersWaitAndReimportDoesNotDouble)
{
    TempDir dir;
    auto project = newProject(dir);
    ImportReport report = importFiles(*project,
                                      {olist("olist_order_reviews_dataset.csv"), olist("olist_orders_dataset.csv"),
                                       olist("olist_order_items_dataset.csv")},
                                      ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(summary(*project).orders, 0);
    EXPECT_EQ(summary(*project).people, 0);
    ASSERT_EQ(report.warnings.size(), 2);
    EXPECT_TRUE(report.warnings[0].startsWith(QStringLiteral("5 "))) << qPrintable(report.warnings[0]);

    report = importFiles(*project, {olist("olist_customers_dataset.csv")}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_TRUE(report.warnings.isEmpty()) << qPrintable(report.warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(summary(*project).orders, 5);
    EXPECT_EQ(summary(*project).reviews, 4);
    EXPECT_EQ(summary(*project).orderItems, 7);
    // Without the payments file, no voucher is known yet.
    EXPECT_TRUE(project->scalar(QStringLiteral("SELECT coupon_code FROM orders WHERE order_id = ?"), {id("ordero4")}).isNull());

    report = importFiles(*project, allFiles(), ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    expectWholeFixture(*project);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT coupon_code FROM orders WHERE order_id = ?"), {id("ordero4")}).toString(),
              QStringLiteral("voucher"));
}

TEST(OlistImport, PaymentsGiveTheTotalOfAnOrderWithoutItems)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFiles(*project,
                                            {olist("olist_customers_dataset.csv"), olist("olist_orders_dataset.csv"),
                                             olist("olist_order_payments_dataset.csv")},
                                            ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_NEAR(summary(*project).revenue, 548.78 - 57.00, 1e-6);
    EXPECT_EQ(summary(*project).orderItems, 0);
}

TEST(OlistImport, RegisteredUnderItsShortName)
{
    ASSERT_NE(FormatRegistry::find(QStringLiteral("olist")), nullptr);
    EXPECT_TRUE(FormatRegistry::shortNames().contains(QStringLiteral("olist")));
}
