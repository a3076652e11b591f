// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"

#include <QColor>
#include <QLocale>
#include <QRectF>
#include <QString>

namespace pw {

class CardCanvas;

/// The journey funnel of the card and the deck, drawn with QPainter in the design of the Qt
/// Charts funnel of the app (so that the command line export needs no Qt Charts): one row per
/// stage, awareness at the top, a bar centred in its row whose width is the stage's share of the
/// first measured stage, the count and the share on the bar (beside it when the bar is too
/// narrow), the drop-off to the next stage between the rows on the trailing side, and a stage
/// the data cannot measure as a hatched grey bar saying "no data". Right to left through the
/// canvas: the stage names stand on the right, the drop-offs on the left.
class FunnelPainter
{
public:
    struct Options
    {
        bool stageNames = true; ///< a column of stage names on the leading side
        qreal fontSize = 8;     ///< of the figures, in card units
        QColor text = QColor(0x1f, 0x29, 0x33);  ///< names and figures off the bars
        QColor muted = QColor(0x5f, 0x6b, 0x7a); ///< drop-offs and "no data"
        /// When not empty, shown instead of every figure (a segment too small to show figures):
        /// the bars are drawn empty and no drop-off is given.
        QString masked;
    };

    /// Draws `funnel` in `rect` (card units, in left-to-right terms: the canvas mirrors it).
    static void paint(const CardCanvas &canvas, const QRectF &rect, const Funnel &funnel, const QColor &color,
                      const QLocale &locale, const Options &options);
    /// The texts the funnel shows, top to bottom: per stage its figures, then the drop-off to the
    /// next stage if any (for tests and the deck's text exports).
    static QStringList texts(const Funnel &funnel, const QLocale &locale);
    /// A share (0..1) as the funnels show it, always with one decimal ("4.0%", "0.0%"); a share
    /// that is not 0 or 1 never reads as 0.0% or 100.0% ("<0.1%", ">99.9%").
    static QString percentText(const QLocale &locale, double share);
};

} // namespace pw
