// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/presentationwindow.h"
#include "samplepersonas.h"

#include <QGlyphRun>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace pw;

namespace {

DeckContent sampleDeck(const QString &language = QStringLiteral("en"))
{
    DeckContent deck;
    deck.language = language;
    deck.projectName = QStringLiteral("Spring shop");
    deck.date = QDate(2026, 3, 1);
    deck.peopleTotal = 4200;
    deck.dataPeriod = QStringLiteral("2025-01-01 – 2025-12-31");
    deck.personas = test::samplePersonas();
    deck.comparison.personas = deck.personas;
    deck.comparison.language = language;
    for (int i = 0; i < deck.personas.size(); ++i)
        deck.funnels << std::nullopt;
    return deck;
}

} // namespace

TEST(Presentation, KeysMoveBetweenSlidesAndEscapeLeaves)
{
    PresentationWindow window(sampleDeck());
    window.resize(1280, 720);
    window.show();
    // cover, overview, three cards, funnels, comparison, data
    ASSERT_EQ(window.slideCount(), 8);
    EXPECT_EQ(window.currentSlide(), 0);
    QSignalSpy changed(&window, &PresentationWindow::slideChanged);

    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(window.currentSlide(), 1);
    EXPECT_EQ(window.slideTitle(), QStringLiteral("Overview"));
    QTest::keyClick(&window, Qt::Key_Space);
    EXPECT_EQ(window.currentSlide(), 2);
    EXPECT_EQ(window.slideTitle(), QStringLiteral("Loyal Lena"));
    QTest::keyClick(&window, Qt::Key_PageDown);
    EXPECT_EQ(window.currentSlide(), 3);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QTest::keyClick(&window, Qt::Key_Left);
    EXPECT_EQ(window.currentSlide(), 1);
    QTest::keyClick(&window, Qt::Key_End);
    EXPECT_EQ(window.currentSlide(), 7);
    QTest::keyClick(&window, Qt::Key_Right); // stays on the last slide
    EXPECT_EQ(window.currentSlide(), 7);
    QTest::keyClick(&window, Qt::Key_Home);
    EXPECT_EQ(window.currentSlide(), 0);
    QTest::keyClick(&window, Qt::Key_Up); // stays on the first slide
    EXPECT_EQ(window.currentSlide(), 0);
    EXPECT_EQ(changed.count(), 7);

    EXPECT_TRUE(window.isDarkTheme());
    QTest::keyClick(&window, Qt::Key_T);
    EXPECT_FALSE(window.isDarkTheme());
    QTest::keyClick(&window, Qt::Key_T);
    EXPECT_TRUE(window.isDarkTheme());

    ASSERT_TRUE(window.isVisible());
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(window.isVisible());
}

TEST(Presentation, TheDarkThemePaintsADarkSlideAndTheLightALightOne)
{
    PresentationWindow window(sampleDeck());
    window.resize(960, 600);
    window.goTo(1); // the overview
    const QImage dark = window.grab().toImage();
    window.setDarkTheme(false);
    const QImage light = window.grab().toImage();
    // A corner of the slide's ground.
    EXPECT_LT(qGray(dark.pixel(dark.width() - 3, dark.height() / 2)), 60);
    EXPECT_GT(qGray(light.pixel(light.width() - 3, light.height() / 2)), 200);
    if (qEnvironmentVariableIsSet("PW_SCREENSHOT_DIR")) {
        const QString dir = qEnvironmentVariable("PW_SCREENSHOT_DIR");
        dark.save(dir + QStringLiteral("/presentation-dark.png"));
        light.save(dir + QStringLiteral("/presentation-light.png"));
        PresentationWindow hebrew(sampleDeck(QStringLiteral("he")));
        hebrew.resize(960, 600);
        hebrew.goTo(5);
        hebrew.grab().toImage().save(dir + QStringLiteral("/presentation-he-funnels.png"));
    }
}

TEST(Presentation, TheSlideCounterReadsLeftToRightInHebrew)
{
    // Issue 21, item 9: the Hebrew presentation's counter read "9 / 1".
    PresentationWindow window(sampleDeck(QStringLiteral("he")));
    window.resize(1280, 720);
    window.goTo(1);
    const QString counter = window.slideCounter();
    QTextLayout layout(counter, window.font());
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft); // as the window's painter lays it out
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1000);
    layout.endLayout();
    const int current = int(counter.indexOf(QLatin1Char('2')));
    const int count = int(counter.indexOf(QLatin1Char('8')));
    ASSERT_GE(current, 0);
    ASSERT_GT(count, current);
    // Where the glyphs of the two figures stand (cursor positions are ambiguous at run edges).
    auto glyphX = [&layout](int index) {
        const QList<QGlyphRun> runs = layout.glyphRuns(index, 1);
        return runs.isEmpty() ? -1.0 : runs.first().boundingRect().center().x();
    };
    EXPECT_LT(glyphX(current), glyphX(count)) << "the slide number stands right of the count";
}
