// SPDX-License-Identifier: GPL-3.0-or-later
// A warehouse recipe's feature table, imported, is the store's own features: clustering it gives
// the personas of the raw files (the same people together, the same names), while any other
// feature table keeps its columns as imported features.
#include "analysis/clusterquality.h"
#include "analysis/featuredefinitions.h"
#include "analysis/features.h"
#include "analysis/runstore.h"
#include "analysis/segmentation.h"
#include "import/importer.h"
#include "warehouse/featurerecipe.h"

#include "testsupport.h"
#include "warehousestore.h"

#include <QHash>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pw;

namespace {

const QString kRecipeNote = QStringLiteral("read as the recipe's feature table");

SegmentationOptions clusterOptions(int k)
{
    SegmentationOptions options;
    options.k = k;
    options.seed = 11;
    options.restarts = 5;
    return options;
}

/// Each person's persona name in the latest run, by customer id; and their segment.
struct Outcome
{
    QHash<QString, QString> names;
    QHash<QString, int> segments;
};

Outcome outcome(Project &project, const SegmentationResult &result)
{
    Outcome o;
    Error e;
    const auto assignments = RunStore::latestAssignments(project, &e);
    EXPECT_TRUE(assignments) << qPrintable(e.message);
    if (!assignments)
        return o;
    QHash<int, QString> bySegment;
    for (const Persona &p : result.personas)
        bySegment.insert(p.segment, p.displayName(QStringLiteral("en")));
    for (const PersonAssignment &a : *assignments) {
        o.segments.insert(a.customerId, a.segment);
        o.names.insert(a.customerId, bySegment.value(a.segment));
    }
    return o;
}

bool anyNoted(const ImportReport &report, const QString &text)
{
    return std::any_of(report.warnings.begin(), report.warnings.end(), [&](const QString &w) { return w.contains(text); });
}

} // namespace

TEST(RecipeImport, TheSignatureIsTheRecipesColumns)
{
    QStringList recipe = FeatureRecipe::featureKeys(FeatureSettings());
    for (const FeatureDefinitions::FeatureDefinition &c : FeatureDefinitions::recipeColumns())
        recipe << c.key;
    EXPECT_TRUE(FeatureDefinitions::isRecipeTable(recipe));
    // Switched-off features leave the table a recipe's.
    EXPECT_TRUE(FeatureDefinitions::isRecipeTable(recipe.mid(2)));
    // An RFM table, or one without a recipe column, or with a column of its own, is not.
    EXPECT_FALSE(FeatureDefinitions::isRecipeTable({Feature::RecencyDays, Feature::Frequency, Feature::Monetary}));
    EXPECT_FALSE(FeatureDefinitions::isRecipeTable(recipe.mid(0, recipe.size() - 1)));
    EXPECT_FALSE(FeatureDefinitions::isRecipeTable(recipe + QStringList{QStringLiteral("loyalty_points")}));
}

TEST(RecipeImport, TheRecipesTableClustersAsTheRawFiles)
{
    // (a) The raw files imported and clustered (the demo store plants several kinds of customer).
    test::TempDir dir;
    auto raw = test::warehouseStore(dir, 1200);
    ASSERT_TRUE(raw);
    Error e;
    const auto a = runSegmentation(*raw, clusterOptions(5), nullptr, &e);
    ASSERT_TRUE(a) << qPrintable(e.message);

    // (b) The recipe run on the same store's canonical tables, its table exported as CSV,
    // imported into a new project and clustered with the same options.
    QString error;
    const QString canonical = dir.path(QStringLiteral("canonical.sqlite"));
    ASSERT_TRUE(test::exportCanonical(*raw, canonical, &error)) << qPrintable(error);
    const QString csv = dir.path(QStringLiteral("persona_features.csv"));
    ASSERT_TRUE(test::exportQueryCsv(canonical, FeatureRecipe::query(SqlDialect::Sqlite, FeatureSettings()), csv, &error))
        << qPrintable(error);
    test::TempDir other;
    auto imported = test::newProject(other, QStringLiteral("recipe.personas"));
    ASSERT_TRUE(imported);
    const ImportReport report = importFiles(*imported, {csv}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.message);
    EXPECT_TRUE(anyNoted(report, kRecipeNote)) << qPrintable(report.warnings.join(QLatin1Char('\n')));
    const auto b = runSegmentation(*imported, clusterOptions(5), nullptr, &e);
    ASSERT_TRUE(b) << qPrintable(e.message);

    // The same features, clustered the same way: not imported columns.
    EXPECT_EQ(b->features, a->features);
    const Outcome oa = outcome(*raw, *a);
    const Outcome ob = outcome(*imported, *b);
    ASSERT_EQ(oa.segments.size(), ob.segments.size());
    std::vector<int> la, lb;
    qsizetype differentNames = 0;
    QString firstDifference;
    for (auto it = oa.segments.cbegin(); it != oa.segments.cend(); ++it) {
        ASSERT_TRUE(ob.segments.contains(it.key())) << qPrintable(it.key());
        la.push_back(it.value());
        lb.push_back(ob.segments.value(it.key()));
        if (oa.names.value(it.key()) != ob.names.value(it.key()) && differentNames++ == 0)
            firstDifference = QStringLiteral("%1: %2 / %3").arg(it.key(), oa.names.value(it.key()), ob.names.value(it.key()));
    }
    EXPECT_EQ(adjustedRandIndex(la, lb), 1.0);
    EXPECT_EQ(differentNames, 0) << qPrintable(firstDifference);
    // The personas' figures are those of the raw files' (the activity behind the names).
    ASSERT_EQ(a->personas.size(), b->personas.size());
    QHash<QString, PersonaStats> statsA;
    for (const Persona &p : a->personas)
        statsA.insert(p.displayName(QStringLiteral("en")), p.stats);
    for (const Persona &p : b->personas) {
        const QString name = p.displayName(QStringLiteral("en"));
        EXPECT_FALSE(name.startsWith(QLatin1String("Customer without a purchase")) && !statsA.contains(name)) << qPrintable(name);
        ASSERT_TRUE(statsA.contains(name)) << qPrintable(name);
        const PersonaStats &s = statsA.value(name);
        EXPECT_EQ(p.stats.size, s.size) << qPrintable(name);
        EXPECT_NEAR(p.stats.revenue, s.revenue, 0.01) << qPrintable(name);
        EXPECT_NEAR(p.stats.ordersPerPerson, s.ordersPerPerson, 1e-9) << qPrintable(name);
        EXPECT_NEAR(p.stats.buyerShare, s.buyerShare, 1e-9) << qPrintable(name);
    }
}

TEST(RecipeImport, AnRfmTableKeepsItsColumnsAsImportedFeatures)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    QByteArray csv = "customer_id,recency_days,frequency,monetary\n";
    for (int i = 0; i < 60; ++i)
        csv += QStringLiteral("c%1,%2,%3,%4\n").arg(i).arg(5 + (i * 37) % 300).arg(1 + i % 7).arg(20.5 * (1 + i % 11)).toUtf8();
    const ImportReport report = importFiles(*project, {dir.write(QStringLiteral("rfm.csv"), csv)}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.message);
    EXPECT_FALSE(anyNoted(report, kRecipeNote));
    Error e;
    const auto m = computeFeatures(*project, nullptr, &e);
    ASSERT_TRUE(m) << qPrintable(e.message);
    for (const QString &key : {Feature::RecencyDays, Feature::Frequency, Feature::Monetary}) {
        EXPECT_TRUE(m->keys.contains(Feature::ImportedPrefix + key)) << qPrintable(key);
        EXPECT_FALSE(m->keys.contains(key)) << qPrintable(key);
    }
    // Nobody bought as far as the app knows: the columns are no orders.
    EXPECT_TRUE(std::all_of(m->activity.begin(), m->activity.end(), [](const PersonActivity &a) { return a.orders == 0; }));
}
