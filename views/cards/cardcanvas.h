// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace pw {

/// Drawing helpers shared by the card and the cover: coordinates in the card's own units
/// (points of the natural size), fonts sized in those units whatever the device's resolution,
/// wrapped text measured and drawn with the same layout, and mirroring for right-to-left cards.
class CardCanvas
{
public:
    enum class Align { Leading, Center, Trailing };

    /// `width` is the card's natural width; `rightToLeft` mirrors every rectangle and alignment.
    CardCanvas(QPainter &painter, qreal width, bool rightToLeft);

    QPainter &painter() const { return m_painter; }
    bool isRightToLeft() const { return m_rtl; }

    /// `rect` given in left-to-right terms, mirrored horizontally when the card is right to left.
    QRectF place(const QRectF &rect) const;
    /// A font whose em height is `size` card units on the painter's device.
    QFont font(qreal size, QFont::Weight weight = QFont::Normal, bool italic = false) const;
    /// Height `text` needs when wrapped to `width` with `font`.
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    /// Draws `text` wrapped inside `rect` (already placed), from its top; never outside `rect`.
    /// Returns the height used (at most rect.height()).
    qreal drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                   Align align = Align::Leading) const;
    /// The largest font between `maxSize` and `minSize` at which `text` fits in `rect`.
    QFont fitFont(const QString &text, const QRectF &rect, qreal maxSize, qreal minSize,
                  QFont::Weight weight = QFont::Normal, bool italic = false) const;

    /// The paragraph direction `text` is laid out in: that of its first strong character outside
    /// Unicode isolates (a name put into a sentence with isolated() does not set it, as in UAX #9
    /// rule P2), else the card's. An English label left untranslated on a Hebrew card still reads
    /// left to right.
    static Qt::LayoutDirection paragraphDirection(const QString &text, bool rightToLeft);

private:
    QPainter &m_painter;
    qreal m_width;
    bool m_rtl;
    qreal m_dpi;
};

} // namespace pw
