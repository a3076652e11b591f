// SPDX-License-Identifier: GPL-3.0-or-later
// Channel mix and top categories of segments, section pictures, and what a persona's deletion
// takes with it (and gives back).
#include "analysis/personarefresh.h"
#include "analysis/segmentmix.h"
#include "journey/journeynotes.h"
#include "persona/persona.h"
#include "persona/personadependents.h"
#include "persona/templaterepository.h"
#include "testsupport.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace pw;

namespace {

void exec(Project &project, const QString &sql, const QVariantList &values = {})
{
    Error error;
    ASSERT_TRUE(project.exec(sql, values, &error)) << qPrintable(sql) << ": " << qPrintable(error.message);
}

/// A run with two segments: people 1-2 in segment 0, people 3-4 in segment 1.
qint64 addRun(Project &project)
{
    exec(project, QStringLiteral("INSERT INTO segmentation_runs(id, created_at, k, seed, restarts, people, features,"
                                 " scores, centroids, timings) VALUES(7, 0, 2, 1, 1, 4, '[]', '{}', '{}', '{}')"));
    for (int person = 1; person <= 4; ++person) {
        exec(project, QStringLiteral("INSERT INTO people(id, customer_id) VALUES(?, ?)"),
             {person, QStringLiteral("c%1").arg(person)});
        exec(project, QStringLiteral("INSERT INTO assignments(run_id, person_id, segment) VALUES(7, ?, ?)"),
             {person, person <= 2 ? 0 : 1});
    }
    return 7;
}

qint64 order(Project &project, int person, const QVariant &channel, const QVariant &device, double total,
             const QString &status = QStringLiteral("paid"))
{
    static int n = 0;
    const QString id = QStringLiteral("o%1").arg(++n);
    exec(project, QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, status, channel, device)"
                                 " VALUES(?, ?, 0, ?, ?, ?, ?)"),
         {id, person, total, status, channel, device});
    return project.scalar(QStringLiteral("SELECT id FROM orders WHERE order_id = ?"), {id}).toLongLong();
}

void item(Project &project, qint64 orderRow, const QString &category, double quantity, double price)
{
    const QString orderId = project.scalar(QStringLiteral("SELECT order_id FROM orders WHERE id = ?"), {orderRow}).toString();
    exec(project, QStringLiteral("INSERT INTO order_items(order_id, category, quantity, unit_price) VALUES(?, ?, ?, ?)"),
         {orderId, category, quantity, price});
}

QList<Persona> twoPersonas(qint64 run)
{
    Persona a, b;
    a.runId = b.runId = run;
    a.segment = 0;
    b.segment = 1;
    a.stats.ordersPerPerson = b.stats.ordersPerPerson = 1; // buyers: their order figures show
    Persona loose; // a proto-persona: no segment, left alone
    return {a, b, loose};
}

} // namespace

TEST(SegmentMix, ChannelMixAndTopCategoriesPerSegment)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const qint64 run = addRun(*project);
    // Segment 0: web twice, the app once ("ios" is the same channel), one cancelled order ignored.
    item(*project, order(*project, 1, QStringLiteral("web"), QStringLiteral("desktop"), 50), QStringLiteral("Shoes"), 1, 50);
    item(*project, order(*project, 1, QStringLiteral(" Web "), QStringLiteral("mobile"), 30), QStringLiteral("Bags"), 3, 10);
    item(*project, order(*project, 2, QStringLiteral("ios"), QStringLiteral("mobile"), 20), QStringLiteral("Shoes"), 2, 10);
    item(*project, order(*project, 2, QStringLiteral("pos"), QStringLiteral("mobile"), 900, QStringLiteral("cancelled")),
         QStringLiteral("Jewellery"), 1, 900);
    // Segment 1: one order in a store, categories Socks, Hats, Bags, Belts (four: three are kept).
    const qint64 o = order(*project, 3, QStringLiteral("pos"), QVariant(), 100);
    item(*project, o, QStringLiteral("Socks"), 4, 10);
    item(*project, o, QStringLiteral("Hats"), 1, 30);
    item(*project, o, QStringLiteral("Bags"), 1, 20);
    item(*project, o, QStringLiteral("Belts"), 1, 10);

    QList<Persona> personas = twoPersonas(run);
    Error error;
    ASSERT_TRUE(SegmentMix::attach(*project, personas, &error)) << qPrintable(error.message);
    const PersonaStats &a = personas[0].stats;
    EXPECT_TRUE(a.mixComputed);
    EXPECT_EQ(a.channelBasis, QStringLiteral("channel"));
    ASSERT_EQ(a.channelMix.size(), 2);
    EXPECT_EQ(channelLabel(a.channelMix[0].value), QStringLiteral("Web"));
    EXPECT_NEAR(a.channelMix[0].share, 2.0 / 3.0, 1e-9);
    EXPECT_EQ(channelLabel(a.channelMix[1].value), QStringLiteral("Mobile app"));
    // Revenue by category: Shoes 50 + 20, Bags 30; the cancelled jewellery is no purchase.
    ASSERT_EQ(a.topCategories.size(), 2);
    EXPECT_EQ(a.topCategories[0].value, QStringLiteral("Shoes"));
    EXPECT_NEAR(a.topCategories[0].share, 0.7, 1e-9);
    EXPECT_EQ(a.topCategories[1].value, QStringLiteral("Bags"));

    const PersonaStats &b = personas[1].stats;
    ASSERT_EQ(b.channelMix.size(), 1);
    EXPECT_EQ(channelLabel(b.channelMix[0].value), QStringLiteral("Store"));
    ASSERT_EQ(b.topCategories.size(), 3);
    EXPECT_EQ(b.topCategories[0].value, QStringLiteral("Socks"));
    EXPECT_NEAR(b.topCategories[0].share, 0.4, 1e-9);
    EXPECT_EQ(b.topCategories[1].value, QStringLiteral("Hats"));
    EXPECT_FALSE(personas[2].stats.mixComputed);

    // As the card shows them.
    const QLocale en(QStringLiteral("en"));
    EXPECT_EQ(figureValue(a, QStringLiteral("channel_mix"), en), QStringLiteral("Web\u00a067% · Mobile app\u00a033%"));
    EXPECT_EQ(figureValue(b, QStringLiteral("top_categories"), en),
              QStringLiteral("Socks\u00a040% · Hats\u00a030% · Bags\u00a020%"));

    // Stored and read back with the persona's stats.
    const PersonaStats back = PersonaStats::fromJson(a.toJson());
    EXPECT_TRUE(back.mixComputed);
    EXPECT_EQ(back.channelMix, a.channelMix);
    EXPECT_EQ(back.topCategories, a.topCategories);
    // A segment that never ordered shows a dash for shares of its orders, like other order figures.
    PersonaStats browsers = a;
    browsers.ordersPerPerson = 0;
    EXPECT_EQ(figureValue(browsers, QStringLiteral("top_categories"), en), QStringLiteral("—"));
    // Stats stored before these figures existed show a dash, not "no data".
    EXPECT_EQ(figureValue(PersonaStats::fromJson(QJsonObject{{QStringLiteral("size"), 3}}), QStringLiteral("channel_mix"), en),
              QStringLiteral("—"));
}

TEST(SegmentMix, FallsBackToDeviceAndSourceAndSaysNoData)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const qint64 run = addRun(*project);
    Error error;

    // Nothing in the store: computed, empty, "no data".
    QList<Persona> personas = twoPersonas(run);
    ASSERT_TRUE(SegmentMix::attach(*project, personas, &error)) << qPrintable(error.message);
    EXPECT_TRUE(personas[0].stats.mixComputed);
    EXPECT_TRUE(personas[0].stats.channelBasis.isEmpty());
    EXPECT_EQ(figureValue(personas[0].stats, QStringLiteral("channel_mix"), QLocale(QStringLiteral("en"))),
              QStringLiteral("no data"));
    EXPECT_EQ(figureValue(personas[0].stats, QStringLiteral("top_categories"), QLocale(QStringLiteral("en"))),
              QStringLiteral("no data"));

    // Only sessions with a traffic source: sessions, not events, are counted.
    for (const auto &[session, source] : {std::pair{"s1", "email"}, std::pair{"s1", "email"}, std::pair{"s2", "direct"}})
        exec(*project, QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type, source)"
                                      " VALUES(?, 1, 0, 'page_view', ?)"),
             {QString::fromLatin1(session), QString::fromLatin1(source)});
    personas = twoPersonas(run);
    ASSERT_TRUE(SegmentMix::attach(*project, personas, &error));
    EXPECT_EQ(personas[0].stats.channelBasis, QStringLiteral("source"));
    ASSERT_EQ(personas[0].stats.channelMix.size(), 2);
    EXPECT_NEAR(personas[0].stats.channelMix[0].share, 0.5, 1e-9);
    EXPECT_TRUE(personas[1].stats.channelMix.isEmpty());

    // Orders with a device but no channel: the device counts; order categories by order totals.
    exec(*project, QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, device, category)"
                                  " VALUES('x1', 3, 0, 30, 'mobile', 'Toys'), ('x2', 4, 0, 10, 'desktop', 'Books'),"
                                  " ('x3', 4, 0, 5, 'Mobile', NULL)"));
    personas = twoPersonas(run);
    ASSERT_TRUE(SegmentMix::attach(*project, personas, &error));
    EXPECT_EQ(personas[1].stats.channelBasis, QStringLiteral("device"));
    ASSERT_EQ(personas[1].stats.channelMix.size(), 2);
    EXPECT_EQ(channelLabel(personas[1].stats.channelMix[0].value), QStringLiteral("Mobile"));
    EXPECT_NEAR(personas[1].stats.channelMix[0].share, 2.0 / 3.0, 1e-9);
    ASSERT_EQ(personas[1].stats.topCategories.size(), 2);
    EXPECT_EQ(personas[1].stats.topCategories[0].value, QStringLiteral("Toys"));
    EXPECT_NEAR(personas[1].stats.topCategories[0].share, 0.75, 1e-9);
}

TEST(PersonaRepository, SectionPicturesAreStoredCopiedAndLimited)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    QList<Persona> personas(1);
    personas[0].customName = QStringLiteral("Pia");
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas));
    const qint64 id = personas[0].id;
    Error error;
    const QByteArray picture("\x89PNG fake bytes", 15);
    ASSERT_TRUE(PersonaRepository::setImage(*project, id, QStringLiteral("moodboard"), picture, &error));
    EXPECT_EQ(PersonaRepository::load(*project).first().images.value(QStringLiteral("moodboard")), picture);

    // A copy of the persona (inserted without an id) has its own copy of the picture.
    Persona copy = PersonaRepository::load(*project).first();
    copy.id = 0;
    ASSERT_TRUE(PersonaRepository::insert(*project, copy, &error));
    EXPECT_NE(copy.id, id);
    ASSERT_TRUE(PersonaRepository::setImage(*project, id, QStringLiteral("moodboard"), QByteArray(), &error));
    const QList<Persona> loaded = PersonaRepository::load(*project);
    ASSERT_EQ(loaded.size(), 2);
    for (const Persona &p : loaded)
        EXPECT_EQ(p.images.value(QStringLiteral("moodboard")), p.id == id ? QByteArray() : picture);

    EXPECT_FALSE(PersonaRepository::setImage(*project, id, QStringLiteral("moodboard"),
                                             QByteArray(PersonaRepository::maxImageBytes + 1, 'x'), &error));
    EXPECT_TRUE(error.isSet());
}

TEST(PersonaRepository, RemoveTakesNotesLockAndPicturesAndInsertGivesThemBack)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    QList<Persona> personas(2);
    personas[0].customName = QStringLiteral("Ada");
    personas[1].customName = QStringLiteral("Ben");
    personas[0].photo = QByteArray("photo bytes");
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas));
    Persona ada = personas[0];
    const qint64 id = ada.id;
    Error error;
    ASSERT_EQ(JourneyNotes::store(*project, id, QStringLiteral("conversion"), QStringLiteral("goal"),
                                    QStringLiteral("Checkout in one minute"), 0, &error), WriteStatus::Written);
    ASSERT_TRUE(setPersonaLocked(*project, id, true, &error));
    ASSERT_TRUE(PersonaRepository::setImage(*project, id, QStringLiteral("moodboard"), QByteArray("pic"), &error));
    ada = PersonaRepository::load(*project).first();

    PersonaDependents taken;
    ASSERT_TRUE(PersonaRepository::remove(*project, id, &error, &taken)) << qPrintable(error.message);
    EXPECT_EQ(taken.rowCount(), 3);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM journey_notes")).toInt(), 0);
    EXPECT_FALSE(lockedPersonas(*project).contains(id));

    ASSERT_TRUE(PersonaRepository::insert(*project, ada, &error, &taken)) << qPrintable(error.message);
    EXPECT_EQ(ada.id, id);
    const QList<Persona> back = PersonaRepository::load(*project);
    ASSERT_EQ(back.size(), 2);
    EXPECT_EQ(back[0].id, id);
    EXPECT_EQ(back[0].photo, QByteArray("photo bytes"));
    EXPECT_EQ(back[0].images.value(QStringLiteral("moodboard")), QByteArray("pic"));
    EXPECT_TRUE(lockedPersonas(*project).contains(id));
    const std::optional<JourneyNotes> notes = JourneyNotes::load(*project, id, &error);
    ASSERT_TRUE(notes);
    EXPECT_EQ(notes->written(QStringLiteral("conversion"), QStringLiteral("goal")), QStringLiteral("Checkout in one minute"));
}

TEST(TemplateRepository, RemoveAndRestorePutsThePersonasBack)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    PersonaTemplate t = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::Lean);
    t.builtin = PersonaTemplate::Builtin::None;
    t.name = QStringLiteral("Mine");
    Error error;
    ASSERT_TRUE(TemplateRepository::save(*project, t, &error));
    QList<Persona> personas(2);
    personas[0].templateId = t.id;
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas));

    const QList<TemplateSection> stored = TemplateRepository::find(*project, t.id)->sections;
    QList<qint64> on;
    ASSERT_TRUE(TemplateRepository::remove(*project, t.id, &error, &on));
    EXPECT_EQ(on, QList<qint64>{personas[0].id});
    EXPECT_EQ(PersonaRepository::load(*project).first().templateId, 0);
    ASSERT_TRUE(TemplateRepository::restore(*project, t, on, &error)) << qPrintable(error.message);
    EXPECT_EQ(TemplateRepository::find(*project, t.id)->sections, stored);
    EXPECT_EQ(PersonaRepository::load(*project).first().templateId, t.id);
    EXPECT_EQ(PersonaRepository::load(*project).last().templateId, 0);
}
