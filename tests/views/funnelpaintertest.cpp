// SPDX-License-Identifier: GPL-3.0-or-later
// The card's and the deck's funnel (QPainter, in the design of the app's Qt Charts funnel).
#include "testsupport.h"

#include "cardcanvas.h"
#include "funnelpainter.h"
#include "language.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace pw;

namespace {

Funnel sampleFunnel()
{
    Funnel f;
    const QStringList keys = journeyStageKeys();
    const QList<qint64> people = {1000, 600, 80, 20, 0};
    for (int i = 0; i < 5; ++i)
        f.stages << FunnelStage{keys[i], people[i], i < 4};
    return f;
}

/// The horizontal extent of the pixels of `color` in row `y`, or (-1, -1).
QPair<int, int> extent(const QImage &image, int y, QRgb color)
{
    int from = -1, to = -1;
    for (int x = 0; x < image.width(); ++x)
        if (image.pixel(x, y) == color) {
            if (from < 0)
                from = x;
            to = x;
        }
    return {from, to};
}

QImage paint(bool rtl)
{
    QImage image(800, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const CardCanvas canvas(painter, 800, rtl);
    FunnelPainter::paint(canvas, QRectF(0, 0, 800, 300), sampleFunnel(), QColor(0, 0, 255), QLocale(QLocale::English),
                         FunnelPainter::Options());
    return image;
}

} // namespace

TEST(FunnelPainter, FiguresSharesDropOffsAndNoData)
{
    const QStringList texts = FunnelPainter::texts(sampleFunnel(), QLocale(QLocale::English));
    // One format, one decimal, for every share and drop-off.
    EXPECT_EQ(texts, (QStringList{QStringLiteral("1,000 · 100.0%"), QStringLiteral("▼ 40.0% lost"),
                                  QStringLiteral("600 · 60.0%"), QStringLiteral("▼ 86.7% lost"), QStringLiteral("80 · 8.0%"),
                                  QStringLiteral("▼ 75.0% lost"), QStringLiteral("20 · 2.0%"), QStringLiteral("no data")}));
}

TEST(FunnelPainter, CentredBarsNarrowDownTheFunnelAndMirrorRightToLeft)
{
    const QRgb blue = qRgb(0, 0, 255);
    for (bool rtl : {false, true}) {
        const QImage image = paint(rtl);
        const int row = 300 / 5;
        const auto awareness = extent(image, row / 2, blue);
        const auto consideration = extent(image, row + row / 2, blue);
        ASSERT_GE(awareness.first, 0);
        ASSERT_GE(consideration.first, 0);
        // Centred on the same axis, the second bar 60% as wide as the first.
        const double c1 = (awareness.first + awareness.second) / 2.0;
        const double c2 = (consideration.first + consideration.second) / 2.0;
        EXPECT_NEAR(c1, c2, 2.0);
        EXPECT_NEAR(double(consideration.second - consideration.first) / (awareness.second - awareness.first), 0.6, 0.02);
        // The stage names stand on the leading side: left of the bars, or right of them in RTL.
        int darkLeft = 0, darkRight = 0;
        for (int y = 0; y < row; ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qGray(image.pixel(x, y)) < 90 && image.pixel(x, y) != blue) {
                    if (x < awareness.first)
                        ++darkLeft;
                    else if (x > awareness.second)
                        ++darkRight;
                }
        if (rtl)
            EXPECT_GT(darkRight, 20) << darkLeft;
        else
            EXPECT_GT(darkLeft, 20) << darkRight;
        EXPECT_EQ(rtl ? darkLeft : darkRight, 0);
    }
}

TEST(CardCanvas, AnIsolatedLatinNameDoesNotTurnAHebrewSentenceLeftToRight)
{
    // Issue 21, item 9: "d1 · 4 פרסונות" on the Hebrew overview was laid out left to right.
    const QString sentence = isolated(QStringLiteral("Spring shop")) + QStringLiteral(" · 4 פרסונות");
    EXPECT_EQ(CardCanvas::paragraphDirection(sentence, true), Qt::RightToLeft);
    EXPECT_EQ(CardCanvas::paragraphDirection(sentence, false), Qt::RightToLeft);
    // Without isolates the first strong character still decides: an English label stays LTR.
    EXPECT_EQ(CardCanvas::paragraphDirection(QStringLiteral("Overview 4"), true), Qt::LeftToRight);
    EXPECT_EQ(CardCanvas::paragraphDirection(QStringLiteral("4 ·"), true), Qt::RightToLeft);
}
