// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemafixture.h"
#include "testsupport.h"

#include "persona/persona.h"
#include "store/project.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using pw::test::TempDir;
namespace SchemaFixture = pw::test::SchemaFixture;

namespace {

/// Creates a plain SQLite database with one table, through a connection of its own.
void makeForeignDatabase(const QString &path, const QString &pragma = QString())
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        if (!pragma.isEmpty()) {
            ASSERT_TRUE(q.exec(pragma));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

/// PRAGMA user_version of a file, read through a connection of its own.
int rawUserVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return version;
}

/// The rows SchemaFixture adds for the versions after 1, as far as a fixture of `version` has them.
void expectLaterData(Project &project, int version)
{
    using namespace SchemaFixture;
    const QString name = SchemaFixture::fileName(version);
    if (version >= 2) {
        EXPECT_EQ(project.scalar(QStringLiteral("SELECT value FROM journey_notes WHERE persona_id = 1"
                                                " AND stage = 'awareness' AND field = 'touchpoints'"))
                      .toString(),
                  journeyNote)
            << qPrintable(name);
    }
    const QList<Persona> personas = PersonaRepository::load(project);
    ASSERT_EQ(personas.size(), 2) << qPrintable(name);
    const Persona &first = personas[0].id == 1 ? personas[0] : personas[1];
    if (version >= 3) {
        EXPECT_EQ(first.photo, png()) << qPrintable(name);
        EXPECT_EQ(first.avatarStyle.toStdString(), avatarStyle.toStdString()) << qPrintable(name);
        EXPECT_EQ(project.scalar(QStringLiteral("SELECT evidence FROM personas WHERE id = 1")).toString(), evidence)
            << qPrintable(name);
    } else {
        EXPECT_TRUE(first.photo.isEmpty()) << qPrintable(name);
    }
    if (version >= 4) {
        EXPECT_EQ(project.scalar(QStringLiteral("SELECT locked_at FROM persona_locks WHERE persona_id = 2")).toString(), lockedAt)
            << qPrintable(name);
    }
    if (version >= 5) {
        EXPECT_EQ(project.scalar(QStringLiteral("SELECT value FROM person_features WHERE person_id = 1 AND feature = ?"),
                                 {featureName})
                      .toDouble(),
                  featureValue)
            << qPrintable(name);
    }
    if (version >= 6) {
        EXPECT_EQ(project.scalar(QStringLiteral("SELECT image FROM persona_images WHERE persona_id = 1 AND section = ?"),
                                 {imageSection})
                      .toByteArray(),
                  png())
            << qPrintable(name);
    }
    // (9) Revisions: rows older than version 9 have revision 0, and the counter goes on from the
    // largest revision given; persona ids go on from the largest id.
    EXPECT_EQ(first.revision, version >= 9 ? personaRevision : 0) << qPrintable(name);
    EXPECT_EQ(project.nextRevision(), version >= 9 ? personaRevision + 1 : 1) << qPrintable(name);
    Persona added;
    ASSERT_TRUE(PersonaRepository::insert(project, added)) << qPrintable(name);
    EXPECT_EQ(added.id, 3) << qPrintable(name);
    EXPECT_GT(added.revision, version >= 9 ? personaRevision + 1 : 1) << qPrintable(name);
    if (version >= 7) {
        for (const char *table : {"olist_orders", "olist_order_items", "olist_order_payments", "olist_order_reviews"})
            EXPECT_EQ(project.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE order_id = ?").arg(QLatin1String(table)),
                                     {olistOrder})
                          .toInt(),
                      1)
                << table << " in " << qPrintable(name);
        EXPECT_EQ(project.scalar(QStringLiteral("SELECT product_category_name_english FROM olist_category_names")).toString(),
                  QStringLiteral("housewares"))
            << qPrintable(name);
    }
    // (10) A run's as-of date: NULL (all the data) for the runs of older versions.
    const QVariant asOf = project.scalar(QStringLiteral("SELECT as_of FROM segmentation_runs WHERE id = 1"));
    if (version >= 10)
        EXPECT_EQ(asOf.toLongLong(), runAsOf) << qPrintable(name);
    else
        EXPECT_TRUE(asOf.isNull()) << qPrintable(name);
    // (11) What each run's segments were: older versions keep the personas that held them when
    // the file was opened; a version-11 file keeps what it holds. Versions start with version 11.
    EXPECT_EQ(project.scalar(QStringLiteral("SELECT persona_id FROM run_personas WHERE run_id = 1 AND segment = 1")).toLongLong(), 2)
        << qPrintable(name);
    const QVariant then = project.scalar(QStringLiteral("SELECT custom_name FROM run_personas WHERE run_id = 1 AND segment = 0"));
    if (version >= 11)
        EXPECT_EQ(then.toString(), runPersonaName) << qPrintable(name);
    else
        EXPECT_TRUE(then.isNull()) << qPrintable(name);
    EXPECT_EQ(project.scalar(QStringLiteral("SELECT count(*) FROM persona_versions WHERE persona_id = 1")).toInt(),
              version >= 11 ? 1 : 0)
        << qPrintable(name);
}

} // namespace

TEST(Project, CreatesAFreshProjectWithTheCurrentSchema)
{
    TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->schemaVersion(), Project::currentSchemaVersion());
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA application_id")).toInt(), Project::applicationId);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    for (const char *table : {"people", "customers", "orders", "order_items", "events", "reviews",
                              "segmentation_runs", "assignments", "personas", "templates", "imports"})
        EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                                  {QString::fromLatin1(table)})
                      .toInt(),
                  1)
            << table;
}

TEST(Project, ReopensWhatWasWritten)
{
    TempDir dir;
    {
        auto project = test::newProject(dir);
        ASSERT_TRUE(project->setSetting(QStringLiteral("greeting"), QStringLiteral("שלום")));
    }
    Error error;
    auto project = Project::open(dir.path(QStringLiteral("test.personas")), Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.toString());
    EXPECT_EQ(project->setting(QStringLiteral("greeting")).toString(), QStringLiteral("שלום"));
    EXPECT_EQ(project->setting(QStringLiteral("missing"), 7).toInt(), 7);
}

TEST(Project, MissingFileIsAnErrorWhenOpeningExisting)
{
    TempDir dir;
    Error error;
    EXPECT_FALSE(Project::open(dir.path(QStringLiteral("nope.personas")), Project::OpenMode::OpenExisting, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_TRUE(error.file.endsWith(QLatin1String("nope.personas")));
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("nope.personas"))));
}

TEST(Project, TextFileIsRefusedAndLeftUntouched)
{
    TempDir dir;
    const QString path = dir.write(QStringLiteral("notes.personas"), "customer_id,email\n1,a@b.c\n");
    const QByteArray before = test::fileHash(path);
    Error error;
    EXPECT_FALSE(Project::open(path, Project::OpenMode::CreateIfMissing, &error));
    EXPECT_TRUE(error.message.contains(QLatin1String("not"))) << qPrintable(error.message);
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Project, OtherSqliteDatabaseIsRefusedAndLeftUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    makeForeignDatabase(path);
    const QByteArray before = test::fileHash(path);
    Error error;
    EXPECT_FALSE(Project::open(path, Project::OpenMode::OpenExisting, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Project, NewerVersionIsRefusedAndLeftUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.personas"));
    makeForeignDatabase(path, QStringLiteral("PRAGMA application_id=%1").arg(Project::applicationId));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Project::currentSchemaVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    // An old modification time, so that any write would show.
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3).addMSecs(-123);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const QDateTime mtime = QFileInfo(path).lastModified();
    const QByteArray before = test::fileHash(path);
    Error error;
    EXPECT_FALSE(Project::open(path, Project::OpenMode::OpenExisting, &error));
    EXPECT_TRUE(error.message.contains(QLatin1String("newer"))) << qPrintable(error.message);
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_EQ(QFileInfo(path).lastModified(), mtime);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("future.personas")}); // no journal, no WAL
}

TEST(Project, DamagedFileIsRefused)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.personas"));
    {
        auto project = test::newProject(dir, QStringLiteral("damaged.personas"));
        for (int i = 0; i < 2000; ++i)
            project->exec(QStringLiteral("INSERT INTO people(customer_id) VALUES (?)"), {QString::number(i)});
        project->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 8192);
    f.seek(4096); // the second page onwards: keep the header, destroy the b-tree pages
    f.write(QByteArray(int(size - 4096), '\xA5'));
    f.close();
    Error error;
    EXPECT_FALSE(Project::open(path, Project::OpenMode::OpenExisting, &error));
    EXPECT_TRUE(error.isSet());
}

TEST(Project, EmptyFileBecomesAProject)
{
    TempDir dir;
    const QString path = dir.write(QStringLiteral("empty.personas"), QByteArray());
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.toString());
    EXPECT_EQ(project->schemaVersion(), Project::currentSchemaVersion());
}

TEST(Project, TransactionRollsBackUnlessCommitted)
{
    TempDir dir;
    auto project = test::newProject(dir);
    {
        Transaction tx(*project, QStringLiteral("t1"));
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO people(customer_id) VALUES ('a')")));
    }
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 0);
    {
        Transaction tx(*project, QStringLiteral("t2"));
        ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO people(customer_id) VALUES ('b')")));
        {
            Transaction inner(*project, QStringLiteral("inner"));
            ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO people(customer_id) VALUES ('c')")));
        }
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT group_concat(customer_id) FROM people")).toString(),
              QStringLiteral("b"));
}

TEST(Project, ForeignKeysAreEnforced)
{
    TempDir dir;
    auto project = test::newProject(dir);
    Error error;
    EXPECT_FALSE(project->exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) "
                                              "VALUES ('o1', 999, 0, 10)"),
                               {}, &error));
    EXPECT_TRUE(error.isSet());
}

TEST(PersonaRepository, RoundTripsPersonas)
{
    TempDir dir;
    auto project = test::newProject(dir);
    Persona a;
    a.archetype = QStringLiteral("repeat_buyer");
    a.color = QStringLiteral("#2e7d32");
    a.stats.size = 120;
    a.stats.shareRevenue = 0.5;
    a.stats.distinguishing << FeatureEvidence{QStringLiteral("frequency"), 4.5, 1.2, 2.1};
    Persona b;
    b.archetype = QStringLiteral("repeat_buyer");
    b.nameSuffix = QStringLiteral("2");
    b.customName = QStringLiteral("Dana the loyal");
    b.color = QStringLiteral("#123456");
    b.fields.insert(Section::Goals, QJsonArray{QStringLiteral("Get it fast")});
    QList<Persona> list{a, b};
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, list));
    EXPECT_GT(list[0].id, 0);

    const QList<Persona> loaded = PersonaRepository::load(*project);
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_EQ(loaded[0].stats.size, 120);
    EXPECT_DOUBLE_EQ(loaded[0].stats.shareRevenue, 0.5);
    ASSERT_EQ(loaded[0].stats.distinguishing.size(), 1);
    EXPECT_EQ(loaded[0].stats.distinguishing[0].feature, QStringLiteral("frequency"));
    EXPECT_EQ(loaded[1].displayName(QStringLiteral("en")), QStringLiteral("Dana the loyal"));
    EXPECT_EQ(loaded[1].nameSuffix, QStringLiteral("2"));
    EXPECT_EQ(loaded[1].section(Section::Goals, QStringLiteral("en")), QStringList{QStringLiteral("Get it fast")});
    EXPECT_FALSE(loaded[1].isSuggestion(Section::Goals));
    EXPECT_TRUE(loaded[1].isSuggestion(Section::Tactics));
    EXPECT_FALSE(loaded[1].section(Section::Tactics, QStringLiteral("en")).isEmpty());

    Persona edited = loaded[0];
    edited.customName = QStringLiteral("Renamed");
    ASSERT_EQ(PersonaRepository::edit(*project, edited, {PersonaChange::Name, {}, {}}, edited.revision),
              WriteStatus::Written);
    EXPECT_EQ(PersonaRepository::load(*project)[0].displayName(QStringLiteral("he")), QStringLiteral("Renamed"));
}

TEST(PersonaRepository, GeneratedNameFollowsTheLanguage)
{
    Persona p;
    p.archetype = QStringLiteral("repeat_buyer");
    p.nameSuffix = QStringLiteral("2");
    EXPECT_EQ(p.displayName(QStringLiteral("en")), p.archetypeName(QStringLiteral("en")) + QStringLiteral(" 2"));
    EXPECT_NE(p.archetypeName(QStringLiteral("he")), p.archetypeName(QStringLiteral("en")));
    EXPECT_NE(p.archetypeName(QStringLiteral("ru")), p.archetypeName(QStringLiteral("en")));
}

// A project written by every earlier schema version is kept in tests/fixtures/projects and must
// open, migrate and keep its data.
TEST(Project, OpensAndMigratesEveryEarlierSchemaVersion)
{
    const QDir fixtures(QStringLiteral(TEST_DATA_DIR "/projects"));
    const QStringList files = fixtures.entryList({QStringLiteral("schema-v*.personas")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        TempDir dir;
        const QString path = dir.path(name);
        ASSERT_TRUE(QFile::copy(fixtures.filePath(name), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const int version = rawUserVersion(path);
        EXPECT_EQ(SchemaFixture::fileName(version), name) << "the fixture's user_version does not match its name";
        Error error;
        auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        ASSERT_TRUE(project) << qPrintable(name) << ": " << qPrintable(error.toString());
        EXPECT_EQ(project->schemaVersion(), Project::currentSchemaVersion()) << qPrintable(name);
        EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 6) << qPrintable(name);
        EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 4) << qPrintable(name);
        EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        EXPECT_EQ(PersonaRepository::load(*project).size(), 2) << qPrintable(name);
        expectLaterData(*project, version);
    }
}

// From now on every schema version has its fixture: a new migration needs a new file.
TEST(Project, HasAFixtureOfEverySchemaVersion)
{
    const QDir fixtures(QStringLiteral(TEST_DATA_DIR "/projects"));
    for (int version = 1; version <= Project::currentSchemaVersion(); ++version)
        EXPECT_TRUE(fixtures.exists(SchemaFixture::fileName(version)))
            << "No project fixture of schema version " << version << " in " << qPrintable(fixtures.path())
            << ". Make one with `build/tests/pw_make_schema_fixture " << version
            << "` (it applies migrations 1.." << version << " to the data of schema-v1.personas) and commit it.";
}

// The generator of those fixtures writes a project at the version asked for, which opens.
TEST(Project, SchemaFixtureGeneratorWritesTheVersionAskedFor)
{
    TempDir dir;
    const QString v1 = QStringLiteral(TEST_DATA_DIR "/projects/") + SchemaFixture::fileName(1);
    const int version = Project::currentSchemaVersion();
    const QString path = dir.path(SchemaFixture::fileName(version));
    ASSERT_EQ(SchemaFixture::write(version, v1, path), QString());
    EXPECT_EQ(rawUserVersion(path), version);
    EXPECT_NE(SchemaFixture::write(version, v1, path), QString()); // never overwrites
    EXPECT_NE(SchemaFixture::write(version + 1, v1, dir.path(QStringLiteral("next.personas"))), QString());
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.toString());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 6);
    expectLaterData(*project, version);
}

// Closing any descriptor of a file drops every POSIX lock the process holds on it: opening the
// project a second time in the same process must not read the file outside SQLite, or another
// program could write in the middle of this process's transaction.
TEST(Project, OpeningItAgainInTheProcessKeepsItsLocks)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locks.personas"));
    Error error;
    auto first = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(first);
    QSqlQuery q(first->db());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // a RESERVED lock on the file itself
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('lock-test', '1')")));

    qputenv("PW_BUSY_TIMEOUT_MS", "50");
    auto second = Project::open(path, Project::OpenMode::OpenExisting, &error);
    qunsetenv("PW_BUSY_TIMEOUT_MS");
    second.reset();

    QProcess other; // another program tries to write while the transaction is open
    other.start(QStringLiteral("sqlite3"), {path, QStringLiteral("BEGIN IMMEDIATE; ROLLBACK;")});
    ASSERT_TRUE(other.waitForFinished(10000));
    EXPECT_NE(other.exitCode(), 0) << "another program could write during our transaction";
    EXPECT_TRUE(QString::fromUtf8(other.readAllStandardError()).contains(QStringLiteral("locked")));
    EXPECT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
}
