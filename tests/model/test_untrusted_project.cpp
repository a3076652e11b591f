// SPDX-License-Identifier: GPL-3.0-or-later
// A project file is untrusted input (issue 22): the check on open, removal only when asked,
// SQLite's defences on the connection, and the bounds on what is read.
#include "persona/persona.h"
#include "persona/personatemplate.h"
#include "persona/textbounds.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

/// A small project with one persona, closed, in rollback-journal mode.
QString smallProject(const TempDir &dir)
{
    {
        auto project = newProject(dir);
        EXPECT_TRUE(project);
        EXPECT_TRUE(project->exec(QStringLiteral("INSERT INTO personas(position, name, archetype, color, stats) "
                                                 "VALUES(0, 'Anna', 'repeat_buyer', '#336699', '{\"size\": 5, \"share_people\": 0.5}')")));
        EXPECT_TRUE(project->exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    return dir.path(QStringLiteral("test.personas"));
}

void tamper(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(UntrustedProject, ForeignObjectsAreRemovedOnlyWhenAsked)
{
    TempDir dir;
    const QString path = smallProject(dir);
    tamper(path, {QStringLiteral("CREATE TRIGGER e AFTER UPDATE ON personas BEGIN DELETE FROM people; END"),
                  QStringLiteral("CREATE VIEW v AS SELECT * FROM personas"),
                  QStringLiteral("CREATE TABLE notes_of_mine (x)"), QStringLiteral("CREATE INDEX people_x ON people(customer_id)")});
    const QByteArray before = fileHash(path);
    Error error;
    QStringList removable;
    EXPECT_FALSE(Project::open(path, Project::OpenMode::OpenExisting, &error, Project::OpenOptions(), &removable));
    EXPECT_TRUE(error.message.contains(QStringLiteral("trigger “e” on table personas"))) << error.message.toStdString();
    EXPECT_EQ(removable.size(), 4) << removable.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(fileHash(path), before);

    Project::OpenOptions remove;
    remove.removeForeignObjects = true;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error, remove);
    ASSERT_TRUE(project) << error.message.toStdString();
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('e', 'v', 'notes_of_mine', "
                                             "'people_x')")).toInt(),
              0);
}

TEST(UntrustedProject, AChangedTableCannotBeRemovedAndIsRefused)
{
    TempDir dir;
    const QString path = smallProject(dir);
    tamper(path, {QStringLiteral("ALTER TABLE personas DROP COLUMN evidence")});
    const QByteArray before = fileHash(path);
    Error error;
    QStringList removable;
    Project::OpenOptions remove;
    remove.removeForeignObjects = true;
    EXPECT_FALSE(Project::open(path, Project::OpenMode::OpenExisting, &error, remove, &removable));
    EXPECT_TRUE(error.message.contains(QStringLiteral("table “personas”"))) << error.message.toStdString();
    EXPECT_TRUE(removable.isEmpty());
    EXPECT_EQ(fileHash(path), before);
}

TEST(UntrustedProject, TheConnectionIsDefensive)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
    // Defensive mode: the schema cannot be written directly.
    project->exec(QStringLiteral("PRAGMA writable_schema = ON"));
    EXPECT_FALSE(project->exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'people'")));
    // No extension loading.
    EXPECT_FALSE(project->scalar(QStringLiteral("SELECT load_extension('/nonexistent')")).isValid());
    // Triggers and views do not run even if one got in.
    EXPECT_TRUE(project->exec(QStringLiteral("CREATE VIEW v AS SELECT 1")));
    EXPECT_FALSE(project->scalar(QStringLiteral("SELECT * FROM v")).isValid());
}

TEST(UntrustedProject, NamesTextsAndFiguresAreReadWithinBounds)
{
    TempDir dir;
    const QString path = smallProject(dir);
    QJsonArray lines;
    for (int i = 0; i < 1000; ++i)
        lines.append(QString(5000, QLatin1Char('y')));
    const QString fields = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("goals"), lines}}).toJson(QJsonDocument::Compact));
    tamper(path, {QStringLiteral("UPDATE personas SET name = '%1', fields = '%2', "
                                 "stats = '{\"size\": -5, \"share_people\": 7.0, \"share_revenue\": -3.5}'")
                      .arg(QString(50000, QLatin1Char('x')), fields)});
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << error.message.toStdString();
    const QList<Persona> personas = PersonaRepository::load(*project, &error);
    ASSERT_EQ(personas.size(), 1);
    const Persona &p = personas.first();
    EXPECT_EQ(p.customName.size(), bounds::maxNameChars + bounds::cutMarker().size());
    EXPECT_TRUE(p.customName.endsWith(bounds::cutMarker()));
    const QJsonArray goals = p.fields.value(QStringLiteral("goals")).toArray();
    EXPECT_EQ(goals.size(), bounds::maxSectionLines + 1);
    EXPECT_EQ(goals.at(0).toString().size(), bounds::maxLineChars + bounds::cutMarker().size());
    EXPECT_TRUE(p.stats.invalid);
    for (const char *key : {"size", "share_people", "share_revenue"})
        EXPECT_EQ(figureValue(p.stats, QString::fromLatin1(key), QLocale::c()), invalidFigure()) << key;
}

TEST(UntrustedProject, TemplatesBeyondTheBoundsAreRefused)
{
    QJsonArray sections;
    for (qsizetype i = 0; i <= bounds::maxSections; ++i)
        sections.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("s%1").arg(i)},
                                    {QStringLiteral("type"), QStringLiteral("short_text")}});
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("persona-workbench-template")},
                                                      {QStringLiteral("format_version"), 1},
                                                      {QStringLiteral("name"), QStringLiteral("Big")},
                                                      {QStringLiteral("sections"), sections}})
                                .toJson();
    Error error;
    EXPECT_FALSE(PersonaTemplate::fromJson(json, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("sections"))) << error.message.toStdString();
    EXPECT_FALSE(PersonaTemplate::fromJson(QByteArray(bounds::maxTemplateBytes + 1, ' '), &error));
}
