// SPDX-License-Identifier: GPL-3.0-or-later
// Feature tables: readable labels for their columns (never a key in a name), the user's own
// labels, and a yes/no purchase column read as conversion.
#include "analysis/archetypematcher.h"
#include "analysis/featurecatalog.h"
#include "analysis/featurelabels.h"
#include "analysis/features.h"
#include "analysis/segmentation.h"
#include "import/featuretableformat.h"
#include "import/importer.h"
#include "journey/funnel.h"
#include "persona/persona.h"
#include "store/project.h"
#include "import/pseudonymiser.h"
#include "store/purchase.h"
#include "store/summary.h"
#include "testsupport.h"

#include <QRandomGenerator>

#include <functional>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

const QString kEn = QStringLiteral("en");
const QString kHe = QStringLiteral("he");
const QString kRu = QStringLiteral("ru");

ImportReport import(Project &project, const QString &file)
{
    return importFiles(project, {file}, ImportOptions(), nullptr);
}

/// A feature table of `rows` people: `customer_id`, `BounceRates` (high for the first half,
/// low for the second), `PageViews` (the same spread in both) and, when `revenue` is given, a
/// `Revenue` column written with `revenue(i)` (empty: no cell). Returns the file's path.
QString writeTable(const TempDir &dir, int rows, const std::function<QString(int)> &revenue = {})
{
    QByteArray csv = "customer_id,BounceRates,PageViews";
    csv += revenue ? ",Revenue\r\n" : "\r\n";
    QRandomGenerator random(7);
    for (int i = 0; i < rows; ++i) {
        const double bounce = (i < rows / 2 ? 0.7 : 0.05) + random.bounded(0.05);
        csv += QStringLiteral("p%1,%2,%3").arg(i).arg(bounce, 0, 'f', 3).arg(1 + random.bounded(20)).toUtf8();
        if (revenue)
            csv += ',' + revenue(i).toUtf8();
        csv += "\r\n";
    }
    return dir.write(QStringLiteral("table.csv"), csv);
}

} // namespace

TEST(FeatureLabels, ColumnNamesAreMadeReadable)
{
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("BounceRates")), QStringLiteral("Bounce rates"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("page_values")), QStringLiteral("Page values"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("ProductRelated_Duration")), QStringLiteral("Product related duration"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("avg-order-value")), QStringLiteral("Avg order value"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("exit_rate")), QStringLiteral("Exit rate"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("SpecialDay")), QStringLiteral("Special day"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("Weekend")), QStringLiteral("Weekend"));
    // Acronyms keep their capitals, wherever they are.
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("customerID")), QStringLiteral("Customer ID"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("HTMLPages")), QStringLiteral("HTML pages"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("SKU_count")), QStringLiteral("SKU count"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("URLsVisited")), QStringLiteral("URLs visited"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("days_since_GA4_event")), QStringLiteral("Days since GA4 event"));
    // Already words: only the case changes.
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral(" Exit Rates ")), QStringLiteral("Exit rates"));
    EXPECT_EQ(FeatureLabels::humanise(QStringLiteral("pages_30d")), QStringLiteral("Pages 30d"));
}

TEST(FeatureLabels, QualifiersNameTheFeatureInEveryLanguage)
{
    const FeatureCatalog &catalog = FeatureCatalog::instance();
    const QString key = Feature::ImportedPrefix + QStringLiteral("BounceRates");
    EXPECT_EQ(catalog.name(key, kEn), QStringLiteral("Bounce rates"));
    EXPECT_EQ(catalog.suffixText(FeatureCatalog::suffix(key, true), kEn), QStringLiteral("high bounce rates"));
    EXPECT_EQ(catalog.suffixText(FeatureCatalog::suffix(key, false), kEn), QStringLiteral("low bounce rates"));
    EXPECT_EQ(catalog.suffixText(FeatureCatalog::suffix(key, true), kHe), QStringLiteral("רמה גבוהה של Bounce rates"));
    EXPECT_EQ(catalog.suffixText(FeatureCatalog::suffix(key, false), kRu), QStringLiteral("низкие значения «Bounce rates»"));
    // An acronym stays in capitals inside the phrase.
    EXPECT_EQ(catalog.suffixText(QStringLiteral("+imported:SKU_count"), kEn), QStringLiteral("high SKU count"));
    // The user's label wins over the one made from the column's name.
    const QHash<QString, QString> own{{QStringLiteral("BounceRates"), QStringLiteral("Bounce rate")}};
    EXPECT_EQ(catalog.name(key, kEn, own), QStringLiteral("Bounce rate"));
    EXPECT_EQ(catalog.suffixText(FeatureCatalog::suffix(key, true), kEn, own), QStringLiteral("high bounce rate"));
    EXPECT_EQ(catalog.suffixText(FeatureCatalog::suffix(key, true), kRu, own), QStringLiteral("высокие значения «Bounce rate»"));
    // The catalogue's own features keep their words; a number is no suffix.
    EXPECT_EQ(catalog.suffixText(QStringLiteral("+average_order_value"), kEn), QStringLiteral("high order value"));
    EXPECT_TRUE(catalog.suffixText(QStringLiteral("2"), kEn).isEmpty());

    Persona p;
    p.archetype = QStringLiteral("passive_browser");
    p.nameSuffix = FeatureCatalog::suffix(key, false);
    EXPECT_EQ(p.displayName(kEn), QStringLiteral("Passive browser — low bounce rates"));
    p.featureLabels = own;
    EXPECT_EQ(p.displayName(kEn), QStringLiteral("Passive browser — low bounce rate"));
    EXPECT_EQ(p.featureName(key, kHe), QStringLiteral("Bounce rate"));
    for (const QString &language : {kEn, kHe, kRu})
        EXPECT_FALSE(p.displayName(language).contains(QLatin1String("imported"))) << qPrintable(p.displayName(language));
}

// Two groups of a feature table that differ on one column: both are passive browsers (no
// purchase, no event), told apart by that column's label, never by its key; the user's label
// then names them.
TEST(FeatureLabels, PersonasOfAFeatureTableAreNamedByLabels)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const ImportReport report = import(*project, writeTable(dir, 200));
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    SegmentationOptions options;
    options.k = 2;
    Error error;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    QList<Persona> personas = PersonaRepository::load(*project, &error);
    ASSERT_EQ(personas.size(), 2);
    QStringList names;
    for (const Persona &p : std::as_const(personas)) {
        names << p.displayName(kEn);
        for (const QString &language : {kEn, kHe, kRu})
            EXPECT_FALSE(p.displayName(language).contains(QLatin1String("imported:"))) << qPrintable(p.displayName(language));
        for (const FeatureEvidence &f : p.stats.distinguishing)
            EXPECT_FALSE(p.featureName(f.feature, kEn).contains(QLatin1String("imported:")));
    }
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Customer without a purchase — high bounce rates"),
                                  QStringLiteral("Customer without a purchase — low bounce rates")}));

    // The user's label wins; an unknown column is refused.
    EXPECT_FALSE(FeatureLabels::setLabel(*project, QStringLiteral("NoSuchColumn"), QStringLiteral("x"), &error));
    EXPECT_TRUE(error.message.contains(QLatin1String("BounceRates"))) << qPrintable(error.message);
    error = Error();
    ASSERT_TRUE(FeatureLabels::setLabel(*project, QStringLiteral("BounceRates"), QStringLiteral("Bounce rate"), &error))
        << qPrintable(error.message);
    names.clear();
    for (const Persona &p : PersonaRepository::load(*project, &error))
        names << p.displayName(kEn);
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Customer without a purchase — high bounce rate"),
                                  QStringLiteral("Customer without a purchase — low bounce rate")}));
    // An empty label goes back to the one made from the name (its key form is accepted too).
    ASSERT_TRUE(FeatureLabels::setLabel(*project, QStringLiteral("imported:BounceRates"), QString(), &error));
    EXPECT_TRUE(FeatureLabels::load(*project).isEmpty());
}

// A yes/no Revenue column says who bought: those people are buyers everywhere (info, the
// features' activity, the funnel's conversion), with no revenue, and it is not clustered.
TEST(FeatureTableConversion, YesNoRevenueRowsAreBuyers)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    // Every spelling of yes and no, and some empty cells; the buyers counted as written.
    const QStringList yes{QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1")};
    const QStringList no{QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0")};
    QRandomGenerator random(11);
    qint64 written = 0;
    const QString file = writeTable(dir, 300, [&](int i) {
        if (i % 17 == 0)
            return QString();
        const bool bought = random.bounded(100) < (i < 150 ? 5 : 40);
        written += bought ? 1 : 0;
        return bought ? yes[i % yes.size()] : no[i % no.size()];
    });
    const ImportReport report = import(*project, file);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    ASSERT_GT(written, 0);
    // The import says how it read the column.
    EXPECT_TRUE(report.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Revenue is read as conversion")))
        << qPrintable(report.warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(Purchase::conversionColumns(*project), QStringList{QStringLiteral("Revenue")});

    Error error;
    const auto summary = summarize(*project, &error);
    ASSERT_TRUE(summary) << qPrintable(error.message);
    EXPECT_EQ(summary->buyers, written);
    EXPECT_EQ(summary->revenue, 0.0);
    EXPECT_EQ(summary->orders, 0);

    const auto matrix = computeFeatures(*project, FeatureSettings(), nullptr, &error);
    ASSERT_TRUE(matrix) << qPrintable(error.message);
    EXPECT_FALSE(matrix->keys.contains(Feature::ImportedPrefix + QStringLiteral("Revenue")));
    EXPECT_TRUE(matrix->keys.contains(Feature::ImportedPrefix + QStringLiteral("BounceRates")));
    EXPECT_FALSE(matrix->keys.contains(Feature::Frequency)); // no order data: no order-based feature
    qint64 buyers = 0;
    for (const PersonActivity &a : matrix->activity) {
        buyers += a.orders > 0 ? 1 : 0;
        EXPECT_EQ(a.revenue, 0.0);
    }
    EXPECT_EQ(buyers, written);

    const auto funnels = computeFunnels(*project, &error);
    ASSERT_TRUE(funnels) << qPrintable(error.message);
    EXPECT_EQ(funnels->everyone.people(QStringLiteral("conversion")), written);
    const int retention = int(journeyStageKeys().indexOf(QStringLiteral("retention")));
    EXPECT_FALSE(funnels->everyone.measured(retention)); // a yes says nothing of a second purchase

    // Proposed personas see the buyers: a segment of which 10% or more bought is no passive
    // browser (nor any other archetype of people who do not buy).
    SegmentationOptions options;
    options.k = 2;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    qint64 personaBuyers = 0;
    for (const Persona &p : result->personas) {
        const double share = p.stats.ordersPerPerson; // one purchase per buyer
        personaBuyers += qRound64(share * double(p.stats.size));
        if (share >= 0.1) {
            EXPECT_FALSE(ArchetypeMatcher::isNonTransacting(p.archetype)) << qPrintable(p.displayName(kEn));
        }
        EXPECT_EQ(p.stats.revenue, 0.0);
    }
    EXPECT_EQ(personaBuyers, written);
}

// A purchase-named column with other numbers is an amount, not a conversion: it stays a feature.
TEST(FeatureTableConversion, RevenueAmountsStayAFeature)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const QString file = writeTable(dir, 40, [](int i) { return QString::number(i % 3 == 0 ? 0.0 : 12.5 * i); });
    const ImportReport report = import(*project, file);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_FALSE(report.warnings.join(QLatin1Char('\n')).contains(QLatin1String("conversion")));
    EXPECT_TRUE(Purchase::conversionColumns(*project).isEmpty());
    Error error;
    EXPECT_EQ(summarize(*project, &error)->buyers, 0);
    const auto matrix = computeFeatures(*project, FeatureSettings(), nullptr, &error);
    ASSERT_TRUE(matrix) << qPrintable(error.message);
    EXPECT_TRUE(matrix->keys.contains(Feature::ImportedPrefix + QStringLiteral("Revenue")));
}

// The import wizard's preview says it too, before anything is written.
TEST(FeatureTableConversion, PreviewSaysTheColumnIsConversion)
{
    TempDir dir;
    const QString file = writeTable(dir, 20, [](int i) { return i % 4 == 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE"); });
    const Pseudonymiser pseudonymiser(QByteArray(32, 'k'), false);
    const ImportPreview preview = previewImport(file, ImportOptions(), pseudonymiser, 5, nullptr);
    ASSERT_FALSE(preview.fatal.isSet()) << qPrintable(preview.fatal.toString());
    EXPECT_TRUE(preview.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Revenue is read as conversion")))
        << qPrintable(preview.warnings.join(QLatin1Char('\n')));
}
