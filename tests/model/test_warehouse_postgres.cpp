// SPDX-License-Identifier: GPL-3.0-or-later
// The warehouse recipes run in a real PostgreSQL server that the test starts (initdb and pg_ctl on
// a private socket folder, as `nobody` when run as root) and always stops: the features equal the
// app's own to 1e-9, the assignments equal the app's row for row.
#include "analysis/featuredefinitions.h"
#include "analysis/features.h"
#include "analysis/runstore.h"
#include "analysis/segmentation.h"
#include "warehouse/assignrecipe.h"
#include "warehouse/featurerecipe.h"

#include "testsupport.h"
#include "warehousestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include <pwd.h>
#include <unistd.h>

using namespace pw;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The folder of the newest PostgreSQL server programs Debian installed, empty if none.
QString postgresBin()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl"))
            && QFile::exists(bin + QStringLiteral("/psql")))
            return bin;
    }
    return {};
}

/// A PostgreSQL server of its own in a temporary folder, listening only on a socket there; stopped
/// and removed when destroyed, whatever happened.
class PostgresServer
{
public:
    explicit PostgresServer(const QString &bin)
        : m_bin(bin), m_dir(QStringLiteral("/tmp/pwpg-XXXXXX"))
    {
    }
    ~PostgresServer() { stop(); }
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// Creates the cluster and starts the server; false with `error` set on failure.
    bool start(QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        // initdb refuses to run as root: the server runs as nobody, who owns the folder.
        if (::getuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0)
                return fail(error, QStringLiteral("cannot give the folder to the user nobody"));
        }
        const test::ProcessResult init = asServerUser(m_bin + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("pw"), QStringLiteral("--auth=trust"),
                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
        if (init.exitCode != 0)
            return fail(error, QStringLiteral("initdb failed: ") + QString::fromUtf8(init.err + init.out));
        m_created = true;
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off -c full_page_writes=off")
                                    .arg(m_dir.path())
                                    .arg(kPort);
        const test::ProcessResult started = asServerUser(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), data(), QStringLiteral("-l"), m_dir.path() + QStringLiteral("/server.log"),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                QStringLiteral("start")});
        if (started.exitCode != 0) {
            QFile log(m_dir.path() + QStringLiteral("/server.log"));
            const QByteArray logged = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
            return fail(error, QStringLiteral("pg_ctl start failed: ") + QString::fromUtf8(started.err + started.out + logged));
        }
        return true;
    }

    void stop()
    {
        if (!m_created)
            return;
        m_created = false;
        asServerUser(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), data(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                QStringLiteral("stop")});
    }

    /// psql on `database` with `args` (stops at the first error).
    test::ProcessResult psql(const QString &database, const QStringList &args) const
    {
        return test::runProgram(m_bin + QStringLiteral("/psql"),
            QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(kPort), QStringLiteral("-U"),
                QStringLiteral("pw"), QStringLiteral("-d"), database}
                + args);
    }

    /// Runs an SQL file; false with `error` set on failure.
    bool runFile(const QString &database, const QString &path, QString *error) const
    {
        const test::ProcessResult r = psql(database, {QStringLiteral("-f"), path});
        if (r.exitCode != 0 || r.err.contains("ERROR"))
            return fail(error, QString::fromUtf8(r.err));
        return true;
    }

    /// The rows of `query`: the first column is the key, the others text (NULL → invalid).
    std::optional<QHash<QString, QList<QVariant>>> rows(const QString &database, const QString &query, QString *error) const
    {
        const test::ProcessResult r = psql(database,
            {QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-F"), QStringLiteral("\t"), QStringLiteral("-P"),
                QStringLiteral("null=\\N"), QStringLiteral("-c"), query});
        if (r.exitCode != 0) {
            *error = QString::fromUtf8(r.err);
            return std::nullopt;
        }
        QHash<QString, QList<QVariant>> rows;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> cells = line.split('\t');
            QList<QVariant> values;
            for (qsizetype c = 1; c < cells.size(); ++c)
                values << (cells[c] == "\\N" ? QVariant() : QVariant(QString::fromUtf8(cells[c])));
            rows.insert(QString::fromUtf8(cells[0]), values);
        }
        return rows;
    }

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

private:
    static constexpr int kPort = 5433; // only names the socket file in the private folder

    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }
    QString data() const { return m_dir.path() + QStringLiteral("/data"); }
    test::ProcessResult asServerUser(const QString &program, const QStringList &args) const
    {
        if (::getuid() != 0)
            return test::runProgram(program, args);
        return test::runProgram(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                                               QStringLiteral("--"), program}
                                                               + args);
    }

    QString m_bin;
    QTemporaryDir m_dir;
    bool m_created = false;
};

/// Creates `database` with the canonical tables and loads the CSV files of `folder` into it.
bool loadStore(const PostgresServer &server, const QString &database, const QString &folder, QString *error)
{
    if (database != QLatin1String("postgres")) {
        const test::ProcessResult r = server.psql(QStringLiteral("postgres"), {QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(database)});
        if (r.exitCode != 0) {
            *error = QString::fromUtf8(r.err);
            return false;
        }
    }
    QString sql = QStringLiteral(
        "CREATE TABLE customers (customer_id TEXT, signup_date TIMESTAMP);\n"
        "CREATE TABLE orders (order_id TEXT, customer_id TEXT, order_date TIMESTAMP, total DOUBLE PRECISION,"
        " discount DOUBLE PRECISION, coupon_code TEXT, status TEXT, category TEXT, channel TEXT, device TEXT);\n"
        "CREATE TABLE order_items (order_id TEXT, category TEXT);\n"
        "CREATE TABLE events (session_id TEXT, customer_id TEXT, timestamp TIMESTAMP, event_type TEXT, source TEXT,"
        " device TEXT, value DOUBLE PRECISION);\n"
        "CREATE TABLE reviews (customer_id TEXT, order_id TEXT, rating INTEGER, nps INTEGER, date TIMESTAMP);\n");
    for (const char *table : {"customers", "orders", "order_items", "events", "reviews"})
        sql += QStringLiteral("\\copy %1 FROM '%2/%1.csv' WITH (FORMAT csv, HEADER true)\n").arg(QLatin1String(table), folder);
    const QString path = folder + QStringLiteral("/load.sql");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sql.toUtf8()) < 0) {
        *error = file.errorString();
        return false;
    }
    file.close();
    return server.runFile(database, path, error);
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

test::Rows numbers(const QHash<QString, QList<QVariant>> &values)
{
    test::Rows rows;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QList<double> row;
        for (const QVariant &v : it.value())
            row << (v.isValid() ? v.toString().toDouble() : kNaN);
        rows.insert(it.key(), row);
    }
    return rows;
}

} // namespace

TEST(PostgresRecipes, FeaturesAndAssignmentsEqualTheApps)
{
    const QString bin = postgresBin();
    if (bin.isEmpty())
        GTEST_SKIP() << "PostgreSQL's server programs (initdb, pg_ctl, psql under /usr/lib/postgresql) are not installed: "
                        "scripts/common.sh installs the package postgresql";
    test::TempDir dir;
    auto project = test::warehouseStore(dir, 600);
    ASSERT_TRUE(project);
    SegmentationOptions options;
    options.k = 4;
    options.seed = 5;
    options.restarts = 3;
    Error e;
    const auto result = runSegmentation(*project, options, nullptr, &e);
    ASSERT_TRUE(result) << qPrintable(e.message);
    QString error;
    const QString canonical = dir.path(QStringLiteral("canonical.sqlite"));
    ASSERT_TRUE(test::exportCanonical(*project, canonical, &error)) << qPrintable(error);
    ASSERT_TRUE(test::exportCsv(canonical, dir.path(), &error)) << qPrintable(error);

    PostgresServer server(bin);
    ASSERT_TRUE(server.start(&error)) << qPrintable(error);
    ASSERT_TRUE(loadStore(server, QStringLiteral("postgres"), dir.path(), &error)) << qPrintable(error);

    // The features, as `recipe features` writes them, in a table; then read back.
    const QStringList keys = Feature::all();
    ASSERT_TRUE(writeFile(dir.path(QStringLiteral("features.sql")),
        FeatureRecipe::script(SqlDialect::Postgres, FeatureSettings(), QStringLiteral("persona_features"))));
    ASSERT_TRUE(server.runFile(QStringLiteral("postgres"), dir.path(QStringLiteral("features.sql")), &error)) << qPrintable(error);
    const auto sql = server.rows(QStringLiteral("postgres"), QStringLiteral("SELECT * FROM persona_features"), &error);
    ASSERT_TRUE(sql) << qPrintable(error);
    const auto app = test::appFeatures(*project, keys, &error);
    ASSERT_TRUE(app) << qPrintable(error);
    EXPECT_EQ(test::compareRows(*app, numbers(*sql), keys), QString());
    // Then the recipe's own columns (order values' log sums, the store's period and cycle).
    const auto appExtras = test::appRecipeColumns(*project, &error);
    ASSERT_TRUE(appExtras) << qPrintable(error);
    QStringList extraNames;
    for (const FeatureDefinitions::FeatureDefinition &c : FeatureDefinitions::recipeColumns())
        extraNames << c.key;
    test::Rows sqlExtras;
    const test::Rows sqlNumbers = numbers(*sql);
    for (auto it = sqlNumbers.cbegin(); it != sqlNumbers.cend(); ++it)
        sqlExtras.insert(it.key(), it.value().mid(keys.size()));
    EXPECT_EQ(test::compareRows(*appExtras, sqlExtras, extraNames), QString());

    // The assignments of the run, row for row.
    const auto run = AssignRecipe::load(*project, result->runId, QStringLiteral("en"), &e);
    ASSERT_TRUE(run) << qPrintable(e.message);
    ASSERT_TRUE(writeFile(dir.path(QStringLiteral("assign.sql")),
        AssignRecipe::script(SqlDialect::Postgres, *run, QStringLiteral("persona_assignments"))));
    ASSERT_TRUE(server.runFile(QStringLiteral("postgres"), dir.path(QStringLiteral("assign.sql")), &error)) << qPrintable(error);
    const auto assigned = server.rows(QStringLiteral("postgres"),
        QStringLiteral("SELECT customer_id, persona_id, persona_name FROM persona_assignments"), &error);
    ASSERT_TRUE(assigned) << qPrintable(error);
    const auto assignments = RunStore::latestAssignments(*project, &e);
    ASSERT_TRUE(assignments) << qPrintable(e.message);
    EXPECT_EQ(test::compareAssignments(*assignments, result->personas, *assigned), QString());

    // An event stream without orders, in a database of its own.
    test::TempDir events;
    auto stream = test::eventOnlyStore(events);
    ASSERT_TRUE(stream);
    const QString streamCanonical = events.path(QStringLiteral("canonical.sqlite"));
    ASSERT_TRUE(test::exportCanonical(*stream, streamCanonical, &error)) << qPrintable(error);
    ASSERT_TRUE(test::exportCsv(streamCanonical, events.path(), &error)) << qPrintable(error);
    ASSERT_TRUE(loadStore(server, QStringLiteral("stream"), events.path(), &error)) << qPrintable(error);
    const auto streamSql = server.rows(QStringLiteral("stream"), FeatureRecipe::query(SqlDialect::Postgres, keys), &error);
    ASSERT_TRUE(streamSql) << qPrintable(error);
    const auto streamApp = test::appFeatures(*stream, keys, &error);
    ASSERT_TRUE(streamApp) << qPrintable(error);
    EXPECT_EQ(test::compareRows(*streamApp, numbers(*streamSql), keys), QString());
}
