// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs on one project: a write carries only what was changed, names the revision it was
// based on and is refused when the stored persona (or setting) is newer; ids and revisions are
// never given twice.
#include "analysis/features.h"
#include "persona/persona.h"
#include "store/project.h"
#include "testsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace pw;

namespace {

const QString kGoals = QStringLiteral("goals");
const QString kQuote = QStringLiteral("quote");

/// Two personas, the first linked to segment 0 of no run with 100 people.
QList<Persona> storeTwo(Project &project)
{
    Persona a, b;
    a.archetype = QStringLiteral("repeat_buyer");
    a.segment = 0;
    a.stats.size = 100;
    a.stats.shareRevenue = 0.6;
    b.archetype = QStringLiteral("discount_seeker");
    b.customName = QStringLiteral("Dana");
    QList<Persona> list{a, b};
    EXPECT_TRUE(PersonaRepository::replaceAll(project, list));
    return PersonaRepository::load(project);
}

const Persona *byId(const QList<Persona> &list, qint64 id)
{
    for (const Persona &p : list)
        if (p.id == id)
            return &p;
    return nullptr;
}

PersonaChange sections(const QStringList &keys)
{
    PersonaChange change;
    change.sections = keys;
    return change;
}

} // namespace

TEST(PersonaRevisions, AnEditBasedOnAnOldRevisionIsRefusedAndWritesNothing)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QList<Persona> read = storeTwo(*project);

    // The engine refreshes persona 1 (as persona-cli cluster does) after the window read it.
    Persona refreshed = read[0];
    refreshed.archetype = QStringLiteral("loyal_customer");
    refreshed.stats.size = 240;
    ASSERT_TRUE(PersonaRepository::updateFigures(*project, refreshed));

    // The window, still holding the old view, renames it.
    Persona stale = read[0];
    stale.customName = QStringLiteral("Old view");
    Error error;
    EXPECT_EQ(PersonaRepository::edit(*project, stale, {PersonaChange::Name, {}, {}}, stale.revision, &error),
              WriteStatus::Conflict);
    EXPECT_FALSE(error.message.isEmpty());
    const QList<Persona> after = PersonaRepository::load(*project);
    const Persona *now = byId(after, read[0].id);
    ASSERT_TRUE(now);
    EXPECT_TRUE(now->customName.isEmpty());
    EXPECT_EQ(now->archetype, QStringLiteral("loyal_customer"));
    EXPECT_EQ(now->stats.size, 240);
    EXPECT_GT(now->revision, read[0].revision);
}

TEST(PersonaRevisions, AnEditWritesOnlyThePartsItChanged)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QList<Persona> read = storeTwo(*project);

    // A copy whose figures and archetype are out of date (as a window's would be) writes a quote:
    // the figures, archetype, segment and name stay as stored.
    Persona edited = read[0];
    edited.archetype = QStringLiteral("bouncer");
    edited.stats.size = 1;
    edited.segment = 3;
    edited.customName = QStringLiteral("Not written");
    edited.setLines(kQuote, {QStringLiteral("I know what I want")});
    qint64 revision = 0;
    ASSERT_EQ(PersonaRepository::edit(*project, edited, sections({kQuote}), read[0].revision, nullptr, &revision),
              WriteStatus::Written);
    Persona now = *byId(PersonaRepository::load(*project), read[0].id);
    EXPECT_EQ(now.revision, revision);
    EXPECT_EQ(now.archetype, QStringLiteral("repeat_buyer"));
    EXPECT_EQ(now.stats.size, 100);
    EXPECT_EQ(now.segment, 0);
    EXPECT_TRUE(now.customName.isEmpty());
    EXPECT_EQ(now.section(kQuote, QStringLiteral("en")), QStringList{QStringLiteral("I know what I want")});

    // A second edit of another section, based on the new revision, keeps the quote.
    Persona second = now;
    second.fields = QJsonObject();
    second.setLines(kGoals, {QStringLiteral("Save time")});
    ASSERT_EQ(PersonaRepository::edit(*project, second, sections({kGoals}), now.revision), WriteStatus::Written);
    now = *byId(PersonaRepository::load(*project), read[0].id);
    EXPECT_EQ(now.section(kQuote, QStringLiteral("en")), QStringList{QStringLiteral("I know what I want")});
    EXPECT_EQ(now.section(kGoals, QStringLiteral("en")), QStringList{QStringLiteral("Save time")});
    EXPECT_EQ(now.evidenceOf(*now.effectiveTemplate().find(kGoals)), Evidence::Assumed);
}

TEST(PersonaRevisions, TheEngineKeepsWhatTheMarketerWrote)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    QList<Persona> read = storeTwo(*project);
    Persona written = read[1];
    written.setLines(kGoals, {QStringLiteral("Pay less")});
    ASSERT_EQ(PersonaRepository::edit(*project, written, sections({kGoals}), written.revision), WriteStatus::Written);

    // The engine's copy was read before the goals were written.
    Persona engine = read[1];
    engine.nameSuffix = QStringLiteral("+discount");
    engine.stats.size = 50;
    ASSERT_TRUE(PersonaRepository::updateFigures(*project, engine));
    const Persona now = *byId(PersonaRepository::load(*project), read[1].id);
    EXPECT_EQ(now.section(kGoals, QStringLiteral("en")), QStringList{QStringLiteral("Pay less")});
    EXPECT_EQ(now.customName, QStringLiteral("Dana"));
    EXPECT_EQ(now.nameSuffix, QStringLiteral("+discount"));
    EXPECT_EQ(now.stats.size, 50);
}

TEST(PersonaRevisions, IdsAndRevisionsAreNeverGivenTwice)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QList<Persona> read = storeTwo(*project);
    const qint64 highest = qMax(read[0].id, read[1].id);
    ASSERT_TRUE(PersonaRepository::remove(*project, highest));

    // A new persona does not take the deleted one's id: a window that still shows the deleted
    // one cannot write on the new one.
    Persona added;
    added.archetype = QStringLiteral("bouncer");
    ASSERT_TRUE(PersonaRepository::insert(*project, added));
    EXPECT_GT(added.id, highest);
    EXPECT_GT(added.revision, qMax(read[0].revision, read[1].revision));
    Persona stale = read[0].id == highest ? read[0] : read[1];
    stale.customName = QStringLiteral("Ghost");
    EXPECT_EQ(PersonaRepository::edit(*project, stale, {PersonaChange::Name, {}, {}}, stale.revision),
              WriteStatus::Conflict);

    // Replacing every persona gives new ids too.
    QList<Persona> fresh{Persona(), Persona()};
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, fresh));
    EXPECT_GT(fresh[0].id, added.id);
    EXPECT_GT(fresh[1].id, fresh[0].id);

    // Undoing a deletion keeps the persona's own id.
    Persona back = PersonaRepository::load(*project)[0];
    ASSERT_TRUE(PersonaRepository::remove(*project, back.id));
    const qint64 id = back.id;
    ASSERT_TRUE(PersonaRepository::insert(*project, back));
    EXPECT_EQ(back.id, id);
}

TEST(PersonaRevisions, ADeletionBasedOnAnOldRevisionIsRefused)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QList<Persona> read = storeTwo(*project);
    Persona refreshed = read[0];
    refreshed.stats.size = 7;
    ASSERT_TRUE(PersonaRepository::updateFigures(*project, refreshed));
    Error error;
    EXPECT_EQ(PersonaRepository::removeUnchanged(*project, read[0].id, read[0].revision, &error), WriteStatus::Conflict);
    EXPECT_EQ(PersonaRepository::load(*project).size(), 2);
    const qint64 current = byId(PersonaRepository::load(*project), read[0].id)->revision;
    EXPECT_EQ(PersonaRepository::removeUnchanged(*project, read[0].id, current, &error), WriteStatus::Written);
    EXPECT_EQ(PersonaRepository::load(*project).size(), 1);
    EXPECT_EQ(PersonaRepository::removeUnchanged(*project, read[0].id, current, &error), WriteStatus::Conflict);
}

TEST(PersonaRevisions, AMoveTakesThePersonasAsStoredNow)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QList<Persona> read = storeTwo(*project);
    // Another program added a third persona; the window, which knows two, moves the first down.
    Persona third;
    third.position = 2;
    ASSERT_TRUE(PersonaRepository::insert(*project, third));
    ASSERT_TRUE(PersonaRepository::move(*project, read[0].id, 1));
    const QList<Persona> now = PersonaRepository::load(*project);
    ASSERT_EQ(now.size(), 3);
    EXPECT_EQ(now[0].id, read[1].id);
    EXPECT_EQ(now[1].id, read[0].id);
    EXPECT_EQ(now[2].id, third.id);
    for (int i = 0; i < now.size(); ++i)
        EXPECT_EQ(now[i].position, i);
}

TEST(SettingRevisions, ASettingWrittenSinceItWasReadIsNotOverwritten)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project->setSetting(QStringLiteral("stage_rules"), QStringLiteral("A")));
    const qint64 read = project->settingRevision(QStringLiteral("stage_rules"));
    EXPECT_GT(read, 0);
    ASSERT_TRUE(project->setSetting(QStringLiteral("stage_rules"), QStringLiteral("B"))); // another program
    Error error;
    EXPECT_EQ(project->setSettingUnchanged(QStringLiteral("stage_rules"), QStringLiteral("C"), read, &error),
              WriteStatus::Conflict);
    EXPECT_EQ(project->setting(QStringLiteral("stage_rules")).toString(), QStringLiteral("B"));
    const qint64 now = project->settingRevision(QStringLiteral("stage_rules"));
    EXPECT_EQ(project->setSettingUnchanged(QStringLiteral("stage_rules"), QStringLiteral("C"), now, &error),
              WriteStatus::Written);
    EXPECT_EQ(project->setting(QStringLiteral("stage_rules")).toString(), QStringLiteral("C"));
    // An unset setting has revision 0; removing goes through the same check.
    EXPECT_EQ(project->settingRevision(QStringLiteral("never")), 0);
    EXPECT_EQ(project->setSettingUnchanged(QStringLiteral("stage_rules"), QVariant(), now, &error), WriteStatus::Conflict);
    EXPECT_EQ(project->setSettingUnchanged(QStringLiteral("stage_rules"), QVariant(),
                                           project->settingRevision(QStringLiteral("stage_rules")), &error),
              WriteStatus::Written);
    EXPECT_FALSE(project->setting(QStringLiteral("stage_rules")).isValid());
}

TEST(ProjectChanges, AnotherConnectionsCommitIsNoticedAndOursIsNot)
{
    test::TempDir dir;
    auto window = test::newProject(dir);
    Error error;
    auto other = Project::open(window->path(), Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(other) << qPrintable(error.message);
    EXPECT_FALSE(window->changedElsewhere()); // the first look sets the baseline
    ASSERT_TRUE(window->setSetting(QStringLiteral("ours"), 1));
    EXPECT_FALSE(window->changedElsewhere());
    ASSERT_TRUE(other->setSetting(QStringLiteral("theirs"), 1));
    EXPECT_TRUE(window->changedElsewhere());
    EXPECT_FALSE(window->changedElsewhere());
}

TEST(SettingRevisions, FeatureSettingsChangedElsewhereAreNotOverwritten)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    auto other = Project::open(project->path(), Project::OpenMode::OpenExisting, nullptr);
    ASSERT_TRUE(other);
    // The window reads the settings (never saved: revision 0) and opens its dialog; meanwhile
    // another program switches the sessions feature off.
    const qint64 read = project->settingRevision(QLatin1String(FeatureSettings::kSettingKey));
    FeatureSettings theirs;
    theirs.disabled << Feature::Sessions;
    ASSERT_TRUE(theirs.save(*other, nullptr));

    FeatureSettings ours;
    ours.weights.insert(Feature::Monetary, 2.0);
    Error error;
    EXPECT_EQ(ours.saveUnchanged(*project, read, &error), WriteStatus::Conflict);
    EXPECT_TRUE(error.message.contains(QStringLiteral("Another program")));
    EXPECT_FALSE(FeatureSettings::load(*project).isEnabled(Feature::Sessions));
    EXPECT_EQ(FeatureSettings::load(*project).weight(Feature::Monetary), 1.0);

    // Based on what is stored now, the change goes through.
    const qint64 now = project->settingRevision(QLatin1String(FeatureSettings::kSettingKey));
    EXPECT_GT(now, read);
    EXPECT_EQ(ours.saveUnchanged(*project, now, &error), WriteStatus::Written);
    EXPECT_EQ(FeatureSettings::load(*other).weight(Feature::Monetary), 2.0);
}
