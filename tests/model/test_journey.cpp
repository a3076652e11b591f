// SPDX-License-Identifier: GPL-3.0-or-later
// Journey funnels: stage rules, counts, conversions, medians, "no data", people at a stage, notes.
#include "testsupport.h"

#include "import/importer.h"
#include "journey/funnel.h"
#include "journey/journeynotes.h"
#include "journey/stagepeople.h"
#include "persona/persona.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

class Store
{
public:
    explicit Store(Project &p) : m_p(p) {}

    qint64 person(const QString &id)
    {
        EXPECT_TRUE(m_p.exec(QStringLiteral("INSERT INTO people(customer_id) VALUES (?)"), {id}));
        return m_p.scalar(QStringLiteral("SELECT id FROM people WHERE customer_id = ?"), {id}).toLongLong();
    }
    void event(qint64 person, const QString &type, qint64 when)
    {
        EXPECT_TRUE(m_p.exec(QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type) VALUES ('s', ?, ?, ?)"),
                             {person, when, type}));
    }
    void order(qint64 person, qint64 when)
    {
        EXPECT_TRUE(m_p.exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) VALUES (?, ?, ?, 10)"),
                             {QStringLiteral("o%1").arg(++m_orders), person, when}));
    }
    void review(qint64 person, const QVariant &rating, const QVariant &nps, const QVariant &when)
    {
        EXPECT_TRUE(m_p.exec(QStringLiteral("INSERT INTO reviews(person_id, rating, nps, date) VALUES (?, ?, ?, ?)"),
                             {person, rating, nps, when}));
    }
    /// Puts `people` into segment `segment` of run 1 and returns the personas (one per segment).
    void assign(const QList<qint64> &people, int segment)
    {
        EXPECT_TRUE(m_p.exec(QStringLiteral("INSERT OR IGNORE INTO segmentation_runs(id, created_at, k, seed, restarts, people,"
                                            " features, scores, centroids, timings) VALUES (1, 0, 2, 1, 1, 0, '[]', '{}', '[]', '{}')")));
        for (qint64 id : people)
            EXPECT_TRUE(m_p.exec(QStringLiteral("INSERT INTO assignments VALUES (1, ?, ?)"), {id, segment}));
    }
    QList<Persona> personas(int segments)
    {
        assign({}, 0); // the run the personas belong to
        QList<Persona> list(segments);
        for (int i = 0; i < segments; ++i) {
            list[i].archetype = QStringLiteral("repeat_buyer");
            list[i].color = QStringLiteral("#336699");
            list[i].runId = 1;
            list[i].segment = i;
        }
        EXPECT_TRUE(PersonaRepository::replaceAll(m_p, list));
        return list;
    }

private:
    Project &m_p;
    int m_orders = 0;
};

QList<qint64> counts(const Funnel &f)
{
    QList<qint64> c;
    for (const FunnelStage &s : f.stages)
        c << (s.measured ? s.people : -1);
    return c;
}

} // namespace

TEST(Journey, CountsConversionsAndMediansOnAHandBuiltStore)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Store s(*project);
    // a: views, buys after 2 days, again after 10 more days, reviews 5 after 1 more day.
    const qint64 a = s.person(QStringLiteral("a"));
    s.event(a, QStringLiteral("page_view"), 1000);
    s.event(a, QStringLiteral("product_view"), 1000 + 2 * kHour);
    s.order(a, 1000 + 2 * kDay);
    s.order(a, 1000 + 12 * kDay);
    s.review(a, 5, QVariant(), 1000 + 13 * kDay);
    // b: session, product view after 4 hours, order after 1 day from the session.
    const qint64 b = s.person(QStringLiteral("b"));
    s.event(b, QStringLiteral("session_start"), 5000);
    s.event(b, QStringLiteral("product_view"), 5000 + 4 * kHour);
    s.order(b, 5000 + kDay);
    // c: adds to cart 6 hours after the first visit, never buys.
    const qint64 c = s.person(QStringLiteral("c"));
    s.event(c, QStringLiteral("page_view"), 9000);
    s.event(c, QStringLiteral("add_to_cart"), 9000 + 6 * kHour);
    // d: only a bounce.
    const qint64 d = s.person(QStringLiteral("d"));
    s.event(d, QStringLiteral("page_view"), 100);
    // e: a referral and a detractor NPS.
    const qint64 e = s.person(QStringLiteral("e"));
    s.event(e, QStringLiteral("referral"), 100);
    s.review(e, QVariant(), 3, 200);

    Error error;
    const auto report = computeFunnels(*project, &error);
    ASSERT_TRUE(report) << qPrintable(error.message);
    const Funnel &f = report->everyone;
    EXPECT_EQ(f.members, 5);
    EXPECT_EQ(counts(f), (QList<qint64>{5, 3, 2, 1, 2}));
    EXPECT_DOUBLE_EQ(*f.conversionToNext(0), 3.0 / 5.0);
    EXPECT_DOUBLE_EQ(*f.dropOffToNext(0), 2.0 / 5.0);
    EXPECT_DOUBLE_EQ(*f.conversionToNext(1), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*f.conversionToNext(2), 0.5);
    EXPECT_DOUBLE_EQ(*f.conversionToNext(3), 2.0);
    EXPECT_FALSE(f.conversionToNext(4));
    // awareness -> consideration: a 2 h, b 4 h, c 6 h -> median 4 h.
    ASSERT_TRUE(f.stages[0].medianHoursToNext);
    EXPECT_DOUBLE_EQ(*f.stages[0].medianHoursToNext, 4.0);
    EXPECT_EQ(f.stages[0].timedToNext, 3);
    // consideration -> conversion: a 46 h, b 20 h -> median 33 h (even count: the mean of the two).
    EXPECT_DOUBLE_EQ(*f.stages[1].medianHoursToNext, 33.0);
    // conversion -> retention: a only, 10 days.
    EXPECT_DOUBLE_EQ(*f.stages[2].medianHoursToNext, 240.0);
    // retention -> advocacy: a, 1 day.
    EXPECT_DOUBLE_EQ(*f.stages[3].medianHoursToNext, 24.0);
    EXPECT_FALSE(f.stages[4].medianHoursToNext);
    // Time to convert (awareness -> conversion): b after 1 day (bucket 1-7 days), a after 2 days.
    ASSERT_EQ(f.timeToConvert.size(), timeToConvertBuckets().size() + 1);
    EXPECT_EQ(f.timeToConvert, (QList<qint64>{0, 0, 2, 0, 0, 0}));

    // Persona {a, c} against everyone else {b, d, e}.
    s.assign({a, c}, 0);
    s.assign({b, d, e}, 1);
    const QList<Persona> personas = s.personas(2);
    const auto perPersona = computeFunnels(*project, &error);
    ASSERT_TRUE(perPersona);
    const PersonaFunnel *first = perPersona->persona(personas[0].id);
    ASSERT_TRUE(first);
    EXPECT_EQ(counts(first->funnel), (QList<qint64>{2, 2, 1, 1, 1}));
    EXPECT_EQ(counts(first->others), (QList<qint64>{3, 1, 1, 0, 1}));
    EXPECT_EQ(first->funnel.members, 2);
    EXPECT_EQ(first->others.members, 3);
    EXPECT_DOUBLE_EQ(*first->funnel.stages[0].medianHoursToNext, 4.0); // 2 h and 6 h
    EXPECT_DOUBLE_EQ(*first->others.stages[0].medianHoursToNext, 4.0); // b only

    // The people of a persona at a stage, and their CSV.
    const auto atConsideration = stagePeople(*project, perPersona->definitions, QStringLiteral("consideration"),
                                             personas[0].id, &error);
    ASSERT_TRUE(atConsideration) << qPrintable(error.message);
    EXPECT_EQ(*atConsideration, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    const auto advocates = stagePeople(*project, perPersona->definitions, QStringLiteral("advocacy"), 0, &error);
    ASSERT_TRUE(advocates);
    EXPECT_EQ(*advocates, (QStringList{QStringLiteral("a"), QStringLiteral("e")}));
    const QString csv = dir.path(QStringLiteral("people.csv"));
    ASSERT_TRUE(writeStagePeopleCsv(csv, *atConsideration, &error));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("customer_id\na\nc\n"));
    EXPECT_FALSE(stagePeople(*project, perPersona->definitions, QStringLiteral("nowhere"), 0, &error));
}

TEST(Journey, StagesTheDataCannotMeasureAreNoDataNotZero)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Store s(*project);
    const qint64 a = s.person(QStringLiteral("a"));
    s.order(a, 100);
    s.order(a, 200);
    s.person(QStringLiteral("b"));
    Error error;
    auto report = computeFunnels(*project, &error);
    ASSERT_TRUE(report) << qPrintable(error.message);
    // Orders only: no events, no reviews: awareness, consideration and advocacy cannot be measured.
    EXPECT_EQ(counts(report->everyone), (QList<qint64>{-1, -1, 1, 1, -1}));
    EXPECT_FALSE(report->everyone.conversionToNext(0));
    EXPECT_FALSE(report->everyone.conversionToNext(1));
    EXPECT_DOUBLE_EQ(*report->everyone.conversionToNext(2), 1.0);
    EXPECT_TRUE(report->everyone.timeToConvert.isEmpty());
    EXPECT_FALSE(stagePeople(*project, report->definitions, QStringLiteral("awareness"), 0, &error));
    EXPECT_FALSE(error.message.isEmpty());

    // An empty project measures nothing.
    test::TempDir other;
    auto empty = test::newProject(other);
    report = computeFunnels(*empty, &error);
    ASSERT_TRUE(report);
    EXPECT_EQ(counts(report->everyone), (QList<qint64>{-1, -1, -1, -1, -1}));

    // A review (even an unhappy one) makes advocacy measurable: 0 advocates is then a real 0.
    s.review(a, 2, QVariant(), QVariant());
    report = computeFunnels(*project, &error);
    ASSERT_TRUE(report);
    EXPECT_EQ(counts(report->everyone), (QList<qint64>{-1, -1, 1, 1, 0}));
    // Events make awareness measurable.
    s.event(a, QStringLiteral("session_start"), 50);
    report = computeFunnels(*project, &error);
    EXPECT_EQ(counts(report->everyone), (QList<qint64>{1, -1, 1, 1, 0}));
}

TEST(Journey, CustomStageRulesChangeTheCountsAndAreStoredInTheProject)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Store s(*project);
    const qint64 a = s.person(QStringLiteral("a"));
    s.event(a, QStringLiteral("product_view"), 10);
    s.event(a, QStringLiteral("product_view"), 20);
    s.event(a, QStringLiteral("product_view"), 30);
    s.order(a, 40);
    s.order(a, 50);
    s.order(a, 60);
    const qint64 b = s.person(QStringLiteral("b"));
    s.event(b, QStringLiteral("product_view"), 10);
    s.order(b, 40);
    s.order(b, 50);
    s.review(b, 4, QVariant(), 70);
    const qint64 c = s.person(QStringLiteral("c"));
    s.event(c, QStringLiteral("add_to_cart"), 10);
    s.review(c, QVariant(), 9, QVariant());

    Error error;
    EXPECT_EQ(StageDefinitions::load(*project), StageDefinitions::defaults());
    auto report = computeFunnels(*project, &error);
    ASSERT_TRUE(report);
    EXPECT_EQ(counts(report->everyone), (QList<qint64>{3, 3, 2, 2, 2}));

    StageDefinitions custom = StageDefinitions::defaults();
    StageRule consideration = custom.rule(QStringLiteral("consideration"));
    consideration.eventTypes = {QStringLiteral("product_view")};
    consideration.minEvents = 2; // at least two product views; orders no longer count
    consideration.minOrders = 0;
    custom.setRule(consideration);
    StageRule retention = custom.rule(QStringLiteral("retention"));
    retention.minOrders = 3;
    custom.setRule(retention);
    StageRule advocacy = custom.rule(QStringLiteral("advocacy"));
    advocacy.minRating = 5; // only 5 stars; NPS 9-10 still counts
    custom.setRule(advocacy);
    ASSERT_TRUE(custom.save(*project, &error)) << qPrintable(error.message);
    EXPECT_EQ(StageDefinitions::load(*project), custom);

    report = computeFunnels(*project, &error);
    ASSERT_TRUE(report);
    EXPECT_EQ(counts(report->everyone), (QList<qint64>{3, 1, 2, 1, 1}));
    // The consideration of a starts at its second product view (t = 20), conversion at 40.
    EXPECT_DOUBLE_EQ(*report->everyone.stages[1].medianHoursToNext, 20.0 / 3600.0);
    const auto considered = stagePeople(*project, custom, QStringLiteral("consideration"), 0, &error);
    EXPECT_EQ(*considered, QStringList{QStringLiteral("a")});

    ASSERT_TRUE(StageDefinitions::reset(*project, &error));
    EXPECT_EQ(StageDefinitions::load(*project), StageDefinitions::defaults());
}

TEST(Journey, StageRulesJsonIsVersionedAndChecked)
{
    const StageDefinitions d = StageDefinitions::defaults();
    const QJsonObject json = d.toJson();
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), StageDefinitions::formatVersion);
    Error error;
    EXPECT_EQ(*StageDefinitions::fromJson(json, &error), d);
    QJsonObject future = json;
    future.insert(QStringLiteral("version"), StageDefinitions::formatVersion + 1);
    EXPECT_FALSE(StageDefinitions::fromJson(future, &error));
    EXPECT_FALSE(error.message.isEmpty());
    const auto bad = QJsonDocument::fromJson(
        R"({"version":1,"stages":[{"key":"retention","min_orders":2,"min_rating":9}]})").object();
    EXPECT_FALSE(StageDefinitions::fromJson(bad, &error));
    const auto unknown = QJsonDocument::fromJson(R"({"version":1,"stages":[{"key":"delight"}]})").object();
    EXPECT_FALSE(StageDefinitions::fromJson(unknown, &error));
}

TEST(Journey, NotesFallBackToTheStageDefaultsInTheReadersLanguage)
{
    for (const QString &stage : journeyStageKeys())
        for (const QString &field : {QStringLiteral("touchpoints"), QStringLiteral("focus"), QStringLiteral("ideas")})
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")})
                EXPECT_FALSE(journeyStageDefault(stage, field, lang).isEmpty()) << qPrintable(stage + field + lang);
    EXPECT_TRUE(journeyStageDefault(QStringLiteral("awareness"), QStringLiteral("touchpoints"), QStringLiteral("he"))
                    .contains(QStringLiteral("מדיה חברתית")));
    EXPECT_EQ(journeyStageDefault(QStringLiteral("awareness"), QStringLiteral("focus"), QStringLiteral("xx")),
              journeyStageDefault(QStringLiteral("awareness"), QStringLiteral("focus"), QStringLiteral("en")));

    test::TempDir dir;
    auto project = test::newProject(dir);
    Store s(*project);
    const QList<Persona> personas = s.personas(1);
    const qint64 id = personas[0].id;
    Error error;
    ASSERT_EQ(JourneyNotes::store(*project, id, QStringLiteral("conversion"), QStringLiteral("pain_points"),
                                  QStringLiteral("Shipping costs shown too late"), 0, &error),
              WriteStatus::Written);
    qint64 focusRevision = 0;
    ASSERT_EQ(JourneyNotes::store(*project, id, QStringLiteral("conversion"), QStringLiteral("focus"),
                                  QStringLiteral("One-page checkout"), 0, &error, &focusRevision),
              WriteStatus::Written);
    auto notes = JourneyNotes::load(*project, id, &error);
    ASSERT_TRUE(notes);
    EXPECT_EQ(notes->text(QStringLiteral("conversion"), QStringLiteral("pain_points"), QStringLiteral("en")),
              QStringLiteral("Shipping costs shown too late"));
    EXPECT_EQ(notes->text(QStringLiteral("conversion"), QStringLiteral("focus"), QStringLiteral("he")),
              QStringLiteral("One-page checkout"));
    EXPECT_EQ(notes->text(QStringLiteral("retention"), QStringLiteral("focus"), QStringLiteral("en")),
              journeyStageDefault(QStringLiteral("retention"), QStringLiteral("focus"), QStringLiteral("en")));
    // Clearing a note brings the default back; deleting the persona deletes its notes.
    EXPECT_EQ(notes->revision(QStringLiteral("conversion"), QStringLiteral("focus")), focusRevision);
    // A write based on what another program replaced is refused and changes nothing.
    EXPECT_EQ(JourneyNotes::store(*project, id, QStringLiteral("conversion"), QStringLiteral("focus"), QString(), 0, &error),
              WriteStatus::Conflict);
    EXPECT_FALSE(error.message.isEmpty());
    ASSERT_EQ(JourneyNotes::store(*project, id, QStringLiteral("conversion"), QStringLiteral("focus"), QString(),
                                  focusRevision, &error),
              WriteStatus::Written);
    notes = JourneyNotes::load(*project, id, &error);
    EXPECT_FALSE(notes->isWritten(QStringLiteral("conversion"), QStringLiteral("focus")));
    EXPECT_TRUE(notes->isWritten(QStringLiteral("conversion"), QStringLiteral("pain_points")));
    ASSERT_TRUE(project->exec(QStringLiteral("DELETE FROM personas WHERE id = ?"), {id}));
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM journey_notes")).toInt(), 0);
    // A note of a persona another program deleted is a conflict, not a failure.
    EXPECT_EQ(JourneyNotes::store(*project, id, QStringLiteral("conversion"), QStringLiteral("goal"), QStringLiteral("x"),
                                  0, &error),
              WriteStatus::Conflict);
}

TEST(Journey, Rees46EventsGiveASensibleFunnel)
{
    const QString source = QStringLiteral(SHARED_DATA_DIR "/rees46_oct2019_head/2019-Oct_first17434rows.csv");
    if (!QFile::exists(source))
        GTEST_SKIP() << "the shared REES46 sample is not there";
    test::TempDir dir;
    auto project = test::newProject(dir);
    ImportOptions options;
    NullProgress progress;
    const ImportReport imported = importFiles(*project, {source}, options, &progress);
    ASSERT_FALSE(imported.fatal.isSet()) << qPrintable(imported.fatal.message);
    ASSERT_GT(project->scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong(), 17000);
    Error error;
    const auto report = computeFunnels(*project, &error);
    ASSERT_TRUE(report) << qPrintable(error.message);
    const Funnel &f = report->everyone;
    const qint64 users = project->scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM events")).toLongLong();
    const qint64 viewers = project->scalar(QStringLiteral(
        "SELECT count(DISTINCT person_id) FROM events WHERE event_type IN ('product_view', 'add_to_cart', 'purchase')")).toLongLong();
    const qint64 buyers = project->scalar(QStringLiteral(
        "SELECT count(DISTINCT person_id) FROM events WHERE event_type = 'purchase'")).toLongLong();
    EXPECT_EQ(f.stages[0].people, users);
    EXPECT_EQ(f.stages[1].people, viewers);
    EXPECT_EQ(f.stages[2].people, buyers);
    EXPECT_GT(users, 4000);
    EXPECT_GT(buyers, 50);
    EXPECT_LT(buyers, viewers / 10); // most visitors do not buy
    EXPECT_TRUE(f.stages[0].measured && f.stages[1].measured && f.stages[2].measured);
    // No orders: the purchase events are the purchases (one per person, session and day); 7
    // users buy on two (Python on the file).
    EXPECT_TRUE(f.stages[3].measured);
    EXPECT_EQ(f.stages[3].people, 7);
    EXPECT_FALSE(f.stages[4].measured); // no reviews, no referrals
    ASSERT_TRUE(f.stages[1].medianHoursToNext);
    EXPECT_GE(*f.stages[1].medianHoursToNext, 0.0);
}

TEST(Journey, StageRulesReportWhatMakesThemUnusable)
{
    StageDefinitions d = StageDefinitions::defaults();
    EXPECT_TRUE(d.problems().isEmpty());
    EXPECT_TRUE(d.warnings({QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("begin_checkout"),
                            QStringLiteral("purchase"), QStringLiteral("referral")})
                    .isEmpty());
    // Without referral events the advocacy rule names a type the store does not hold.
    const QStringList warnings = d.warnings({QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                             QStringLiteral("begin_checkout"), QStringLiteral("purchase")});
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("referral")));

    StageRule retention = d.rule(QStringLiteral("retention"));
    retention.minOrders = 0; // counts nothing any more
    d.setRule(retention);
    StageRule advocacy = d.rule(QStringLiteral("advocacy"));
    advocacy.minRating = 6;
    d.setRule(advocacy);
    const QStringList problems = d.problems();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].contains(journeyStageName(QStringLiteral("retention"))));
    EXPECT_TRUE(problems[1].contains(journeyStageName(QStringLiteral("advocacy"))));
}

TEST(Journey, OneOrdersPassCountsTheNthOrderThatIsNotCancelledAndListsEventTypes)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Store s(*project);
    const qint64 a = s.person(QStringLiteral("a"));
    s.event(a, QStringLiteral("page_view"), 5);
    s.event(a, QStringLiteral("search"), 7);
    s.order(a, 3 * kDay);
    s.order(a, 1 * kDay); // inserted later, earlier in time: the first order
    s.order(a, 2 * kDay);
    ASSERT_TRUE(project->exec(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE order_date = ?"), {2 * kDay}));
    const qint64 b = s.person(QStringLiteral("b"));
    s.order(b, 4 * kDay);
    s.order(b, 5 * kDay);
    ASSERT_TRUE(project->exec(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE person_id = ? AND order_date = ?"),
                              {b, 5 * kDay}));

    Error error;
    const auto report = computeFunnels(*project, &error);
    ASSERT_TRUE(report) << qPrintable(error.message);
    // a: orders on day 1 and 3 (day 2 cancelled) -> retention; b: one order left -> converted only.
    EXPECT_EQ(report->everyone.stages[2].people, 2);
    EXPECT_EQ(report->everyone.stages[3].people, 1);
    // a converted on day 1 and was retained on day 3, b converted on day 4.
    EXPECT_DOUBLE_EQ(*report->everyone.stages[2].medianHoursToNext, 48.0);
    EXPECT_EQ(report->eventTypes, (QStringList{QStringLiteral("page_view"), QStringLiteral("search")}));
}

TEST(Journey, TheSingleColumnPersonIndexesAreGoneAndTheCoveringOnesServe)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    auto indexes = [&project] {
        QStringList names;
        QSqlQuery q(project->db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE '%person%'")));
        while (q.next())
            names << q.value(0).toString();
        return names;
    };
    const QStringList names = indexes();
    EXPECT_FALSE(names.contains(QStringLiteral("events_person")));
    EXPECT_FALSE(names.contains(QStringLiteral("orders_person")));
    EXPECT_TRUE(names.contains(QStringLiteral("events_person_type_time")));
    EXPECT_TRUE(names.contains(QStringLiteral("orders_person_date")));
    QSqlQuery plan(project->db());
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE person_id = 1")));
    ASSERT_TRUE(plan.next());
    EXPECT_TRUE(plan.value(3).toString().contains(QStringLiteral("events_person_type_time"))) << qPrintable(plan.value(3).toString());
}

TEST(Journey, ARunMadeAsOfADayCountsTheJourneysAsTheyWereThen)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Store s(*project);
    auto at = [](int month, int day, int hour) {
        return QDateTime(QDate(2024, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
    };
    // a: aware and considering in January, buys on 1 February and again just after the day the
    // run is made as of (the first moment of 2 March), reviews 5 in April.
    const qint64 a = s.person(QStringLiteral("a"));
    s.event(a, QStringLiteral("page_view"), at(1, 10, 9));
    s.event(a, QStringLiteral("product_view"), at(1, 10, 10));
    s.order(a, at(2, 1, 12));
    s.order(a, at(3, 2, 0));
    s.review(a, 5, QVariant(), at(4, 5, 12));
    // b: aware and considering in February, buys in the last hour of 1 March (that day counts).
    const qint64 b = s.person(QStringLiteral("b"));
    s.event(b, QStringLiteral("page_view"), at(2, 1, 9));
    s.event(b, QStringLiteral("product_view"), at(2, 2, 9));
    s.order(b, at(3, 1, 23));
    // c: comes later, in March: not in the run.
    const qint64 c = s.person(QStringLiteral("c"));
    s.event(c, QStringLiteral("page_view"), at(3, 15, 9));

    s.assign({a}, 0);
    s.assign({b}, 1);
    const QList<Persona> personas = s.personas(2);
    Error error;
    // Made with all the data: every journey to its end.
    auto all = computeFunnels(*project, &error);
    ASSERT_TRUE(all) << qPrintable(error.message);
    EXPECT_FALSE(all->asOf);
    EXPECT_EQ(all->everyone.members, 3);
    EXPECT_EQ(counts(all->everyone), (QList<qint64>{3, 2, 2, 1, 1}));

    // Made as of 1 March: what had happened by the end of that day, over the people it segmented.
    ASSERT_TRUE(project->exec(QStringLiteral("UPDATE segmentation_runs SET as_of = ? WHERE id = 1"),
                              {QDate(2024, 3, 1).startOfDay(Qt::UTC).toSecsSinceEpoch()}));
    const auto then = computeFunnels(*project, &error);
    ASSERT_TRUE(then) << qPrintable(error.message);
    ASSERT_TRUE(then->asOf);
    EXPECT_EQ(*then->asOf, QDate(2024, 3, 1));
    EXPECT_EQ(then->everyone.members, 2);
    EXPECT_EQ(counts(then->everyone), (QList<qint64>{2, 2, 2, 0, 0}));
    const PersonaFunnel *first = then->persona(personas[0].id);
    ASSERT_TRUE(first);
    EXPECT_EQ(counts(first->funnel), (QList<qint64>{1, 1, 1, 0, 0}));
    EXPECT_EQ(counts(first->others), (QList<qint64>{1, 1, 1, 0, 0}));
    // consideration -> conversion of a: 1 February 12:00 - 10 January 10:00 = 22 days 2 hours.
    ASSERT_TRUE(first->funnel.stages[1].medianHoursToNext);
    EXPECT_DOUBLE_EQ(*first->funnel.stages[1].medianHoursToNext, 22 * 24 + 2);

    // The people at a stage agree with the counts.
    const auto aware = stagePeople(*project, then->definitions, QStringLiteral("awareness"), 0, &error);
    ASSERT_TRUE(aware) << qPrintable(error.message);
    EXPECT_EQ(*aware, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const auto retained = stagePeople(*project, then->definitions, QStringLiteral("retention"), personas[0].id, &error);
    ASSERT_TRUE(retained) << qPrintable(error.message);
    EXPECT_TRUE(retained->isEmpty());
}
