// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli export: page size and orientation, the small-segment threshold, JSON and CSV summaries.
#include "demofixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

} // namespace

TEST(CliExport, DeckOptionsAndSummaries)
{
    TempDir dir;
    const QString project = test::demoProjectCopy(dir);

    const QString pdf = dir.path(QStringLiteral("deck.pdf"));
    const QString json = dir.path(QStringLiteral("personas.json"));
    const QString csv = dir.path(QStringLiteral("personas.csv"));
    const auto r = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--pdf"), pdf,
                        QStringLiteral("--page-size"), QStringLiteral("letter"), QStringLiteral("--orientation"),
                        QStringLiteral("portrait"), QStringLiteral("--json"), json, QStringLiteral("--csv"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();

    QFile jsonFile(json);
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    const QJsonArray personas = root.value(QStringLiteral("personas")).toArray();
    ASSERT_GE(personas.size(), 3);
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(rows.size(), personas.size() + 1);
    for (const QJsonValue &p : personas)
        EXPECT_TRUE(rows.join(QLatin1Char('\n')).contains(p.toObject().value(QStringLiteral("name")).toString()));

    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    const auto info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Page size:\\s+612 x 792 pts"))))
        << info.out.constData();
    const auto text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                QStringLiteral("-")});
    const QString content = QString::fromUtf8(text.out);
    EXPECT_TRUE(content.contains(QStringLiteral("About the data")));
    EXPECT_TRUE(content.contains(QStringLiteral("Silhouette"))); // the demo's segmentation scores
    EXPECT_TRUE(content.contains(QStringLiteral("Journey funnels")));
}

TEST(CliExport, AWrongPageSizeOrOrientationIsAUsageError)
{
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("deck.pdf"));
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--project"), dir.path(QStringLiteral("x.personas")),
                   QStringLiteral("--pdf"), pdf, QStringLiteral("--page-size"), QStringLiteral("a3")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--project"), dir.path(QStringLiteral("x.personas")),
                   QStringLiteral("--pdf"), pdf, QStringLiteral("--orientation"), QStringLiteral("sideways")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--project"), dir.path(QStringLiteral("x.personas")),
                   QStringLiteral("--pdf"), pdf, QStringLiteral("--min-segment"), QStringLiteral("-3")})
                  .exitCode,
              2);
}
