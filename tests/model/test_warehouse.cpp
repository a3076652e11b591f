// SPDX-License-Identifier: GPL-3.0-or-later
// The warehouse recipes: one definition of each feature drives the app's scan and the SQL of
// every dialect; the SQL run in SQLite gives the app's raw features and assignments; the SQL of
// the dialects that cannot run here is held by golden files.
#include "analysis/featuredefinitions.h"
#include "analysis/features.h"
#include "analysis/runstore.h"
#include "analysis/segmentation.h"
#include "warehouse/assignrecipe.h"
#include "warehouse/featurerecipe.h"

#include "testsupport.h"
#include "warehousestore.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace pw;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString goldenPath(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/warehouse/") + name;
}

/// Compares `text` with the golden file `name` (PW_UPDATE_GOLDEN=1 rewrites it).
void expectGolden(const QString &name, const QString &text)
{
    QFile file(goldenPath(name));
    if (qEnvironmentVariableIsSet("PW_UPDATE_GOLDEN")) {
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return;
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(goldenPath(name)) << " (run with PW_UPDATE_GOLDEN=1 to write it)";
    EXPECT_EQ(QString::fromUtf8(file.readAll()), text) << "golden file " << qPrintable(name)
                                                       << " differs (PW_UPDATE_GOLDEN=1 rewrites it)";
}

/// A run of two features and three segments, for the golden files of the assignment recipe.
AssignRecipe::RunModel sampleRun()
{
    AssignRecipe::RunModel run;
    run.runId = 7;
    FeatureTransform recency;
    recency.key = Feature::RecencyDays;
    recency.fill = 30;
    recency.low = 1;
    recency.high = 400;
    recency.mean = 120.5;
    recency.sd = 80.25;
    FeatureTransform value;
    value.key = Feature::AverageOrderValue;
    value.log = true;
    value.fill = 3.5;
    value.low = 0;
    value.high = 6.25;
    value.mean = 2.75;
    value.sd = 1.5;
    value.weight = 2;
    value.credibility = 1.75;
    run.transforms = {recency, value};
    run.centroids = {-1.0, 0.5, 0.25, -0.75, 1.5, 1.125};
    run.personas = {{0, 11, QStringLiteral("Repeat buyer")}, {1, 12, QStringLiteral("Bargain hunter's friend")},
        {2, 0, QString()}};
    return run;
}

} // namespace

TEST(FeatureDefinitions, EveryFeatureAndAggregateIsDefinedOnce)
{
    const QStringList keys = Feature::all();
    ASSERT_EQ(keys.size(), FeatureDefinitions::features().size());
    for (const QString &key : keys) {
        ASSERT_NE(FeatureDefinitions::find(key), nullptr) << qPrintable(key);
        EXPECT_EQ(keys.count(key), 1) << qPrintable(key);
    }
    // The aggregates in enum order, each read by some feature or recipe column (none defined for nothing).
    const auto &aggregates = FeatureDefinitions::aggregates();
    ASSERT_EQ(int(aggregates.size()), FeatureDefinitions::kAggregateCount);
    for (int a = 0; a < FeatureDefinitions::kAggregateCount; ++a) {
        EXPECT_EQ(int(aggregates[size_t(a)].id), a);
        auto uses = [&](const FeatureDefinitions::FeatureDefinition &f) {
            return f.formula.uses(FeatureDefinitions::Aggregate(a));
        };
        const auto &features = FeatureDefinitions::features();
        const auto &columns = FeatureDefinitions::recipeColumns();
        const bool used = std::any_of(features.begin(), features.end(), uses)
            || std::any_of(columns.begin(), columns.end(), uses);
        EXPECT_TRUE(used) << aggregates[size_t(a)].name;
    }
}

TEST(FeatureDefinitions, MissingValuesBehaveAsSqlNull)
{
    using F = FeatureDefinitions::Formula;
    using A = FeatureDefinitions::Aggregate;
    // first_event <= first_order with a missing first event is false, as NULL <= x in SQL.
    const F f = F::whenAtMost(F::aggregate(A::FirstEvent), F::aggregate(A::FirstOrder), F::number(1), F::number(2));
    const double values[2][2] = {{kNaN, 10}, {5, 10}};
    auto read = [&](A a, qsizetype begin, qsizetype count, double *out) {
        for (qsizetype i = 0; i < count; ++i)
            out[i] = values[begin + i][a == A::FirstEvent ? 0 : 1];
    };
    double out[2] = {};
    const double figures[FeatureDefinitions::kStoreFigureCount] = {};
    f.evaluate(read, figures, 0, 2, out);
    EXPECT_EQ(out[0], 2);
    EXPECT_EQ(out[1], 1);
    // greatest() is std::max's rule: a missing first argument stays missing, a missing second is ignored.
    const F g = F::greatest(F::aggregate(A::FirstEvent), F::number(7));
    g.evaluate(read, figures, 0, 2, out);
    EXPECT_TRUE(std::isnan(out[0]));
    EXPECT_EQ(out[1], 7);
    EXPECT_EQ(g.toSql([](A) { return QStringLiteral("e"); }, [](FeatureDefinitions::StoreFigure) { return QString(); },
                  QStringLiteral("REAL")),
        QStringLiteral("CASE WHEN e < 7 THEN 7 ELSE e END"));
}

namespace {

/// Runs the recipe's query in SQLite on the canonical tables of `project` and expects the app's
/// raw features of everyone; returns the SQL's rows.
test::Rows expectSqliteEqualsApp(Project &project, const test::TempDir &dir)
{
    QString error;
    const QString canonical = dir.path(QStringLiteral("canonical.sqlite"));
    EXPECT_TRUE(test::exportCanonical(project, canonical, &error)) << qPrintable(error);
    const QStringList keys = Feature::all();
    const auto app = test::appFeatures(project, keys, &error);
    EXPECT_TRUE(app) << qPrintable(error);
    const auto sql = test::sqliteRows(canonical, FeatureRecipe::query(SqlDialect::Sqlite, keys), &error);
    EXPECT_TRUE(sql) << qPrintable(error);
    if (!app || !sql)
        return {};
    EXPECT_EQ(test::compareRows(*app, *sql, keys), QString());
    // After the features, the recipe's own columns: the order values' log sums, the store's
    // period and purchase cycle, as the app computes them.
    const auto appExtras = test::appRecipeColumns(project, &error);
    EXPECT_TRUE(appExtras) << qPrintable(error);
    if (appExtras) {
        QStringList names;
        for (const FeatureDefinitions::FeatureDefinition &c : FeatureDefinitions::recipeColumns())
            names << c.key;
        test::Rows sqlExtras;
        for (auto it = sql->cbegin(); it != sql->cend(); ++it)
            sqlExtras.insert(it.key(), it.value().mid(keys.size()));
        EXPECT_EQ(test::compareRows(*appExtras, sqlExtras, names), QString());
    }
    return *sql;
}

} // namespace

TEST(FeatureRecipe, SqliteGivesTheAppsRawFeatures)
{
    test::TempDir dir;
    auto project = test::warehouseStore(dir, 600);
    ASSERT_TRUE(project);
    const test::Rows rows = expectSqliteEqualsApp(*project, dir);
    const QStringList keys = Feature::all();
    // The edge cases are there, with the values the definitions give.
    for (const char *id : {"edge-a", "edge-b", "edge-c", "edge-e"})
        ASSERT_TRUE(rows.contains(QLatin1String(id))) << id;
    const int cMonetary = int(keys.indexOf(Feature::Monetary));
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-a"))[cMonetary], 50 + 35.5 - 20);
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-e"))[cMonetary], 0);
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-a"))[keys.indexOf(Feature::CategoryDiversity)], 2); // Shoes, Socks
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-b"))[keys.indexOf(Feature::AverageRating)], (1 + 0.4 * 9 + 2) / 2);
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-b"))[keys.indexOf(Feature::MobileShare)], 0.5);
    EXPECT_TRUE(std::isnan(rows.value(QStringLiteral("edge-c"))[keys.indexOf(Feature::CyclesSinceLastOrder)]));
    // A session id two people used is a session of each: edge-b's stays a bounce, edge-f's has a cart.
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-b"))[keys.indexOf(Feature::BounceRate)], 0.5);
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-f"))[keys.indexOf(Feature::Sessions)], 1);
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("edge-f"))[keys.indexOf(Feature::Carts)], 1);
}

TEST(FeatureRecipe, SqliteGivesTheAppsRawFeaturesOfAnEventStream)
{
    test::TempDir dir;
    auto project = test::eventOnlyStore(dir);
    ASSERT_TRUE(project);
    const test::Rows rows = expectSqliteEqualsApp(*project, dir);
    const QStringList keys = Feature::all();
    ASSERT_TRUE(rows.contains(QStringLiteral("ev-a")));
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("ev-a"))[keys.indexOf(Feature::Frequency)], 2);
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("ev-a"))[keys.indexOf(Feature::Monetary)], 35);
}

TEST(FeatureRecipe, SwitchedOffFeaturesAreLeftOutAndTheHeaderIsAFeatureTable)
{
    FeatureSettings settings;
    settings.disabled = {Feature::Monetary, Feature::ChannelCount};
    const QStringList keys = FeatureRecipe::featureKeys(settings);
    EXPECT_FALSE(keys.contains(Feature::Monetary));
    EXPECT_FALSE(keys.contains(Feature::ChannelCount));
    EXPECT_EQ(keys.size(), Feature::all().size() - 2);
    const QString sql = FeatureRecipe::script(SqlDialect::Postgres, settings, QStringLiteral("persona_features"));
    EXPECT_FALSE(sql.contains(QLatin1String(" AS monetary")));
    EXPECT_TRUE(sql.contains(QLatin1String(" AS recency_days")));
    EXPECT_TRUE(sql.startsWith(QLatin1String("-- Persona Workbench")));
    EXPECT_TRUE(sql.contains(QLatin1String("CREATE TABLE persona_features AS\nWITH")));
}

TEST(FeatureRecipe, GoldenFilesOfTheDialectsThatCannotRunHere)
{
    for (SqlDialect d : {SqlDialect::BigQuery, SqlDialect::Snowflake, SqlDialect::Spark, SqlDialect::DuckDb, SqlDialect::Postgres, SqlDialect::Sqlite}) {
        expectGolden(QStringLiteral("features-%1.sql").arg(SqlDialects::name(d)),
            FeatureRecipe::script(d, FeatureSettings(), QStringLiteral("persona_features")));
        expectGolden(QStringLiteral("assign-%1.sql").arg(SqlDialects::name(d)),
            AssignRecipe::script(d, sampleRun(), QStringLiteral("persona_assignments")));
    }
}

TEST(AssignRecipe, StringsAreQuotedForEachDialect)
{
    const QString postgres = AssignRecipe::query(SqlDialect::Postgres, sampleRun());
    EXPECT_TRUE(postgres.contains(QLatin1String("'Bargain hunter''s friend'")));
    EXPECT_TRUE(postgres.contains(QLatin1String("CAST(-0.75 AS REAL)")));
    const QString bigquery = AssignRecipe::query(SqlDialect::BigQuery, sampleRun());
    EXPECT_TRUE(bigquery.contains(QLatin1String("'Bargain hunter\\'s friend'")));
    // The segment without a persona has none; ties go to the lowest segment.
    EXPECT_TRUE(bigquery.contains(QLatin1String("WHEN 2 THEN NULL")));
    EXPECT_TRUE(bigquery.contains(QLatin1String("WHEN d1 < d0 AND d1 <= d2 THEN 1")));
}

TEST(AssignRecipe, SqliteGivesTheAppsAssignments)
{
    test::TempDir dir;
    auto project = test::warehouseStore(dir, 600);
    ASSERT_TRUE(project);
    SegmentationOptions options;
    options.k = 4;
    options.seed = 11;
    options.restarts = 3;
    Error e;
    const auto result = runSegmentation(*project, options, nullptr, &e);
    ASSERT_TRUE(result) << qPrintable(e.message);
    const auto assignments = RunStore::latestAssignments(*project, &e);
    ASSERT_TRUE(assignments) << qPrintable(e.message);
    const auto run = AssignRecipe::load(*project, result->runId, QStringLiteral("en"), &e);
    ASSERT_TRUE(run) << qPrintable(e.message);
    QString error;
    const QString canonical = dir.path(QStringLiteral("canonical.sqlite"));
    ASSERT_TRUE(test::exportCanonical(*project, canonical, &error)) << qPrintable(error);
    const auto sql = test::sqliteValues(canonical, AssignRecipe::query(SqlDialect::Sqlite, *run), &error);
    ASSERT_TRUE(sql) << qPrintable(error);
    EXPECT_EQ(test::compareAssignments(*assignments, result->personas, *sql), QString());
}
