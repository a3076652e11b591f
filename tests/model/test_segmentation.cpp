// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/features.h"
#include "analysis/random.h"
#include "analysis/runstore.h"
#include "analysis/segmentation.h"

#include "common/progress.h"
#include "demo/demostore.h"
#include "import/importer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace pw;

namespace {

/// One imported demo store shared by the tests of this file (importing is the slow part).
class SegmentationTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new test::TempDir;
        DemoOptions options;
        options.people = 1500;
        Error error;
        const QStringList files = writeDemoStore(s_dir->path(), options, &error);
        ASSERT_EQ(files.size(), 5) << qPrintable(error.message);
        auto project = test::newProject(*s_dir, QStringLiteral("template.personas"));
        ASSERT_TRUE(project);
        const ImportReport report = importFiles(*project, files, ImportOptions(), nullptr);
        ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    /// A fresh copy of the imported store.
    std::unique_ptr<Project> freshProject(const QString &name)
    {
        const QString path = s_dir->path(name);
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(s_dir->path(QStringLiteral("template.personas")), path));
        Error error;
        auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        EXPECT_TRUE(project) << qPrintable(error.toString());
        return project;
    }

    static test::TempDir *s_dir;
};

test::TempDir *SegmentationTest::s_dir = nullptr;

} // namespace

TEST_F(SegmentationTest, DemoStoreGivesThreeOrFourPersonasAndStoresTheRun)
{
    auto project = freshProject(QStringLiteral("auto.personas"));
    ASSERT_TRUE(project);
    const qint64 people = project->scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toLongLong();
    ASSERT_EQ(people, 1500);

    Error error;
    const auto result = runSegmentation(*project, SegmentationOptions(), nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    EXPECT_GE(result->k, 3);
    EXPECT_LE(result->k, 4);
    EXPECT_EQ(result->people, people);
    EXPECT_EQ(result->silhouetteByK.keys(), (QList<int> {3, 4}));
    EXPECT_EQ(result->silhouette, result->silhouetteByK.value(result->k));
    EXPECT_GE(result->silhouette, result->silhouetteByK.value(3));
    EXPECT_GT(result->silhouette, 0.2);
    for (const char *key : {"features", "clustering", "selection"})
        EXPECT_TRUE(result->timings.contains(QLatin1String(key))) << key;
    EXPECT_EQ(result->features, Feature::all());

    ASSERT_EQ(result->personas.size(), result->k);
    qint64 size = 0;
    double sharePeople = 0, shareRevenue = 0;
    QSet<QString> names;
    for (qsizetype i = 0; i < result->personas.size(); ++i) {
        const Persona &p = result->personas[i];
        size += p.stats.size;
        sharePeople += p.stats.sharePeople;
        shareRevenue += p.stats.shareRevenue;
        EXPECT_GT(p.id, 0);
        EXPECT_EQ(p.runId, result->runId);
        EXPECT_EQ(p.position, i);
        EXPECT_GE(p.stats.confidence, 0.0);
        EXPECT_LE(p.stats.confidence, 1.0);
        EXPECT_GE(p.stats.distinguishing.size(), 3);
        EXPECT_LE(p.stats.distinguishing.size(), 5);
        EXPECT_TRUE(p.color.startsWith(QLatin1Char('#')));
        names.insert(p.archetype + p.nameSuffix);
        if (i > 0) {
            EXPECT_LE(p.stats.shareRevenue, result->personas[i - 1].stats.shareRevenue);
        }
    }
    EXPECT_EQ(names.size(), result->personas.size()); // archetype + suffix is unique
    EXPECT_EQ(size, people);
    EXPECT_NEAR(sharePeople, 1.0, 1e-9);
    EXPECT_NEAR(shareRevenue, 1.0, 1e-9);
    // The demo's segments include buyers who return and people who never buy.
    EXPECT_GT(result->personas.first().stats.ordersPerPerson, 1.5);
    EXPECT_EQ(result->personas.last().stats.revenue, 0.0);

    // Stored: the run, one assignment per person, the personas.
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM segmentation_runs")).toInt(), 1);
    EXPECT_EQ(
        project->scalar(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE run_id = ?"), {result->runId})
            .toLongLong(),
        people);
    const QList<Persona> stored = PersonaRepository::load(*project);
    ASSERT_EQ(stored.size(), result->personas.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        EXPECT_EQ(stored[i].archetype, result->personas[i].archetype);
        EXPECT_EQ(stored[i].stats.size, result->personas[i].stats.size);
        EXPECT_EQ(stored[i].segment, result->personas[i].segment);
    }
    const auto run = RunStore::latestRun(*project, &error);
    ASSERT_TRUE(run) << qPrintable(error.message);
    EXPECT_EQ(run->id, result->runId);
    EXPECT_EQ(run->k, result->k);
    EXPECT_EQ(run->features, result->features);
    EXPECT_EQ(run->centroids.value(QStringLiteral("centroids")).toArray().size(), result->k);
    EXPECT_EQ(run->transforms().size(), result->features.size());
    EXPECT_TRUE(run->scores.value(QStringLiteral("silhouette")).toObject().contains(QStringLiteral("3")));
    EXPECT_TRUE(run->timings.contains(QStringLiteral("clustering")));

    // Assignments agree with the personas' sizes.
    const auto assignments = RunStore::latestAssignments(*project, &error);
    ASSERT_TRUE(assignments) << qPrintable(error.message);
    EXPECT_EQ(assignments->size(), people);
    QHash<qint64, qint64> perPersona;
    for (const PersonAssignment &a : *assignments)
        ++perPersona[a.personaId];
    for (const Persona &p : stored)
        EXPECT_EQ(perPersona.value(p.id), p.stats.size);

    // The exported features are what was clustered.
    const auto exported = RunStore::latestFeatures(*project, nullptr, &error);
    const auto recomputed = computeFeatures(*project, nullptr, &error);
    ASSERT_TRUE(exported && recomputed);
    EXPECT_EQ(exported->keys, recomputed->keys);
    EXPECT_EQ(exported->z, recomputed->z);
    const QString csv = s_dir->path(QStringLiteral("features.csv"));
    ASSERT_TRUE(RunStore::writeFeaturesCsv(*project, csv, nullptr, &error)) << qPrintable(error.message);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(lines.size(), people + 1);
    EXPECT_EQ(lines.first(), "customer_id," + result->features.join(QLatin1Char(',')).toUtf8());
    const QString assignmentsCsv = s_dir->path(QStringLiteral("assignments.csv"));
    ASSERT_TRUE(RunStore::writeAssignmentsCsv(*project, assignmentsCsv, &error));
    QFile afile(assignmentsCsv);
    ASSERT_TRUE(afile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(afile.readLine().startsWith("customer_id,persona"));
}

TEST_F(SegmentationTest, DeterministicForASeedAndFixedK)
{
    auto project = freshProject(QStringLiteral("fixed.personas"));
    ASSERT_TRUE(project);
    SegmentationOptions options;
    options.k = 4;
    options.restarts = 3;
    options.seed = 7;
    Error error;
    const auto first = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(first) << qPrintable(error.message);
    EXPECT_EQ(first->k, 4);
    EXPECT_EQ(first->personas.size(), 4);
    EXPECT_EQ(first->silhouetteByK.keys(), QList<int> {4});
    const auto firstAssignments = RunStore::latestAssignments(*project, &error);
    const auto second = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(second) << qPrintable(error.message);
    const auto secondAssignments = RunStore::latestAssignments(*project, &error);
    ASSERT_TRUE(firstAssignments && secondAssignments);
    EXPECT_NE(first->runId, second->runId);
    EXPECT_EQ(first->inertia, second->inertia);
    ASSERT_EQ(firstAssignments->size(), secondAssignments->size());
    for (qsizetype i = 0; i < firstAssignments->size(); ++i) {
        ASSERT_EQ((*firstAssignments)[i].customerId, (*secondAssignments)[i].customerId);
        ASSERT_EQ((*firstAssignments)[i].segment, (*secondAssignments)[i].segment);
    }
    for (qsizetype i = 0; i < first->personas.size(); ++i) {
        EXPECT_EQ(first->personas[i].archetype, second->personas[i].archetype);
        EXPECT_EQ(first->personas[i].stats.size, second->personas[i].stats.size);
    }
    // Two runs stored; the personas belong to the latest.
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM segmentation_runs")).toInt(), 2);
    EXPECT_EQ(
        project->scalar(QStringLiteral("SELECT COUNT(*) FROM personas WHERE run_id = ?"), {second->runId})
            .toInt(),
        4);
}

TEST(Segmentation, ClearErrorsForTooFewPeople)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    Error error;
    EXPECT_FALSE(runSegmentation(*project, SegmentationOptions(), nullptr, &error));
    EXPECT_TRUE(error.message.contains(QLatin1String("no people"))) << qPrintable(error.message);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM segmentation_runs")).toInt(), 0);

    ASSERT_TRUE(
        project->exec(QStringLiteral("INSERT INTO people(id, customer_id) VALUES (1, 'a'), (2, 'b')")));
    ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) "
                                             "VALUES ('o1', 1, 1700000000, 10), ('o2', 2, 1700100000, 90)")));
    error = Error();
    EXPECT_FALSE(runSegmentation(*project, SegmentationOptions(), nullptr, &error));
    EXPECT_TRUE(error.message.contains(QLatin1String("fewer than"))) << qPrintable(error.message);
    EXPECT_FALSE(RunStore::latestRun(*project, &error));
    EXPECT_TRUE(error.isSet());

    // Two people, two segments: that works.
    SegmentationOptions two;
    two.k = 2;
    const auto result = runSegmentation(*project, two, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    EXPECT_EQ(result->personas.size(), 2);
}

TEST(Segmentation, CancelLeavesNothing)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    ASSERT_TRUE(project->exec(
        QStringLiteral("INSERT INTO people(id, customer_id) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')")));
    ASSERT_TRUE(
        project->exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) VALUES "
                                     "('o1', 1, 1700000000, 10), ('o2', 2, 1700100000, 90), "
                                     "('o3', 3, 1700200000, 30), ('o4', 4, 1700300000, 300)")));
    CallbackProgress progress;
    progress.cancel();
    Error error;
    EXPECT_FALSE(runSegmentation(*project, SegmentationOptions(), &progress, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM segmentation_runs")).toInt(), 0);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM personas")).toInt(), 0);
}

namespace {

/// What a re-proposal may change of a persona, and what is written on it, to compare.
QString engineView(const Persona &p)
{
    return QStringLiteral("%1 %2 %3%4 run %5 seg %6 size %7 pos %8 fields %9")
        .arg(p.id)
        .arg(p.customName, p.archetype, p.nameSuffix)
        .arg(p.runId)
        .arg(p.segment)
        .arg(p.stats.size)
        .arg(p.position)
        .arg(QString::fromUtf8(QJsonDocument(p.fields).toJson(QJsonDocument::Compact)));
}

QStringList engineViews(const QList<Persona> &list)
{
    QStringList views;
    for (const Persona &p : list)
        views << engineView(p);
    return views;
}

qint64 count(Project &project, const QString &sql, const QVariantList &values = {})
{
    return project.scalar(sql, values).toLongLong();
}

} // namespace

TEST_F(SegmentationTest, AReProposalCanBeUndoneAndRedoneWithoutClusteringAgain)
{
    auto project = freshProject(QStringLiteral("undo.personas"));
    ASSERT_TRUE(project);
    Error error;
    SegmentationOptions four;
    four.k = 4;
    const auto first = runSegmentation(*project, four, nullptr, &error);
    ASSERT_TRUE(first) << qPrintable(error.message);
    // The marketer writes on one persona: a re-proposal keeps it, and so does its undo.
    QList<Persona> personas = PersonaRepository::load(*project);
    Persona named = personas[1];
    named.customName = QStringLiteral("Dana");
    named.setLines(QStringLiteral("goals"), {QStringLiteral("Find it fast")});
    PersonaChange change;
    change.parts = PersonaChange::Name;
    change.sections = {QStringLiteral("goals")};
    ASSERT_EQ(PersonaRepository::edit(*project, named, change, named.revision, &error), WriteStatus::Written);
    // A journey note on a persona the re-proposal deletes comes back with it.
    ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO journey_notes(persona_id, stage, field, value) "
                                             "VALUES(?, 'awareness', 'touchpoints', 'Flyers')"),
                              {personas[3].id}, &error));
    const QList<Persona> before = PersonaRepository::load(*project);
    const qint64 assignedBefore = count(*project, QStringLiteral("SELECT COUNT(*) FROM assignments"));

    SegmentationOptions three;
    three.k = 3;
    three.seed = 7;
    const auto second = runSegmentation(*project, three, nullptr, &error);
    ASSERT_TRUE(second) << qPrintable(error.message);
    const QList<Persona> after = PersonaRepository::load(*project);
    ASSERT_NE(engineViews(after), engineViews(before));
    ProposalChange proposal = second->change;
    EXPECT_EQ(proposal.previousRunId(), first->runId);
    EXPECT_EQ(proposal.runId(), second->runId);

    ASSERT_EQ(proposal.undo(*project, after, &error), WriteStatus::Written) << qPrintable(error.message);
    // The previous run is the current one again, and the personas are as they were.
    EXPECT_EQ(RunStore::latestRun(*project, &error)->id, first->runId);
    EXPECT_EQ(count(*project, QStringLiteral("SELECT COUNT(*) FROM assignments")), assignedBefore);
    const QList<Persona> undone = PersonaRepository::load(*project);
    EXPECT_EQ(engineViews(undone), engineViews(before));
    for (int i = 0; i < undone.size(); ++i)
        EXPECT_EQ(undone[i].stats.toJson(), before[i].stats.toJson()) << i;
    EXPECT_EQ(count(*project, QStringLiteral("SELECT COUNT(*) FROM journey_notes WHERE persona_id = ?"),
                    {personas[3].id}),
              1);
    EXPECT_FALSE(proposal.stillApplies(*project, true));
    EXPECT_TRUE(proposal.stillApplies(*project, false));

    ASSERT_EQ(proposal.redo(*project, undone, &error), WriteStatus::Written) << qPrintable(error.message);
    EXPECT_EQ(RunStore::latestRun(*project, &error)->id, second->runId);
    EXPECT_EQ(engineViews(PersonaRepository::load(*project)), engineViews(after));
    EXPECT_EQ(count(*project, QStringLiteral("SELECT COUNT(*) FROM assignments WHERE run_id = ?"), {second->runId}),
              second->people);
}

TEST_F(SegmentationTest, UndoingAProposalNeverWritesOverAnotherProgramsChange)
{
    auto project = freshProject(QStringLiteral("undo-conflict.personas"));
    ASSERT_TRUE(project);
    Error error;
    ASSERT_TRUE(runSegmentation(*project, SegmentationOptions(), nullptr, &error)) << qPrintable(error.message);
    SegmentationOptions other;
    other.seed = 9;
    other.k = 3;
    const auto second = runSegmentation(*project, other, nullptr, &error);
    ASSERT_TRUE(second) << qPrintable(error.message);
    const QList<Persona> seen = PersonaRepository::load(*project);
    ProposalChange proposal = second->change;

    // Another program renames a persona after the window read them.
    Persona renamed = seen[0];
    renamed.customName = QStringLiteral("Theirs");
    PersonaChange name;
    name.parts = PersonaChange::Name;
    ASSERT_EQ(PersonaRepository::edit(*project, renamed, name, renamed.revision, &error), WriteStatus::Written);
    const QStringList stored = engineViews(PersonaRepository::load(*project));

    EXPECT_EQ(proposal.undo(*project, seen, &error), WriteStatus::Conflict);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(engineViews(PersonaRepository::load(*project)), stored);
    EXPECT_EQ(RunStore::latestRun(*project, &error)->id, second->runId);

    // Another run stored since: the proposal no longer applies.
    ASSERT_TRUE(runSegmentation(*project, other, nullptr, &error));
    EXPECT_FALSE(proposal.stillApplies(*project, true));
    EXPECT_EQ(proposal.undo(*project, PersonaRepository::load(*project), &error), WriteStatus::Conflict);
}

// Why a number of personas was kept for its kinds, in words that say what the silhouette said:
// it prefers the smaller number only when that number's score is higher.
TEST(ExplainK, SaysWhetherTheSilhouettePrefersTheSmallerNumber)
{
    auto scores = [](double three, double four) {
        return QJsonObject {{QStringLiteral("k_rule"), QStringLiteral("kinds")}, {QStringLiteral("chosen_k"), 4},
            {QStringLiteral("kinds"),
                QJsonObject {{QStringLiteral("3"), QJsonArray {QStringLiteral("bouncer"), QStringLiteral("repeat_buyer")}},
                    {QStringLiteral("4"),
                        QJsonArray {QStringLiteral("bouncer"), QStringLiteral("repeat_buyer"), QStringLiteral("lapsed_buyer")}}}},
            {QStringLiteral("silhouette"), QJsonObject {{QStringLiteral("3"), three}, {QStringLiteral("4"), four}}}};
    };
    const QString prefers = explainK(scores(0.70, 0.60), QStringLiteral("en"));
    EXPECT_TRUE(prefers.contains(QStringLiteral("The silhouette prefers 3 (0.700 against 0.600)"))) << qPrintable(prefers);
    const QString nearly = explainK(scores(0.622, 0.639), QStringLiteral("en"));
    EXPECT_FALSE(nearly.contains(QStringLiteral("prefers"))) << qPrintable(nearly);
    EXPECT_TRUE(nearly.contains(QStringLiteral("3 personas separate people nearly as well (silhouette 0.622 against 0.639)")))
        << qPrintable(nearly);
}

// Active and lapsed repeat buyers in one segment while the segments asked for go to one-time
// buyers split by how long ago they came: one k more is tried and tells them apart.
TEST(Segmentation, ActiveAndLapsedRepeatBuyersAreNotLeftInOnePersona)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    Random rng(11);
    const qint64 day = 86400;
    const qint64 start = QDate(2024, 1, 1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDate(2025, 9, 30).startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 stop = QDate(2025, 1, 1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    // A: repeat buyers every ~30 days all along; B: the same until 2025 began, then nothing;
    // C: one order any day; D: big orders every ~120 days.
    const int sizes[] = {300, 240, 500, 120};
    {
        Transaction tx(*project, QStringLiteral("plant"));
        ASSERT_TRUE(tx.isActive());
        int orders = 0;
        auto order = [&](qint64 person, qint64 when, double total) {
            ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) VALUES (?, ?, ?, ?)"),
                {QStringLiteral("o%1").arg(++orders), person, when, total}));
        };
        for (int g = 0; g < 4; ++g)
            for (int i = 0; i < sizes[g]; ++i) {
                const QString id = QStringLiteral("%1%2").arg(QChar(u'A' + g)).arg(i);
                ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO people(customer_id) VALUES (?)"), {id}));
                const qint64 person = project->scalar(QStringLiteral("SELECT id FROM people WHERE customer_id = ?"), {id}).toLongLong();
                qint64 t = start + qint64(rng.uniform() * 90 * double(day));
                if (g == 2) {
                    order(person, start + qint64(rng.uniform() * 630 * double(day)), 25 + 20 * rng.uniform());
                    continue;
                }
                const double gap = g == 3 ? 120 : 30;
                const qint64 last = g == 1 ? stop : end;
                while (t <= last) {
                    order(person, t, g == 3 ? 220 + 80 * rng.uniform() : 35 + 20 * rng.uniform());
                    t += qint64((0.5 + rng.uniform()) * gap * double(day));
                }
            }
        ASSERT_TRUE(tx.commit());
    }
    SegmentationOptions options; // k chosen among 3 and 4
    options.asOf = QDate(2025, 9, 30);
    Error error;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);
    EXPECT_TRUE(result->scores.value(QStringLiteral("k_extended")).toBool());
    EXPECT_EQ(result->k, 5);
    EXPECT_TRUE(explainK(result->scores, QStringLiteral("en")).contains(QStringLiteral("active and lapsed repeat buyers together")))
        << qPrintable(explainK(result->scores, QStringLiteral("en")));
    // Each planted group lives in one segment, and A and B in two different ones: the lapsed
    // repeat buyers' own persona.
    QSqlQuery q(project->db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT p.customer_id, a.segment FROM assignments a JOIN people p ON p.id = a.person_id"
                                      " WHERE a.run_id = %1").arg(result->runId)));
    std::map<QChar, std::map<int, int>> count;
    while (q.next())
        ++count[q.value(0).toString().at(0)][q.value(1).toInt()];
    auto mainSegment = [&](QChar g, int *share) {
        int best = -1, most = 0, all = 0;
        for (auto [segment, people] : count[g]) {
            all += people;
            if (people > most) {
                most = people;
                best = segment;
            }
        }
        *share = all ? 100 * most / all : 0;
        return best;
    };
    int shareA = 0, shareB = 0;
    const int a = mainSegment(u'A', &shareA), b = mainSegment(u'B', &shareB);
    EXPECT_NE(a, b);
    EXPECT_GE(shareA, 90);
    EXPECT_GE(shareB, 90);
    QString archetypeOfB;
    for (const Persona &p : result->personas)
        if (p.segment == b)
            archetypeOfB = p.archetype;
    EXPECT_EQ(archetypeOfB, QStringLiteral("lapsed_buyer"));
}
