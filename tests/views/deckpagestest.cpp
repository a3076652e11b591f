// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckexporter.h"
#include "samplepersonas.h"
#include "summaryexporter.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// The sample personas, the last one a segment of 7 people with telltale figures.
QList<Persona> personasWithASmallSegment()
{
    QList<Persona> personas = test::samplePersonas();
    Persona &small = personas.last();
    small.stats.size = 7;
    small.stats.sharePeople = 0.0037;
    small.stats.averageOrderValue = 61.23;
    return personas;
}

std::unique_ptr<Project> projectWith(const test::TempDir &dir, const QList<Persona> &personas)
{
    auto project = test::newProject(dir, QStringLiteral("Spring shop.personas"));
    QList<Persona> copy = personas;
    Error error;
    EXPECT_TRUE(PersonaRepository::replaceAll(*project, copy, &error)) << qPrintable(error.toString());
    return project;
}

QString run(const QString &program, const QStringList &args)
{
    const test::ProcessResult result = test::runProgram(program, args);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(program);
    return QString::fromUtf8(result.out);
}

bool hasPoppler()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext")) && QFileInfo::exists(QStringLiteral("/usr/bin/pdfinfo"));
}

QString exportAndExtract(Project &project, const QString &pdf, const DeckOptions &options)
{
    Error error;
    EXPECT_TRUE(exportPdfDeck(project, pdf, options, nullptr, &error)) << qPrintable(error.toString());
    return run(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
}

} // namespace

TEST(DeckPages, TheDeckHasCoverOverviewCardsFunnelsAndTheDataPage)
{
    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString pdf = dir.path(QStringLiteral("deck.pdf"));
    const QString text = exportAndExtract(*project, pdf, DeckOptions());
    const QStringList pages = text.split(QLatin1Char('\f'));
    ASSERT_GE(pages.size(), 8);
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Buyer personas")));
    EXPECT_TRUE(pages[1].contains(QStringLiteral("Overview")));
    for (const Persona &p : test::samplePersonas()) {
        EXPECT_TRUE(pages[1].contains(p.customName)) << qPrintable(p.customName);
        EXPECT_TRUE(pages[1].contains(QString::number(p.stats.size / 1000) + QLatin1Char(',')
                                      + QString::number(p.stats.size % 1000)))
            << p.stats.size;
    }
    EXPECT_TRUE(pages[1].contains(QStringLiteral("52%"))); // the share of revenue
    EXPECT_TRUE(pages[2].contains(QStringLiteral("Loyal Lena")));
    EXPECT_TRUE(pages[3].contains(QStringLiteral("Bargain Boris")));
    EXPECT_TRUE(pages[5].contains(QStringLiteral("Journey funnels")));
    EXPECT_TRUE(pages[5].contains(QStringLiteral("Awareness")));
    EXPECT_TRUE(pages[5].contains(QStringLiteral("no data"))); // the project holds no events or orders
    EXPECT_TRUE(pages[7].contains(QStringLiteral("About the data")));
    EXPECT_TRUE(pages[7].contains(QStringLiteral("Sources")));
    EXPECT_TRUE(pages[7].contains(QStringLiteral("average order value")));
    EXPECT_TRUE(pages[7].contains(QStringLiteral("No segmentation run yet")));

    const QString info = run(QStringLiteral("/usr/bin/pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+8\\b")))) << qPrintable(info);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12][.0-9]* x 595[.0-9]* pts \\(A4\\)"))))
        << qPrintable(info);
}

TEST(DeckPages, LetterPortraitPutsTwoPagesOnEachSheet)
{
    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString pdf = dir.path(QStringLiteral("deck.pdf"));
    DeckOptions options;
    options.pageSize = DeckOptions::PageSize::Letter;
    options.landscape = false;
    const QString text = exportAndExtract(*project, pdf, options);
    EXPECT_TRUE(text.contains(QStringLiteral("Overview")));
    EXPECT_TRUE(text.contains(QStringLiteral("Loyal Lena")));
    const QString info = run(QStringLiteral("/usr/bin/pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\b")))) << qPrintable(info);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+612 x 792 pts \\(letter\\)"))))
        << qPrintable(info);
}

TEST(DeckPages, ASmallSegmentShowsNoExactFigures)
{
    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    test::TempDir dir;
    auto project = projectWith(dir, personasWithASmallSegment());
    ASSERT_TRUE(project);
    const QString guarded = exportAndExtract(*project, dir.path(QStringLiteral("guarded.pdf")), DeckOptions());
    EXPECT_TRUE(guarded.contains(QStringLiteral("fewer than 10")));
    EXPECT_FALSE(guarded.contains(QStringLiteral("0.4%")));
    EXPECT_FALSE(guarded.contains(QStringLiteral("61.23")));
    EXPECT_TRUE(guarded.contains(QStringLiteral("74.50"))); // the large segments keep theirs

    DeckOptions all;
    all.minSegment = 0;
    const QString open = exportAndExtract(*project, dir.path(QStringLiteral("open.pdf")), all);
    EXPECT_FALSE(open.contains(QStringLiteral("fewer than 10")));
    EXPECT_TRUE(open.contains(QStringLiteral("0.4%")));
    EXPECT_TRUE(open.contains(QStringLiteral("61.23")));
}

TEST(SummaryExport, CsvCellsThatASpreadsheetWouldRunAreNeutralised)
{
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("+49 30")), QStringLiteral("'+49 30"));
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("-5+1")), QStringLiteral("'-5+1"));
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("-A1")), QStringLiteral("'-A1"));
    // A plain number stays a number a spreadsheet sums (a persona's negative net revenue).
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("-391.49")), QStringLiteral("-391.49"));
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("-3.39e-4")), QStringLiteral("-3.39e-4"));
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(neutralizeCsvCell(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(csvField(QStringLiteral("=HYPERLINK(\"x\",\"y\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));

    test::TempDir dir;
    QList<Persona> personas = personasWithASmallSegment();
    personas[0].customName = QStringLiteral("@Loyal Lena");
    personas[1].fields.insert(Section::Goals, QJsonArray{QStringLiteral("=cmd|'/c calc'!A1")});
    auto project = projectWith(dir, personas);
    ASSERT_TRUE(project);
    const QString csv = dir.path(QStringLiteral("personas.csv"));
    Error error;
    ASSERT_TRUE(exportSummaryCsv(*project, csv, DeckOptions(), &error)) << qPrintable(error.toString());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("position,name,archetype,")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("1,'@Loyal Lena,"))) << qPrintable(lines[1]);
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",'=cmd|'/c calc'!A1"))) << qPrintable(lines[2]);
    EXPECT_TRUE(lines[3].contains(QStringLiteral("fewer than 10")));
    EXPECT_FALSE(lines[3].contains(QStringLiteral("61.23")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("74.5")));
}

TEST(SummaryExport, JsonHoldsEveryPersonaAndNoFiguresOfASmallSegment)
{
    test::TempDir dir;
    auto project = projectWith(dir, personasWithASmallSegment());
    ASSERT_TRUE(project);
    const QString path = dir.path(QStringLiteral("personas.json"));
    Error error;
    ASSERT_TRUE(exportSummaryJson(*project, path, DeckOptions(), &error)) << qPrintable(error.toString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("project")).toString(), QStringLiteral("Spring shop"));
    EXPECT_EQ(root.value(QStringLiteral("min_segment")).toInt(), 10);
    const QJsonArray personas = root.value(QStringLiteral("personas")).toArray();
    ASSERT_EQ(personas.size(), 3);
    const QJsonObject lena = personas[0].toObject();
    EXPECT_EQ(lena.value(QStringLiteral("name")).toString(), QStringLiteral("Loyal Lena"));
    EXPECT_EQ(lena.value(QStringLiteral("figures")).toObject().value(QStringLiteral("size")).toDouble(), 1200);
    EXPECT_DOUBLE_EQ(lena.value(QStringLiteral("figures")).toObject().value(QStringLiteral("share_revenue")).toDouble(),
                     0.52);
    EXPECT_EQ(lena.value(QStringLiteral("sections")).toObject().value(Section::Goals).toArray().size(), 2);
    const QJsonObject small = personas[2].toObject();
    EXPECT_TRUE(small.value(QStringLiteral("small_segment")).toBool());
    const QJsonObject smallFigures = small.value(QStringLiteral("figures")).toObject();
    EXPECT_EQ(smallFigures.value(QStringLiteral("size")).toString(), QStringLiteral("fewer than 10"));
    EXPECT_TRUE(smallFigures.value(QStringLiteral("average_order_value")).isNull());
    EXPECT_TRUE(smallFigures.value(QStringLiteral("share_people")).isNull());
}

TEST(SummaryExport, ChannelMixAndTopCategoriesAreListedButNotForASmallSegment)
{
    test::TempDir dir;
    QList<Persona> personas = personasWithASmallSegment();
    for (Persona &p : personas) {
        p.stats.mixComputed = true;
        p.stats.channelBasis = QStringLiteral("channel");
        p.stats.channelMix = {{QStringLiteral("Web"), 0.62}, {QStringLiteral("Mobile app"), 0.38}};
        p.stats.topCategories = {{QStringLiteral("Shoes"), 0.5}};
    }
    auto project = projectWith(dir, personas);
    ASSERT_TRUE(project);
    Error error;
    const QString json = dir.path(QStringLiteral("personas.json"));
    ASSERT_TRUE(exportSummaryJson(*project, json, DeckOptions(), &error)) << qPrintable(error.toString());
    QFile jsonFile(json);
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray list = QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("personas")).toArray();
    ASSERT_EQ(list.size(), 3);
    const QJsonObject lenaFigures = list[0].toObject().value(QStringLiteral("figures")).toObject();
    const QJsonArray mix = lenaFigures.value(QStringLiteral("channel_mix")).toArray();
    ASSERT_EQ(mix.size(), 2);
    EXPECT_EQ(mix[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("Web"));
    EXPECT_DOUBLE_EQ(mix[0].toObject().value(QStringLiteral("share")).toDouble(), 0.62);
    EXPECT_EQ(lenaFigures.value(QStringLiteral("top_categories")).toArray().size(), 1);
    const QJsonObject smallFigures = list[2].toObject().value(QStringLiteral("figures")).toObject();
    EXPECT_TRUE(smallFigures.value(QStringLiteral("channel_mix")).isNull());
    EXPECT_TRUE(smallFigures.value(QStringLiteral("top_categories")).isNull());

    const QString csv = dir.path(QStringLiteral("personas.csv"));
    ASSERT_TRUE(exportSummaryCsv(*project, csv, DeckOptions(), &error)) << qPrintable(error.toString());
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",Web 62%; Mobile app 38%,Shoes 50%,"))) << qPrintable(lines[1]);
    EXPECT_FALSE(lines[3].contains(QStringLiteral("Web 62%")));
}
