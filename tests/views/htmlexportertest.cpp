// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML deck as a file: self-contained, escaped, right to left in Hebrew, a page per part.
#include "htmlexporter.h"
#include "common/progress.h"
#include "deckcontent.h"
#include "deckexporter.h"
#include "language.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace pw;

namespace {

std::unique_ptr<Project> projectWith(const test::TempDir &dir, const QList<Persona> &personas)
{
    auto project = test::newProject(dir, QStringLiteral("Spring shop.personas"));
    Error error;
    QList<Persona> copy = personas;
    EXPECT_TRUE(PersonaRepository::replaceAll(*project, copy, &error)) << qPrintable(error.toString());
    return project;
}

QString exportPage(Project &project, const test::TempDir &dir, const QString &language)
{
    const QString path = dir.path(QStringLiteral("deck-%1.html").arg(language));
    DeckOptions options;
    options.language = language;
    installThreadLanguageSupport();
    const ScopedThreadLanguage scoped(language);
    Error error;
    EXPECT_TRUE(exportHtmlDeck(project, path, options, nullptr, &error)) << qPrintable(error.toString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST(HtmlExporter, EscapesWhatUsersType)
{
    EXPECT_EQ(HtmlExporter::escape(QStringLiteral("<b>Tom & \"Jerry\"</b>")),
        QStringLiteral("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;"));
    test::TempDir dir;
    QList<Persona> personas = test::samplePersonas();
    personas[0].customName = QStringLiteral("<script>alert(\"x\")</script> & <img src=http://evil.example/>");
    personas[1].fields.insert(
        Section::Goals, QJsonArray {QStringLiteral("Save \"big\" </li></ul><h1>broken")});
    auto project = projectWith(dir, personas);
    ASSERT_TRUE(project);
    const QString page = exportPage(*project, dir, QStringLiteral("en"));
    ASSERT_FALSE(page.isEmpty());
    EXPECT_TRUE(page.contains(QStringLiteral(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=http://evil.example/&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("Save &quot;big&quot; &lt;/li&gt;&lt;/ul&gt;&lt;h1&gt;broken")));
    EXPECT_FALSE(page.contains(QStringLiteral("<script"), Qt::CaseInsensitive)); // no script at all
    EXPECT_FALSE(page.contains(QStringLiteral("<img src=http")));
}

TEST(HtmlExporter, IsSelfContained)
{
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString page = exportPage(*project, dir, QStringLiteral("en"));
    ASSERT_FALSE(page.isEmpty());
    EXPECT_FALSE(page.contains(QStringLiteral("http://"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("https://"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    // Every src, href and url() is a data: URI, and every picture a PNG that decodes.
    const QRegularExpression reference(
        QStringLiteral("(?:\\b(?:src|href|srcset|poster)\\s*=\\s*\"([^\"]*)\"|url\\(([^)]*)\\))"),
        QRegularExpression::CaseInsensitiveOption);
    int pictures = 0;
    for (auto it = reference.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString target = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        ASSERT_TRUE(target.startsWith(QLatin1String("data:image/png;base64,")))
            << qPrintable(target.left(80));
        const QImage image = QImage::fromData(QByteArray::fromBase64(target.mid(22).toLatin1()), "PNG");
        EXPECT_FALSE(image.isNull());
        ++pictures;
    }
    // An avatar per persona on the overview, the cards and the comparison.
    EXPECT_GE(pictures, 3 * 3);
}

TEST(HtmlExporter, HasAPagePerPartAndThePersonasAsText)
{
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString page = exportPage(*project, dir, QStringLiteral("ru"));
    ASSERT_FALSE(page.isEmpty());
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"ru\" dir=\"ltr\">")));
    // cover, overview, 3 cards, funnels, comparison, data
    EXPECT_EQ(page.count(QStringLiteral("<section class=\"page")), 8);
    for (const QString &id : {QStringLiteral("cover"), QStringLiteral("overview"),
             QStringLiteral("persona-1"), QStringLiteral("persona-3"), QStringLiteral("funnels"),
             QStringLiteral("comparison"), QStringLiteral("data")})
        EXPECT_TRUE(page.contains(QStringLiteral("id=\"%1\"").arg(id))) << qPrintable(id);
    EXPECT_FALSE(page.contains(QStringLiteral("id=\"changes\""))); // no run to compare with
    for (const Persona &p : test::samplePersonas()) {
        EXPECT_TRUE(page.contains(QStringLiteral("<h2>%1</h2>").arg(p.displayName(QStringLiteral("ru")))));
        for (const QString &goal : p.section(Section::Goals, QStringLiteral("ru")))
            EXPECT_TRUE(page.contains(QStringLiteral("<li>%1</li>").arg(goal))) << qPrintable(goal);
    }
    // The deck's Russian labels, not English ones.
    {
        const ScopedThreadLanguage russian(QStringLiteral("ru"));
        const QString title = QCoreApplication::translate("Card", "Buyer personas");
        EXPECT_NE(title, QStringLiteral("Buyer personas"));
        EXPECT_TRUE(page.contains(QStringLiteral("<h1>%1</h1>").arg(title)));
    }
    EXPECT_FALSE(page.contains(QStringLiteral(">Buyer personas<")));
    // Printing: a sheet per page, colours kept.
    EXPECT_TRUE(page.contains(QStringLiteral("@page { size: A4 landscape; margin: 0; }")));
    EXPECT_TRUE(page.contains(QStringLiteral("break-after: page")));
}

TEST(HtmlExporter, HebrewIsRightToLeft)
{
    test::TempDir dir;
    QList<Persona> personas = test::samplePersonas();
    personas[0].customName = QStringLiteral("לקוחה <נאמנה> & \"שמחה\"");
    auto project = projectWith(dir, personas);
    ASSERT_TRUE(project);
    const QString page = exportPage(*project, dir, QStringLiteral("he"));
    ASSERT_FALSE(page.isEmpty());
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"he\" dir=\"rtl\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("<h2>לקוחה &lt;נאמנה&gt; &amp; &quot;שמחה&quot;</h2>")));
    EXPECT_TRUE(page.contains(QStringLiteral("\"Noto Sans Hebrew\"")));
    // Mirrored by the browser: the style sheet speaks of start and end, not of left and right.
    EXPECT_FALSE(page.contains(
        QRegularExpression(QStringLiteral("[;{ ](left|right|margin-left|margin-right|padding-left|"
                                          "padding-right|border-left|border-right)\\s*:"))));
}

TEST(HtmlExporter, CancelingLeavesNoFile)
{
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString path = dir.path(QStringLiteral("deck.html"));
    CallbackProgress progress;
    progress.cancel();
    Error error;
    EXPECT_FALSE(exportHtmlDeck(*project, path, DeckOptions(), &progress, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(exportHtmlDeck(
        *project, dir.path(QStringLiteral("missing/deck.html")), DeckOptions(), nullptr, &error));
    EXPECT_EQ(error.file, dir.path(QStringLiteral("missing/deck.html")));
}

TEST(HtmlExporter, ALongCardGrowsInsteadOfLosingALine)
{
    test::TempDir dir;
    QList<Persona> personas = test::samplePersonas();
    QJsonArray goals;
    for (int i = 0; i < 90; ++i)
        goals.append(QStringLiteral("Goal number %1 of a persona written at great length by a thorough marketer").arg(i));
    personas[1].fields.insert(Section::Goals, goals);
    auto project = projectWith(dir, personas);
    ASSERT_TRUE(project);
    const QString page = exportPage(*project, dir, QStringLiteral("en"));
    ASSERT_FALSE(page.isEmpty());
    EXPECT_TRUE(page.contains(QStringLiteral("<section class=\"page card long\" id=\"persona-2\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("<section class=\"page card\" id=\"persona-1\">")));
    for (int i = 0; i < 90; ++i)
        EXPECT_TRUE(page.contains(QStringLiteral("Goal number %1 of").arg(i))) << i;
}
