// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/csvwriter.h"
#include "demo/demogenerator.h"
#include "demo/demostore.h"

#include "common/progress.h"
#include "import/importer.h"
#include "persona/persona.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace pw;

namespace {

QByteArray firstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readLine().trimmed();
}

} // namespace

TEST(DemoStore, SameSeedSameFiles)
{
    test::TempDir a, b, c;
    DemoOptions options;
    options.people = 400;
    options.seed = 99;
    Error error;
    const QStringList first = writeDemoStore(a.path(), options, &error);
    ASSERT_EQ(first.size(), 5) << qPrintable(error.message);
    const QStringList second = writeDemoStore(b.path(), options, &error);
    ASSERT_EQ(second.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(QFileInfo(first[i]).fileName(), QFileInfo(second[i]).fileName());
        EXPECT_FALSE(test::fileHash(first[i]).isEmpty());
        EXPECT_EQ(test::fileHash(first[i]), test::fileHash(second[i])) << qPrintable(first[i]);
    }
    options.seed = 100;
    const QStringList other = writeDemoStore(c.path(), options, &error);
    ASSERT_EQ(other.size(), 5);
    EXPECT_NE(test::fileHash(first[3]), test::fileHash(other[3]));
}

TEST(DemoStore, CanonicalHeadersAndQuoting)
{
    test::TempDir dir;
    DemoOptions options;
    options.people = 300;
    Error error;
    ASSERT_EQ(writeDemoStore(dir.path(), options, &error).size(), 5) << qPrintable(error.message);
    EXPECT_EQ(firstLine(dir.path("customers.csv")),
        "customer_id,email,first_name,last_name,gender,age,country,region,city,signup_date,"
        "acquisition_channel,accepts_marketing");
    EXPECT_EQ(firstLine(dir.path("orders.csv")),
        "order_id,customer_id,order_date,total,discount,shipping,items,currency,status,coupon_code,"
        "category,channel,device");
    EXPECT_EQ(
        firstLine(dir.path("order_items.csv")), "order_id,sku,product_name,category,quantity,unit_price");
    EXPECT_EQ(firstLine(dir.path("events.csv")),
        "session_id,customer_id,timestamp,event_type,source,device,page,value");
    EXPECT_EQ(firstLine(dir.path("reviews.csv")), "customer_id,order_id,rating,date");
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("Mug \"Morning\", 350 ml")),
        QStringLiteral("\"Mug \"\"Morning\"\", 350 ml\""));
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(writeDemoStore(dir.path("missing"), options, &error).size(), 0);
    EXPECT_TRUE(error.isSet());
}

TEST(DemoStore, ArchetypesReallyOccur)
{
    test::TempDir dir;
    DemoGenerator generator(3000, 20240917);
    generator.generate();
    QHash<int, int> perKind;
    for (DemoGenerator::Kind k : generator.kinds)
        ++perKind[int(k)];
    ASSERT_EQ(perKind.size(), 8);
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
        EXPECT_GT(it.value(), 100) << "kind " << it.key();

    // Import it and look at the behaviour in the store.
    DemoOptions options;
    options.people = 1200;
    Error error;
    const QStringList files = writeDemoStore(dir.path(), options, &error);
    ASSERT_EQ(files.size(), 5);
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    const ImportReport report = importFiles(*project, files, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRejected, 0);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 1200);

    // Every order has a purchase event of the same person at the same moment.
    EXPECT_GT(project->scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 1000);
    EXPECT_EQ(
        project
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM events e "
                                    "WHERE e.person_id = o.person_id AND e.timestamp = o.order_date "
                                    "AND e.event_type = 'purchase')"))
            .toInt(),
        0);
    // Bouncers: people without orders whose every session has one event.
    EXPECT_GT(project
                  ->scalar(QStringLiteral(
                      "SELECT COUNT(*) FROM (SELECT person_id FROM events WHERE person_id NOT IN "
                      "(SELECT person_id FROM orders) GROUP BY person_id "
                      "HAVING COUNT(*) = COUNT(DISTINCT session_id))"))
                  .toInt(),
        150);
    // Cart abandoners: add to cart, never a purchase.
    EXPECT_GT(
        project
            ->scalar(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM events WHERE event_type = "
                                    "'add_to_cart' AND person_id NOT IN (SELECT person_id FROM orders)"))
            .toInt(),
        100);
    // Repeat buyers with 3 to 12 orders; coupon users; reviews 1..5; referrals.
    EXPECT_GT(
        project
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT person_id FROM orders GROUP BY person_id "
                                    "HAVING COUNT(*) >= 3)"))
            .toInt(),
        100);
    EXPECT_GT(
        project->scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE coupon_code <> ''")).toInt(), 150);
    EXPECT_GT(project->scalar(QStringLiteral("SELECT COUNT(*) FROM reviews")).toInt(), 50);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE rating NOT BETWEEN 1 AND 5"))
                  .toInt(),
        0);
    EXPECT_GT(
        project->scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE event_type = 'referral'")).toInt(),
        5);
    // Impulse buyers: a first order within 20 minutes of the first visit.
    EXPECT_GT(project
                  ->scalar(QStringLiteral(
                      "SELECT COUNT(*) FROM (SELECT o.person_id, MIN(o.order_date) AS first_order, "
                      "(SELECT MIN(timestamp) FROM events e WHERE e.person_id = o.person_id) AS first_visit "
                      "FROM orders o GROUP BY o.person_id) WHERE first_order - first_visit <= 1200"))
                  .toInt(),
        40);
    // Everything lies in the 18 months ending 2025-06-30.
    EXPECT_GE(project->scalar(QStringLiteral("SELECT MIN(timestamp) FROM events")).toLongLong(),
        DemoGenerator::windowStart());
    EXPECT_LE(project->scalar(QStringLiteral("SELECT MAX(timestamp) FROM events")).toLongLong(),
        DemoGenerator::windowEnd());
    EXPECT_LE(project->scalar(QStringLiteral("SELECT MAX(order_date) FROM orders")).toLongLong(),
        DemoGenerator::windowEnd());
}

TEST(DemoStore, CreateDemoProject)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.personas"));
    Error error;
    ASSERT_TRUE(createDemoProject(path, nullptr, &error)) << qPrintable(error.toString());
    {
        auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        ASSERT_TRUE(project);
        EXPECT_EQ(
            project->scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), DemoOptions().people);
        const QList<Persona> personas = PersonaRepository::load(*project);
        EXPECT_GE(personas.size(), 3);
        EXPECT_LE(personas.size(), 4);
        // The demo carries channels and categories, so its personas show a channel mix and top categories.
        int buyers = 0;
        for (const Persona &p : personas) {
            EXPECT_TRUE(p.stats.mixComputed);
            EXPECT_EQ(p.stats.channelBasis, QStringLiteral("channel"));
            if (p.stats.ordersPerPerson <= 0)
                continue; // a segment that never ordered has no order channels
            ++buyers;
            EXPECT_EQ(p.stats.channelMix.size(), 2); // web and the app
            EXPECT_EQ(p.stats.topCategories.size(), 3);
        }
        EXPECT_GE(buyers, 2);
    }
    // It refuses an existing file, and leaves it alone.
    const QByteArray hash = test::fileHash(path);
    EXPECT_FALSE(createDemoProject(path, nullptr, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_EQ(test::fileHash(path), hash);

    // A canceled creation leaves nothing behind.
    const QString canceledPath = dir.path(QStringLiteral("canceled.personas"));
    CallbackProgress progress;
    progress.cancel();
    EXPECT_FALSE(createDemoProject(canceledPath, &progress, &error));
    EXPECT_FALSE(QFileInfo::exists(canceledPath));
    EXPECT_FALSE(QFileInfo::exists(canceledPath + QStringLiteral("-wal")));
}
