// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli import and open given hostile files: a failing exit code and a message naming the
// file (and line:column where they apply), never a crash (issue 8).
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

QString fixture(const char *name)
{
    return QDir(QStringLiteral(TEST_DATA_DIR "/hostile")).filePath(QString::fromLatin1(name));
}

} // namespace

TEST(CliHostile, BrokenFilesFailCleanlyNamingTheFile)
{
    struct Case
    {
        const char *file;
        QByteArray expected; ///< in the error output besides the file name
    };
    const Case cases[] = {
        {"nul_bytes.csv", "nul_bytes.csv:3:2"},
        {"unbalanced_quote.csv", "unbalanced_quote.csv:3"},
        {"bomb.xlsx", "too large"},
        {"deep_million.xlsx", "nested too deeply"},
        {"xxe.xlsx", "DTD"},
        {"escape.xlsx", "outside the archive"},
    };
    for (const Case &c : cases) {
        test::TempDir dir;
        const QString project = dir.path(QStringLiteral("p.personas"));
        const auto r = cli({QStringLiteral("import"), QStringLiteral("--on-error"), QStringLiteral("abort"),
                            QStringLiteral("--project"), project, fixture(c.file)});
        EXPECT_EQ(r.exitCode, 1) << c.file << ": " << r.err.constData(); // an error, not a crash (a signal gives -1 or 128+)
        EXPECT_TRUE(r.err.contains(c.file)) << c.file << ": " << r.err.constData();
        EXPECT_TRUE(r.err.contains(c.expected)) << c.file << ": " << r.err.constData();
    }
    // Skipping bad rows (the default), the row with the NUL is reported and the other lands.
    {
        test::TempDir dir;
        const QString project = dir.path(QStringLiteral("p.personas"));
        const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, fixture("nul_bytes.csv")});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        EXPECT_TRUE(r.err.contains("skipped: ")) << r.err.constData();
        EXPECT_TRUE(r.err.contains("nul_bytes.csv:3:2")) << r.err.constData();
        EXPECT_TRUE(r.out.contains("imported 1 rows")) << r.out.constData();
    }
    // Some other application's SQLite database is refused as a project and left as it was.
    test::TempDir dir;
    const QString other = dir.path(QStringLiteral("other.personas"));
    ASSERT_TRUE(QFile::copy(fixture("other_app.sqlite"), other));
    QFile::setPermissions(other, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = test::fileHash(other);
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--project"), other});
    EXPECT_EQ(r.exitCode, 1) << r.err.constData();
    EXPECT_TRUE(r.err.contains("not a Persona Workbench project")) << r.err.constData();
    EXPECT_EQ(test::fileHash(other), before);
}
