// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace pw {

class CardCanvas;

/// One section of a persona as the card shows it: a title with its evidence and the content.
struct CardBlock
{
    enum class Kind { Bullets, Paragraphs, Scale, Picture };
    QString title;
    Evidence evidence = Evidence::Assumed;
    Kind kind = Kind::Bullets;
    QStringList lines;    ///< Bullets and Paragraphs
    int scale = 50;       ///< Scale: 0..100
    QString leftPole;     ///< Scale
    QString rightPole;    ///< Scale
    int hiddenLines = 0;  ///< lines left out because even the smallest type did not fit
    QByteArray picture;   ///< Picture: the Image section's own picture (PNG or JPEG bytes)
};

/// The written sections of a card, laid out in balanced columns at the largest body size at
/// which everything fits. Text is never cut: when even the smallest size is too large, whole
/// lines are left out and the block says how many.
class CardBody
{
public:
    /// The blocks the card's body shows for `persona` (sections with content, in template order;
    /// the header's quote, the figures row, the avatar and the journey are drawn elsewhere; an
    /// Image section after the avatar's shows its own picture, if it has one).
    static QList<CardBlock> blocks(const Persona &persona, const QString &language);

    /// Lays `blocks` out in `area` (card units, left to right; mirrored by the canvas).
    CardBody(const CardCanvas &canvas, QList<CardBlock> blocks, const QRectF &area);

    /// Draws the body; `ink` colours the titles, rules and bullets.
    void draw(const QColor &ink) const;

    qreal bodySize() const { return m_bodySize; }
    int columnCount() const { return int(m_columns.size()); }
    /// Lines left out in all (0 when everything fits).
    int hiddenLines() const;

private:
    qreal blockHeight(const CardBlock &block, qreal size, qreal width) const;
    /// The width a block's title may take beside its evidence tag, in a column `width` wide.
    qreal titleRoom(const CardBlock &block, qreal width) const;
    /// The height of a block's title (one line or more) with its rule, at body size `size`.
    qreal titleBlockHeight(const CardBlock &block, qreal size, qreal width) const;
    /// Splits the blocks into at most `count` consecutive columns; returns the tallest height.
    qreal partition(qreal size, int count, qreal width, QList<QList<int>> *columns) const;
    void drawBlock(const CardBlock &block, const QRectF &rect, const QColor &ink) const;

    const CardCanvas &m_canvas;
    QList<CardBlock> m_blocks;
    QRectF m_area;
    qreal m_bodySize = 0;
    qreal m_columnWidth = 0;
    QList<QList<int>> m_columns;
};

/// Draws the small evidence tag (e.g. "suggested") after a title that is `titleWidth` wide.
/// `background`, if valid, fills the tag first (for tags on a coloured band).
void drawEvidenceTag(const CardCanvas &canvas, const QRectF &titleRect, qreal titleWidth, Evidence evidence,
                     const QColor &ink, const QColor &background = QColor());

} // namespace pw
