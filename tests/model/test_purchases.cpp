// SPDX-License-Identifier: GPL-3.0-or-later
// One definition of a purchase (store/purchase.h) in the summary, the features and the funnels:
// each case is summed here, independently, from the rows the test writes.
#include "analysis/features.h"
#include "import/importer.h"
#include "journey/funnel.h"
#include "store/project.h"
#include "store/purchase.h"
#include "store/summary.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace pw;
using namespace pw::test;

namespace {

/// One order as a test writes it, with whether a finance team counts it as a purchase.
struct OrderLine
{
    const char *id, *customer, *date;
    double total;
    const char *status;
    bool purchase;
};

/// What the project says, from every part that reads purchases.
struct Figures
{
    double revenue = 0, featureRevenue = 0;
    qint64 buyers = 0, featureBuyers = 0, featurePurchases = 0, conversion = 0, retention = 0;
    bool retentionMeasured = false;
};

Figures figures(Project &project)
{
    Figures f;
    Error error;
    const auto summary = summarize(project, &error);
    EXPECT_TRUE(summary) << qPrintable(error.message);
    if (summary) {
        f.revenue = summary->revenue;
        f.buyers = summary->buyers;
    }
    const auto matrix = computeFeatures(project, nullptr, &error);
    EXPECT_TRUE(matrix) << qPrintable(error.message);
    if (matrix) {
        for (const PersonActivity &a : matrix->activity) {
            f.featureRevenue += a.revenue;
            f.featureBuyers += a.orders > 0 ? 1 : 0;
            f.featurePurchases += a.orders;
        }
    }
    const auto funnels = computeFunnels(project, &error);
    EXPECT_TRUE(funnels) << qPrintable(error.message);
    if (funnels) {
        f.conversion = funnels->everyone.people(QStringLiteral("conversion"));
        f.retention = funnels->everyone.people(QStringLiteral("retention"));
        f.retentionMeasured = funnels->everyone.stages.size() > 3 && funnels->everyone.stages[3].measured;
    }
    return f;
}

ImportReport import(Project &project, const QStringList &files)
{
    return importFiles(project, files, ImportOptions(), nullptr);
}

/// Imports `csv` as the file `name` in the format `format` into a new project in `dir`.
std::unique_ptr<Project> importAs(TempDir &dir, const char *name, const QByteArray &csv, const char *format)
{
    auto project = newProject(dir);
    ImportOptions options;
    options.format = QString::fromLatin1(format);
    const ImportReport report =
        importFiles(*project, {dir.write(QString::fromLatin1(name), csv)}, options, nullptr);
    EXPECT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    return project;
}

/// The figures of a file of SHARED_DATA_DIR imported into a new project; nullopt when the data
/// set is not there.
std::optional<Figures> sharedFigures(const char *file)
{
    const QString path = QDir(QStringLiteral(SHARED_DATA_DIR)).filePath(QString::fromLatin1(file));
    if (!QFileInfo::exists(path))
        return std::nullopt;
    TempDir dir;
    auto project = newProject(dir);
    EXPECT_TRUE(import(*project, {path}).ok());
    return figures(*project);
}

/// Every part agrees on revenue and buyers.
void expectAgree(const Figures &f, double revenue, qint64 buyers)
{
    EXPECT_DOUBLE_EQ(f.revenue, revenue);
    EXPECT_NEAR(f.featureRevenue, revenue, 1e-6);
    EXPECT_EQ(f.buyers, buyers);
    EXPECT_EQ(f.featureBuyers, buyers);
    EXPECT_EQ(f.conversion, buyers);
}

} // namespace

TEST(Purchases, StatusesOfEveryShopAreComparedWithoutRegardToCase)
{
    // Cancellations, full refunds, voids and failures are no purchase, in any case and spelling;
    // a negative total (a credit note) lowers revenue whatever its status.
    const OrderLine lines[] = {
        {"O1", "c1", "2024-01-02", 10, "completed", true},
        {"O2", "c2", "2024-01-03", 80, "Cancelled", false},
        {"O3", "c3", "2024-01-04", 30, "cancelled", false},
        {"O4", "c4", "2024-01-05", 25.5, "canceled", false},
        {"O5", "c5", "2024-01-06", 40, "REFUNDED", false},
        {"O6", "c1", "2024-01-07", 12.25, "Voided", false},
        {"O7", "c6", "2024-01-08", 7, "failed", false},
        {"O8", "c6", "2024-01-09", 9.99, "processing", true},
        {"O9", "c7", "2024-01-10", -15, "cancelled", false},
        {"O10", "c7", "2024-01-11", 50, "", true},
        {"O11", "c8", "2024-01-12", 60, "partially_refunded", true},
        {"O12", "c9", "2024-01-13", 70, "Closed", false},
        {"O13", "c1", "2024-02-01", 20, "Completed", true},
        {"O14", "c10", "2024-02-02", 33, " wc-cancelled ", false},
    };
    QByteArray csv = "order_id,customer_id,order_date,total,status\n";
    double revenue = 0;
    QSet<QString> buyers;
    QHash<QString, int> purchases;
    for (const OrderLine &o : lines) {
        csv += QByteArray(o.id) + ',' + o.customer + ',' + o.date + ',' + QByteArray::number(o.total) + ",\"" + o.status + "\"\n";
        if (o.purchase) {
            revenue += o.total;
            buyers.insert(QString::fromLatin1(o.customer));
            ++purchases[QString::fromLatin1(o.customer)];
        } else if (o.total < 0) {
            revenue += o.total;
        }
        EXPECT_EQ(Purchase::isPurchaseStatus(QString::fromLatin1(o.status)), o.purchase) << o.status;
    }
    qint64 retained = 0;
    for (int n : std::as_const(purchases))
        retained += n >= 2 ? 1 : 0;
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(import(*project, {dir.write(QStringLiteral("orders.csv"), csv)}).ok());
    const Figures f = figures(*project);
    expectAgree(f, revenue, buyers.size()); // 10 + 9.99 - 15 + 50 + 60 + 20 = 134.99, 4 buyers
    EXPECT_EQ(f.retention, retained);
}

TEST(Purchases, ShopifyCancelledAtAndRefundedAmount)
{
    // Name, Email, Financial Status, Total, Created at, line item, Cancelled at, Refunded Amount.
    const QByteArray csv =
        "Name,Email,Financial Status,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Cancelled at,Refunded Amount\n"
        "#1001,a@example.com,paid,100.00,2024-01-02 10:00:00 +0100,1,Mug,100.00,,0.00\n"
        "#1002,b@example.com,paid,80.00,2024-01-03 10:00:00 +0100,1,Cap,80.00,2024-01-04 09:00:00 +0100,\n"
        "#1003,c@example.com,partially_refunded,50.00,2024-01-05 10:00:00 +0100,2,Tea,25.00,,20.00\n"
        "#1004,d@example.com,refunded,40.00,2024-01-06 10:00:00 +0100,1,Pen,40.00,,40.00\n"
        "#1005,e@example.com,paid,60.00,2024-01-07 10:00:00 +0100,1,Bag,60.00,,60.00\n";
    // Kept: #1001 100, #1003 50 - 20; #1002 was cancelled, #1004 and #1005 refunded in full.
    const double revenue = 100.0 + (50.0 - 20.0);
    TempDir dir;
    auto project = importAs(dir, "orders_export.csv", csv, "shopify");
    expectAgree(figures(*project), revenue, 2);
}

TEST(Purchases, PurchaseEventsAreTheStoreWithoutOrders)
{
    // u1 buys twice (two products in one session, then again two days later), u2 once, u3 looks.
    const QByteArray csv = "session_id,customer_id,timestamp,event_type,page,value\n"
                           "s1,u1,2024-01-01T10:00:00,product_view,p1,\n"
                           "s1,u1,2024-01-01T10:05:00,purchase,p1,20.5\n"
                           "s1,u1,2024-01-01T10:05:00,purchase,p2,9.5\n"
                           "s2,u1,2024-01-03T18:00:00,purchase,p3,15\n"
                           "s3,u2,2024-01-02T08:00:00,purchase,p1,12.25\n"
                           "s4,u3,2024-01-02T09:00:00,product_view,p2,\n";
    const double revenue = 20.5 + 9.5 + 15 + 12.25;
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(import(*project, {dir.write(QStringLiteral("events.csv"), csv)}).ok());
    const Figures f = figures(*project);
    expectAgree(f, revenue, 2);
    EXPECT_EQ(f.featurePurchases, 3); // s1 on Jan 1 is one purchase of two products
    EXPECT_TRUE(f.retentionMeasured);
    EXPECT_EQ(f.retention, 1);
}

TEST(Purchases, Rees46PurchaseValuesAreRevenue)
{
    const auto f = sharedFigures("rees46_oct2019_head/2019-Oct_first17434rows.csv");
    if (!f)
        GTEST_SKIP();
    // Python's csv module on the file: 214 purchase rows of 193 users, prices summing to
    // 59,442.63, in 200 (user, session, day) groups.
    expectAgree(*f, 59442.63, 193);
    EXPECT_EQ(f->featurePurchases, 200);
}

TEST(Purchases, OnlineRetailBuyersAreThoseWithAnInvoice)
{
    const auto f = sharedFigures("uci_online_retail_sample40k/Online_Retail_sample40k.csv");
    if (!f)
        GTEST_SKIP();
    // Python on the file: 3,621 customers, of whom 3,591 have an invoice not starting with C;
    // the net of every line with a CustomerID is 580,032.85.
    EXPECT_EQ(f->revenue, 580032.85); // rounded to cents, no float noise
    expectAgree(*f, 580032.85, 3591);
}

TEST(Purchases, AStoreWithOrdersConvertsByItsOrdersAndEveryOrderShowsAVisit)
{
    // a buys (order w1 and its purchase event); b's order was cancelled (its purchase event
    // describes it); c has purchase events and no order; d's only order was cancelled and d has
    // no session at all; e buys twice.
    TempDir dir;
    auto project = newProject(dir);
    const QString orders = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,order_date,total,status\n"
                                                                   "w1,a,2024-01-01,10.00,paid\n"
                                                                   "w2,b,2024-01-02,20.00,cancelled\n"
                                                                   "w3,d,2024-01-02,30.00,Cancelled\n"
                                                                   "w4,e,2024-01-03,5.00,paid\n"
                                                                   "w5,e,2024-01-09,6.00,paid\n");
    const QString events = dir.write(QStringLiteral("events.csv"), "session_id,customer_id,timestamp,event_type,value\n"
                                                                   "s1,a,2024-01-01T10:00:00Z,purchase,10.00\n"
                                                                   "s2,b,2024-01-02T10:00:00Z,purchase,20.00\n"
                                                                   "s3,c,2024-01-03T10:00:00Z,purchase,30.00\n"
                                                                   "s4,c,2024-01-04T10:00:00Z,purchase,30.00\n");
    ASSERT_TRUE(import(*project, {orders, events}).ok());
    const Figures f = figures(*project);
    // Buyers: a and e (info, features and the funnel's conversion alike); e is retained.
    expectAgree(f, 10.0 + 5.0 + 6.0, 2);
    EXPECT_EQ(f.retention, 1);
    Error error;
    const auto funnels = computeFunnels(*project, &error);
    ASSERT_TRUE(funnels) << qPrintable(error.message);
    // Everyone with a session or an order of any status knew the shop: a, b, c, d, e.
    EXPECT_EQ(funnels->everyone.people(QStringLiteral("awareness")), 5);
    // Consideration: a product view, cart, checkout, purchase event or an order: all five too.
    EXPECT_EQ(funnels->everyone.people(QStringLiteral("consideration")), 5);
}

TEST(Purchases, Ga4ValueIsReadWhenPurchaseRevenueIsEmpty)
{
    const QByteArray csv =
        "event_date,event_timestamp,event_name,user_pseudo_id,user_id,ga_session_id,page_location,purchase_revenue,value\n"
        "20240501,1714557600000000,purchase,111.1,U1,7001,https://shop.example/thanks,49.90,49.90\n"
        "20240501,1714557700000000,purchase,222.2,U2,7002,https://shop.example/thanks,,5.55\n"
        "20240502,1714644000000000,purchase,333.3,U3,7003,https://shop.example/thanks,10.10,\n";
    TempDir dir;
    auto project = importAs(dir, "ga4.csv", csv, "ga4");
    expectAgree(figures(*project), 49.90 + 5.55 + 10.10, 3);
}
