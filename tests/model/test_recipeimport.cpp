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

#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace pw;

namespace {

const QString kRecipeNote = QStringLiteral("read as the recipe's feature table");

/// The recipe's feature table of `project`'s store, as the warehouse would give it: the SQLite
/// recipe run on the store's canonical tables, exported as CSV into `dir`; empty on a failure.
QString recipeTableCsv(Project &project, const test::TempDir &dir)
{
    QString error;
    const QString canonical = dir.path(QStringLiteral("canonical.sqlite"));
    const QString csv = dir.path(QStringLiteral("persona_features.csv"));
    if (!test::exportCanonical(project, canonical, &error)
        || !test::exportQueryCsv(canonical, FeatureRecipe::query(SqlDialect::Sqlite, FeatureSettings()), csv, &error)) {
        ADD_FAILURE() << qPrintable(error);
        return QString();
    }
    return csv;
}

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

/// Rewrites the CSV file `path` (header, then one row per person, the id first) with its rows in
/// the order of `ids`. K-means seeds from rows picked by their position, so two projects with
/// the same people in another order can settle in different local optima (the same data, another
/// start): the comparison of personas gives both projects one order, as a user's export of the
/// raw project's order would.
bool reorderRows(const QString &path, const QStringList &ids)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    const QByteArray header = lines.takeFirst();
    lines.removeAll(QByteArray());
    QHash<QByteArray, qsizetype> rank;
    for (qsizetype i = 0; i < ids.size(); ++i)
        rank.insert(ids[i].toUtf8(), i);
    auto idOf = [](const QByteArray &line) { return line.left(line.indexOf(',')); };
    std::stable_sort(lines.begin(), lines.end(), [&](const QByteArray &x, const QByteArray &y) {
        return rank.value(idOf(x), -1) < rank.value(idOf(y), -1);
    });
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray text = header + '\n' + lines.join('\n') + '\n';
    return file.write(text) == text.size();
}

/// Every person's standardised features by customer id, and the transforms, of `project`.
struct Standardised
{
    QHash<QString, std::vector<float>> z;
    FeatureMatrix matrix;
};

std::optional<Standardised> standardised(Project &project)
{
    Error e;
    auto m = computeFeatures(project, nullptr, &e);
    EXPECT_TRUE(m) << qPrintable(e.message);
    if (!m)
        return std::nullopt;
    const auto ids = RunStore::customerIds(project, m->personIds, &e);
    EXPECT_TRUE(ids) << qPrintable(e.message);
    if (!ids)
        return std::nullopt;
    Standardised s;
    for (qsizetype r = 0; r < m->rows(); ++r)
        s.z.insert((*ids)[r],
            std::vector<float>(m->z.begin() + r * m->columns(), m->z.begin() + (r + 1) * m->columns()));
    s.matrix = std::move(*m);
    return s;
}

bool anyNoted(const ImportReport &report, const QString &text)
{
    return std::any_of(
        report.warnings.begin(), report.warnings.end(), [&](const QString &w) { return w.contains(text); });
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
    EXPECT_FALSE(
        FeatureDefinitions::isRecipeTable({Feature::RecencyDays, Feature::Frequency, Feature::Monetary}));
    EXPECT_FALSE(FeatureDefinitions::isRecipeTable(recipe.mid(0, recipe.size() - 1)));
    EXPECT_FALSE(FeatureDefinitions::isRecipeTable(recipe + QStringList {QStringLiteral("loyalty_points")}));
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
    const QString csv = recipeTableCsv(*raw, dir);
    ASSERT_FALSE(csv.isEmpty());
    test::TempDir other;
    auto imported = test::newProject(other, QStringLiteral("recipe.personas"));
    ASSERT_TRUE(imported);
    const ImportReport report = importFiles(*imported, {csv}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.message);
    EXPECT_TRUE(anyNoted(report, kRecipeNote)) << qPrintable(report.warnings.join(QLatin1Char('\n')));

    // Whatever the rows' order, the engine gets the same input: every person's standardised
    // features (the same transforms, the same order-value shrink) and the store's figures.
    const auto sa = standardised(*raw);
    const auto sb = standardised(*imported);
    ASSERT_TRUE(sa && sb);
    ASSERT_EQ(sb->matrix.keys, sa->matrix.keys);
    EXPECT_GT(sa->matrix.orderValueCredibility, 0); // the shrink is there to be equal
    EXPECT_NEAR(sb->matrix.orderValueCredibility, sa->matrix.orderValueCredibility,
        1e-9 * sa->matrix.orderValueCredibility);
    EXPECT_NEAR(sb->matrix.purchaseCycleDays, sa->matrix.purchaseCycleDays, 1e-9);
    EXPECT_NEAR(sb->matrix.periodDays, sa->matrix.periodDays, 1e-9);
    EXPECT_EQ(sb->matrix.measurable, sa->matrix.measurable);
    for (qsizetype j = 0; j < sa->matrix.transforms.size(); ++j) {
        const FeatureTransform &x = sa->matrix.transforms[j];
        const FeatureTransform &y = sb->matrix.transforms[j];
        EXPECT_EQ(y.log, x.log) << qPrintable(x.key);
        for (const auto &[mine, theirs] : {std::pair {y.fill, x.fill}, {y.low, x.low}, {y.high, x.high},
                 {y.mean, x.mean}, {y.sd, x.sd}, {y.credibility, x.credibility}})
            EXPECT_NEAR(mine, theirs, 1e-9 * std::max(1.0, std::abs(theirs))) << qPrintable(x.key);
    }
    ASSERT_EQ(sb->z.size(), sa->z.size());
    qsizetype differentZ = 0;
    for (auto it = sa->z.cbegin(); it != sa->z.cend(); ++it) {
        const std::vector<float> theirs = sb->z.value(it.key());
        ASSERT_EQ(theirs.size(), it.value().size()) << qPrintable(it.key());
        for (size_t j = 0; j < theirs.size(); ++j)
            differentZ += std::abs(theirs[j] - it.value()[j]) > 1e-5f ? 1 : 0;
    }
    EXPECT_EQ(differentZ, 0);

    // Clustered with the rows in the raw project's order (see reorderRows()).
    Error e2;
    const auto order = RunStore::customerIds(*raw, sa->matrix.personIds, &e2);
    ASSERT_TRUE(order) << qPrintable(e2.message);
    ASSERT_TRUE(reorderRows(csv, *order));
    test::TempDir third;
    imported = test::newProject(third, QStringLiteral("recipe.personas"));
    ASSERT_TRUE(imported);
    ASSERT_TRUE(importFiles(*imported, {csv}, ImportOptions(), nullptr).ok());
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
            firstDifference = QStringLiteral("%1: %2 / %3")
                                  .arg(it.key(), oa.names.value(it.key()), ob.names.value(it.key()));
    }
    EXPECT_EQ(adjustedRandIndex(la, lb), 1.0) << "inertia " << a->inertia << " / " << b->inertia;
    EXPECT_EQ(differentNames, 0) << qPrintable(firstDifference);
    // The personas' figures are those of the raw files' (the activity behind the names).
    ASSERT_EQ(a->personas.size(), b->personas.size());
    QHash<QString, PersonaStats> statsA;
    for (const Persona &p : a->personas)
        statsA.insert(p.displayName(QStringLiteral("en")), p.stats);
    for (const Persona &p : b->personas) {
        const QString name = p.displayName(QStringLiteral("en"));
        EXPECT_FALSE(name.startsWith(QLatin1String("Customer without a purchase")) && !statsA.contains(name))
            << qPrintable(name);
        ASSERT_TRUE(statsA.contains(name)) << qPrintable(name);
        const PersonaStats &s = statsA.value(name);
        EXPECT_EQ(p.stats.size, s.size) << qPrintable(name);
        EXPECT_NEAR(p.stats.revenue, s.revenue, 0.01) << qPrintable(name);
        EXPECT_NEAR(p.stats.ordersPerPerson, s.ordersPerPerson, 1e-9) << qPrintable(name);
        EXPECT_NEAR(p.stats.buyerShare, s.buyerShare, 1e-9) << qPrintable(name);
    }
}

TEST(RecipeImport, ARecipesTableHasNoDates)
{
    test::TempDir dir;
    auto raw = test::warehouseStore(dir, 200);
    ASSERT_TRUE(raw);
    const QString csv = recipeTableCsv(*raw, dir);
    ASSERT_FALSE(csv.isEmpty());
    auto imported = test::newProject(dir, QStringLiteral("recipe.personas"));
    ASSERT_TRUE(imported);
    ASSERT_TRUE(importFiles(*imported, {csv}, ImportOptions(), nullptr).ok());
    SegmentationOptions options = clusterOptions(3);
    options.asOf = QDate(2025, 3, 1);
    Error e;
    EXPECT_FALSE(runSegmentation(*imported, options, nullptr, &e));
    EXPECT_TRUE(e.message.contains(QLatin1String("recipe"))) << qPrintable(e.message);
}

TEST(RecipeImport, AnRfmTableKeepsItsColumnsAsImportedFeatures)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    QByteArray csv = "customer_id,recency_days,frequency,monetary\n";
    for (int i = 0; i < 60; ++i)
        csv += QStringLiteral("c%1,%2,%3,%4\n")
                   .arg(i)
                   .arg(5 + (i * 37) % 300)
                   .arg(1 + i % 7)
                   .arg(20.5 * (1 + i % 11))
                   .toUtf8();
    const ImportReport report
        = importFiles(*project, {dir.write(QStringLiteral("rfm.csv"), csv)}, ImportOptions(), nullptr);
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
    EXPECT_TRUE(std::all_of(
        m->activity.begin(), m->activity.end(), [](const PersonActivity &a) { return a.orders == 0; }));
}
