// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardcanvas.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace pw {

namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");

/// Lays `layout` out to `width`; returns its height.
qreal layoutLines(QTextLayout &layout, qreal width)
{
    qreal y = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

CardCanvas::CardCanvas(QPainter &painter, qreal width, bool rightToLeft)
    : m_painter(painter), m_width(width), m_rtl(rightToLeft),
      m_dpi(painter.device() ? painter.device()->logicalDpiY() : 72)
{
    if (m_dpi <= 0)
        m_dpi = 72;
}

Qt::LayoutDirection CardCanvas::paragraphDirection(const QString &text, bool rightToLeft)
{
    int isolates = 0;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
            ++isolates;
            break;
        case QChar::DirPDI:
            isolates = qMax(0, isolates - 1);
            break;
        case QChar::DirL:
            if (isolates == 0)
                return Qt::LeftToRight;
            break;
        case QChar::DirR:
        case QChar::DirAL:
            if (isolates == 0)
                return Qt::RightToLeft;
            break;
        default:
            break;
        }
    }
    return rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
}

QRectF CardCanvas::place(const QRectF &rect) const
{
    if (!m_rtl)
        return rect;
    return QRectF(m_width - rect.x() - rect.width(), rect.y(), rect.width(), rect.height());
}

QFont CardCanvas::font(qreal size, QFont::Weight weight, bool italic) const
{
    QFont f(fontFamily);
    f.setPointSizeF(size * 72.0 / m_dpi);
    f.setWeight(weight);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal CardCanvas::textHeight(const QString &text, const QFont &font, qreal width) const
{
    QTextLayout layout(text, font, m_painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(paragraphDirection(text, m_rtl));
    layout.setTextOption(option);
    return layoutLines(layout, width);
}

qreal CardCanvas::drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                           Align align) const
{
    QTextLayout layout(text, font, m_painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(paragraphDirection(text, m_rtl));
    Qt::Alignment horizontal = Qt::AlignHCenter;
    if (align == Align::Leading)
        horizontal = (m_rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    else if (align == Align::Trailing)
        horizontal = (m_rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute;
    option.setAlignment(horizontal);
    layout.setTextOption(option);
    const qreal height = layoutLines(layout, rect.width());

    m_painter.save();
    if (height > rect.height())
        m_painter.setClipRect(rect, Qt::IntersectClip);
    m_painter.setPen(color);
    layout.draw(&m_painter, rect.topLeft());
    m_painter.restore();
    return qMin(height, rect.height());
}

QFont CardCanvas::fitFont(const QString &text, const QRectF &rect, qreal maxSize, qreal minSize,
                          QFont::Weight weight, bool italic) const
{
    // The sizes maxSize, maxSize - 0.5, … above minSize; a text's height grows with its size, so
    // the largest that fits is found by halving (a few layouts, not one per step).
    const int steps = int(std::ceil((maxSize - minSize) / 0.5)); // step `steps` is minSize
    int lo = 0, hi = steps;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (textHeight(text, font(maxSize - 0.5 * mid, weight, italic), rect.width()) <= rect.height())
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo >= steps ? font(minSize, weight, italic) : font(maxSize - 0.5 * lo, weight, italic);
}

} // namespace pw
