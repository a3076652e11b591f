// SPDX-License-Identifier: GPL-3.0-or-later
// The segmentation engine end to end on stores with planted behavioural groups: the choice of k,
// recovery of the groups, thread independence, refresh, merge, split, lock and coverage.
#include "analysis/archetypematcher.h"
#include "analysis/clusterquality.h"
#include "analysis/featurecatalog.h"
#include "analysis/features.h"
#include "analysis/personarefresh.h"
#include "analysis/runstore.h"
#include "analysis/segmentation.h"
#include "analysis/segmentedit.h"
#include "persona/personatemplate.h"
#include "store/summary.h"

#include "plantedstore.h"
#include "testsupport.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <cmath>

using namespace pw;

namespace {

/// The segment of every person of the latest run, in people-id order.
std::vector<int> latestLabels(Project &project)
{
    std::vector<int> labels;
    QSqlQuery q(project.db());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT segment FROM assignments WHERE run_id = "
                                      "(SELECT MAX(id) FROM segmentation_runs) ORDER BY person_id")));
    while (q.next())
        labels.push_back(q.value(0).toInt());
    return labels;
}

SegmentationOptions quickOptions()
{
    SegmentationOptions o;
    o.restarts = 4;
    o.silhouetteSample = 800;
    o.stabilityRuns = 2;
    o.stabilitySample = 800;
    return o;
}

const Persona *byId(const QList<Persona> &list, qint64 id)
{
    for (const Persona &p : list)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace

TEST(Engine, AutoKFindsThePlantedGroups)
{
    for (int planted : {3, 4}) {
        test::TempDir dir;
        auto project = test::newProject(dir);
        ASSERT_TRUE(project);
        std::vector<test::PlantedGroup> groups = test::fourGroups();
        groups.resize(size_t(planted));
        std::vector<int> truth;
        test::plantStore(*project, groups, 200, 17 + quint64(planted), truth);
        SegmentationOptions options = quickOptions();
        options.kMin = 2;
        options.kMax = 6;
        Error error;
        const auto result = runSegmentation(*project, options, nullptr, &error);
        ASSERT_TRUE(result) << qPrintable(error.message);
        QString scores;
        for (int k = 2; k <= 6; ++k)
            scores += QStringLiteral(" k%1: %2/%3 (%4)")
                          .arg(k)
                          .arg(result->silhouetteByK.value(k))
                          .arg(result->stabilityByK.value(k))
                          .arg(result->kindsByK.value(k).join(QLatin1Char(',')));
        EXPECT_EQ(result->k, planted) << qPrintable(scores);
        EXPECT_EQ(result->silhouetteByK.size(), 5);
        EXPECT_EQ(result->stabilityByK.size(), 5);
        const std::vector<int> labels = latestLabels(*project);
        ASSERT_EQ(labels.size(), truth.size());
        EXPECT_GE(adjustedRandIndex(truth, labels), 0.85) << planted << " groups";
        // Each planted group is named after the archetype it was planted as: the segment holding
        // most of a group's people carries that archetype.
        const QStringList plantedAs = {QStringLiteral("bouncer"), QStringLiteral("cart_abandoner"),
            QStringLiteral("repeat_buyer"), QStringLiteral("discount_seeker")};
        for (int g = 0; g < planted; ++g) {
            QHash<int, int> votes;
            for (size_t i = 0; i < truth.size(); ++i)
                if (truth[i] == g)
                    ++votes[labels[i]];
            int segment = -1;
            for (auto it = votes.cbegin(); it != votes.cend(); ++it)
                if (segment < 0 || it.value() > votes.value(segment))
                    segment = it.key();
            QString archetype;
            for (const Persona &p : result->personas)
                if (p.segment == segment)
                    archetype = p.archetype;
            EXPECT_EQ(archetype, plantedAs[g]) << planted << " groups, group " << g;
        }
        // Data without reviews cannot support a rating: it is left out and said so.
        EXPECT_TRUE(result->leftOut.contains(Feature::AverageRating));
        EXPECT_EQ(result->leftOutReasons.value(Feature::AverageRating).toString(), QStringLiteral("no_data"));
    }
}

TEST(Engine, SameRunWhateverTheNumberOfThreads)
{
    test::TempDir dir;
    std::vector<int> truth;
    QList<std::vector<int>> labels;
    for (int threads : {1, 2, 3}) {
        auto project = test::newProject(dir, QStringLiteral("t%1.personas").arg(threads));
        ASSERT_TRUE(project);
        truth.clear();
        test::plantStore(*project, test::fourGroups(), 150, 5, truth);
        SegmentationOptions options = quickOptions();
        options.threads = threads;
        Error error;
        const auto result = runSegmentation(*project, options, nullptr, &error);
        ASSERT_TRUE(result) << qPrintable(error.message);
        labels << latestLabels(*project);
    }
    EXPECT_EQ(labels[0], labels[1]);
    EXPECT_EQ(labels[0], labels[2]);
}

TEST(Engine, RefreshKeepsWhatWasWrittenAndRecordsTheShift)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 150, 3, truth);
    SegmentationOptions options = quickOptions();
    options.k = 4;
    Error error;
    auto first = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(first) << qPrintable(error.message);
    ASSERT_EQ(first->personas.size(), 4);

    // The marketer names one persona and writes on it.
    Persona written = first->personas[1];
    written.customName = QStringLiteral("Nora the regular");
    written.fields.insert(QStringLiteral("goals"), QJsonArray {QStringLiteral("Never run out of coffee")});
    PersonaChange change;
    change.parts = PersonaChange::Name;
    change.sections = {QStringLiteral("goals")};
    ASSERT_EQ(PersonaRepository::edit(*project, written, change, written.revision, &error), WriteStatus::Written)
        << qPrintable(error.message);

    // Next month's data: more people of the same groups, then a refresh.
    test::plantStore(*project, test::fourGroups(), 60, 4, truth, QStringLiteral("q"), 1720000000);
    auto second = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(second) << qPrintable(error.message);
    const QList<Persona> after = PersonaRepository::load(*project, &error);
    ASSERT_EQ(after.size(), 4);
    const Persona *kept = byId(after, written.id);
    ASSERT_TRUE(kept) << "the written persona keeps its id";
    EXPECT_EQ(kept->customName, QStringLiteral("Nora the regular"));
    EXPECT_EQ(kept->fields.value(QStringLiteral("goals")).toArray().first().toString(), QStringLiteral("Never run out of coffee"));
    EXPECT_EQ(kept->runId, second->runId);
    // Same groups: it is matched to the segment of the same archetype, now larger.
    EXPECT_EQ(kept->archetype, written.archetype);
    EXPECT_GT(kept->stats.size, written.stats.size);
    // Every persona was matched one to one, and the shift is stored with the run.
    QSet<qint64> ids;
    for (const Persona &p : after)
        ids.insert(p.id);
    for (const Persona &p : first->personas)
        EXPECT_TRUE(ids.contains(p.id));
    ASSERT_EQ(second->shift.size(), 4);
    bool found = false;
    for (const QJsonValue &v : second->shift) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("persona_id")).toInteger() != written.id)
            continue;
        found = true;
        EXPECT_EQ(s.value(QStringLiteral("size_before")).toInteger(), written.stats.size);
        EXPECT_EQ(s.value(QStringLiteral("size_after")).toInteger(), kept->stats.size);
        // The new month moved the profile (later dates), but far less than the groups are apart.
        EXPECT_GT(s.value(QStringLiteral("profile_distance")).toDouble(), 0.0);
        EXPECT_LT(s.value(QStringLiteral("profile_distance")).toDouble(), 1.5);
        EXPECT_EQ(s.value(QStringLiteral("profile_change")).toArray().size(), 3);
    }
    EXPECT_TRUE(found);
    const auto run = RunStore::latestRun(*project, &error);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->scores.value(QStringLiteral("shift")).toArray().size(), 4);
}

TEST(Engine, MergeSplitAndLock)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 120, 8, truth);
    SegmentationOptions options = quickOptions();
    options.k = 4;
    Error error;
    auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    const QList<Persona> before = result->personas;
    const qint64 people = result->people;

    // Merge the two smallest-revenue personas.
    const Persona keep = before[2];
    const Persona other = before[3];
    ASSERT_TRUE(SegmentEdit::merge(*project, keep.id, other.id, nullptr, &error)) << qPrintable(error.message);
    QList<Persona> now = PersonaRepository::load(*project, &error);
    ASSERT_EQ(now.size(), 3);
    EXPECT_FALSE(byId(now, other.id));
    ASSERT_TRUE(byId(now, keep.id));
    EXPECT_EQ(byId(now, keep.id)->stats.size, keep.stats.size + other.stats.size);
    qint64 sum = 0;
    for (const Persona &p : now)
        sum += p.stats.size;
    EXPECT_EQ(sum, people);

    // Split it again: the larger half stays, the other half becomes a new persona.
    const qint64 added = SegmentEdit::split(*project, keep.id, 42, nullptr, &error);
    ASSERT_GT(added, 0) << qPrintable(error.message);
    now = PersonaRepository::load(*project, &error);
    ASSERT_EQ(now.size(), 4);
    const Persona *half = byId(now, added);
    const Persona *stayed = byId(now, keep.id);
    ASSERT_TRUE(half && stayed);
    EXPECT_GT(half->stats.size, 0);
    EXPECT_GE(stayed->stats.size, half->stats.size);
    EXPECT_EQ(stayed->stats.size + half->stats.size, keep.stats.size + other.stats.size);
    // The planted groups come back: the split undid the merge.
    EXPECT_GE(adjustedRandIndex(truth, latestLabels(*project)), 0.85);
    const auto run = RunStore::latestRun(*project, &error);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->scores.value(QStringLiteral("edits")).toArray().size(), 2);

    // Lock one persona and give it another archetype by hand; unlock another and do the same.
    Persona lockedOne = *byId(now, before[0].id);
    Persona freeOne = *byId(now, before[1].id);
    ASSERT_TRUE(setPersonaLocked(*project, lockedOne.id, true, &error));
    EXPECT_TRUE(lockedPersonas(*project).contains(lockedOne.id));
    lockedOne.archetype = QStringLiteral("loyal_customer");
    freeOne.archetype = QStringLiteral("loyal_customer");
    const PersonaChange archetype{PersonaChange::Archetype, {}, {}};
    ASSERT_EQ(PersonaRepository::edit(*project, lockedOne, archetype, lockedOne.revision, &error), WriteStatus::Written);
    ASSERT_EQ(PersonaRepository::edit(*project, freeOne, archetype, freeOne.revision, &error), WriteStatus::Written);
    result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    now = PersonaRepository::load(*project, &error);
    ASSERT_TRUE(byId(now, lockedOne.id));
    ASSERT_TRUE(byId(now, freeOne.id));
    EXPECT_EQ(byId(now, lockedOne.id)->archetype, QStringLiteral("loyal_customer")); // kept
    EXPECT_EQ(byId(now, freeOne.id)->archetype, before[1].archetype); // recomputed
    EXPECT_TRUE(lockedPersonas(*project).contains(lockedOne.id));
    ASSERT_TRUE(setPersonaLocked(*project, lockedOne.id, false, &error));
    EXPECT_FALSE(lockedPersonas(*project).contains(lockedOne.id));

    // Errors are values.
    EXPECT_FALSE(SegmentEdit::merge(*project, lockedOne.id, lockedOne.id, nullptr, &error));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_FALSE(setPersonaLocked(*project, 999999, true, &error));
}

TEST(Engine, RevenueCoverageIsMonotoneAndEndsAtOne)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 100, 9, truth);
    SegmentationOptions options = quickOptions();
    options.k = 4;
    Error error;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    const QList<double> curve = result->revenueCoverage;
    ASSERT_EQ(curve.size(), 4);
    for (qsizetype i = 1; i < curve.size(); ++i)
        EXPECT_GE(curve[i], curve[i - 1]);
    EXPECT_DOUBLE_EQ(curve.last(), 1.0);
    EXPECT_GT(curve.first(), 0.5); // the repeat buyers hold most of the revenue

    QList<Persona> personas(3);
    personas[0].stats.revenue = 10;
    personas[1].stats.revenue = 70;
    personas[2].stats.revenue = 20;
    EXPECT_EQ(revenueCoverage(personas), (QList<double> {0.7, 0.9, 1.0}));
    // A persona of credit notes: the curve is each persona's share of the net revenue, summed.
    personas[0].stats.revenue = -4;
    personas[1].stats.revenue = 60;
    personas[2].stats.revenue = 24;
    const QList<double> net = revenueCoverage(personas);
    ASSERT_EQ(net.size(), 3);
    EXPECT_DOUBLE_EQ(net[0], 60.0 / 80.0);
    EXPECT_DOUBLE_EQ(net[1], 84.0 / 80.0);
    EXPECT_DOUBLE_EQ(net[2], 1.0);
    personas[0].stats.revenue = personas[1].stats.revenue = personas[2].stats.revenue = 0;
    EXPECT_TRUE(revenueCoverage(personas).isEmpty()); // no revenue: no curve (no data), not a line at 0
}

TEST(Engine, FeatureSwitchesAndWeights)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 50, 2, truth);
    Error error;
    const auto plain = computeFeatures(*project, FeatureSettings(), nullptr, &error);
    ASSERT_TRUE(plain) << qPrintable(error.message);
    EXPECT_TRUE(plain->keys.contains(Feature::Monetary));
    EXPECT_TRUE(plain->keys.contains(Feature::Carts));
    EXPECT_TRUE(plain->keys.contains(Feature::MaxOrderValue));
    EXPECT_TRUE(plain->keys.contains(Feature::TenureDays));
    EXPECT_EQ(plain->leftOutReasons.value(Feature::MobileShare), LeftOutReason::NoData);

    FeatureSettings settings;
    settings.disabled << Feature::Sessions;
    settings.weights.insert(Feature::Monetary, 2.0);
    ASSERT_TRUE(settings.save(*project, &error)) << qPrintable(error.message);
    const auto weighted = computeFeatures(*project, nullptr, &error); // the saved settings
    ASSERT_TRUE(weighted);
    EXPECT_FALSE(weighted->keys.contains(Feature::Sessions));
    EXPECT_EQ(weighted->leftOutReasons.value(Feature::Sessions), LeftOutReason::SwitchedOff);
    const int a = int(plain->keys.indexOf(Feature::Monetary));
    const int b = int(weighted->keys.indexOf(Feature::Monetary));
    for (qsizetype i = 0; i < plain->rows(); i += 17)
        EXPECT_FLOAT_EQ(weighted->zAt(i, b), 2.0f * plain->zAt(i, a));

    FeatureSettings bad;
    bad.weights.insert(QStringLiteral("shoe_size"), 1.0);
    EXPECT_FALSE(bad.save(*project, &error));
    bad.weights.clear();
    bad.weights.insert(Feature::Monetary, 0.0);
    EXPECT_FALSE(bad.save(*project, &error));
}

// A figure the data cannot measure is "no data", not 0: orders without a discount or coupon
// column have no discount share, segments without carts no cart abandonment, a store without
// events no timing of the first purchase.
TEST(Engine, FiguresTheDataCannotMeasureAreNoData)
{
    for (const bool coupons : {false, true}) {
        test::TempDir dir;
        auto project = test::newProject(dir);
        ASSERT_TRUE(project);
        std::vector<test::PlantedGroup> groups = test::fourGroups();
        for (test::PlantedGroup &g : groups) {
            g.sessionsMin = g.sessionsMax = 0; // orders only
            g.couponChance = coupons ? g.couponChance : 0.0;
        }
        groups.erase(groups.begin(), groups.begin() + 2); // the buyers
        std::vector<int> truth;
        test::plantStore(*project, groups, 80, 12, truth);
        SegmentationOptions options = quickOptions();
        options.k = 2;
        Error error;
        const auto result = runSegmentation(*project, options, nullptr, &error);
        ASSERT_TRUE(result) << qPrintable(error.message);
        EXPECT_EQ(result->leftOutReasons.value(Feature::HoursToFirstPurchase).toString(), QStringLiteral("no_data"));
        EXPECT_EQ(result->leftOutReasons.value(Feature::DiscountShare).toString(),
            coupons ? QString() : QStringLiteral("no_data"));
        for (const Persona &p : result->personas) {
            EXPECT_EQ(std::isnan(p.stats.discountShare), !coupons) << qPrintable(p.archetype);
            EXPECT_TRUE(std::isnan(p.stats.cartAbandonment));
            const QString shown = figureValue(p.stats, QStringLiteral("discount_share"), QLocale(QLocale::English));
            EXPECT_EQ(shown == QStringLiteral("no data"), !coupons) << qPrintable(shown);
            EXPECT_EQ(figureValue(p.stats, QStringLiteral("cart_abandonment"), QLocale(QLocale::English)),
                QStringLiteral("no data"));
            // Stored and read back: null in JSON, still no data.
            const QJsonObject json = p.stats.toJson();
            EXPECT_EQ(json.value(QStringLiteral("discount_share")).isNull(), !coupons);
            EXPECT_EQ(std::isnan(PersonaStats::fromJson(json).discountShare), !coupons);
            EXPECT_FALSE(ArchetypeMatcher::isNonTransacting(p.archetype)) << qPrintable(p.archetype);
            EXPECT_NE(p.archetype, QStringLiteral("impulse_buyer"));
        }
    }
}

TEST(Engine, BuyersAreNeverBouncersOrBrowsers)
{
    // The tiny-store case: 5 people, one of whom ordered, 84% of revenue, sessions that bounce.
    StoreProfile store;
    store.people = 6;
    store.revenue = 100;
    store.medianAverageOrderValue = 40;
    store.hasEvents = true;
    store.hasPurchaseDetails = true;
    SegmentProfile s;
    s.size = 5;
    s.buyers = 1;
    s.orders = 2;
    s.revenue = s.purchaseValue = 84;
    s.peopleWithSessions = 5;
    s.bounceRate = 0.95;
    SegmentProfile other;
    other.segment = 1;
    other.size = 1;
    other.buyers = 1;
    other.orders = 1;
    other.revenue = other.purchaseValue = 16;
    for (const QString &key : {QStringLiteral("bouncer"), QStringLiteral("passive_browser"), QStringLiteral("looker"),
             QStringLiteral("cart_abandoner")})
        EXPECT_EQ(ArchetypeMatcher::score(key, s, store), 0.0) << qPrintable(key);
    const QList<ArchetypeMatch> m = ArchetypeMatcher::match({s, other}, store);
    ASSERT_EQ(m.size(), 2);
    for (const ArchetypeMatch &match : m)
        EXPECT_FALSE(ArchetypeMatcher::isNonTransacting(match.archetype)) << qPrintable(match.archetype);
}

TEST(Engine, SegmentsSharingAnArchetypeGetDistinguishingNames)
{
    StoreProfile store;
    store.people = 200;
    store.revenue = 100000;
    store.medianAverageOrderValue = 50;
    store.hasPurchaseDetails = true;
    auto repeat = [](int segment, double aov, double zAov) {
        SegmentProfile p;
        p.segment = segment;
        p.size = 100;
        p.buyers = 100;
        p.orders = 400;
        p.revenue = p.purchaseValue = aov * 400;
        p.z.insert(Feature::AverageOrderValue, zAov);
        p.z.insert(Feature::Frequency, 1.0);
        return p;
    };
    // With only the repeat-buyer rule fitting both, one shares it.
    const QList<ArchetypeMatch> m = ArchetypeMatcher::match({repeat(0, 120, 1.2), repeat(1, 45, -0.4)}, store, 0.9);
    ASSERT_EQ(m.size(), 2);
    ASSERT_EQ(m[0].archetype, m[1].archetype);
    EXPECT_EQ(m[0].nameSuffix, QStringLiteral("+average_order_value"));
    EXPECT_EQ(m[1].nameSuffix, QStringLiteral("-average_order_value"));
    Persona p;
    p.archetype = m[0].archetype;
    p.nameSuffix = m[0].nameSuffix;
    EXPECT_EQ(p.displayName(QStringLiteral("en")), QStringLiteral("Repeat buyer — high order value"));
    EXPECT_EQ(p.displayName(QStringLiteral("he")), QStringLiteral("קונים חוזרים — ערך הזמנה גבוה"));

    // In data that spans hours, nobody is "long inactive": recency does not name them apart.
    SegmentProfile recent = repeat(0, 60, 0.0), earlier = repeat(1, 60, 0.0);
    recent.z.insert(Feature::RecencyDays, -0.8);
    earlier.z.insert(Feature::RecencyDays, 1.5);
    store.purchaseCycleDays = 14;
    store.periodDays = 0.3;
    const QList<ArchetypeMatch> brief = ArchetypeMatcher::match({recent, earlier}, store, 0.9);
    ASSERT_EQ(brief.size(), 2);
    EXPECT_FALSE(brief[0].nameSuffix.contains(Feature::RecencyDays)) << qPrintable(brief[0].nameSuffix);
    EXPECT_FALSE(brief[1].nameSuffix.contains(Feature::RecencyDays)) << qPrintable(brief[1].nameSuffix);
    store.periodDays = 400; // a year of data: now it does
    const QList<ArchetypeMatch> year = ArchetypeMatcher::match({recent, earlier}, store, 0.9);
    EXPECT_TRUE(year[1].nameSuffix.contains(Feature::RecencyDays)) << qPrintable(year[1].nameSuffix);
}

TEST(Engine, ImportedPerPersonFeaturesAreClusteredToo)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 25, 6, truth);
    // A pre-aggregated value for most people (skewed: log-transformed), none for the others.
    Error error;
    for (qint64 id = 1; id <= 80; ++id)
        ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO person_features(person_id, feature, value) VALUES(?, ?, ?)"),
            {id, QStringLiteral("exit_rate"), id % 10 == 0 ? 500.0 : double(id % 7)}, &error))
            << qPrintable(error.message);
    const auto m = computeFeatures(*project, FeatureSettings(), nullptr, &error);
    ASSERT_TRUE(m) << qPrintable(error.message);
    const QString key = Feature::ImportedPrefix + QStringLiteral("exit_rate");
    const int c = int(m->keys.indexOf(key));
    ASSERT_GE(c, 0);
    EXPECT_EQ(c, m->columns() - 1); // after the computed features
    EXPECT_TRUE(m->transforms[c].log);
    EXPECT_DOUBLE_EQ(m->rawAt(9, c), 500.0);
    EXPECT_TRUE(std::isnan(m->rawAt(90, c)));
    // It can be switched off and weighted like any other.
    FeatureSettings off;
    off.disabled << key;
    EXPECT_TRUE(off.validate().isEmpty());
    const auto without = computeFeatures(*project, off, nullptr, &error);
    ASSERT_TRUE(without);
    EXPECT_EQ(without->leftOutReasons.value(key), LeftOutReason::SwitchedOff);
    // Shown by its label, never by its key.
    EXPECT_EQ(FeatureCatalog::instance().name(key, QStringLiteral("en")), QStringLiteral("Exit rate"));
}

// Revenue around cancellations: a persona's revenue is net of its people's cancellations, so the
// personas' revenue adds up to the store's revenue that `info` shows, and their shares to 1; the
// average order value is over the purchases alone.
TEST(Engine, RevenueAddsUpWithCancellations)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 80, 21, truth);
    Error error;
    // Every third buyer cancels one order in full; one person only returns something bought
    // before the data begins (no purchase, a credit).
    ASSERT_TRUE(project->exec(QStringLiteral(
        "INSERT INTO orders(order_id, person_id, order_date, total, status)"
        " SELECT 'C' || order_id, person_id, order_date + 3600, -total, 'cancelled' FROM orders"
        " WHERE id IN (SELECT min(id) FROM orders GROUP BY person_id) AND person_id % 3 = 0"),
        {}, &error)) << qPrintable(error.message);
    ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, status)"
                                             " VALUES('C-old', 1, 1700000000, -35.5, 'cancelled')"),
        {}, &error)) << qPrintable(error.message);
    const qint64 cancelled = project->scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'cancelled'")).toLongLong();
    ASSERT_GT(cancelled, 10);
    SegmentationOptions options = quickOptions();
    options.k = 4;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    const auto summary = summarize(*project, &error);
    ASSERT_TRUE(summary) << qPrintable(error.message);
    const double gross = project->scalar(QStringLiteral("SELECT total(total) FROM orders WHERE status IS NOT 'cancelled'")).toDouble();
    ASSERT_LT(summary->revenue, gross - 100); // the cancellations matter
    double revenue = 0, share = 0, purchases = 0;
    for (const Persona &p : result->personas) {
        revenue += p.stats.revenue;
        share += p.stats.shareRevenue;
        if (p.stats.ordersPerPerson > 0) // a segment without buyers has no order value (NaN: no data)
            purchases += p.stats.averageOrderValue * p.stats.ordersPerPerson * double(p.stats.size);
        else
            EXPECT_TRUE(std::isnan(p.stats.averageOrderValue)) << qPrintable(p.archetype);
    }
    EXPECT_NEAR(revenue, summary->revenue, 1e-6 * summary->revenue);
    EXPECT_NEAR(share, 1.0, 1e-9);
    EXPECT_NEAR(result->revenueCoverage.last(), 1.0, 1e-9);
    // Average order value × orders gives back the purchases, not the net revenue.
    EXPECT_NEAR(purchases, gross, 1e-6 * gross);
    const qint64 orders = project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong();
    qint64 counted = 0;
    for (const Persona &p : result->personas)
        counted += qRound64(p.stats.ordersPerPerson * double(p.stats.size));
    EXPECT_EQ(counted, orders - cancelled);
}

// A locked persona keeps its segment through a re-run with another seed and another k: its
// centroid is pinned, so the same people stay in it and it stays matched to the same persona.
TEST(Engine, LockedPersonaKeepsItsSegmentWhenReclustered)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 100, 31, truth);
    SegmentationOptions options = quickOptions();
    options.k = 4;
    Error error;
    const auto first = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(first) << qPrintable(error.message);
    auto members = [&](const Persona &p) {
        QSet<qint64> people;
        QSqlQuery q(project->db());
        q.prepare(QStringLiteral("SELECT person_id FROM assignments WHERE run_id = ? AND segment = ?"));
        q.addBindValue(p.runId);
        q.addBindValue(p.segment);
        EXPECT_TRUE(q.exec());
        while (q.next())
            people.insert(q.value(0).toLongLong());
        return people;
    };
    for (int pick : {1, 2}) {
        const QList<Persona> current = PersonaRepository::load(*project, &error);
        ASSERT_GT(current.size(), pick) << qPrintable(error.message);
        Persona locked = current[pick];
        locked.customName = QStringLiteral("Kept %1").arg(pick);
        locked.fields.insert(QStringLiteral("goals"), QJsonArray {QStringLiteral("Stay as written")});
        const PersonaChange change{PersonaChange::Name, {QStringLiteral("goals")}, {}};
        ASSERT_EQ(PersonaRepository::edit(*project, locked, change, locked.revision, &error), WriteStatus::Written)
            << qPrintable(error.message);
        ASSERT_TRUE(setPersonaLocked(*project, locked.id, true, &error));
        const QSet<qint64> before = members(locked);
        ASSERT_GT(before.size(), 20);

        // Another seed and one segment fewer: without the pin two groups would have to share.
        SegmentationOptions again = quickOptions();
        again.k = 3;
        again.seed = 4242 + quint64(pick);
        const auto second = runSegmentation(*project, again, nullptr, &error);
        ASSERT_TRUE(second) << qPrintable(error.message);
        const QList<Persona> after = PersonaRepository::load(*project, &error);
        const Persona *kept = byId(after, locked.id);
        ASSERT_TRUE(kept);
        EXPECT_EQ(kept->runId, second->runId);
        ASSERT_GE(kept->segment, 0);
        EXPECT_EQ(kept->customName, locked.customName);
        EXPECT_EQ(kept->archetype, locked.archetype);
        EXPECT_EQ(kept->fields, locked.fields);
        // Its people stay in it (with a segment fewer it may also take in a group that has no
        // segment left, but it never loses its own to another).
        const QSet<qint64> now = members(*kept);
        const qsizetype common = QSet<qint64>(now).intersect(before).size();
        EXPECT_GE(double(common) / double(before.size()), 0.9)
            << "persona " << pick << ": " << before.size() << " before, " << now.size() << " after";
        ASSERT_TRUE(setPersonaLocked(*project, locked.id, false, &error));
    }
}
