// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deckcontent.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace pw {

class CardCanvas;

/// The colours of a deck page: light for paper, dark for a projector in a dim room.
struct PageTheme
{
    QColor ground = QColor(Qt::white);
    QColor text = QColor(0x1f, 0x29, 0x33);
    QColor muted = QColor(0x5f, 0x6b, 0x7a);
    QColor panel = QColor(0xf3, 0xf4, 0xf6);
    QColor band = QColor(0x26, 0x32, 0x38);

    static PageTheme light() { return PageTheme(); }
    static PageTheme dark();
};

/// One page of the deck (or one slide of the presentation).
struct DeckPage
{
    QString title; ///< e.g. "Overview" or the persona's name
    std::function<void(QPainter &, const QRectF &)> paint;
};

/// The deck's pages besides the cover, the cards, the comparison and "What changed"
/// (ChangeRenderer): an overview of all personas side by side, their funnels side by side and a
/// closing page about the data. Each paints at the
/// card's natural size (A4 landscape points), scaled and centred into `target`; Hebrew mirrors.
class DeckPages
{
public:
    static QSizeF naturalSize();
    /// Every page of the deck in order: cover, overview, one card per persona, funnels, the
    /// comparison (with two personas or more) and the data page. The pages refer to `content`,
    /// which must outlive them.
    static QList<DeckPage> all(const DeckContent &content, const PageTheme &theme = PageTheme::light());
    /// The index in all() of the first persona card (after the cover, the overview and, when the
    /// deck has one, the "What changed" page).
    static int firstCardPage(const DeckContent &content);
    /// All personas side by side: avatar, name, archetype, size and shares of people and revenue.
    static void paintOverview(QPainter &painter, const QRectF &target, const DeckContent &content,
                              const PageTheme &theme = PageTheme::light());
    /// The personas' journey funnels side by side, stage by stage; unmeasured stages say "no data".
    static void paintFunnels(QPainter &painter, const QRectF &target, const DeckContent &content,
                             const PageTheme &theme = PageTheme::light());
    /// Period, sources, number of people, definitions of the figures and stages, segmentation scores.
    static void paintDataPage(QPainter &painter, const QRectF &target, const DeckContent &content,
                              const PageTheme &theme = PageTheme::light());
    /// A line of the data page: a heading or a paragraph.
    struct DataLine
    {
        QString text;
        bool heading = false;
    };
    /// The data page's text, column 0 (data, sources, segmentation) or 1 (figures, stages).
    static QList<DataLine> dataColumn(const DeckContent &content, int column);
    /// The title band every page but the cover and the cards opens with, `size` the page's.
    static void paintBand(const CardCanvas &canvas, const QSizeF &size, const QString &title,
                          const QString &subtitle, const PageTheme &theme);
    /// The band's height and the pages' side margin, in points.
    static constexpr qreal bandHeight = 78;
    static constexpr qreal margin = 28;
};

} // namespace pw
