// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/progress.h"
#include "deckexporter.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>

#include <gtest/gtest.h>

using namespace pw;

namespace {

std::unique_ptr<Project> projectWithPersonas(const test::TempDir &dir)
{
    auto project = test::newProject(dir, QStringLiteral("Spring shop.personas"));
    QList<Persona> personas = test::samplePersonas();
    Error error;
    EXPECT_TRUE(PersonaRepository::replaceAll(*project, personas, &error)) << qPrintable(error.toString());
    return project;
}

} // namespace

TEST(DeckExporter, WritesAPdfWhoseTextHoldsEveryPersonaName)
{
    test::TempDir dir;
    auto project = projectWithPersonas(dir);
    ASSERT_TRUE(project);
    const QString pdf = dir.path(QStringLiteral("deck.pdf"));
    qint64 pagesReported = 0;
    CallbackProgress progress([&](qint64 done, qint64, const QString &) { pagesReported = done; });
    Error error;
    ASSERT_TRUE(exportPdfDeck(*project, pdf, DeckOptions(), &progress, &error)) << qPrintable(error.toString());
    EXPECT_EQ(pagesReported, 8); // cover, overview, three cards, funnels, comparison, data

    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    if (!QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext")))
        GTEST_SKIP() << "pdftotext is not installed";
    const test::ProcessResult text = test::runProgram(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    const QString content = QString::fromUtf8(text.out);
    for (const Persona &p : test::samplePersonas())
        EXPECT_TRUE(content.contains(p.customName)) << qPrintable(p.customName);
    EXPECT_TRUE(content.contains(QStringLiteral("Buyer personas")));
    EXPECT_TRUE(content.contains(QStringLiteral("Spring shop")));
    EXPECT_GE(content.count(QLatin1Char('\f')), 3); // one form feed per page break
}

TEST(DeckExporter, CancelingLeavesNoFile)
{
    test::TempDir dir;
    auto project = projectWithPersonas(dir);
    ASSERT_TRUE(project);
    const QString pdf = dir.path(QStringLiteral("deck.pdf"));
    CallbackProgress progress;
    progress.cancel();
    Error error;
    EXPECT_FALSE(exportPdfDeck(*project, pdf, DeckOptions(), &progress, &error));
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST(DeckExporter, AnUnwritablePathIsAnErrorNamingIt)
{
    test::TempDir dir;
    auto project = projectWithPersonas(dir);
    ASSERT_TRUE(project);
    const QString pdf = dir.path(QStringLiteral("missing/folder/deck.pdf"));
    Error error;
    EXPECT_FALSE(exportPdfDeck(*project, pdf, DeckOptions(), nullptr, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_EQ(error.file, pdf);
}

TEST(DeckExporter, WritesOnePngPerPersona)
{
    test::TempDir dir;
    auto project = projectWithPersonas(dir);
    ASSERT_TRUE(project);
    const QString folder = dir.path(QStringLiteral("cards"));
    QStringList written;
    Error error;
    ASSERT_TRUE(exportCardPngs(*project, folder, DeckOptions(), &written, nullptr, &error))
        << qPrintable(error.toString());
    ASSERT_EQ(written.size(), 3);
    EXPECT_EQ(QFileInfo(written[0]).fileName(), QStringLiteral("01-loyal-lena.png"));
    EXPECT_EQ(QFileInfo(written[2]).fileName(), QStringLiteral("03-ольга-постоянная.png"));
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 3);
    for (const QString &path : written) {
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << qPrintable(path);
        EXPECT_GE(image.width(), 1600);
        EXPECT_EQ(image.width(), 1920);
    }
}
