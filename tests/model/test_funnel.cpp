// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "journey/funnel.h"
#include "persona/persona.h"

#include <gtest/gtest.h>

using namespace pw;

namespace {

qint64 addPerson(Project &p, const QString &id)
{
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO people(customer_id) VALUES (?)"), {id}));
    return p.scalar(QStringLiteral("SELECT id FROM people WHERE customer_id = ?"), {id}).toLongLong();
}

void addOrder(Project &p, qint64 person, const QString &orderId)
{
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) VALUES (?, ?, 0, 10)"),
                       {orderId, person}));
}

void addEvent(Project &p, qint64 person, const QString &type)
{
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type) VALUES ('s', ?, 0, ?)"),
                       {person, type}));
}

QList<qint64> counts(const Funnel &f)
{
    QList<qint64> c;
    for (const FunnelStage &s : f.stages)
        c << s.people;
    return c;
}

} // namespace

TEST(Funnel, CountsEachPersonOncePerStageByTheDefaultRules)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Project &p = *project;
    const qint64 bouncer = addPerson(p, QStringLiteral("bouncer"));
    addEvent(p, bouncer, QStringLiteral("page_view"));
    addEvent(p, bouncer, QStringLiteral("page_view"));
    const qint64 looker = addPerson(p, QStringLiteral("looker"));
    addEvent(p, looker, QStringLiteral("product_view"));
    const qint64 once = addPerson(p, QStringLiteral("once"));
    addOrder(p, once, QStringLiteral("o1"));
    const qint64 loyal = addPerson(p, QStringLiteral("loyal"));
    addOrder(p, loyal, QStringLiteral("o2"));
    addOrder(p, loyal, QStringLiteral("o3"));
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO reviews(person_id, rating) VALUES (?, 5)"), {loyal}));
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO reviews(person_id, rating) VALUES (?, 2)"), {once}));
    const qint64 referrer = addPerson(p, QStringLiteral("referrer"));
    addEvent(p, referrer, QStringLiteral("referral"));
    addPerson(p, QStringLiteral("silent")); // a customer row with no activity: in no stage
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type) "
                                      "VALUES ('anon', NULL, 0, 'page_view')"))); // anonymous: no person

    Error error;
    const auto report = computeFunnels(p, &error);
    ASSERT_TRUE(report) << qPrintable(error.message);
    EXPECT_EQ(report->everyone.stages.size(), 5);
    EXPECT_EQ(report->everyone.stages[0].key, QStringLiteral("awareness"));
    EXPECT_EQ(counts(report->everyone), (QList<qint64>{5, 3, 2, 1, 2}));
    EXPECT_TRUE(report->personas.isEmpty());

    // Personas linked to segments of a run get their own funnels.
    ASSERT_TRUE(p.exec(QStringLiteral("INSERT INTO segmentation_runs(id, created_at, k, seed, restarts, people, "
                                      "features, scores, centroids, timings) VALUES (1, 0, 2, 1, 1, 6, '[]', '{}', '[]', '{}')")));
    for (qint64 id : {bouncer, looker, referrer})
        ASSERT_TRUE(p.exec(QStringLiteral("INSERT INTO assignments VALUES (1, ?, 0)"), {id}));
    for (qint64 id : {once, loyal})
        ASSERT_TRUE(p.exec(QStringLiteral("INSERT INTO assignments VALUES (1, ?, 1)"), {id}));
    QList<Persona> personas(2);
    for (int i = 0; i < 2; ++i) {
        personas[i].archetype = QStringLiteral("repeat_buyer");
        personas[i].color = QStringLiteral("#000000");
        personas[i].runId = 1;
        personas[i].segment = 1 - i;
    }
    ASSERT_TRUE(PersonaRepository::replaceAll(p, personas));
    const auto perPersona = computeFunnels(p, &error);
    ASSERT_TRUE(perPersona);
    ASSERT_EQ(perPersona->personas.size(), 2);
    EXPECT_EQ(perPersona->personas[0].personaId, personas[0].id);
    EXPECT_EQ(counts(perPersona->personas[0].funnel), (QList<qint64>{2, 2, 2, 1, 1}));
    EXPECT_EQ(counts(perPersona->personas[1].funnel), (QList<qint64>{3, 1, 0, 0, 1}));
}

TEST(Funnel, StageNamesAreNamed)
{
    for (const QString &key : journeyStageKeys())
        EXPECT_FALSE(journeyStageName(key).isEmpty());
    EXPECT_EQ(journeyStageKeys().size(), 5);
}

TEST(Funnel, CancelledOrdersAreNoPurchases)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Project &p = *project;
    const qint64 once = addPerson(p, QStringLiteral("once"));
    addOrder(p, once, QStringLiteral("536365"));
    // A cancellation of that invoice (UCI Online Retail writes it as "C536365", negative total).
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, status) "
                                      "VALUES ('C536365', ?, 10, -10, 'cancelled')"),
                       {once}));
    const qint64 cancelledOnly = addPerson(p, QStringLiteral("cancelled-only"));
    EXPECT_TRUE(p.exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, status) "
                                      "VALUES ('C1', ?, 10, -5, 'cancelled')"),
                       {cancelledOnly}));
    Error error;
    const auto report = computeFunnels(p, &error);
    ASSERT_TRUE(report) << qPrintable(error.message);
    EXPECT_EQ(report->everyone.stages[2].key, QStringLiteral("conversion"));
    EXPECT_EQ(report->everyone.stages[2].people, 1) << "a cancelled order converts nobody";
    EXPECT_EQ(report->everyone.stages[3].people, 0) << "an order and its cancellation are not two purchases";
}

// The stages' shares are of the first stage's people; without a first stage (no events) they are
// of everyone in the group, so that 732 buyers of 2,430 people read 30 %, not 100 %.
TEST(Funnel, SharesAreOfTheGroupWhenTheFirstStageIsNotMeasured)
{
    Funnel f;
    f.members = 2430;
    for (const QString &key : journeyStageKeys())
        f.stages << FunnelStage {key, 0, false, std::nullopt, 0};
    EXPECT_EQ(f.base(), 2430);
    f.stages[2].measured = true;
    f.stages[2].people = 732;
    EXPECT_EQ(f.base(), 2430);
    f.stages[0].measured = true;
    f.stages[0].people = 2000;
    EXPECT_EQ(f.base(), 2000);
    f.members = 0;
    f.stages[0].measured = false;
    EXPECT_EQ(f.base(), 732); // nobody counted in the group: the first measured stage
}
