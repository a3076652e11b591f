// SPDX-License-Identifier: GPL-3.0-or-later
// Wording and detail of the cards and the deck as a marketer reads them, in English, Hebrew and
// Russian: headings drawn alike, data values and feature names in the reader's language, rules
// and percentages said as they are.
#include "deckexporter.h"
#include "funnelpainter.h"
#include "language.h"
#include "persona/personatemplate.h"
#include "samplepersonas.h"
#include "store/project.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace pw;

namespace {

bool hasPdftotext()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"));
}

/// Sets the application's language while it lives (the deck needs its translators).
class Language
{
public:
    explicit Language(const QString &language) : m_before(applicationLanguage())
    {
        EXPECT_TRUE(setApplicationLanguage(language));
    }
    ~Language() { setApplicationLanguage(m_before); }

private:
    QString m_before;
};

/// A project with the sample personas (the first with written demographics), a person with two
/// orders (so the data has a period) and a run over two features.
std::unique_ptr<Project> deckProject(const test::TempDir &dir)
{
    auto project = test::newProject(dir, QStringLiteral("Shop.personas"));
    QList<Persona> personas = test::samplePersonas();
    personas[0].setLines(QStringLiteral("demographics"), {QStringLiteral("35–44")});
    EXPECT_TRUE(PersonaRepository::replaceAll(*project, personas));
    Error error;
    EXPECT_TRUE(project->exec(QStringLiteral("INSERT INTO people(id, customer_id) VALUES(1, 'c1')"), {}, &error));
    EXPECT_TRUE(project->exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) VALUES"
                                             "('o1', 1, 1700000000, 20), ('o2', 1, 1710000000, 30)"),
                              {}, &error));
    EXPECT_TRUE(project->exec(QStringLiteral("INSERT INTO segmentation_runs(created_at, k, seed, restarts, people, "
                                             "features, scores, centroids, timings) VALUES(1710000000, 3, 42, 10, 1, "
                                             "'[\"recency_days\",\"max_order_value\"]', '{}', '{}', '{}')"),
                              {}, &error))
        << qPrintable(error.toString());
    return project;
}

/// The deck's text, page by page.
QStringList deckPages(Project &project, const test::TempDir &dir, const QString &language, bool boxes = false)
{
    const Language scope(language);
    DeckOptions options;
    options.language = language;
    const QString pdf = dir.path(QStringLiteral("deck-%1.pdf").arg(language));
    Error error;
    EXPECT_TRUE(exportPdfDeck(project, pdf, options, nullptr, &error)) << qPrintable(error.toString());
    QStringList args{pdf, QStringLiteral("-")};
    if (boxes)
        args.prepend(QStringLiteral("-bbox"));
    const test::ProcessResult r = test::runProgram(QStringLiteral("/usr/bin/pdftotext"), args);
    EXPECT_EQ(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    return boxes ? text.split(QStringLiteral("<page "), Qt::SkipEmptyParts) : text.split(QLatin1Char('\f'));
}

/// The height of the box of `word` on `page` (pdftotext -bbox), 0 if it is not there.
double wordHeight(const QString &page, const QString &word)
{
    static const QRegularExpression re(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    for (auto it = re.globalMatch(page); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(5) == word)
            return m.captured(4).toDouble() - m.captured(2).toDouble();
    }
    return 0;
}

} // namespace

TEST(DeckWording, ALongRussianHeadingIsDrawnAsLargeAsTheOtherHeadings)
{
    if (!hasPdftotext())
        GTEST_SKIP() << "pdftotext is not installed";
    test::TempDir dir;
    auto project = deckProject(dir);
    bool found = false;
    for (const QString &page : deckPages(*project, dir, QStringLiteral("ru"), true)) {
        const double demographics = wordHeight(page, QStringLiteral("Демографические"));
        const double goals = wordHeight(page, QStringLiteral("Цели"));
        if (demographics <= 0 || goals <= 0)
            continue;
        found = true;
        EXPECT_NEAR(demographics, goals, 0.05) << "the heading is drawn smaller than “Цели”";
        EXPECT_GT(wordHeight(page, QStringLiteral("данные")), 0) << "the heading is cut";
    }
    EXPECT_TRUE(found);
}

TEST(DeckWording, TopCategoriesAreShownInTheReadersLanguage)
{
    installThreadLanguageSupport();
    PersonaStats stats;
    stats.size = 100;
    stats.ordersPerPerson = 2;
    stats.averageOrderValue = 40;
    stats.mixComputed = true;
    stats.topCategories = {{QStringLiteral("Apparel"), 0.5}, {QStringLiteral("home"), 0.3}};
    {
        const ScopedThreadLanguage hebrew(QStringLiteral("he"));
        const QString text = figureValue(stats, QStringLiteral("top_categories"), QLocale(QStringLiteral("he")));
        EXPECT_FALSE(text.contains(QStringLiteral("Apparel"))) << qPrintable(text);
        EXPECT_TRUE(text.contains(QStringLiteral("ביגוד"))) << qPrintable(text);
    }
    {
        const ScopedThreadLanguage russian(QStringLiteral("ru"));
        const QString text = figureValue(stats, QStringLiteral("top_categories"), QLocale(QStringLiteral("ru")));
        EXPECT_TRUE(text.contains(QStringLiteral("Одежда"))) << qPrintable(text);
        EXPECT_TRUE(text.contains(QStringLiteral("Дом"))) << qPrintable(text);
    }
    // A category the application does not know is shown as the data has it.
    stats.topCategories = {{QStringLiteral("Kitesurf gear"), 1.0}};
    EXPECT_TRUE(figureValue(stats, QStringLiteral("top_categories"), QLocale::c()).contains(QStringLiteral("Kitesurf gear")));
}

TEST(DeckWording, TheDataPageNamesFeaturesAndRulesAndTheCoverIsConsistent)
{
    if (!hasPdftotext())
        GTEST_SKIP() << "pdftotext is not installed";
    test::TempDir dir;
    auto project = deckProject(dir);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
        const QStringList pages = deckPages(*project, dir, language);
        const QString all = pages.join(QLatin1Char('\f'));
        EXPECT_FALSE(all.contains(QStringLiteral("recency_days"))) << qPrintable(language);
        EXPECT_FALSE(all.contains(QStringLiteral("max_order_value"))) << qPrintable(language);
    }
    const QStringList pages = deckPages(*project, dir, QStringLiteral("en"));
    const QString all = pages.join(QLatin1Char('\f'));
    EXPECT_TRUE(all.contains(QStringLiteral("Days since last order"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("2 or more orders"))) << qPrintable(all);
    // The cover: "Personas: 3 · People: 1 · Data period: …", each fact capitalised alike.
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Data period: "))) << qPrintable(pages[0]);
    EXPECT_FALSE(pages[0].contains(QStringLiteral("data period"))) << qPrintable(pages[0]);
}

TEST(DeckWording, PercentagesNeverRoundToAFalseHundredOrZeroAndKeepOneFormat)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(FunnelPainter::percentText(c, 0.04), QStringLiteral("4.0%"));
    EXPECT_EQ(FunnelPainter::percentText(c, 0.0), QStringLiteral("0.0%"));
    EXPECT_EQ(FunnelPainter::percentText(c, 0.5), QStringLiteral("50.0%"));
    EXPECT_EQ(FunnelPainter::percentText(c, 1.0), QStringLiteral("100.0%"));
    EXPECT_EQ(FunnelPainter::percentText(c, 0.998), QStringLiteral("99.8%"));
    // 1 person of 3,000 goes on: not "100% lost"; 1 of 3,000 lost: not "0% lost".
    EXPECT_EQ(FunnelPainter::percentText(c, 2999.0 / 3000.0), QStringLiteral(">99.9%"));
    EXPECT_EQ(FunnelPainter::percentText(c, 1.0 / 3000.0), QStringLiteral("<0.1%"));

    // The funnel of a segment of bouncers: 500 aware, 1 goes on.
    Funnel funnel;
    for (const QString &key : journeyStageKeys()) {
        FunnelStage s;
        s.key = key;
        s.measured = true;
        s.people = funnel.stages.isEmpty() ? 500 : 1;
        funnel.stages << s;
    }
    const QStringList texts = FunnelPainter::texts(funnel, c);
    EXPECT_TRUE(texts.contains(QStringLiteral("▼ 99.8% lost"))) << qPrintable(texts.join(QLatin1Char('|')));
    EXPECT_TRUE(texts.contains(QStringLiteral("▼ 0.0% lost"))) << qPrintable(texts.join(QLatin1Char('|')));
}
