// SPDX-License-Identifier: GPL-3.0-or-later
// The real public data sets in SHARED_DATA_DIR, with counts checked independently (Python's csv
// module on the same files).
#include "analysis/archetypematcher.h"
#include "analysis/segmentation.h"
#include "import/importer.h"
#include "store/project.h"
#include "store/summary.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

QString shared(const char *path)
{
    return QDir(QStringLiteral(SHARED_DATA_DIR)).filePath(QString::fromLatin1(path));
}

qint64 scalar(Project &project, const char *sql)
{
    return project.scalar(QString::fromLatin1(sql)).toLongLong();
}

void expectOnlineRetail(const char *file)
{
    const QString path = shared(file);
    if (!QFileInfo::exists(path))
        GTEST_SKIP() << "not available: " << file;
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFiles(*project, {path}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRead, 40000);
    EXPECT_EQ(report.rowsRejected, 0);
    EXPECT_EQ(report.rowsSkipped, 10057); // lines without CustomerID
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM people"), 3621);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM customers"), 3621);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM orders"), 12065);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM orders WHERE status = 'cancelled'"), 548);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM order_items"), 29943);
    EXPECT_NEAR(project->scalar(QStringLiteral("SELECT total(total) FROM orders")).toDouble(), 580032.85, 0.005);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT datetime(min(order_date), 'unixepoch') FROM orders")).toString(),
              QStringLiteral("2010-12-01 08:26:00"));
}

} // namespace

TEST(RealData, OnlineRetailCsv)
{
    expectOnlineRetail("uci_online_retail_sample40k/Online_Retail_sample40k.csv");
}

TEST(RealData, OnlineRetailXlsx)
{
    expectOnlineRetail("uci_online_retail_sample40k/Online_Retail_sample40k.xlsx");
}

TEST(RealData, Rees46EventStream)
{
    const QString path = shared("rees46_oct2019_head/2019-Oct_first17434rows.csv");
    if (!QFileInfo::exists(path))
        GTEST_SKIP();
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFiles(*project, {path}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRead, 17434);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM people"), 4504);
    EXPECT_EQ(scalar(*project, "SELECT count(DISTINCT session_id) FROM events"), 5066);
    // 17,434 rows of which 5 repeat another row exactly (same session, second, type and product).
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM events"), 17429);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM events WHERE event_type = 'product_view'"), 17051);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM events WHERE event_type = 'add_to_cart'"), 164);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM events WHERE event_type = 'purchase'"), 214);
}

TEST(RealData, OnlineShoppersFeatureTable)
{
    const QString path = shared("online_shoppers_intention/online_shoppers_intention.csv");
    if (!QFileInfo::exists(path))
        GTEST_SKIP();
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFiles(*project, {path}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT format FROM imports")).toString(), QStringLiteral("features"));
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM people"), 12330);
    // 12,330 rows x 16 numeric or yes/no columns, less the 14 rows x 8 blank cells.
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM person_features"), 197168);
    EXPECT_EQ(scalar(*project, "SELECT total(value) FROM person_features WHERE feature = 'Revenue'"), 1908);
    EXPECT_NEAR(project->scalar(QStringLiteral("SELECT total(value) FROM person_features WHERE feature = 'PageValues'")).toDouble(),
                72614.5494, 0.001);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT min(customer_id) FROM people")).toString(),
              QStringLiteral("online_shoppers_intention#1"));
    // Revenue (TRUE/FALSE) is read as conversion: the 1,908 sessions with TRUE are buyers,
    // without any revenue.
    EXPECT_TRUE(report.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Revenue is read as conversion")));
    Error error;
    const auto summary = summarize(*project, &error);
    ASSERT_TRUE(summary) << qPrintable(error.message);
    EXPECT_EQ(summary->buyers, 1908);
    EXPECT_EQ(summary->revenue, 0.0);
    // The personas see them: a segment of which 10% or more bought is named for buyers, not as
    // people who do not buy (all three were "passive browsers" before), and Revenue is no
    // feature of the clustering.
    const auto result = runSegmentation(*project, SegmentationOptions(), nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    EXPECT_FALSE(result->features.contains(QStringLiteral("imported:Revenue")));
    qint64 buyers = 0;
    int buyerPersonas = 0;
    for (const Persona &p : result->personas) {
        buyers += qRound64(p.stats.ordersPerPerson * double(p.stats.size));
        if (p.stats.ordersPerPerson >= 0.1) {
            ++buyerPersonas;
            EXPECT_FALSE(ArchetypeMatcher::isNonTransacting(p.archetype)) << qPrintable(p.displayName(QStringLiteral("en")));
        }
        EXPECT_FALSE(p.displayName(QStringLiteral("en")).contains(QLatin1String("imported:")));
    }
    EXPECT_EQ(buyers, 1908);
    EXPECT_GE(buyerPersonas, 1);
}
