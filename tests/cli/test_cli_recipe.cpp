// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli recipe features|assign: the SQL for the user's warehouse, its table read back by
// the feature-table import without a mapping, and the assignment SQL run in SQLite equal to
// `persona-cli assignments`.
#include "analysis/features.h"
#include "analysis/runstore.h"
#include "store/project.h"
#include "warehouse/featurerecipe.h"

#include "demofixture.h"
#include "testsupport.h"
#include "warehousestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Runs the statements of `script` (a recipe: one CREATE TABLE … AS) on the SQLite file `path`.
QString runScript(const QString &path, const QString &script)
{
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("recipe"));
        db.setDatabaseName(path);
        if (!db.open())
            problem = db.lastError().text();
        QSqlQuery q(db);
        if (problem.isEmpty() && !q.exec(script))
            problem = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("recipe"));
    return problem;
}

} // namespace

TEST(CliRecipe, FeaturesHonourTheProjectsSettingsAndImportAsAFeatureTable)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("p.personas"));
    {
        auto p = test::newProject(dir, QStringLiteral("p.personas"));
        ASSERT_TRUE(p);
        FeatureSettings settings;
        settings.disabled = {Feature::Monetary};
        Error e;
        ASSERT_TRUE(settings.save(*p, &e)) << qPrintable(e.message);
    }
    const QString out = dir.path(QStringLiteral("features.sql"));
    auto r = cli({QStringLiteral("recipe"), QStringLiteral("features"), QStringLiteral("--project"), project,
        QStringLiteral("--dialect"), QStringLiteral("bigquery"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    FeatureSettings settings;
    settings.disabled = {Feature::Monetary};
    EXPECT_EQ(readText(out), FeatureRecipe::script(SqlDialect::BigQuery, settings, QStringLiteral("persona_features")));
    EXPECT_FALSE(readText(out).contains(QLatin1String(" AS monetary")));
    // Standard output and another table name.
    r = cli({QStringLiteral("recipe"), QStringLiteral("features"), QStringLiteral("--project"), project,
        QStringLiteral("--dialect"), QStringLiteral("postgres"), QStringLiteral("--table"), QStringLiteral("analytics.people_features")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    EXPECT_TRUE(r.out.contains("CREATE TABLE analytics.people_features AS")) << r.out.left(400).constData();

    // The table the recipe makes (customer_id and the feature keys) is imported as a feature
    // table, recognised by its header alone.
    QByteArray csv = QStringList(QStringList{QStringLiteral("customer_id")} + FeatureRecipe::featureKeys(settings))
                         .join(QLatin1Char(','))
                         .toUtf8()
        + '\n';
    for (int i = 0; i < 3; ++i) {
        csv += "w" + QByteArray::number(i);
        for (qsizetype k = 0; k < FeatureRecipe::featureKeys(settings).size(); ++k)
            csv += "," + QByteArray::number(i * 10 + k);
        csv += '\n';
    }
    const QString table = dir.write(QStringLiteral("persona_features.csv"), csv);
    const QString imported = dir.path(QStringLiteral("imported.personas"));
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), imported, table});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    {
        Error e;
        auto p = Project::open(imported, Project::OpenMode::OpenExisting, &e);
        ASSERT_TRUE(p) << qPrintable(e.message);
        EXPECT_EQ(p->scalar(QStringLiteral("SELECT count(*) FROM person_features")).toInt(),
            3 * FeatureRecipe::featureKeys(settings).size());
        EXPECT_EQ(p->scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 3);
    }
}

TEST(CliRecipe, WrongCommandLines)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("p.personas"));
    ASSERT_TRUE(test::newProject(dir, QStringLiteral("p.personas")));
    auto r = cli({QStringLiteral("recipe"), QStringLiteral("features"), QStringLiteral("--project"), project,
        QStringLiteral("--dialect"), QStringLiteral("oracle")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("postgres, bigquery, snowflake, spark, duckdb, sqlite")) << r.err.constData();
    r = cli({QStringLiteral("recipe"), QStringLiteral("--project"), project});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({QStringLiteral("recipe"), QStringLiteral("assign"), QStringLiteral("--project"), project,
        QStringLiteral("--dialect"), QStringLiteral("sqlite")});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({QStringLiteral("recipe"), QStringLiteral("features"), QStringLiteral("--project"), project,
        QStringLiteral("--dialect"), QStringLiteral("sqlite"), QStringLiteral("--table"), QStringLiteral("x; DROP TABLE y")});
    EXPECT_EQ(r.exitCode, 2);
    // A run the project does not have.
    r = cli({QStringLiteral("recipe"), QStringLiteral("assign"), QStringLiteral("--project"), project,
        QStringLiteral("--dialect"), QStringLiteral("sqlite"), QStringLiteral("--run"), QStringLiteral("9")});
    EXPECT_EQ(r.exitCode, 1);
}

TEST(CliRecipe, AssignInSqliteEqualsAssignments)
{
    test::TempDir dir;
    const QString project = test::demoProjectCopy(dir);
    qint64 runId = 0;
    QString error;
    const QString canonical = dir.path(QStringLiteral("canonical.sqlite"));
    {
        Error e;
        auto p = Project::open(project, Project::OpenMode::OpenExisting, &e);
        ASSERT_TRUE(p) << qPrintable(e.message);
        const auto run = RunStore::latestRun(*p, &e);
        ASSERT_TRUE(run) << qPrintable(e.message);
        runId = run->id;
        ASSERT_TRUE(test::exportCanonical(*p, canonical, &error)) << qPrintable(error);
    }
    const QString sql = dir.path(QStringLiteral("assign.sql"));
    auto r = cli({QStringLiteral("recipe"), QStringLiteral("assign"), QStringLiteral("--project"), project,
        QStringLiteral("--run"), QString::number(runId), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
        QStringLiteral("--out"), sql});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    ASSERT_EQ(runScript(canonical, readText(sql)), QString());
    const auto assigned = test::sqliteValues(canonical, QStringLiteral("SELECT customer_id, persona_id FROM persona_assignments"), &error);
    ASSERT_TRUE(assigned) << qPrintable(error);

    const QString csv = dir.path(QStringLiteral("assignments.csv"));
    r = cli({QStringLiteral("assignments"), QStringLiteral("--project"), project, QStringLiteral("--csv"), csv});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QStringList lines = readText(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.value(0), QStringLiteral("customer_id,persona"));
    ASSERT_EQ(lines.size() - 1, assigned->size());
    int differences = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        const QList<QVariant> row = assigned->value(cells.value(0));
        const QString persona = row.isEmpty() || row[0].isNull() ? QString() : QString::number(row[0].toLongLong());
        if (persona != cells.value(1) && ++differences <= 5)
            ADD_FAILURE() << qPrintable(lines[i]) << ": SQL " << qPrintable(persona);
    }
    EXPECT_EQ(differences, 0);
}

TEST(CliRecipe, SampleThenSizesCountTheWholeTable)
{
    test::TempDir dir;
    QByteArray csv = "customer_id,visits,basket\n";
    for (int r = 0; r < 2000; ++r)
        csv += "c" + QByteArray::number(r) + "," + QByteArray::number(r % 3 == 0 ? 40 + r % 9 : 5 + r % 7) + ","
            + QByteArray::number(r % 3 == 0 ? 2.5 : 9.0 + (r % 5) / 10.0) + "\n";
    const QString table = dir.write(QStringLiteral("big.csv"), csv);
    const QString sample = dir.path(QStringLiteral("sample.csv"));
    auto r = cli({QStringLiteral("sample"), QStringLiteral("--table"), table, QStringLiteral("--out"), sample,
        QStringLiteral("--size"), QStringLiteral("500")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    EXPECT_TRUE(r.out.contains("read 2000 rows, kept 500")) << r.out.constData();
    const QString project = dir.path(QStringLiteral("p.personas"));
    r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, sample});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"), QStringLiteral("2")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("sizes"), QStringLiteral("--project"), project, QStringLiteral("--table"), table, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInt(), 2000);
    const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    ASSERT_EQ(segments.size(), 2);
    int total = 0;
    for (const QJsonValue &s : segments) {
        total += s.toObject().value(QStringLiteral("size")).toInt();
        EXPECT_GT(s.toObject().value(QStringLiteral("persona_id")).toInt(), 0);
    }
    EXPECT_EQ(total, 2000);
    // The two groups are a third and two thirds of the table.
    QList<int> sizes{segments[0].toObject().value(QStringLiteral("size")).toInt(), segments[1].toObject().value(QStringLiteral("size")).toInt()};
    std::sort(sizes.begin(), sizes.end());
    EXPECT_EQ(sizes, (QList<int>{667, 1333}));
    r = cli({QStringLiteral("sample"), QStringLiteral("--table"), table});
    EXPECT_EQ(r.exitCode, 2);
}
