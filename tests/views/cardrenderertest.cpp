// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardrenderer.h"
#include "samplepersonas.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QSet>

#include <cstdlib>

#include <gtest/gtest.h>

using namespace pw;

namespace {

constexpr int imageWidth = 1684; // twice the natural width in points

QImage renderCard(const Persona &persona, const CardContext &context)
{
    const QSizeF natural = CardRenderer::naturalSize();
    QImage image(imageWidth, qRound(imageWidth * natural.height() / natural.width()), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    CardRenderer::paint(painter, QRectF(image.rect()), persona, context);
    painter.end();
    return image;
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

/// A point of the card given in natural units, in image pixels.
QPoint at(const QImage &image, qreal x, qreal y)
{
    const qreal scale = image.width() / CardRenderer::naturalSize().width();
    return QPoint(qRound(x * scale), qRound(y * scale));
}

Funnel sampleFunnel()
{
    Funnel f;
    f.stages = {{QStringLiteral("awareness"), 1200}, {QStringLiteral("consideration"), 900},
                {QStringLiteral("conversion"), 1200 / 2}, {QStringLiteral("retention"), 400},
                {QStringLiteral("advocacy"), 90}};
    return f;
}

} // namespace

TEST(Fonts, HebrewAndCyrillicFontsAreInstalled)
{
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Hebrew).isEmpty());
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Cyrillic).isEmpty());
}

TEST(CardRenderer, NaturalSizeIsA4Landscape)
{
    const QSizeF size = CardRenderer::naturalSize();
    EXPECT_NEAR(size.width(), 841.9, 0.5);
    EXPECT_NEAR(size.height(), 595.3, 0.5);
}

TEST(CardRenderer, PaintsACardWithThePersonaColourInTheHeader)
{
    const Persona persona = test::samplePersona(QStringLiteral("Loyal Lena"), QStringLiteral("#1565c0"));
    CardContext context;
    context.funnel = sampleFunnel();
    context.peopleTotal = 3000;
    context.dataPeriod = QStringLiteral("2023-01-01 – 2023-12-31");
    const QImage image = renderCard(persona, context);

    // Not blank: the body is white, the text is dark, and many colours occur.
    QSet<QRgb> colours;
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb rgb = image.pixel(x, y);
            colours.insert(rgb);
            dark += qGray(rgb) < 80 && qAlpha(rgb) == 255;
        }
    EXPECT_GT(colours.size(), 50);
    EXPECT_GT(dark, 500);
    EXPECT_TRUE(near(image.pixelColor(at(image, 5, 5)), QColor(0x15, 0x65, 0xc0)));
    EXPECT_TRUE(near(image.pixelColor(at(image, 420, 146)), QColor(0x15, 0x65, 0xc0)));
    EXPECT_TRUE(near(image.pixelColor(at(image, 5, 300)), QColor(Qt::white)));
    // The avatar sits at the leading (left) edge of the header.
    EXPECT_TRUE(near(image.pixelColor(at(image, 72, 36)), QColor(0x15, 0x65, 0xc0).darker(135), 10));
}

TEST(CardRenderer, HebrewCardIsMirrored)
{
    const Persona persona = test::samplePersona(QStringLiteral("לנה הנאמנה"), QStringLiteral("#1565c0"));
    CardContext ltr;
    ltr.funnel = sampleFunnel();
    CardContext rtl = ltr;
    rtl.language = QStringLiteral("he");
    const QImage left = renderCard(persona, ltr);
    const QImage right = renderCard(persona, rtl);
    ASSERT_EQ(left.size(), right.size());
    EXPECT_NE(left, right);

    const QColor avatar = QColor(0x15, 0x65, 0xc0).darker(135);
    const qreal width = CardRenderer::naturalSize().width();
    EXPECT_TRUE(near(left.pixelColor(at(left, 72, 36)), avatar, 10));
    EXPECT_FALSE(near(left.pixelColor(at(left, width - 72, 36)), avatar, 10));
    EXPECT_TRUE(near(right.pixelColor(at(right, width - 72, 36)), avatar, 10));
    EXPECT_FALSE(near(right.pixelColor(at(right, 72, 36)), avatar, 10));
}

TEST(CardRenderer, LongTextStaysInsideTheCard)
{
    Persona persona = test::samplePersona(QStringLiteral("A persona whose name is far too long to fit on one line of "
                                                         "the header band of the card at the largest size"),
                                          QStringLiteral("#2e7d32"));
    QJsonArray many;
    for (int i = 0; i < 30; ++i)
        many.append(QStringLiteral("A long goal that has to wrap over several lines because it says a lot, number %1")
                        .arg(i));
    persona.fields.insert(Section::Goals, many);
    const QImage image = renderCard(persona, CardContext());
    // The footer band stays clear of the sections above it: the line just above the footer rule
    // is white across the whole card.
    for (int x = 60; x < image.width() - 60; x += 2)
        ASSERT_TRUE(near(image.pixelColor(QPoint(x, at(image, 0, 554).y())), QColor(Qt::white), 40)) << x;
}
