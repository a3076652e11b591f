// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli import of the Olist dataset's files, end to end.
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

QStringList olistFiles()
{
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/import/olist"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QJsonObject info(const QString &project)
{
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST(CliOlist, AllFilesInOneCallGivePeopleOrdersRevenueAndReviews)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("olist.personas"));
    const QStringList files = olistFiles();
    ASSERT_EQ(files.size(), 7);
    const auto r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--project"), project} + files);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // Nothing waits; the only lines name the dataset's columns the project does not keep.
    for (const QByteArray &line : r.err.split('\n')) {
        if (!line.isEmpty()) {
            EXPECT_TRUE(line.contains("not imported, the project has no place for these columns")) << line.constData();
        }
    }
    EXPECT_TRUE(r.err.contains("olist_order_reviews_dataset.csv: not imported, the project has no place for these columns: "
                               "“review_comment_title”, “review_comment_message”, “review_answer_timestamp”"))
        << r.err.constData();
    const QJsonObject o = info(project);
    EXPECT_EQ(o.value(QStringLiteral("people")).toInteger(), 4);
    EXPECT_EQ(o.value(QStringLiteral("customers")).toInteger(), 4);
    EXPECT_EQ(o.value(QStringLiteral("orders")).toInteger(), 5);
    EXPECT_EQ(o.value(QStringLiteral("reviews")).toInteger(), 4);
    EXPECT_NEAR(o.value(QStringLiteral("revenue")).toDouble(), 548.78 - 57.00, 1e-6); // less the canceled order
}

TEST(CliOlist, ForcedFormatAndOrdersBeforeCustomers)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("olist.personas"));
    const QString folder = QStringLiteral(TEST_DATA_DIR "/import/olist/");
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                  QStringLiteral("olist"), folder + QStringLiteral("olist_orders_dataset.csv"),
                  folder + QStringLiteral("olist_order_items_dataset.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.err.contains("olist_customers_dataset.csv")) << r.err.constData(); // the orders wait
    EXPECT_EQ(info(project).value(QStringLiteral("orders")).toInteger(), 0);
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--format"),
             QStringLiteral("olist"), folder + QStringLiteral("olist_customers_dataset.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject o = info(project);
    EXPECT_EQ(o.value(QStringLiteral("people")).toInteger(), 4);
    EXPECT_EQ(o.value(QStringLiteral("orders")).toInteger(), 5);
    EXPECT_NEAR(o.value(QStringLiteral("revenue")).toDouble(), 548.78 - 57.00, 1e-6); // less the canceled order
}
