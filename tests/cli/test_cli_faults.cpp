// SPDX-License-Identifier: GPL-3.0-or-later
// Faults (issue 8): persona-cli killed mid-way, two programs on one project, a read-only or
// vanished project file and a full disk leave the project as it was, with a clear error.
#include "store/project.h"
#include "demofixture.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace pw;

namespace {

const QString kCli = QStringLiteral(PERSONA_CLI);

QString fixture(const char *path)
{
    return QDir(QStringLiteral(TEST_DATA_DIR "/import")).filePath(QString::fromLatin1(path));
}

/// What a project holds: integrity, journal mode and, per table, the row count and a hash of
/// every value in rowid order.
struct Snapshot
{
    QString integrity;
    QString journalMode;
    QMap<QString, QPair<qint64, QByteArray>> tables;
};

Snapshot snapshot(const QString &path)
{
    Snapshot s;
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project) {
        ADD_FAILURE() << "cannot reopen " << qPrintable(path) << ": " << qPrintable(error.toString());
        return s;
    }
    s.integrity = project->scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    s.journalMode = project->scalar(QStringLiteral("PRAGMA journal_mode")).toString();
    QSqlQuery names(project->db());
    names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (names.next()) {
        const QString table = quoteIdentifier(names.value(0).toString());
        QSqlQuery rows(project->db());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        while (rows.next()) {
            ++count;
            for (int c = 0; c < rows.record().count(); ++c) {
                const QVariant v = rows.value(c);
                hash.addData(v.isNull() ? QByteArrayView("\x01") : QByteArrayView(v.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
        }
        s.tables.insert(names.value(0).toString(), {count, hash.result().toHex()});
    }
    return s;
}

void expectSameState(const Snapshot &after, const Snapshot &before)
{
    EXPECT_EQ(after.integrity, QStringLiteral("ok"));
    EXPECT_EQ(after.journalMode, QStringLiteral("wal"));
    EXPECT_EQ(after.tables.keys(), before.tables.keys());
    for (auto it = before.tables.cbegin(); it != before.tables.cend(); ++it) {
        EXPECT_EQ(after.tables.value(it.key()).first, it.value().first) << "rows of " << qPrintable(it.key());
        EXPECT_EQ(after.tables.value(it.key()).second, it.value().second) << "content of " << qPrintable(it.key());
    }
}

/// A generic orders file of about `megabytes` MB for `customers` people.
QString writeOrders(const test::TempDir &dir, const QString &name, int megabytes, int customers)
{
    const QString path = dir.path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QByteArray chunk = "order_id,customer_id,order_date,total,discount,currency,status,channel,device\n";
    const qint64 target = qint64(megabytes) * 1024 * 1024;
    qint64 written = 0;
    static const char *const channels[] = {"web", "app", "store", "email"};
    static const char *const devices[] = {"mobile", "desktop", "tablet"};
    for (qint64 i = 0; written + chunk.size() < target; ++i) {
        const qint64 c = (i * 7919) % customers;
        chunk += 'G' + QByteArray::number(i) + ",C" + QByteArray::number(c) + ",2024-"
            + QByteArray::number(1 + i % 12).rightJustified(2, '0') + '-' + QByteArray::number(1 + i % 28).rightJustified(2, '0')
            + "T10:00:00," + QByteArray::number(10 + (i * 37) % 400 + c % 90) + ".50," + QByteArray::number(i % 5 == 0 ? 5 : 0)
            + ",USD,paid," + channels[c % 4] + ',' + devices[(i + c) % 3] + '\n';
        if (chunk.size() > (1 << 20)) {
            written += file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

/// Runs persona-cli with `args`, reads its --progress lines and SIGKILLs it once `killWhen`
/// returns true for one of them. Returns false (with the reason) when the command ended first.
bool killMidway(const QStringList &args, const std::function<bool(const QString &line)> &killWhen, QString *seen)
{
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForStarted(10000))
        return false;
    QByteArray buffer;
    while (p.state() == QProcess::Running) {
        p.waitForReadyRead(50);
        buffer += p.readAllStandardError();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(nl)).trimmed();
            buffer.remove(0, nl + 1);
            *seen += line + QLatin1Char('\n');
            if (killWhen(line)) {
                p.kill();
                p.waitForFinished(10000);
                return p.exitStatus() == QProcess::CrashExit;
            }
        }
    }
    p.waitForFinished(1000);
    *seen += QString::fromUtf8(buffer + p.readAllStandardError());
    return false;
}

int percentOf(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)%$"));
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// A copy of the demo project in `dir`.
QString demoProject(const test::TempDir &dir)
{
    return test::demoProjectCopy(dir);
}

/// Runs persona-cli with a modified child (limits, user) and an environment variable set.
test::ProcessResult runChild(const QStringList &args, const std::function<void()> &modifier,
                             const QString &envName = QString(), const QString &envValue = QString())
{
    QProcess p;
    if (modifier)
        p.setChildProcessModifier(modifier);
    if (!envName.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(envName, envValue);
        p.setProcessEnvironment(env);
    }
    p.start(kCli, args);
    test::ProcessResult r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// A child setup that makes writes past `bytes` fail with EFBIG, like a full disk.
std::function<void()> fileSizeLimit(rlim_t bytes)
{
    return [bytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST(CliFaults, ImportKilledMidwayLeavesTheProjectAsBefore)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("shop.personas"));
    const auto first = test::runProgram(kCli, {QStringLiteral("import"), QStringLiteral("--project"), project,
                                               fixture("generic/customers.csv"), fixture("generic/orders.csv")});
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    const Snapshot before = snapshot(project);
    ASSERT_GT(before.tables.value(QStringLiteral("imports")).first, 0);

    // 50 MB: a bulk load (rollback journal instead of WAL), killed a quarter of the way in.
    const QString big = writeOrders(dir, QStringLiteral("big_orders.csv"), 50, 200000);
    QString seen;
    bool hotJournal = false;
    const bool killed = killMidway({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--progress"), big},
                                   [&](const QString &line) {
                                       if (percentOf(line) < 25)
                                           return false;
                                       hotJournal = QFile::exists(project + QStringLiteral("-journal"));
                                       return true;
                                   },
                                   &seen);
    ASSERT_TRUE(killed) << "the import ended before it could be killed:\n" << qPrintable(seen);
    EXPECT_TRUE(hotJournal) << "a bulk load writes with a rollback journal";

    expectSameState(snapshot(project), before);
    EXPECT_FALSE(QFile::exists(project + QStringLiteral("-journal"))) << "the hot journal was rolled back";
    EXPECT_EQ(test::runProgram(kCli, {QStringLiteral("info"), QStringLiteral("--project"), project}).exitCode, 0);
}

TEST(CliFaults, SegmentationKilledMidwayKeepsThePreviousRun)
{
    test::TempDir dir;
    const QString project = demoProject(dir);
    const Snapshot before = snapshot(project);
    ASSERT_GT(before.tables.value(QStringLiteral("segmentation_runs")).first, 0);
    QString seen;
    int lines = 0;
    const bool killed = killMidway({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--progress"),
                                    QStringLiteral("--k"), QStringLiteral("auto")},
                                   [&](const QString &) { return ++lines >= 3; }, &seen);
    ASSERT_TRUE(killed) << "the segmentation ended before it could be killed:\n" << qPrintable(seen);
    expectSameState(snapshot(project), before);
}

TEST(CliFaults, ExportKilledMidwayKeepsTheOldFileAndLeavesNoPartOne)
{
    test::TempDir dir;
    const QString project = demoProject(dir);
    const QString out = dir.path(QStringLiteral("out/deck.pdf"));
    ASSERT_TRUE(QDir().mkpath(dir.path(QStringLiteral("out"))));
    const auto first = test::runProgram(kCli, {QStringLiteral("export"), QStringLiteral("--project"), project,
                                               QStringLiteral("--pdf"), out});
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    const QByteArray oldHash = test::fileHash(out);
    ASSERT_FALSE(oldHash.isEmpty());
    const Snapshot before = snapshot(project);

    // A small deck can be written before the kill lands: try a few times.
    QString seen;
    bool killed = false;
    for (int attempt = 0; attempt < 5 && !killed; ++attempt) {
        seen.clear();
        killed = killMidway({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--progress"),
                             QStringLiteral("--lang"), QStringLiteral("he"), QStringLiteral("--pdf"), out},
                            [](const QString &line) {
                                const int percent = percentOf(line);
                                return percent >= 0 && percent < 50; // the first report: the deck is being written
                            },
                            &seen);
    }
    ASSERT_TRUE(killed) << "the export ended before it could be killed, five times:\n" << qPrintable(seen);
    // The old file, whole; or, if the kill landed after the new one replaced it, the new one whole:
    // never a part of one.
    if (test::fileHash(out) != oldHash) {
        QFile pdf(out);
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        EXPECT_TRUE(bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF")) << "a partial deck replaced the old one";
    }
    EXPECT_EQ(filesIn(dir.path(QStringLiteral("out"))), QStringList{QStringLiteral("deck.pdf")});
    expectSameState(snapshot(project), before);
}

TEST(CliFaults, SecondWriterIsToldWhoIsBusyAndNoEditIsLost)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("shop.personas"));
    ASSERT_EQ(test::runProgram(kCli, {QStringLiteral("import"), QStringLiteral("--project"), project, fixture("generic/customers.csv")})
                  .exitCode,
              0);
    const QStringList importOrders{QStringLiteral("import"), QStringLiteral("--project"), project, fixture("generic/orders.csv")};
    {
        Error error;
        auto holder = Project::open(project, Project::OpenMode::OpenExisting, &error);
        ASSERT_TRUE(holder) << qPrintable(error.toString());
        Transaction tx(*holder, QStringLiteral("edit"));
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(holder->setSetting(QStringLiteral("faults_edit"), QStringLiteral("kept")));

        QElapsedTimer timer;
        timer.start();
        const auto second = runChild(importOrders, {}, QStringLiteral("PW_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
        EXPECT_LT(timer.elapsed(), 4000);
        EXPECT_NE(second.exitCode, 0);
        const QString message = QString::fromUtf8(second.err);
        EXPECT_TRUE(message.contains(QStringLiteral("busy"))) << qPrintable(message);
        EXPECT_TRUE(message.contains(QString::number(QCoreApplication::applicationPid()))) << qPrintable(message);
        ASSERT_TRUE(tx.commit()) << qPrintable(tx.lastError());
    }
    const auto retry = test::runProgram(kCli, importOrders);
    EXPECT_EQ(retry.exitCode, 0) << retry.err.constData();
    Error error;
    auto reopened = Project::open(project, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->setting(QStringLiteral("faults_edit")).toString(), QStringLiteral("kept"));
    EXPECT_GT(reopened->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), 0);
    EXPECT_EQ(reopened->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

TEST(CliFaults, ReadOnlyAndVanishedProjectsGiveClearErrors)
{
    test::TempDir dir;
    const QString project = demoProject(dir);
    const Snapshot before = snapshot(project);
    const QByteArray hash = test::fileHash(project);

    // Tests run as root, for whom a mode of 0444 means nothing: the child runs as nobody.
    ASSERT_TRUE(QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const auto asNobody = [] {
        if (::getuid() == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(127);
        }
    };
    for (const QStringList &args : {QStringList{QStringLiteral("cluster"), QStringLiteral("--project"), project},
                                    QStringList{QStringLiteral("import"), QStringLiteral("--project"), project,
                                                fixture("generic/orders.csv")}}) {
        const auto r = runChild(args, asNobody);
        EXPECT_EQ(r.exitCode, 1) << qPrintable(args.join(QLatin1Char(' ')));
        EXPECT_TRUE(r.err.contains("read-only")) << r.err.constData();
    }
    // A project in a read-only place opens read-only: what only reads works (issue 22).
    for (const char *command : {"info", "personas"}) {
        const auto r = runChild({QString::fromLatin1(command), QStringLiteral("--project"), project}, asNobody);
        EXPECT_EQ(r.exitCode, 0) << command << ": " << r.err.constData();
    }
    EXPECT_EQ(test::fileHash(project), hash);
    ASSERT_TRUE(QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    expectSameState(snapshot(project), before);

    const QString gone = dir.path(QStringLiteral("gone.personas"));
    for (const char *command : {"info", "cluster", "personas", "funnel"}) {
        const auto r = test::runProgram(kCli, {QString::fromLatin1(command), QStringLiteral("--project"), gone});
        EXPECT_EQ(r.exitCode, 1) << command;
        EXPECT_TRUE(r.err.contains("does not exist")) << command << ": " << r.err.constData();
        EXPECT_FALSE(QFile::exists(gone)) << command;
    }
}

TEST(CliFaults, FullDiskFailsCleanly)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("shop.personas"));
    ASSERT_EQ(test::runProgram(kCli, {QStringLiteral("import"), QStringLiteral("--project"), project,
                                      fixture("generic/customers.csv"), fixture("generic/orders.csv")})
                  .exitCode,
              0);
    const Snapshot before = snapshot(project);
    const qint64 size = QFileInfo(project).size();

    // An import that outgrows the space left.
    const QString orders = writeOrders(dir, QStringLiteral("more_orders.csv"), 4, 20000);
    auto r = runChild({QStringLiteral("import"), QStringLiteral("--project"), project, orders}, fileSizeLimit(rlim_t(size + 256 * 1024)));
    EXPECT_EQ(r.exitCode, 1) << r.err.constData();
    EXPECT_FALSE(r.err.isEmpty());
    expectSameState(snapshot(project), before);

    // An export that does not fit: the old file stays, no part of the new one is left.
    const QString demo = demoProject(dir);
    const QString out = dir.path(QStringLiteral("out/deck.pdf"));
    ASSERT_TRUE(QDir().mkpath(dir.path(QStringLiteral("out"))));
    ASSERT_TRUE(QFile(out).open(QIODevice::WriteOnly));
    const QByteArray oldHash = test::fileHash(out);
    for (const QString &option : {QStringLiteral("--pdf"), QStringLiteral("--pptx")}) {
        r = runChild({QStringLiteral("export"), QStringLiteral("--project"), demo, option, out}, fileSizeLimit(64 * 1024));
        EXPECT_EQ(r.exitCode, 1) << qPrintable(option) << r.err.constData();
        EXPECT_TRUE(r.err.contains("deck.pdf")) << r.err.constData();
        EXPECT_TRUE(r.err.contains("File too large")) << "the reason is not named: " << r.err.constData();
        EXPECT_EQ(test::fileHash(out), oldHash);
        EXPECT_EQ(filesIn(dir.path(QStringLiteral("out"))), QStringList{QStringLiteral("deck.pdf")});
    }
    // Card images: the one that does not fit is not left half written.
    const QString cards = dir.path(QStringLiteral("cards"));
    ASSERT_TRUE(QDir().mkpath(cards));
    r = runChild({QStringLiteral("export"), QStringLiteral("--project"), demo, QStringLiteral("--png"), cards}, fileSizeLimit(64 * 1024));
    EXPECT_EQ(r.exitCode, 1) << r.err.constData();
    EXPECT_TRUE(r.err.contains("File too large")) << "the reason is not named: " << r.err.constData();
    for (const QString &name : filesIn(cards)) {
        QFile png(QDir(cards).filePath(name));
        ASSERT_TRUE(png.open(QIODevice::ReadOnly));
        const QByteArray bytes = png.readAll();
        EXPECT_TRUE(bytes.startsWith("\x89PNG") && bytes.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)))
            << qPrintable(name) << " is not a whole image";
    }
}

TEST(CliFaults, AProgramThatReadsTheFileBesideOursLosesUsNothing)
{
    // The window has the project open; a file dialog reads the file to guess its type and closes
    // it, which drops every lock this process held on it (POSIX). A read-only persona-cli run
    // then took itself for the last program and deleted the write-ahead log under the window.
    test::TempDir dir;
    const QString path = demoProject(dir);
    Error error;
    auto window = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(window) << qPrintable(error.message);
    ASSERT_TRUE(window->setSetting(QStringLiteral("probe"), 1, &error)) << qPrintable(error.message);
    {
        QFile sniff(path);
        ASSERT_TRUE(sniff.open(QIODevice::ReadOnly));
        sniff.read(64);
    } // closed: the locks are gone
    const auto r = test::runProgram(kCli, {QStringLiteral("info"), QStringLiteral("--project"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // The window goes on writing where other programs read.
    ASSERT_TRUE(window->setSetting(QStringLiteral("probe"), 2, &error)) << qPrintable(error.message);
    auto other = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(other) << qPrintable(error.message);
    EXPECT_EQ(other->setting(QStringLiteral("probe")).toInt(), 2);
    EXPECT_EQ(other->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    other.reset();
    window.reset();
    // Once every program closed it, the .personas file alone holds the project.
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
}
