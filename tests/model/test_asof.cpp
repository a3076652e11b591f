// SPDX-License-Identifier: GPL-3.0-or-later
// Segmentation as of a date: the features of the data up to that day only.
#include "analysis/features.h"
#include "analysis/orderscan.h"
#include "analysis/segmentmix.h"
#include "analysis/runhistory.h"
#include "analysis/runstore.h"
#include "analysis/segmentation.h"
#include "analysis/timeline.h"

#include "common/progress.h"
#include "store/purchase.h"
#include "changingstore.h"
#include "plantedstore.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

using namespace pw;

namespace {

constexpr qint64 T0 = 1704067200; // 2024-01-01 00:00 UTC
constexpr qint64 Day = 86400;

void run(Project &p, const QString &sql, const QVariantList &values = {})
{
    Error e;
    ASSERT_TRUE(p.exec(sql, values, &e)) << qPrintable(e.message) << " in " << qPrintable(sql);
}

void person(Project &p, qint64 id, const QString &customerId)
{
    run(p, QStringLiteral("INSERT INTO people(id, customer_id) VALUES(?, ?)"), {id, customerId});
}

void order(Project &p, const QString &id, qint64 person, qint64 when, double total, const QString &status = QString())
{
    run(p, QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, status) VALUES(?, ?, ?, ?, ?)"),
        {id, person, when, total, status.isEmpty() ? QVariant() : QVariant(status)});
}

void event(Project &p, const QString &session, qint64 person, qint64 when, const QString &type)
{
    run(p, QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type) VALUES(?, ?, ?, ?)"),
        {session, person, when, type});
}

double raw(const FeatureMatrix &m, qsizetype row, const QString &key)
{
    const int c = int(m.keys.indexOf(key));
    EXPECT_GE(c, 0) << qPrintable(key);
    return c >= 0 ? m.rawAt(row, c) : std::nan("");
}

/// A: orders on Jan 2, Jan 12 and Feb 10, a review on Jan 31 and one without a date;
/// B: one session on Jan 6 and one on Jan 21; C: signed up on Jan 4, ordered on Jan 26;
/// D: first seen with an order on Jan 16; E: a customer record without any date;
/// F: only a cancelled order, on Jan 8.
void buildTinyStore(Project &p)
{
    for (qint64 id = 1; id <= 6; ++id)
        person(p, id, QString(QChar(u'A' + int(id - 1))));
    order(p, QStringLiteral("o1"), 1, T0 + Day, 100);
    order(p, QStringLiteral("o2"), 1, T0 + 11 * Day, 50);
    order(p, QStringLiteral("o3"), 1, T0 + 40 * Day, 70);
    run(p, QStringLiteral("INSERT INTO reviews(person_id, rating, date) VALUES(1, 5, ?)"), {T0 + 30 * Day});
    run(p, QStringLiteral("INSERT INTO reviews(person_id, rating, date) VALUES(1, 1, NULL)"));
    event(p, QStringLiteral("sB1"), 2, T0 + 5 * Day, QStringLiteral("page_view"));
    event(p, QStringLiteral("sB1"), 2, T0 + 5 * Day, QStringLiteral("product_view"));
    event(p, QStringLiteral("sB2"), 2, T0 + 20 * Day, QStringLiteral("page_view"));
    run(p, QStringLiteral("INSERT INTO customers(person_id, signup_date) VALUES(3, ?)"), {T0 + 3 * Day});
    order(p, QStringLiteral("o4"), 3, T0 + 25 * Day, 30);
    order(p, QStringLiteral("o5"), 4, T0 + 15 * Day, 80);
    run(p, QStringLiteral("INSERT INTO customers(person_id, country) VALUES(5, 'PT')"));
    order(p, QStringLiteral("o6"), 6, T0 + 7 * Day, 40, QStringLiteral("cancelled"));
}

} // namespace

TEST(AsOf, TinyStoreMatchesHandComputedValues)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    buildTinyStore(*project);

    Error error;
    NullProgress progress;
    const QDate asOf(2024, 1, 13); // T0 + 12 days; everything before T0 + 13 days counts
    const auto m = computeFeatures(*project, FeatureSettings(), &progress, &error, asOf);
    ASSERT_TRUE(m) << qPrintable(error.message);
    EXPECT_EQ(m->asOf, asOf);
    // D came on Jan 16 and E has nothing dated: neither is in the matrix. F's cancelled order
    // shows F was there.
    EXPECT_EQ(RunStore::customerIds(*project, m->personIds, &error), (QStringList {"A", "B", "C", "F"}));
    ASSERT_EQ(m->activity.size(), size_t(4));
    // The store's last date is the as-of date; its first is A's first order.
    EXPECT_DOUBLE_EQ(m->periodDays, 11.0);
    // No review is dated on or before the date (the undated one cannot be placed in time).
    EXPECT_EQ(m->leftOutReasons.value(Feature::AverageRating), LeftOutReason::NoData);

    // A: two orders by then (Jan 2 and Jan 12), recency from Jan 13.
    EXPECT_DOUBLE_EQ(raw(*m, 0, Feature::RecencyDays), 1.0);
    EXPECT_DOUBLE_EQ(raw(*m, 0, Feature::Frequency), 2.0);
    EXPECT_DOUBLE_EQ(raw(*m, 0, Feature::Monetary), 150.0);
    EXPECT_DOUBLE_EQ(raw(*m, 0, Feature::AverageOrderValue), 75.0);
    EXPECT_DOUBLE_EQ(raw(*m, 0, Feature::TenureDays), 11.0);
    EXPECT_DOUBLE_EQ(m->activity[0].daysBetweenOrders, 10.0);
    EXPECT_DOUBLE_EQ(m->activity[0].revenue, 150.0);
    // B: the Jan 6 session only.
    EXPECT_DOUBLE_EQ(raw(*m, 1, Feature::RecencyDays), 7.0);
    EXPECT_DOUBLE_EQ(raw(*m, 1, Feature::TenureDays), 7.0);
    EXPECT_DOUBLE_EQ(raw(*m, 1, Feature::Sessions), 1.0);
    EXPECT_DOUBLE_EQ(raw(*m, 1, Feature::PagesPerSession), 2.0);
    EXPECT_DOUBLE_EQ(raw(*m, 1, Feature::ProductViews), 1.0);
    // C: signed up on Jan 4, the order of Jan 26 is after the date.
    EXPECT_DOUBLE_EQ(raw(*m, 2, Feature::RecencyDays), 9.0);
    EXPECT_DOUBLE_EQ(raw(*m, 2, Feature::TenureDays), 9.0);
    EXPECT_DOUBLE_EQ(raw(*m, 2, Feature::Frequency), 0.0);
    EXPECT_EQ(m->activity[2].orders, 0);
    // F: no purchase; recency from the store's first date (nothing else is known of F's visits).
    EXPECT_DOUBLE_EQ(raw(*m, 3, Feature::Frequency), 0.0);
    EXPECT_DOUBLE_EQ(raw(*m, 3, Feature::RecencyDays), 11.0);

    // The day itself counts whole: as of Jan 12, A's order of that day is in, recency 0.
    const auto sameDay = computeFeatures(*project, FeatureSettings(), &progress, &error, QDate(2024, 1, 12));
    ASSERT_TRUE(sameDay) << qPrintable(error.message);
    EXPECT_DOUBLE_EQ(raw(*sameDay, 0, Feature::Frequency), 2.0);
    EXPECT_DOUBLE_EQ(raw(*sameDay, 0, Feature::RecencyDays), 0.0);
    // As of Jan 1 nobody had done anything yet: refused, saying so.
    EXPECT_FALSE(computeFeatures(*project, FeatureSettings(), &progress, &error, QDate(2024, 1, 1)));
    EXPECT_TRUE(error.message.contains(QStringLiteral("2024-01-01"))) << qPrintable(error.message);
}

// When the as-of date is the store's last date (at midnight) and nothing is undated, the
// features are those of all the data, value for value.
TEST(AsOf, AtTheLastDateEqualsTheWholeData)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    buildTinyStore(*project);
    run(*project, QStringLiteral("DELETE FROM reviews WHERE date IS NULL"));
    run(*project, QStringLiteral("DELETE FROM people WHERE customer_id = 'E'"));
    Error error;
    const auto all = computeFeatures(*project, FeatureSettings(), nullptr, &error);
    ASSERT_TRUE(all) << qPrintable(error.message);
    const auto asOf = computeFeatures(*project, FeatureSettings(), nullptr, &error, QDate(2024, 2, 10));
    ASSERT_TRUE(asOf) << qPrintable(error.message);
    EXPECT_FALSE(all->asOf.has_value());
    EXPECT_EQ(asOf->personIds, all->personIds);
    EXPECT_EQ(asOf->keys, all->keys);
    ASSERT_EQ(asOf->raw.size(), all->raw.size());
    EXPECT_EQ(std::memcmp(asOf->raw.data(), all->raw.data(), all->raw.size() * sizeof(double)), 0); // NaN included
    EXPECT_EQ(asOf->z, all->z);
    EXPECT_EQ(asOf->periodDays, all->periodDays);
    EXPECT_EQ(asOf->purchaseCycleDays, all->purchaseCycleDays);
}

// A feature table has no dates: its columns are no data as of a date, and purchases that only
// its conversion column holds are refused.
TEST(AsOf, FeatureTablesHaveNoDates)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    for (qint64 id = 1; id <= 6; ++id) {
        person(*project, id, QStringLiteral("s%1").arg(id));
        run(*project, QStringLiteral("INSERT INTO person_features(person_id, feature, value) VALUES(?, 'BounceRates', ?)"),
            {id, 0.1 * double(id)});
        run(*project, QStringLiteral("INSERT INTO person_features(person_id, feature, value) VALUES(?, 'Revenue', ?)"),
            {id, id % 2});
    }
    ASSERT_TRUE(project->setSetting(QLatin1String(Purchase::kConversionSetting), QStringLiteral("[\"Revenue\"]")));
    Error error;
    ASSERT_TRUE(computeFeatures(*project, FeatureSettings(), nullptr, &error)) << qPrintable(error.message);
    EXPECT_FALSE(computeFeatures(*project, FeatureSettings(), nullptr, &error, QDate(2024, 6, 30)));
    EXPECT_TRUE(error.message.contains(QStringLiteral("feature table"))) << qPrintable(error.message);
    SegmentationOptions options;
    options.asOf = QDate(2024, 6, 30);
    EXPECT_FALSE(runSegmentation(*project, options, nullptr, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("feature table"))) << qPrintable(error.message);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM segmentation_runs")).toInt(), 0);

    // With dated orders beside it, the store can be segmented as of a date; the table's columns
    // are no data then, and its conversion column makes nobody a buyer.
    for (qint64 id = 1; id <= 4; ++id)
        order(*project, QStringLiteral("o%1").arg(id), id, T0 + id * Day, 10.0 * double(id));
    run(*project, QStringLiteral("INSERT INTO customers(person_id, signup_date) VALUES(5, ?)"), {T0});
    const auto m = computeFeatures(*project, FeatureSettings(), nullptr, &error, QDate(2024, 1, 3));
    ASSERT_TRUE(m) << qPrintable(error.message);
    EXPECT_EQ(m->personIds, (QList<qint64> {1, 2, 5}));
    EXPECT_EQ(m->leftOutReasons.value(Feature::ImportedPrefix + QStringLiteral("BounceRates")), LeftOutReason::NoData);
    EXPECT_FALSE(m->keys.contains(Feature::ImportedPrefix + QStringLiteral("BounceRates")));
    EXPECT_EQ(m->activity[0].orders, 1);
    EXPECT_EQ(m->activity[1].orders, 1);
    EXPECT_EQ(m->activity[2].orders, 0); // "Revenue" says 5 bought, but not when
}

namespace {

/// The archetype of each planted group's people in a run (the most common one), and who is in it.
struct GroupView
{
    QHash<QChar, QString> archetype;
    QSet<QChar> groups;
    qint64 people = 0;
};

GroupView groupsOf(Project &project, const SegmentationResult &result)
{
    QHash<int, QString> archetypeOf;
    for (const Persona &p : result.personas)
        archetypeOf.insert(p.segment, p.archetype);
    QHash<QChar, QHash<QString, int>> counts;
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT p.customer_id, a.segment FROM assignments a JOIN people p ON p.id = a.person_id"
                             " WHERE a.run_id = ?"));
    q.addBindValue(result.runId);
    EXPECT_TRUE(q.exec());
    GroupView view;
    while (q.next()) {
        const QChar group = q.value(0).toString().at(0);
        ++counts[group][archetypeOf.value(q.value(1).toInt())];
        view.groups.insert(group);
        ++view.people;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QString best;
        for (auto a = it.value().cbegin(); a != it.value().cend(); ++a)
            if (best.isEmpty() || a.value() > it.value().value(best))
                best = a.key();
        view.archetype.insert(it.key(), best);
    }
    return view;
}

/// The changing store in a new project, and the options of an as-of run of it.
class AsOfChange : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = test::newProject(dir);
        ASSERT_TRUE(project);
        test::buildChangingStore(*project);
        options.stabilityRuns = 0;
        options.asOf = QDate(2024, 6, 30);
    }
    test::TempDir dir;
    std::unique_ptr<Project> project;
    SegmentationOptions options;
    Error error;
};

} // namespace

TEST_F(AsOfChange, BeforeTheChangeTheOldPersonasAfterItTheNew)
{
    const auto before = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(before) << qPrintable(error.message);
    EXPECT_EQ(before->asOf, options.asOf);
    const GroupView old = groupsOf(*project, *before);
    // The newcomers of September are not in the run, nor counted.
    EXPECT_EQ(old.groups, (QSet<QChar> {u'R', u'L', u'B'}));
    EXPECT_EQ(old.people, 90);
    EXPECT_EQ(before->people, 90);
    qint64 sized = 0;
    for (const Persona &p : before->personas)
        sized += p.stats.size;
    EXPECT_EQ(sized, 90);
    // In June, the people who are about to stop buy as the others do.
    EXPECT_EQ(old.archetype.value(u'L'), old.archetype.value(u'R'));
    EXPECT_EQ(old.archetype.value(u'R'), QStringLiteral("repeat_buyer"));
    EXPECT_EQ(old.archetype.value(u'B'), QStringLiteral("bouncer"));
    // Recency counts from June 30th: the repeat buyers ordered within the last fortnight.
    for (const Persona &p : before->personas) {
        if (p.archetype == QLatin1String("repeat_buyer")) {
            EXPECT_LT(p.stats.recencyDays, 14.0);
        }
    }

    options.asOf = QDate(2024, 12, 31);
    const auto after = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(after) << qPrintable(error.message);
    const GroupView now = groupsOf(*project, *after);
    EXPECT_EQ(now.groups, (QSet<QChar> {u'R', u'L', u'B', u'N'}));
    EXPECT_EQ(now.people, 120);
    EXPECT_EQ(now.archetype.value(u'R'), QStringLiteral("repeat_buyer"));
    EXPECT_EQ(now.archetype.value(u'L'), QStringLiteral("lapsed_buyer"));
    EXPECT_EQ(now.archetype.value(u'N'), QStringLiteral("cart_abandoner"));
    for (const Persona &p : after->personas) {
        if (p.archetype == QLatin1String("lapsed_buyer")) {
            EXPECT_GT(p.stats.recencyDays, 170.0); // their last orders were in late June
        }
    }

    // Both runs record their dates; a run without one records none.
    const auto runs = RunStore::allRuns(*project, &error);
    ASSERT_TRUE(runs) << qPrintable(error.message);
    ASSERT_EQ(runs->size(), 2);
    EXPECT_EQ((*runs)[0].asOf, QDate(2024, 12, 31));
    EXPECT_EQ((*runs)[1].asOf, QDate(2024, 6, 30));
    options.asOf.reset();
    const auto whole = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(whole) << qPrintable(error.message);
    EXPECT_FALSE(whole->asOf.has_value());
    EXPECT_FALSE(RunStore::latestRun(*project, &error)->asOf.has_value());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT as_of FROM segmentation_runs WHERE id = ?"), {before->runId}).toLongLong(),
        T0 + 181 * Day);
}

// The features of an as-of run, read back (features --csv, merge, split), are its own: of the
// people it clustered, as of its date.
TEST_F(AsOfChange, LatestFeaturesAreThoseOfTheRunsDate)
{
    options.k = 3;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    const auto direct = computeFeatures(*project, FeatureSettings(), nullptr, &error, options.asOf);
    ASSERT_TRUE(direct) << qPrintable(error.message);
    const auto latest = RunStore::latestFeatures(*project, nullptr, &error);
    ASSERT_TRUE(latest) << qPrintable(error.message);
    EXPECT_EQ(latest->asOf, options.asOf);
    EXPECT_EQ(latest->personIds, direct->personIds);
    EXPECT_EQ(latest->z, direct->z);
}

TEST(Timeline, PeriodEndsAreTheLastDaysOfMonthsOrQuartersInTheRange)
{
    EXPECT_EQ(periodEnds(TimelinePeriod::Month, QDate(2024, 1, 15), QDate(2024, 4, 29)),
        (QList<QDate> {QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31)}));
    EXPECT_EQ(periodEnds(TimelinePeriod::Month, QDate(2024, 1, 1), QDate(2024, 1, 31)), (QList<QDate> {QDate(2024, 1, 31)}));
    EXPECT_EQ(periodEnds(TimelinePeriod::Quarter, QDate(2023, 11, 2), QDate(2024, 9, 30)),
        (QList<QDate> {QDate(2023, 12, 31), QDate(2024, 3, 31), QDate(2024, 6, 30), QDate(2024, 9, 30)}));
    EXPECT_TRUE(periodEnds(TimelinePeriod::Quarter, QDate(2024, 4, 1), QDate(2024, 6, 29)).isEmpty());
    EXPECT_TRUE(periodEnds(TimelinePeriod::Month, QDate(2024, 5, 1), QDate(2024, 4, 1)).isEmpty());
}

// A quarterly timeline of the changing store: one stored run per quarter end, each matched to the
// personas of the one before (which keep their ids), the lapse showing after June.
TEST_F(AsOfChange, AQuarterlyTimelineKeepsThePersonasAcrossRuns)
{
    const QList<QDate> ends = periodEnds(TimelinePeriod::Quarter, QDate(2024, 1, 1), QDate(2024, 12, 31));
    ASSERT_EQ(ends.size(), 4);
    const auto runs = runTimeline(*project, options, ends, nullptr, &error);
    ASSERT_TRUE(runs) << qPrintable(error.message);
    ASSERT_EQ(runs->size(), 4);
    for (qsizetype i = 0; i < 4; ++i)
        EXPECT_EQ((*runs)[i].asOf, ends[i]);
    EXPECT_EQ((*runs)[1].people, 90);
    EXPECT_EQ((*runs)[3].people, 120);
    // Each run's segments are matched to the personas the one before left: they keep their ids.
    auto ids = [](const SegmentationResult &r) {
        QSet<qint64> set;
        for (const Persona &p : r.personas)
            set.insert(p.id);
        return set;
    };
    for (qsizetype i = 1; i < 4; ++i)
        EXPECT_TRUE(ids((*runs)[i]).intersects(ids((*runs)[i - 1]))) << i;
    EXPECT_EQ(groupsOf(*project, (*runs)[1]).archetype.value(u'L'), QStringLiteral("repeat_buyer"));
    EXPECT_EQ(groupsOf(*project, (*runs)[3]).archetype.value(u'L'), QStringLiteral("lapsed_buyer"));
    const auto stored = RunStore::allRuns(*project, &error);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->size(), 4);
}

// The history of that timeline and the movement around the change: the people who stop buying
// in July go from the repeat buyers to a persona of lapsed buyers between June and September, the
// newcomers of September come in from outside the store, everyone else stays; the repeat buyers'
// persona drifts on the run after the change and on no other.
TEST_F(AsOfChange, MovementAroundTheChangeIsThePlantedOne)
{
    options.kMin = 2; // until July the store holds two kinds of people: no third is made up
    const QList<QDate> ends = periodEnds(TimelinePeriod::Quarter, QDate(2024, 1, 1), QDate(2024, 12, 31));
    const auto runs = runTimeline(*project, options, ends, nullptr, &error);
    ASSERT_TRUE(runs) << qPrintable(error.message);
    ASSERT_EQ(runs->size(), 4);
    const auto m = RunHistory::movement(*project, (*runs)[1].runId, (*runs)[2].runId, &error);
    ASSERT_TRUE(m) << qPrintable(error.message);

    // The planted movement, by group: who went from which persona to which.
    auto personaOfGroup = [&](qint64 run, QChar group) -> std::optional<qint64> { // most of its people's
        const QVariant id = project->scalar(
            QStringLiteral("SELECT rp.persona_id FROM assignments a JOIN people p ON p.id = a.person_id"
                           " JOIN run_personas rp ON rp.run_id = a.run_id AND rp.segment = a.segment"
                           " WHERE a.run_id = ? AND substr(p.customer_id, 1, 1) = ?"
                           " GROUP BY rp.persona_id ORDER BY count(*) DESC LIMIT 1"),
            {run, QString(group)});
        return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    };
    const qint64 june = (*runs)[1].runId, september = (*runs)[2].runId;
    const auto repeatBefore = personaOfGroup(june, u'R');
    ASSERT_TRUE(repeatBefore);
    EXPECT_EQ(personaOfGroup(june, u'L'), repeatBefore); // in June they bought as the others did
    const auto lapsedAfter = personaOfGroup(september, u'L');
    ASSERT_TRUE(lapsedAfter);
    EXPECT_NE(*lapsedAfter, *repeatBefore);
    EXPECT_EQ(personaOfGroup(september, u'R'), repeatBefore); // the repeat buyers' persona goes on
    QHash<QPair<qint64, qint64>, qint64> flows; // -1: outside the store
    qint64 total = 0;
    for (const Flow &f : m->flows) {
        flows[{f.from.value_or(-1), f.to.value_or(-1)}] += f.people;
        total += f.people;
    }
    const auto bouncers = personaOfGroup(june, u'B');
    const auto newcomers = personaOfGroup(september, u'N');
    ASSERT_TRUE(bouncers && newcomers);
    const QHash<QPair<qint64, qint64>, qint64> planted {{{*repeatBefore, *repeatBefore}, 30},
        {{*repeatBefore, *lapsedAfter}, 30}, {{*bouncers, *bouncers}, 30}, {{-1, *newcomers}, 30}};
    EXPECT_EQ(flows, planted);
    EXPECT_EQ(total, 120);
    EXPECT_EQ(m->peopleBefore, 90);
    EXPECT_EQ(m->peopleAfter, 120);

    // One flow's people, for a win-back campaign: the thirty who stopped.
    const auto ids = RunHistory::flowPeople(*project, june, september, *repeatBefore, *lapsedAfter, &error);
    ASSERT_TRUE(ids) << qPrintable(error.message);
    ASSERT_EQ(ids->size(), 30);
    for (const QString &id : *ids)
        EXPECT_TRUE(id.startsWith(u'L')) << qPrintable(id);
    const auto arrived = RunHistory::flowPeople(*project, june, september, std::nullopt, *newcomers, &error);
    ASSERT_TRUE(arrived);
    EXPECT_EQ(arrived->size(), 30);

    // The history: the repeat buyers' persona is in every run, drifts when it loses the lapsed.
    const auto h = RunHistory::history(*project, -1, &error);
    ASSERT_TRUE(h) << qPrintable(error.message);
    ASSERT_EQ(h->runs.size(), 4);
    const PersonaHistory *repeat = nullptr;
    for (const PersonaHistory &p : h->personas)
        if (p.personaId == *repeatBefore)
            repeat = &p;
    ASSERT_NE(repeat, nullptr);
    ASSERT_EQ(repeat->points.size(), 4);
    EXPECT_TRUE(std::isnan(repeat->points[0].distance));
    for (int i = 1; i < 4; ++i) {
        EXPECT_EQ(repeat->points[i].drift, i == 2) << i << " distance " << repeat->points[i].distance;
        EXPECT_EQ(repeat->points[i].drift, repeat->points[i].distance >= RunHistory::defaultThreshold);
    }
    EXPECT_DOUBLE_EQ(repeat->points[2].stayed, 0.5); // thirty of sixty stayed
    EXPECT_DOUBLE_EQ(repeat->points[3].stayed, 1.0);
    EXPECT_EQ(repeat->points[2].stats.size, 30);
    EXPECT_FALSE(repeat->points[2].moved.isEmpty());
    // A higher threshold flags nothing; each run records its personas.
    const auto calm = RunHistory::history(*project, 100.0, &error);
    ASSERT_TRUE(calm);
    for (const PersonaHistory &p : calm->personas)
        for (const HistoryPoint &pt : p.points)
            EXPECT_FALSE(pt.drift);
    for (const SegmentationResult &r : *runs)
        EXPECT_EQ(RunHistory::personasOf(*project, r.runId, &error)->size(), r.k);
}

// The runs of a timeline read the orders once (TimelineReads): their features are those of a run
// as of the same day that reads the store.
TEST_F(AsOfChange, ATimelinesKeptOrdersGiveTheFeaturesOfEachDay)
{
    OrderHistory orders;
    for (const QDate &day : {QDate(2024, 3, 31), QDate(2024, 6, 30), QDate(2024, 9, 30), QDate(2024, 12, 31)}) {
        const auto direct = computeFeatures(*project, FeatureSettings(), nullptr, &error, day);
        ASSERT_TRUE(direct) << qPrintable(error.message);
        const auto kept = computeFeatures(*project, FeatureSettings(), nullptr, &error, day, &orders);
        ASSERT_TRUE(kept) << qPrintable(error.message);
        EXPECT_TRUE(orders.loaded);
        ASSERT_EQ(kept->personIds, direct->personIds) << qPrintable(day.toString(Qt::ISODate));
        ASSERT_EQ(kept->keys, direct->keys);
        EXPECT_EQ(kept->leftOut, direct->leftOut);
        for (qsizetype i = 0; i < direct->rows(); ++i)
            for (int j = 0; j < direct->columns(); ++j) {
                const double a = kept->rawAt(i, j), b = direct->rawAt(i, j);
                if (std::isnan(b))
                    EXPECT_TRUE(std::isnan(a)) << i << ' ' << j;
                else
                    EXPECT_NEAR(a, b, 1e-9 * std::max(1.0, std::abs(b))) << i << ' ' << qPrintable(direct->keys[j]);
            }
    }
}

// A run of a timeline that keeps the number of personas of the run before, when no score could
// change that, measures the silhouette of that number alone; every number tried keeps its kinds.
// (A store of four steady planted groups: bouncers, cart abandoners, repeat buyers, coupon
// one-timers.)
TEST(Timeline, ARunThatKeepsItsNumberScoresThatNumberAlone)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 60, 7, truth);
    SegmentationOptions options;
    options.stabilityRuns = 2;
    Error error;
    const QList<QDate> ends = periodEnds(TimelinePeriod::Month, QDate(2024, 7, 1), QDate(2024, 11, 30));
    const auto runs = runTimeline(*project, options, ends, nullptr, &error);
    ASSERT_TRUE(runs) << qPrintable(error.message);
    int kept = 0;
    for (qsizetype i = 1; i < runs->size(); ++i) {
        const QJsonObject &scores = (*runs)[i].scores;
        const QJsonObject silhouettes = scores.value(QStringLiteral("silhouette")).toObject();
        EXPECT_GE(scores.value(QStringLiteral("kinds")).toObject().size(), 2) << i; // k 3 and 4 at least
        if (scores.value(QStringLiteral("k_rule")).toString() == QLatin1String("kept") && silhouettes.size() == 1) {
            ++kept;
            EXPECT_EQ(silhouettes.keys(), QStringList {QString::number((*runs)[i].k)});
            EXPECT_TRUE(scores.value(QStringLiteral("stability")).toObject().isEmpty());
            EXPECT_TRUE((*runs)[i].stabilityByK.isEmpty());
            EXPECT_GT((*runs)[i].silhouette, 0.0);
        } else {
            EXPECT_EQ(silhouettes.size(), scores.value(QStringLiteral("kinds")).toObject().size()) << i; // scored in full
            EXPECT_EQ(scores.value(QStringLiteral("stability")).toObject().size(), silhouettes.size()) << i;
        }
    }
    EXPECT_GE(kept, 1);
    // The first run chooses among all: everything measured.
    EXPECT_GE(runs->first().scores.value(QStringLiteral("silhouette")).toObject().size(), 2);
}

// The channel mix of a run made as of a day counts the orders up to that day only, whether it
// reads them from the store or from what a timeline kept.
TEST(AsOf, TheChannelMixOfARunAsOfADayCountsThatDaysOrdersOnly)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    for (qint64 id = 1; id <= 3; ++id)
        person(*project, id, QStringLiteral("c%1").arg(id));
    int n = 0;
    for (qint64 id = 1; id <= 3; ++id)
        for (int i = 0; i < int(id) * 2; ++i) {
            // January: web orders; March: app orders.
            const qint64 when = T0 + (i % 2 == 0 ? 5 : 65) * Day + qint64(i) * 3600;
            run(*project,
                QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, channel) VALUES(?, ?, ?, ?, ?)"),
                {QStringLiteral("o%1").arg(++n), id, when, 20.0 * double(id), i % 2 == 0 ? QStringLiteral("web") : QStringLiteral("app")});
        }
    SegmentationOptions options;
    options.k = 1;
    options.stabilityRuns = 0;
    options.asOf = QDate(2024, 1, 31);
    Error error;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    ASSERT_EQ(result->personas.size(), 1);
    const QList<MixShare> mix = result->personas.first().stats.channelMix;
    ASSERT_EQ(mix.size(), 1);
    EXPECT_EQ(mix.first().value, QStringLiteral("web"));
    EXPECT_DOUBLE_EQ(mix.first().share, 1.0);

    // The same from rows kept for a timeline, read once (the store's orders are gone the second time).
    SegmentMix::History history;
    QList<Persona> personas = result->personas;
    ASSERT_TRUE(SegmentMix::attach(*project, personas, &error, &history)) << qPrintable(error.message);
    EXPECT_EQ(personas.first().stats.channelMix.size(), 1);
    run(*project, QStringLiteral("DELETE FROM orders"));
    ASSERT_TRUE(SegmentMix::attach(*project, personas, &error, &history)) << qPrintable(error.message);
    ASSERT_EQ(personas.first().stats.channelMix.size(), 1);
    EXPECT_EQ(personas.first().stats.channelMix.first().value, QStringLiteral("web"));
    EXPECT_TRUE(history.channels.loaded);
    EXPECT_EQ(history.channels.rows.size(), size_t(n)); // every order, of any date
}

// A timeline tallies the channel mix from the orders it keeps for the features: each run's mix is
// the one read from the store for that run's people and day.
TEST(AsOf, ATimelinesChannelMixIsTheOneReadFromTheStore)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    for (qint64 id = 1; id <= 40; ++id)
        person(*project, id, QStringLiteral("c%1").arg(id));
    static const char *channels[] = {"web", " app", "App ", "email", "store"};
    for (int i = 0; i < 400; ++i) {
        const qint64 id = 1 + (i * 7) % 40;
        run(*project,
            QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, channel, category, status)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("o%1").arg(i), id, T0 + qint64(i) * 20000, 10.0 + double(i % 13) * (id % 3 + 1),
                QString::fromLatin1(channels[(i + id) % 5]), i % 4 == 0 ? QStringLiteral("home") : QStringLiteral("toys"),
                i % 17 == 0 ? QStringLiteral("cancelled") : QStringLiteral("paid")});
        }
    SegmentationOptions options;
    options.k = 2;
    options.stabilityRuns = 0;
    Error error;
    const auto runs = runTimeline(*project, options, periodEnds(TimelinePeriod::Month, QDate(2024, 1, 1), QDate(2024, 3, 31)),
        nullptr, &error);
    ASSERT_TRUE(runs) << qPrintable(error.message);
    ASSERT_EQ(runs->size(), 3);
    for (const SegmentationResult &r : *runs) {
        QList<Persona> direct = r.personas;
        ASSERT_TRUE(SegmentMix::attach(*project, direct, &error)) << qPrintable(error.message);
        for (qsizetype i = 0; i < direct.size(); ++i) {
            const PersonaStats &kept = r.personas[i].stats, &read = direct[i].stats;
            ASSERT_EQ(kept.channelMix.size(), read.channelMix.size()) << i;
            for (qsizetype c = 0; c < read.channelMix.size(); ++c) {
                EXPECT_EQ(kept.channelMix[c].value.toLower().trimmed(), read.channelMix[c].value.toLower().trimmed());
                EXPECT_NEAR(kept.channelMix[c].share, read.channelMix[c].share, 1e-12);
            }
            ASSERT_EQ(kept.topCategories.size(), read.topCategories.size()) << i;
            for (qsizetype c = 0; c < read.topCategories.size(); ++c) {
                EXPECT_EQ(kept.topCategories[c].value, read.topCategories[c].value);
                EXPECT_NEAR(kept.topCategories[c].share, read.topCategories[c].share, 1e-12);
            }
            EXPECT_FALSE(read.channelMix.isEmpty());
        }
    }
}
