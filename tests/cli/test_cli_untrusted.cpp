// SPDX-License-Identifier: GPL-3.0-or-later
// A project file from a colleague is untrusted input (issue 22): tampered copies of the demo
// project, changed as a user would in the sqlite3 shell, are refused clearly or read safely;
// a refused file keeps its bytes and its journal mode, and nothing stored in it runs.
#include "demofixture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace pw;

namespace {

const QString kCli = QStringLiteral(PERSONA_CLI);

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(kCli, args);
}

/// A copy of the demo project (made once), in rollback-journal mode as a sqlite3 shell leaves it.
QString demoCopy(const test::TempDir &dir, const QString &name)
{
    const QString made = QStringLiteral(PW_DEMO_FIXTURE);
    const QString copy = dir.path(name);
    if (!QFile::copy(made, copy))
        ADD_FAILURE() << "no demo project";
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// Calls `use` with a plain connection to the file (what the sqlite3 shell has).
template<typename Use>
void withConnection(const QString &path, bool readOnly, Use use)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Runs `statements` on the file, then switches it to journal_mode DELETE (as a sqlite3 shell
/// session may leave it); returns the first error, or an empty string.
QString tamper(const QString &path, const QStringList &statements)
{
    QString failure;
    withConnection(path, false, [&](QSqlDatabase &db) {
        if (!db.open()) {
            failure = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        for (const QString &sql : statements + QStringList{QStringLiteral("PRAGMA journal_mode=DELETE")})
            if (!q.exec(sql) && failure.isEmpty())
                failure = sql + QStringLiteral(": ") + q.lastError().text();
    });
    return failure;
}

/// One value read with a plain connection.
QVariant peek(const QString &path, const QString &sql)
{
    QVariant value;
    withConnection(path, true, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0);
    });
    return value;
}

/// The journal mode in the file's header (bytes 18 and 19 are 2 in WAL mode, 1 otherwise).
bool isWal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2;
}

/// Runs `args` on `path` and expects a refusal naming `expected`, with the file unchanged.
void expectRefused(const QString &path, const QStringList &args, const char *expected)
{
    const QByteArray before = test::fileHash(path);
    ASSERT_FALSE(before.isEmpty());
    ASSERT_FALSE(isWal(path));
    const auto r = cli(args);
    EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.constData();
    EXPECT_TRUE(r.err.contains(expected)) << r.err.constData();
    EXPECT_FALSE(r.err.contains("SQL")) << r.err.constData();
    EXPECT_FALSE(r.err.contains("statement")) << r.err.constData();
    EXPECT_EQ(test::fileHash(path), before) << "a refused file was changed";
    EXPECT_FALSE(isWal(path)) << "a refused file was switched to WAL";
}

QStringList on(const char *command, const QString &path)
{
    return {QString::fromLatin1(command), QStringLiteral("--project"), path};
}

} // namespace

TEST(CliUntrusted, UnknownFormatNumbersAreRefusedInWordsAndLeftUntouched)
{
    test::TempDir dir;
    const struct
    {
        int version;
        const char *expected;
    } cases[] = {{-1, "damaged"}, {0, "damaged"}, {3, "damaged"}, {99, "newer version"}};
    for (const auto &c : cases) {
        const QString path = demoCopy(dir, QStringLiteral("v%1.personas").arg(c.version + 10));
        ASSERT_EQ(tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg(c.version)}), QString());
        for (const char *command : {"info", "personas", "cluster"})
            expectRefused(path, on(command, path), c.expected);
    }
}

TEST(CliUntrusted, ATriggerIsRefusedByNameAndNothingRuns)
{
    test::TempDir dir;
    const QString path = demoCopy(dir, QStringLiteral("trigger.personas"));
    ASSERT_EQ(tamper(path, {QStringLiteral("CREATE TRIGGER e AFTER UPDATE ON personas BEGIN DELETE FROM orders; END")}),
              QString());
    const qint64 orders = peek(path, QStringLiteral("SELECT count(*) FROM orders")).toLongLong();
    ASSERT_GT(orders, 0);
    expectRefused(path, on("cluster", path), "trigger “e” on table personas");
    expectRefused(path, on("info", path), "it was not opened");
    EXPECT_EQ(peek(path, QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), orders);
}

TEST(CliUntrusted, ViewsStandingInForTablesAndChangedColumnsAreRefused)
{
    test::TempDir dir;
    const QString orders = demoCopy(dir, QStringLiteral("orders.personas"));
    ASSERT_EQ(tamper(orders, {QStringLiteral("ALTER TABLE orders RENAME TO orders_t"),
                              QStringLiteral("CREATE VIEW orders AS SELECT * FROM orders_t UNION ALL SELECT * FROM orders_t")}),
              QString());
    expectRefused(orders, on("info", orders), "view “orders”");

    const QString extra = demoCopy(dir, QStringLiteral("extra.personas"));
    ASSERT_EQ(tamper(extra, {QStringLiteral("CREATE VIEW v AS SELECT 1")}), QString());
    expectRefused(extra, on("personas", extra), "view “v”");

    const QString column = demoCopy(dir, QStringLiteral("column.personas"));
    ASSERT_EQ(tamper(column, {QStringLiteral("ALTER TABLE personas DROP COLUMN evidence")}), QString());
    expectRefused(column, on("info", column), "table “personas”");
}

TEST(CliUntrusted, ReadCommandsLeaveTheJournalModeAsItWas)
{
    test::TempDir dir;
    const QString path = demoCopy(dir, QStringLiteral("delete.personas"));
    ASSERT_EQ(tamper(path, {}), QString());
    const QByteArray before = test::fileHash(path);
    for (const char *command : {"info", "personas", "runs"}) {
        const auto r = cli(on(command, path));
        EXPECT_EQ(r.exitCode, 0) << command << ": " << r.err.constData();
    }
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_FALSE(isWal(path));
}

TEST(CliUntrusted, KeepingIdentifiersIsTheUsersChoiceNotTheFiles)
{
    test::TempDir dir;
    const QString path = demoCopy(dir, QStringLiteral("keep.personas"));
    ASSERT_EQ(tamper(path, {QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('keep_identifiers', 1)")}),
              QString());
    const QString customers = dir.write(QStringLiteral("customers.csv"),
                                        "customer_id,email,first_name\nC-new-1,anna.k@mail.com,Anna\n");
    const qint64 people = peek(path, QStringLiteral("SELECT count(*) FROM people")).toLongLong();
    const QByteArray before = test::fileHash(path);
    auto r = cli(on("import", path) << customers);
    EXPECT_EQ(r.exitCode, 1) << r.out.constData();
    EXPECT_TRUE(r.err.contains("--keep-identifiers")) << r.err.constData();
    // The refusal leaves every byte of the file, its journal mode included.
    EXPECT_EQ(test::fileHash(path), before) << "a refused import changed the file";
    EXPECT_FALSE(isWal(path));
    EXPECT_EQ(peek(path, QStringLiteral("SELECT count(*) FROM people")).toLongLong(), people);

    r = cli(on("import", path) << QStringLiteral("--pseudonymise") << customers);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("pseudonymised")) << r.out.constData();
    EXPECT_EQ(peek(path, QStringLiteral("SELECT count(*) FROM customers WHERE email LIKE '%@%'")).toLongLong(), 0);
    EXPECT_EQ(peek(path, QStringLiteral("SELECT value FROM meta WHERE key = 'keep_identifiers'")).toInt(), 0);

    r = cli(on("import", path) << QStringLiteral("--keep-identifiers") << customers);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("kept readable")) << r.out.constData();
}

TEST(CliUntrusted, LongTextsAreCutAndRenderInLinearTime)
{
    test::TempDir dir;
    const QString path = demoCopy(dir, QStringLiteral("long.personas"));
    const QString name = QString(50000, QLatin1Char('x'));
    QJsonArray sections;
    for (int i = 0; i < 3000; ++i)
        sections.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("s%1").arg(i)},
                                    {QStringLiteral("type"), QStringLiteral("short_text")},
                                    {QStringLiteral("title"), QStringLiteral("Section %1").arg(i)}});
    const QString definition = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("persona-workbench-template")},
                                  {QStringLiteral("format_version"), 1},
                                  {QStringLiteral("name"), QStringLiteral("Big")},
                                  {QStringLiteral("sections"), sections}})
            .toJson(QJsonDocument::Compact));
    ASSERT_EQ(tamper(path, {QStringLiteral("UPDATE personas SET name = '%1' WHERE id = (SELECT min(id) FROM personas)").arg(name),
                            QStringLiteral("INSERT INTO templates(name, definition, builtin) VALUES('Big', '%1', 0)").arg(definition),
                            QStringLiteral("UPDATE personas SET template_id = (SELECT max(id) FROM templates)")}),
              QString());
    QElapsedTimer timer;
    timer.start();
    const auto r = cli(on("export", path) << QStringLiteral("--pdf") << dir.path(QStringLiteral("deck.pdf")));
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_LT(timer.elapsed(), 15000) << "the export took " << timer.elapsed() << " ms (37 s before)";
    const auto personas = cli(on("personas", path) << QStringLiteral("--json"));
    ASSERT_EQ(personas.exitCode, 0) << personas.err.constData();
    const QString first = QJsonDocument::fromJson(personas.out).object().value(QStringLiteral("personas")).toArray()
                              .at(0).toObject().value(QStringLiteral("name")).toString();
    EXPECT_LT(first.size(), 300);
    EXPECT_TRUE(first.endsWith(QStringLiteral("…[cut]"))) << first.right(20).toStdString();
}

TEST(CliUntrusted, FiguresOutOfRangeShowAsInvalid)
{
    test::TempDir dir;
    const QString path = demoCopy(dir, QStringLiteral("figures.personas"));
    ASSERT_EQ(tamper(path, {QStringLiteral("UPDATE personas SET stats = json_set(stats, '$.size', -5, '$.share_people', 7.0)"
                                           " WHERE id = (SELECT min(id) FROM personas)")}),
              QString());
    const auto r = cli(on("personas", path) << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject first = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("personas")).toArray().at(0).toObject();
    EXPECT_TRUE(first.value(QStringLiteral("figures_invalid")).toBool());
    EXPECT_TRUE(first.value(QStringLiteral("size")).isNull());
    EXPECT_TRUE(first.value(QStringLiteral("share_people")).isNull());
    const auto text = cli(on("personas", path));
    EXPECT_TRUE(text.out.contains("figures invalid")) << text.out.constData();
    EXPECT_FALSE(text.out.contains("-5")) << text.out.constData();
}
