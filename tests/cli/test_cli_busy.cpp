// SPDX-License-Identifier: GPL-3.0-or-later
// Faults (issue 8): a project that another program holds exclusively (the `sqlite3` shell in an
// open EXCLUSIVE transaction) cannot even be read; persona-cli says it is busy after a bounded
// wait, and the project keeps what it held, without the other program's unfinished change.
#include "store/project.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace pw;

TEST(CliFaults, AProjectHeldExclusivelyByAnotherProgramIsBusyOnOpenAndKeptIntact)
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        GTEST_SKIP() << "the sqlite3 shell is not installed";
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("shop.personas"));
    const QString customers = QDir(QStringLiteral(TEST_DATA_DIR "/import")).filePath(QStringLiteral("generic/customers.csv"));
    const auto imported = test::runProgram(QStringLiteral(PERSONA_CLI), {QStringLiteral("import"), QStringLiteral("--project"), project, customers});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    qint64 people = 0;
    {
        Error error;
        auto p = Project::open(project, Project::OpenMode::OpenExisting, &error);
        ASSERT_TRUE(p) << qPrintable(error.toString());
        people = p->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong();
    }
    ASSERT_GT(people, 0);

    // The other program: an exclusive lock on the file, a change not committed, and it waits.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {project});
    ASSERT_TRUE(holder.waitForStarted(10000));
    holder.write("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\n"
                 "INSERT INTO meta (key, value) VALUES ('unfinished', '1');\nSELECT 'held';\n");
    QByteArray out;
    QElapsedTimer wait;
    wait.start();
    while (!out.contains("held") && wait.elapsed() < 10000 && holder.state() == QProcess::Running) {
        holder.waitForReadyRead(200);
        out += holder.readAllStandardOutput();
    }
    ASSERT_TRUE(out.contains("held")) << holder.readAllStandardError().constData();

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PW_BUSY_TIMEOUT_MS"), QStringLiteral("200"));
    cli.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(PERSONA_CLI), {QStringLiteral("info"), QStringLiteral("--project"), project});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_NE(cli.exitCode(), 0);
    const QString message = QString::fromUtf8(cli.readAllStandardError());
    EXPECT_TRUE(message.contains(QStringLiteral("The project is busy"))) << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("damaged"))) << qPrintable(message);
    EXPECT_EQ(message.count(QLatin1Char('\n')), 1) << "one line: " << qPrintable(message);

    // The other program quits without committing: everything is as before.
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(10000));
    const auto info = test::runProgram(QStringLiteral(PERSONA_CLI), {QStringLiteral("info"), QStringLiteral("--project"), project});
    EXPECT_EQ(info.exitCode, 0) << info.err.constData();
    Error error;
    auto p = Project::open(project, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(p) << qPrintable(error.toString());
    EXPECT_EQ(p->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(p->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), people);
    EXPECT_FALSE(p->setting(QStringLiteral("unfinished")).isValid());
    EXPECT_EQ(p->schemaVersion(), Project::currentSchemaVersion());
}
