// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli export's "What changed" page: since the last exported deck's run by default,
// --since RUN, --since none, and the usage errors.
#include "demofixture.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace pw;
using pw::test::runProgram;
using pw::test::TempDir;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return runProgram(QStringLiteral(PERSONA_CLI), args);
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).out);
}

test::ProcessResult exportPdf(const QString &project, const QString &pdf, const QStringList &extra = {})
{
    return cli(QStringList{QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--pdf"), pdf} + extra);
}

const QString kTitle = QStringLiteral("What changed since the last workshop");

} // namespace

TEST(CliChanges, SinceTheLastExportedDeckOrAChosenRunOrNone)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    TempDir dir;
    const QString project = test::demoProjectCopy(dir);
    const auto runs = [&] {
        const auto r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"),
                            QStringLiteral("3"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("run_id")).toInteger();
    };

    // The first deck has nothing to compare with; it notes its run.
    const QString first = dir.path(QStringLiteral("first.pdf"));
    auto r = exportPdf(project, first);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_FALSE(pdfText(first).contains(kTitle));
    // Asked for, the page that cannot be made is explained.
    r = exportPdf(project, first, {QStringLiteral("--since"), QStringLiteral("last-workshop")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.err.contains("What changed")) << r.err.constData();

    const qint64 second = runs();
    ASSERT_GT(second, 1);
    const QString after = dir.path(QStringLiteral("after.pdf"));
    r = exportPdf(project, after);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QString text = pdfText(after);
    EXPECT_TRUE(text.contains(kTitle));
    EXPECT_TRUE(text.contains(QStringLiteral("Run %1").arg(second)));

    // --since none leaves it out; --since RUN compares with that run, under its date.
    const QString none = dir.path(QStringLiteral("none.pdf"));
    r = exportPdf(project, none, {QStringLiteral("--since"), QStringLiteral("none")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_FALSE(pdfText(none).contains(QStringLiteral("What changed")));
    const qint64 third = runs();
    const QString chosen = dir.path(QStringLiteral("chosen.pdf"));
    r = exportPdf(project, chosen, {QStringLiteral("--since"), QString::number(second)});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QString chosenText = pdfText(chosen);
    EXPECT_TRUE(chosenText.contains(QStringLiteral("What changed since")));
    EXPECT_FALSE(chosenText.contains(kTitle));
    EXPECT_TRUE(chosenText.contains(QStringLiteral("Run %1").arg(third)));
    // The PowerPoint deck too.
    const QString pptx = dir.path(QStringLiteral("deck.pptx"));
    r = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--pptx"), pptx,
             QStringLiteral("--since"), QString::number(second)});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();

    // Usage errors: not a run, a run that does not exist.
    r = exportPdf(project, none, {QStringLiteral("--since"), QStringLiteral("yesterday")});
    EXPECT_EQ(r.exitCode, 2) << r.err.constData();
    EXPECT_TRUE(r.err.contains("--since")) << r.err.constData();
    r = exportPdf(project, none, {QStringLiteral("--since"), QStringLiteral("999")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(r.err.isEmpty());
}
