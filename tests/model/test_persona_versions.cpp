// SPDX-License-Identifier: GPL-3.0-or-later
// Versions of a persona: every change keeps one (typing on in one field rewrites the latest), a
// refresh keeps one per persona it rewrote, the diff names what changed, a restore writes back
// what was written then.
#include "analysis/segmentation.h"
#include "demo/demostore.h"
#include "import/importer.h"
#include "persona/personaversions.h"
#include "store/project.h"
#include "language.h"
#include "testsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace pw;

namespace {

const QString kGoals = QStringLiteral("goals");
const QString kQuote = QStringLiteral("quote");

/// One hand-written persona, stored; returns it as read back.
Persona storeOne(Project &project)
{
    Persona p;
    p.customName = QStringLiteral("Dana");
    p.archetype = QStringLiteral("repeat_buyer");
    p.color = QStringLiteral("#1565c0");
    p.stats.size = 100;
    p.stats.sharePeople = 0.25;
    p.stats.averageOrderValue = 40;
    EXPECT_TRUE(PersonaRepository::insert(project, p));
    for (const Persona &q : PersonaRepository::load(project))
        if (q.id == p.id)
            return q;
    ADD_FAILURE() << "the persona was not stored";
    return p;
}

Persona reread(Project &project, qint64 id)
{
    for (const Persona &q : PersonaRepository::load(project))
        if (q.id == id)
            return q;
    return Persona();
}

/// Writes `lines` into section `key`, as the editor does, continuing version `continues`.
qint64 writeSection(Project &project, qint64 id, const QString &key, const QStringList &lines, qint64 continues = 0)
{
    Persona p = reread(project, id);
    p.setLines(key, lines);
    PersonaChange change;
    change.sections = {key};
    change.continuesVersion = continues;
    qint64 version = 0;
    Error error;
    EXPECT_EQ(PersonaRepository::edit(project, p, change, p.revision, &error, nullptr, &version), WriteStatus::Written)
        << qPrintable(error.message);
    return version;
}

} // namespace

TEST(PersonaVersions, EditingTwiceKeepsBothVersionsAndTheDiffNamesTheChangedSection)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const Persona dana = storeOne(*project);
    QList<PersonaVersion> versions = PersonaVersions::list(*project, dana.id);
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions[0].cause, VersionCause::Create);

    const qint64 first = writeSection(*project, dana.id, kGoals, {QStringLiteral("Find a gift fast")});
    const qint64 second = writeSection(*project, dana.id, kQuote, {QStringLiteral("I know what I want.")});
    EXPECT_GT(first, 0);
    EXPECT_GT(second, first);

    versions = PersonaVersions::list(*project, dana.id);
    ASSERT_EQ(versions.size(), 3);
    EXPECT_EQ(versions[1].id, first);
    EXPECT_EQ(versions[1].cause, VersionCause::Edit);
    EXPECT_EQ(versions[1].section, kGoals);
    EXPECT_EQ(versions[2].section, kQuote);
    // Each version holds the persona as written after its change.
    EXPECT_EQ(versions[1].persona().section(kGoals, QStringLiteral("en")), QStringList {QStringLiteral("Find a gift fast")});
    EXPECT_TRUE(versions[1].persona().isSuggestion(kQuote));
    EXPECT_EQ(versions[2].persona().section(kQuote, QStringLiteral("en")), QStringList {QStringLiteral("I know what I want.")});

    const VersionDiff d = PersonaVersions::diff(versions[1], versions[2], QStringLiteral("en"));
    EXPECT_EQ(d.changedKeys(), QStringList {kQuote});
    ASSERT_EQ(d.texts.size(), 1);
    EXPECT_TRUE(d.texts[0].isSection);
    EXPECT_EQ(d.texts[0].title, QStringLiteral("Quote"));
    EXPECT_FALSE(d.texts[0].writtenBefore);
    EXPECT_TRUE(d.texts[0].writtenAfter);
    EXPECT_EQ(d.texts[0].after, QStringList {QStringLiteral("I know what I want.")});
    EXPECT_TRUE(d.figures.isEmpty());

    const VersionDiff both = PersonaVersions::diff(versions[0], versions[2], QStringLiteral("en"));
    // In the template's order: the quote comes first.
    EXPECT_EQ(both.changedKeys(), (QStringList {kQuote, kGoals}));
}

TEST(PersonaVersions, TypingOnInOneFieldRewritesTheLatestVersion)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const Persona dana = storeOne(*project);
    const qint64 v1 = writeSection(*project, dana.id, kGoals, {QStringLiteral("F")});
    const qint64 v2 = writeSection(*project, dana.id, kGoals, {QStringLiteral("Fi")}, v1);
    const qint64 v3 = writeSection(*project, dana.id, kGoals, {QStringLiteral("Find")}, v2);
    EXPECT_EQ(v2, v1);
    EXPECT_EQ(v3, v1);
    QList<PersonaVersion> versions = PersonaVersions::list(*project, dana.id);
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[1].persona().section(kGoals, QStringLiteral("en")), QStringList {QStringLiteral("Find")});

    // Another section is a change of its own, and typing in the first one again after it too.
    const qint64 quote = writeSection(*project, dana.id, kQuote, {QStringLiteral("Hi")}, v3);
    EXPECT_GT(quote, v3);
    const qint64 again = writeSection(*project, dana.id, kGoals, {QStringLiteral("Find it")}, v3);
    EXPECT_GT(again, quote);
    // A new run of typing (nothing continued) is a new version even in the same section.
    const qint64 fresh = writeSection(*project, dana.id, kGoals, {QStringLiteral("Find it now")});
    EXPECT_GT(fresh, again);
    EXPECT_EQ(PersonaVersions::list(*project, dana.id).size(), 5);
    // Writing what the persona holds already keeps no version.
    writeSection(*project, dana.id, kGoals, {QStringLiteral("Find it now")});
    EXPECT_EQ(PersonaVersions::list(*project, dana.id).size(), 5);
}

TEST(PersonaVersions, RestoreWritesBackWhatWasWrittenAndKeepsTheFigures)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const Persona dana = storeOne(*project);
    const qint64 v1 = writeSection(*project, dana.id, kGoals, {QStringLiteral("Old goal")});
    Persona renamed = reread(*project, dana.id);
    renamed.customName = QStringLiteral("Dana Two");
    renamed.setLines(kGoals, {QStringLiteral("New goal")});
    PersonaChange change;
    change.parts = PersonaChange::Name;
    change.sections = {kGoals};
    ASSERT_EQ(PersonaRepository::edit(*project, renamed, change, renamed.revision), WriteStatus::Written);
    // The engine refreshes the figures meanwhile.
    Persona refreshed = reread(*project, dana.id);
    refreshed.stats.size = 250;
    ASSERT_TRUE(PersonaRepository::updateFigures(*project, refreshed));
    ASSERT_TRUE(PersonaVersions::recordAll(*project, VersionCause::Refresh, 0));

    Error error;
    ASSERT_EQ(PersonaVersions::restore(*project, v1, -1, &error), WriteStatus::Written) << qPrintable(error.message);
    const Persona now = reread(*project, dana.id);
    EXPECT_EQ(now.customName, QStringLiteral("Dana"));
    EXPECT_EQ(now.section(kGoals, QStringLiteral("en")), QStringList {QStringLiteral("Old goal")});
    EXPECT_EQ(now.stats.size, 250); // the figures are the current segmentation's
    const QList<PersonaVersion> versions = PersonaVersions::list(*project, dana.id);
    ASSERT_GE(versions.size(), 5);
    EXPECT_EQ(versions[versions.size() - 2].cause, VersionCause::Refresh);
    EXPECT_EQ(versions.last().cause, VersionCause::Restore);
    EXPECT_EQ(versions.last().section, QStringLiteral("name,goals")); // what it changed back
    const VersionDiff d = PersonaVersions::diff(versions[versions.size() - 2], versions.last(), QStringLiteral("en"));
    EXPECT_EQ(d.changedKeys(), (QStringList {QStringLiteral("name"), kGoals}));

    // A version that does not exist is refused with its reason; nothing is written.
    EXPECT_EQ(PersonaVersions::restore(*project, 9999, -1, &error), WriteStatus::Failed);
    EXPECT_TRUE(error.message.contains(QStringLiteral("9999"))) << qPrintable(error.message);
    EXPECT_EQ(PersonaVersions::list(*project, dana.id).size(), versions.size());
}

TEST(PersonaVersions, APersonaWithoutVersionsGetsItsEarlierStateFirst)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const Persona dana = storeOne(*project);
    // As a file of an older version has it: no version yet.
    ASSERT_TRUE(project->exec(QStringLiteral("DELETE FROM persona_versions")));
    writeSection(*project, dana.id, kGoals, {QStringLiteral("A goal")});
    const QList<PersonaVersion> versions = PersonaVersions::list(*project, dana.id);
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0].cause, VersionCause::Earlier);
    EXPECT_TRUE(versions[0].persona().isSuggestion(kGoals));
    EXPECT_EQ(PersonaVersions::diff(versions[0], versions[1], QStringLiteral("en")).changedKeys(), QStringList {kGoals});
}

TEST(PersonaVersions, APhotoIsStoredOnceAcrossVersions)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const Persona dana = storeOne(*project);
    Persona withPhoto = reread(*project, dana.id);
    withPhoto.photo = QByteArray(5000, 'x');
    PersonaChange change;
    change.parts = PersonaChange::Photo;
    ASSERT_EQ(PersonaRepository::edit(*project, withPhoto, change, withPhoto.revision), WriteStatus::Written);
    writeSection(*project, dana.id, kGoals, {QStringLiteral("One")});
    writeSection(*project, dana.id, kQuote, {QStringLiteral("Two")});
    const QList<PersonaVersion> versions = PersonaVersions::list(*project, dana.id);
    ASSERT_EQ(versions.size(), 4);
    for (int i = 1; i < 4; ++i)
        EXPECT_EQ(versions[i].photo, withPhoto.photo) << i;
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM persona_versions WHERE photo IS NOT NULL")).toInt(), 1);
    const VersionDiff d = PersonaVersions::diff(versions[0], versions[1], QStringLiteral("en"));
    EXPECT_EQ(d.changedKeys(), QStringList {QStringLiteral("photo")});
}

TEST(PersonaVersions, AProposalKeepsAVersionOfEveryPersonaItRewrote)
{
    test::TempDir dir;
    DemoOptions options;
    options.people = 600;
    Error error;
    const QStringList files = writeDemoStore(dir.path(), options, &error);
    ASSERT_FALSE(files.isEmpty()) << qPrintable(error.message);
    auto project = test::newProject(dir);
    ASSERT_TRUE(importFiles(*project, files, ImportOptions(), nullptr).ok());
    SegmentationOptions three;
    three.k = 3;
    const auto first = runSegmentation(*project, three, nullptr, &error);
    ASSERT_TRUE(first) << qPrintable(error.message);
    const QList<Persona> personas = PersonaRepository::load(*project);
    ASSERT_FALSE(personas.isEmpty());
    for (const Persona &p : personas) {
        const QList<PersonaVersion> versions = PersonaVersions::list(*project, p.id);
        ASSERT_EQ(versions.size(), 1) << p.id;
        EXPECT_EQ(versions[0].runId, first->runId);
    }
    const qint64 edited = personas[0].id;
    writeSection(*project, edited, kGoals, {QStringLiteral("Kept through the refresh")});

    SegmentationOptions again = three;
    again.seed = 11;
    const auto second = runSegmentation(*project, again, nullptr, &error);
    ASSERT_TRUE(second) << qPrintable(error.message);
    const QList<PersonaVersion> versions = PersonaVersions::list(*project, edited);
    ASSERT_EQ(versions.size(), 3);
    EXPECT_EQ(versions[2].cause, VersionCause::Refresh);
    EXPECT_EQ(versions[2].runId, second->runId);
    // What was written stays; the figures (and the segment) moved.
    const VersionDiff d = PersonaVersions::diff(versions[1], versions[2], QStringLiteral("en"));
    EXPECT_FALSE(d.changedKeys().contains(kGoals));
    EXPECT_TRUE(d.changedKeys().contains(QStringLiteral("segment")) || !d.figures.isEmpty());
    EXPECT_EQ(versions[2].persona().section(kGoals, QStringLiteral("en")),
              QStringList {QStringLiteral("Kept through the refresh")});
}

// The words of versions are looked up under the context lupdate gave them: Hebrew and Russian, not
// English (a context of its own at run time would find no translation).
TEST(PersonaVersions, CauseNamesAreTranslated)
{
    for (const QString &language : {QStringLiteral("he"), QStringLiteral("ru")}) {
        ASSERT_TRUE(setApplicationLanguage(language));
        EXPECT_NE(PersonaVersions::causeName(QStringLiteral("refresh")), QStringLiteral("Refreshed")) << qPrintable(language);
        EXPECT_NE(PersonaVersions::causeName(QStringLiteral("create")), QStringLiteral("Created")) << qPrintable(language);
    }
    ASSERT_TRUE(setApplicationLanguage(QStringLiteral("en")));
    EXPECT_EQ(PersonaVersions::causeName(QStringLiteral("refresh")), QStringLiteral("Refreshed"));
}
