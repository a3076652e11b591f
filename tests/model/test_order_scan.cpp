// SPDX-License-Identifier: GPL-3.0-or-later
// The orders scan of the feature computation: read in rowid ranges on parallel connections,
// applied in order, so the totals are the same for any number of threads.
#include "analysis/featurescan.h"
#include "analysis/orderscan.h"
#include "analysis/random.h"

#include "testsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>

using namespace pw;

namespace {

/// 40 people; 3,000 orders whose rowids spread over several ranges, with awkward amounts (so that
/// the order of the additions shows), categories, channels, devices and some cancellations.
void fill(Project &project)
{
    Random rng(11);
    Transaction tx(project, QStringLiteral("fill"));
    ASSERT_TRUE(tx.isActive());
    QSqlQuery q(project.db());
    for (int p = 1; p <= 40; ++p) {
        q.prepare(QStringLiteral("INSERT INTO people(id, customer_id) VALUES(?, ?)"));
        q.addBindValue(p);
        q.addBindValue(QStringLiteral("c%1").arg(p));
        ASSERT_TRUE(q.exec());
    }
    static const char *categories[] = {"home", "toys", "books", "sport", "tech", "garden", "beauty", "food", "pets", "art"};
    static const char *devices[] = {"desktop", "iPhone", "Android tablet", ""};
    for (int i = 0; i < 3000; ++i) {
        const bool cancelled = rng.chance(0.1);
        q.prepare(QStringLiteral("INSERT INTO orders(id, order_id, person_id, order_date, total, discount, category,"
                                 " channel, device, status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(1 + qint64(i) * 311); // about 7 ranges of rowids
        q.addBindValue(QStringLiteral("o%1").arg(i));
        q.addBindValue(1 + qint64(rng.below(40)));
        q.addBindValue(1700000000 + qint64(rng.below(5000000)));
        const double amount = 0.01 * double(rng.below(100000)) / 3.0;
        q.addBindValue(cancelled ? -amount : amount);
        q.addBindValue(rng.chance(0.2) ? QVariant(2.5) : QVariant());
        q.addBindValue(QString::fromLatin1(categories[rng.below(10)]));
        q.addBindValue(rng.chance(0.5) ? QStringLiteral("web") : QStringLiteral("app"));
        const char *device = devices[rng.below(4)];
        q.addBindValue(*device ? QVariant(QString::fromLatin1(device)) : QVariant());
        q.addBindValue(cancelled ? QStringLiteral("cancelled") : QStringLiteral("paid"));
        ASSERT_TRUE(q.exec());
    }
    ASSERT_TRUE(tx.commit());
}

struct Scanned
{
    OrderScanResult result;
    QList<quint64> categoryBits;
};

Scanned scan(Project &project, int threads, std::optional<qint64> before = std::nullopt)
{
    QList<qint64> ids;
    for (qint64 p = 1; p <= 40; ++p)
        ids << p;
    const PersonRows rows(ids);
    ScanVocabulary categories, channels;
    Scanned s;
    auto *db = static_cast<sqlite3 *>(sqliteHandle(project));
    EXPECT_TRUE(db);
    EXPECT_EQ(scanOrders(db, rows, 40, threads, categories, channels, s.result, {}, before), QString());
    for (const char *word : {"home", "toys", "books", "sport", "tech", "art"})
        s.categoryBits << categories.bit(QByteArray(word));
    return s;
}

} // namespace

TEST(OrderScan, SameTotalsForAnyNumberOfThreads)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    fill(*project);
    const Scanned one = scan(*project, 1);
    ASSERT_EQ(one.result.totals.size(), 40u);
    for (int threads : {2, 3, 8}) {
        const Scanned many = scan(*project, threads);
        ASSERT_EQ(many.result.totals.size(), one.result.totals.size());
        for (size_t r = 0; r < one.result.totals.size(); ++r) {
            const OrderTotals &a = one.result.totals[r];
            const OrderTotals &b = many.result.totals[r];
            // Bit for bit: the same additions in the same order.
            EXPECT_EQ(std::memcmp(&a.revenue, &b.revenue, sizeof(double)), 0) << threads << " threads, row " << r;
            EXPECT_EQ(std::memcmp(&a.purchaseValue, &b.purchaseValue, sizeof(double)), 0) << r;
            EXPECT_EQ(a.maxValue, b.maxValue);
            EXPECT_EQ(a.orders, b.orders);
            EXPECT_EQ(a.discounted, b.discounted);
            EXPECT_EQ(a.first, b.first);
            EXPECT_EQ(a.last, b.last);
            EXPECT_EQ(a.categories, b.categories);
            EXPECT_EQ(a.channels, b.channels);
            EXPECT_EQ(a.withDevice, b.withDevice);
            EXPECT_EQ(a.mobile, b.mobile);
        }
        EXPECT_EQ(many.categoryBits, one.categoryBits);
        EXPECT_EQ(many.result.first, one.result.first);
        EXPECT_EQ(many.result.last, one.result.last);
    }
    // Against SQL: purchases leave the cancellations out, the net revenue takes them in.
    QSqlQuery q(project->db());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT person_id, total(total), total(CASE WHEN status IS NOT 'cancelled' THEN total END),"
        " count(CASE WHEN status IS NOT 'cancelled' THEN 1 END),"
        " count(CASE WHEN status IS NOT 'cancelled' AND device IN ('iPhone', 'Android tablet') THEN 1 END)"
        " FROM orders GROUP BY person_id")));
    int people = 0;
    while (q.next()) {
        const OrderTotals &t = one.result.totals[size_t(q.value(0).toLongLong() - 1)];
        EXPECT_NEAR(t.revenue, q.value(1).toDouble(), 1e-6);
        EXPECT_NEAR(t.purchaseValue, q.value(2).toDouble(), 1e-6);
        EXPECT_EQ(t.orders, q.value(3).toInt());
        EXPECT_EQ(t.mobile, q.value(4).toInt());
        EXPECT_LT(t.revenue, t.purchaseValue);
        ++people;
    }
    EXPECT_EQ(people, 40);
}

// As of a date, the scan reads the orders dated before its bound only, on any number of threads;
// the people whose orders there are all cancellations still show they ordered.
TEST(OrderScan, ABoundReadsTheEarlierOrdersOnly)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    fill(*project);
    const qint64 before = 1700000000 + 2500000;
    for (int threads : {1, 3}) {
        const Scanned s = scan(*project, threads, before);
        QSqlQuery q(project->db());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT person_id, count(CASE WHEN status IS NOT 'cancelled' THEN 1 END),"
                                          " count(CASE WHEN status = 'cancelled' THEN 1 END), total(total),"
                                          " max(CASE WHEN status IS NOT 'cancelled' THEN order_date END)"
                                          " FROM orders WHERE order_date < %1 GROUP BY person_id")
                               .arg(before)));
        int people = 0;
        while (q.next()) {
            const OrderTotals &t = s.result.totals[size_t(q.value(0).toLongLong() - 1)];
            EXPECT_EQ(t.orders, q.value(1).toInt()) << threads;
            EXPECT_EQ(t.others, q.value(2).toInt()) << threads;
            EXPECT_NEAR(t.revenue, q.value(3).toDouble(), 1e-6);
            EXPECT_EQ(t.last, q.value(4).toLongLong());
            ++people;
        }
        EXPECT_GT(people, 30);
        EXPECT_LT(s.result.last, before);
    }
}

// A timeline reads the orders once into a history and applies, for each run, the ones dated
// before its bound: the totals are those of a scan bounded there (the sums in date order instead
// of rowid order), and the table is not read again.
TEST(OrderScan, AKeptHistoryGivesTheTotalsOfAScanBeforeEachBound)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    fill(*project);
    QList<qint64> ids;
    for (qint64 p = 1; p <= 40; ++p)
        ids << p;
    const PersonRows rows(ids);
    auto *db = static_cast<sqlite3 *>(sqliteHandle(*project));
    ASSERT_TRUE(db);
    const QList<qint64> bounds {1700000000 + 1000000, 1700000000 + 2500000, 1700000000 + 4000000};
    std::vector<OrderScanResult> direct;
    for (qint64 before : bounds)
        direct.push_back(scan(*project, 1, before).result);

    OrderHistory history;
    for (qsizetype b = 0; b < bounds.size(); ++b) {
        if (b == 1) { // read once: the rows are gone from the table, not from the history
            ASSERT_TRUE(project->exec(QStringLiteral("DELETE FROM orders"), {}, nullptr));
        }
        ScanVocabulary categories, channels;
        OrderScanResult kept;
        ASSERT_EQ(scanOrders(db, rows, 40, 2, categories, channels, kept, {}, bounds[b], &history), QString());
        EXPECT_TRUE(history.loaded);
        EXPECT_EQ(history.records.size(), size_t(3000));
        const OrderScanResult &d = direct[size_t(b)];
        EXPECT_EQ(kept.first, d.first);
        EXPECT_EQ(kept.last, d.last);
        EXPECT_EQ(kept.anyDevice, d.anyDevice);
        EXPECT_EQ(kept.anyDiscountKnown, d.anyDiscountKnown);
        int buyers = 0;
        for (size_t r = 0; r < 40; ++r) {
            const OrderTotals &x = kept.totals[r], &y = d.totals[r];
            EXPECT_EQ(x.orders, y.orders) << r;
            EXPECT_EQ(x.others, y.others) << r;
            EXPECT_EQ(x.discounted, y.discounted) << r;
            EXPECT_EQ(x.withDevice, y.withDevice) << r;
            EXPECT_EQ(x.mobile, y.mobile) << r;
            EXPECT_EQ(x.first, y.first) << r;
            EXPECT_EQ(x.last, y.last) << r;
            EXPECT_NEAR(x.revenue, y.revenue, 1e-9 * std::max(1.0, std::abs(y.revenue))) << r;
            EXPECT_NEAR(x.purchaseValue, y.purchaseValue, 1e-9 * std::max(1.0, y.purchaseValue)) << r;
            EXPECT_EQ(x.maxValue, y.maxValue) << r;
            EXPECT_NEAR(x.logValues, y.logValues, 1e-9 * std::max(1.0, y.logValues)) << r;
            EXPECT_EQ(std::popcount(x.categories), std::popcount(y.categories)) << r;
            EXPECT_EQ(std::popcount(x.channels), std::popcount(y.channels)) << r;
            buyers += y.orders > 0 ? 1 : 0;
        }
        EXPECT_GT(buyers, 20) << b;
    }
}
