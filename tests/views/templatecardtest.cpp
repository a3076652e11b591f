// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardbody.h"
#include "cardcanvas.h"
#include "cardrenderer.h"
#include "comparisonrenderer.h"
#include "deckexporter.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QPainter>

#include <gtest/gtest.h>

using namespace pw;

namespace {

QImage render(const Persona &persona, const QString &language = QStringLiteral("en"))
{
    QImage image(1684, 1191, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    CardContext context;
    context.language = language;
    CardRenderer::paint(painter, QRectF(image.rect()), persona, context);
    return image;
}

QStringList longLines(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("A long point that wraps over several lines because it says a great deal, number %1").arg(i);
    return lines;
}

} // namespace

TEST(TemplateCard, TheCardShowsThePersonasTemplateWithEvidence)
{
    Persona b2c = test::samplePersona(QStringLiteral("Loyal Lena"), QStringLiteral("#1565c0"));
    b2c.setLines(QStringLiteral("demographics"), {QStringLiteral("35–44, city dwellers")});
    b2c.evidence.insert(QStringLiteral("demographics"), Evidence::Research);
    b2c.setScale(QStringLiteral("price_quality"), 80);
    const QList<CardBlock> blocks = CardBody::blocks(b2c, QStringLiteral("en"));
    QStringList titles;
    for (const CardBlock &b : blocks)
        titles << b.title;
    // The header shows the quote, the figures row the key figures; the body the rest in order.
    EXPECT_FALSE(titles.contains(QStringLiteral("Quote")));
    EXPECT_FALSE(titles.contains(QStringLiteral("Key figures")));
    EXPECT_EQ(titles.first(), QStringLiteral("Demographics"));
    EXPECT_EQ(blocks.first().evidence, Evidence::Research);
    EXPECT_LT(titles.indexOf(QStringLiteral("Goals")), titles.indexOf(QStringLiteral("What to do")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Price or quality")));
    EXPECT_FALSE(titles.contains(QStringLiteral("Planner or impulsive"))); // never set: not shown
    for (const CardBlock &b : blocks) {
        if (b.title == QLatin1String("Goals")) {
            EXPECT_EQ(b.evidence, Evidence::Assumed); // written by the marketer
        }
        if (b.title == QLatin1String("Motivations")) {
            EXPECT_EQ(b.evidence, Evidence::Suggested);
        }
    }

    Persona lean = b2c;
    lean.changeTemplate(3, PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::Lean));
    EXPECT_LT(CardBody::blocks(lean, QStringLiteral("en")).size(), blocks.size());
    EXPECT_NE(render(lean), render(b2c));

    // A template without an image has no avatar: the header band is plain there.
    Persona plain = b2c;
    PersonaTemplate noImage = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::Lean);
    noImage.sections.removeFirst();
    plain.changeTemplate(9, noImage);
    // (50, 115) in card units lies inside the avatar circle, below the name, archetype and quote.
    EXPECT_EQ(render(plain).pixelColor(100, 230), QColor(0x15, 0x65, 0xc0));
    EXPECT_NE(render(b2c).pixelColor(100, 230), QColor(0x15, 0x65, 0xc0));
}

TEST(TemplateCard, NothingIsCutWhateverTheLength)
{
    QImage image(1684, 1191, QImage::Format_ARGB32);
    QPainter painter(&image);
    const CardCanvas canvas(painter, 841.89, false);
    Persona p = test::samplePersona(QStringLiteral("Lena"), QStringLiteral("#1565c0"));
    const QRectF area(24, 236, 794, 220);

    const CardBody small(canvas, CardBody::blocks(p, QStringLiteral("en")), area);
    EXPECT_EQ(small.hiddenLines(), 0);
    EXPECT_GE(small.bodySize(), 7.0);

    for (const char *key : {"goals", "pain_points", "motivations", "frustrations", "channels", "tactics"})
        p.setLines(QString::fromLatin1(key), longLines(25));
    const CardBody big(canvas, CardBody::blocks(p, QStringLiteral("en")), area);
    EXPECT_GT(big.hiddenLines(), 0); // whole lines left out and counted, never cut through
    EXPECT_LT(big.hiddenLines(), 6 * 25);
    EXPECT_EQ(big.columnCount(), 3);

    // Drawn on the card, the body stays above the funnel and footer.
    const QImage card = render(p);
    const qreal scale = card.width() / 841.89;
    for (int x = 60; x < card.width() - 60; x += 3) {
        const QColor c = card.pixelColor(x, qRound(554 * scale));
        EXPECT_TRUE(c.red() > 215 && c.green() > 215 && c.blue() > 215) << x;
    }
}

TEST(TemplateCard, ComparisonIsInTheDeck)
{
    test::TempDir dir;
    auto project = test::newProject(dir, QStringLiteral("Compare shop.personas"));
    QList<Persona> personas = test::samplePersonas();
    personas[1].setLines(QStringLiteral("frustrations"), {QStringLiteral("Coupons that never work")});
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas));
    ASSERT_TRUE(ComparisonContent::storeChoice(*project, {QStringLiteral("share_revenue")},
                                               {QStringLiteral("frustrations")}));
    const ComparisonContent content = ComparisonContent::fromProject(*project, personas, QStringLiteral("en"));
    EXPECT_EQ(content.figures, QStringList{QStringLiteral("share_revenue")});
    EXPECT_EQ(content.sections, QStringList{QStringLiteral("frustrations")});

    QImage page(842, 595, QImage::Format_ARGB32);
    page.fill(Qt::transparent);
    {
        QPainter painter(&page);
        ComparisonRenderer::paint(painter, QRectF(page.rect()), content);
    }
    // Each persona's colour heads its column.
    EXPECT_EQ(page.pixelColor(200, 60), QColor(0x15, 0x65, 0xc0));

    const QString pdf = dir.path(QStringLiteral("deck.pdf"));
    Error error;
    ASSERT_TRUE(exportPdfDeck(*project, pdf, DeckOptions(), nullptr, &error)) << qPrintable(error.toString());
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext")))
        GTEST_SKIP() << "pdftotext is not installed";
    const test::ProcessResult text = test::runProgram(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    const QString all = QString::fromUtf8(text.out);
    EXPECT_TRUE(all.contains(QStringLiteral("The personas side by side")));
    EXPECT_TRUE(all.contains(QStringLiteral("Coupons that never work")));
    EXPECT_GE(all.count(QLatin1Char('\f')), 4); // cover, three cards, comparison
}
