// SPDX-License-Identifier: GPL-3.0-or-later
// A feature table of any size in streaming passes: a uniform reservoir sample, and every row's
// nearest segment of a run counted as the clustering assigned its own rows.
#include "analysis/runstore.h"
#include "analysis/segmentation.h"
#include "import/importer.h"
#include "warehouse/featuretablesample.h"

#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// `rows` rows: id, x = the row number, y = a second column.
QString writeTable(const test::TempDir &dir, int rows)
{
    QByteArray csv = "customer_id,x,y\n";
    for (int r = 0; r < rows; ++r)
        csv += "p" + QByteArray::number(r) + "," + QByteArray::number(r) + "," + QByteArray::number(r % 7) + "\n";
    return dir.write(QStringLiteral("table.csv"), csv);
}

QList<int> sampledRows(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QList<int> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(lines.value(0), QByteArray("customer_id,x,y"));
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].isEmpty())
            rows << lines[i].split(',').value(1).toInt();
    return rows;
}

} // namespace

TEST(FeatureTableSample, EveryRowHasTheSameChance)
{
    test::TempDir dir;
    const QString table = writeTable(dir, 1000);
    const QString out = dir.path(QStringLiteral("sample.csv"));
    std::vector<int> perBlock(10, 0);
    for (quint64 seed = 1; seed <= 400; ++seed) {
        Error e;
        const auto s = FeatureTableSample::sample(table, out, 50, seed, nullptr, &e);
        ASSERT_TRUE(s) << qPrintable(e.message);
        EXPECT_EQ(s->rows, 1000);
        EXPECT_EQ(s->kept, 50);
        const QList<int> rows = sampledRows(out);
        ASSERT_EQ(rows.size(), 50);
        for (qsizetype i = 1; i < rows.size(); ++i)
            ASSERT_LT(rows[i - 1], rows[i]) << "in reading order, each row once";
        for (int r : rows)
            ++perBlock[size_t(r / 100)];
    }
    // 400 samples of 50 rows: 2,000 per block of 100 rows expected (sd ≈ 42).
    for (int n : perBlock) {
        EXPECT_GT(n, 1800);
        EXPECT_LT(n, 2200);
    }
    // The same seed, the same sample; a table no larger than the sample is kept whole.
    Error e;
    ASSERT_TRUE(FeatureTableSample::sample(table, out, 50, 7, nullptr, &e));
    const QList<int> first = sampledRows(out);
    ASSERT_TRUE(FeatureTableSample::sample(table, out, 50, 7, nullptr, &e));
    EXPECT_EQ(sampledRows(out), first);
    const auto whole = FeatureTableSample::sample(table, out, 5000, 7, nullptr, &e);
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->kept, 1000);
    EXPECT_EQ(sampledRows(out).size(), 1000);
    EXPECT_FALSE(FeatureTableSample::sample(dir.path(QStringLiteral("missing.csv")), out, 5, 1, nullptr, &e));
    EXPECT_TRUE(e.isSet());
}

TEST(FeatureTableSample, SizesCountEveryRowAsTheClusteringAssignedIt)
{
    test::TempDir dir;
    // Two groups that differ on both columns, with noise.
    QByteArray csv = "customer_id,visits,basket\n";
    QRandomGenerator random(5);
    for (int r = 0; r < 400; ++r) {
        const bool high = r % 3 == 0;
        csv += "c" + QByteArray::number(r) + "," + QByteArray::number((high ? 40 : 5) + random.bounded(10)) + ","
            + QByteArray::number((high ? 2.5 : 9.0) + random.bounded(1.0), 'f', 3) + "\n";
    }
    const QString table = dir.write(QStringLiteral("people.csv"), csv);
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    const ImportReport report = importFiles(*project, {table}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.message);
    SegmentationOptions options;
    options.k = 2;
    Error e;
    const auto result = runSegmentation(*project, options, nullptr, &e);
    ASSERT_TRUE(result) << qPrintable(e.message);
    const auto run = RunStore::run(*project, result->runId, &e);
    ASSERT_TRUE(run) << qPrintable(e.message);
    auto found = FeatureTableSample::modelOf(*run, &e);
    ASSERT_TRUE(found) << qPrintable(e.message);
    FeatureTableSample::Model model = *found;
    const auto sizes = FeatureTableSample::segmentSizes(table, model, nullptr, &e);
    ASSERT_TRUE(sizes) << qPrintable(e.message);
    ASSERT_EQ(sizes->size(), size_t(2));
    for (int s = 0; s < 2; ++s)
        EXPECT_EQ((*sizes)[size_t(s)],
            project->scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE run_id = ? AND segment = ?"), {result->runId, s})
                .toLongLong());
    EXPECT_EQ((*sizes)[0] + (*sizes)[1], 400);
    // A run's column the table lacks is an error.
    model.transforms[0].key = QStringLiteral("imported:nothing");
    EXPECT_FALSE(FeatureTableSample::segmentSizes(table, model, nullptr, &e));
    EXPECT_TRUE(e.message.contains(QLatin1String("nothing"))) << qPrintable(e.message);
}
