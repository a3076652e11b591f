// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deckcontent.h"
#include "deckpages.h"

#include <QWidget>

class QScreen;

namespace pw {

/// The presentation mode: the deck's pages (the same renderers as the PDF) one per slide, full
/// screen. Right, Down, Space and PageDown go forward; Left, Up, Backspace and PageUp back;
/// Home and End to the first and last slide; T switches between the dark and the light theme;
/// Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(DeckContent content, QWidget *parent = nullptr);

    /// Shows the window full screen on `screen` (the primary screen if null).
    void present(QScreen *screen);

    int currentSlide() const { return m_current; }
    int slideCount() const { return int(m_pages.size()); }
    QString slideTitle() const;
    /// "3 / 9": the slide's number and the count, left to right in every language (a Hebrew
    /// slide does not read "9 / 3").
    QString slideCounter() const;
    bool isDarkTheme() const { return m_dark; }
    void setDarkTheme(bool dark);
    void goTo(int slide);

Q_SIGNALS:
    void slideChanged(int slide);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    PageTheme theme() const { return m_dark ? PageTheme::dark() : PageTheme::light(); }

    DeckContent m_content;
    QList<DeckPage> m_pages;
    int m_current = 0;
    bool m_dark = true;
};

} // namespace pw
