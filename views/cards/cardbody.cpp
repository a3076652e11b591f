// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardbody.h"

#include "avatarpainter.h"
#include "cardcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace pw {

namespace {

constexpr qreal bodyMax = 10.5;
constexpr qreal bodyMin = 4.5;
constexpr qreal sectionGap = 11;
constexpr qreal columnGap = 16;
constexpr qreal bulletIndent = 11;
constexpr qreal lineGap = 2.5;
constexpr qreal scaleTrack = 12;

const QColor textColor(0x1f, 0x29, 0x33);
const QColor mutedColor(0x5f, 0x6b, 0x7a);
const QColor panelColor(0xe5, 0xe7, 0xeb);

qreal titleSize(qreal body)
{
    return qBound(7.0, body, 10.0);
}

qreal titleHeight(qreal body)
{
    return titleSize(body) * 1.75;
}

/// A picture's side: square, shrinking with the body type so that a crowded card still fits.
qreal pictureSide(qreal body, qreal width)
{
    return qMin(width, body * 10);
}

QString moreLine(int hidden)
{
    return QCoreApplication::translate("Card", "… and %n more", nullptr, hidden);
}

} // namespace

void drawEvidenceTag(const CardCanvas &canvas, const QRectF &titleRect, qreal titleWidth, Evidence evidence,
                     const QColor &ink, const QColor &background)
{
    QPainter &p = canvas.painter();
    const QString label = evidenceName(evidence);
    const QFont f = canvas.font(6.5, QFont::DemiBold);
    const qreal w = QFontMetricsF(f, p.device()).horizontalAdvance(label) + 10;
    const qreal x = canvas.isRightToLeft() ? titleRect.right() - titleWidth - 8 - w : titleRect.left() + titleWidth + 8;
    const QRectF tag(x, titleRect.top() + (titleRect.height() - 14) / 2 + 0.5, w, 11);
    QColor text = mutedColor;
    p.save();
    if (background.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(background);
        p.drawRoundedRect(tag, 5.5, 5.5);
    }
    switch (evidence) {
    case Evidence::Data:
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        text = Qt::white;
        break;
    case Evidence::Research:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        text = Qt::white;
        break;
    case Evidence::Assumed:
        p.setPen(QPen(QColor(0xb4, 0x53, 0x09), 0.7, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        text = QColor(0xb4, 0x53, 0x09);
        break;
    case Evidence::Suggested:
        p.setPen(QPen(mutedColor, 0.6));
        p.setBrush(Qt::NoBrush);
        break;
    }
    p.drawRoundedRect(tag, 5.5, 5.5);
    p.restore();
    canvas.drawText(tag.adjusted(0, 1.2, 0, 0), label, f, text, CardCanvas::Align::Center);
}

QList<CardBlock> CardBody::blocks(const Persona &persona, const QString &language)
{
    QList<CardBlock> list;
    bool quoteSeen = false;
    bool figuresSeen = false;
    bool avatarSeen = false;
    const QLocale locale(language);
    for (const TemplateSection &s : persona.effectiveTemplate().sections) {
        CardBlock block;
        block.title = s.displayTitle();
        block.evidence = persona.evidenceOf(s);
        switch (s.type) {
        case SectionType::Image:
            // The first Image section is the avatar in the header; the others hold their own picture.
            if (avatarSeen && !persona.images.value(s.key).isEmpty()) {
                block.kind = CardBlock::Kind::Picture;
                block.picture = persona.images.value(s.key);
                list << block;
            }
            avatarSeen = true;
            continue;
        case SectionType::Journey:
            continue;
        case SectionType::Quote:
            if (!quoteSeen) {
                quoteSeen = true;
                continue;
            }
            block.kind = CardBlock::Kind::Paragraphs;
            for (const QString &line : persona.lines(s, language))
                block.lines << locale.quoteString(line);
            break;
        case SectionType::Figures:
            if (!figuresSeen) {
                figuresSeen = true;
                continue;
            }
            block.kind = CardBlock::Kind::Paragraphs;
            for (const QString &key : s.figures)
                block.lines << figureValue(persona.stats, key, locale) + QLatin1Char(' ') + figureName(key);
            break;
        case SectionType::Scale:
            if (!persona.fields.contains(s.key))
                continue;
            block.kind = CardBlock::Kind::Scale;
            block.scale = persona.scale(s.key);
            block.leftPole = s.displayLeftPole();
            block.rightPole = s.displayRightPole();
            list << block;
            continue;
        case SectionType::Tags: {
            block.kind = CardBlock::Kind::Paragraphs;
            QStringList tags;
            for (const QString &t : persona.lines(s, language))
                if (!t.trimmed().isEmpty())
                    tags << t.trimmed();
            if (!tags.isEmpty())
                block.lines << tags.join(QStringLiteral("  ·  "));
            break;
        }
        case SectionType::ShortText:
        case SectionType::LongText:
            block.kind = CardBlock::Kind::Paragraphs;
            block.lines = persona.lines(s, language);
            break;
        case SectionType::BulletList:
        case SectionType::Tactics:
            block.kind = CardBlock::Kind::Bullets;
            block.lines = persona.lines(s, language);
            break;
        }
        block.lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
        if (!block.lines.isEmpty())
            list << block;
    }
    return list;
}

CardBody::CardBody(const CardCanvas &canvas, QList<CardBlock> blocks, const QRectF &area)
    : m_canvas(canvas), m_blocks(std::move(blocks)), m_area(area)
{
    if (m_blocks.isEmpty())
        return;
    const int maxColumns = int(qMin<qsizetype>(m_blocks.size(), m_blocks.size() > 6 ? 4 : 3));
    auto widthFor = [&](int count) { return (area.width() - (count - 1) * columnGap) / count; };
    for (qreal size = bodyMax; size >= bodyMin; size -= 0.5) {
        for (int count = qMin(3, maxColumns); count <= maxColumns; ++count) {
            QList<QList<int>> columns;
            if (partition(size, count, widthFor(count), &columns) <= area.height()) {
                m_bodySize = size;
                m_columnWidth = widthFor(count);
                m_columns = columns;
                return;
            }
        }
    }
    // Even the smallest type does not fit: leave out whole lines of the longest blocks.
    m_bodySize = bodyMin;
    m_columnWidth = widthFor(maxColumns);
    for (int guard = 0; guard < 10000; ++guard) {
        if (partition(bodyMin, maxColumns, m_columnWidth, &m_columns) <= area.height())
            return;
        int longest = -1;
        for (int i = 0; i < m_blocks.size(); ++i)
            if (m_blocks[i].lines.size() > 1 && (longest < 0 || m_blocks[i].lines.size() > m_blocks[longest].lines.size()))
                longest = i;
        if (longest < 0)
            return;
        m_blocks[longest].lines.removeLast();
        ++m_blocks[longest].hiddenLines;
    }
}

int CardBody::hiddenLines() const
{
    int n = 0;
    for (const CardBlock &b : m_blocks)
        n += b.hiddenLines;
    return n;
}

qreal CardBody::titleRoom(const CardBlock &block, qreal width) const
{
    if (block.kind == CardBlock::Kind::Picture)
        return width;
    const QFont tagFont = m_canvas.font(6.5, QFont::DemiBold);
    const qreal tag = QFontMetricsF(tagFont, m_canvas.painter().device()).horizontalAdvance(evidenceName(block.evidence))
        + 10 + 8;
    return qMax(width / 2, width - tag);
}

qreal CardBody::titleBlockHeight(const CardBlock &block, qreal size, qreal width) const
{
    const QFont font = m_canvas.font(titleSize(size), QFont::Bold);
    const qreal room = titleRoom(block, width);
    const qreal extra = m_canvas.textHeight(block.title, font, room) - m_canvas.textHeight(QStringLiteral("X"), font, room);
    return titleHeight(size) + qMax<qreal>(0, extra);
}

qreal CardBody::blockHeight(const CardBlock &block, qreal size, qreal width) const
{
    const QFont body = m_canvas.font(size);
    qreal h = titleBlockHeight(block, size, width);
    if (block.kind == CardBlock::Kind::Picture)
        return h + pictureSide(size, width);
    if (block.kind == CardBlock::Kind::Scale) {
        const QFont small = m_canvas.font(qMax(bodyMin, size - 1.5));
        return h + scaleTrack + 2
            + qMax(m_canvas.textHeight(block.leftPole, small, width / 2 - 4),
                   m_canvas.textHeight(block.rightPole, small, width / 2 - 4));
    }
    const qreal textWidth = block.kind == CardBlock::Kind::Bullets ? width - bulletIndent : width;
    for (const QString &line : block.lines)
        h += m_canvas.textHeight(line, body, textWidth) + lineGap;
    if (block.hiddenLines > 0)
        h += m_canvas.textHeight(moreLine(block.hiddenLines), body, textWidth) + lineGap;
    return h;
}

qreal CardBody::partition(qreal size, int count, qreal width, QList<QList<int>> *columns) const
{
    QList<qreal> heights;
    qreal lo = 0;
    qreal hi = 0;
    for (const CardBlock &b : m_blocks) {
        heights << blockHeight(b, size, width);
        lo = qMax(lo, heights.last());
        hi += heights.last() + sectionGap;
    }
    // Greedy packing with a capacity: the number of columns it needs, and the columns.
    auto pack = [&](qreal capacity, QList<QList<int>> *out) {
        QList<QList<int>> cols{{}};
        qreal used = 0;
        for (int i = 0; i < heights.size(); ++i) {
            const qreal next = cols.last().isEmpty() ? heights[i] : used + sectionGap + heights[i];
            if (!cols.last().isEmpty() && next > capacity + 1e-6) {
                cols.append(QList<int>());
                used = heights[i];
            } else {
                used = next;
            }
            cols.last() << i;
        }
        if (out)
            *out = cols;
        return int(cols.size());
    };
    for (int step = 0; step < 40; ++step) {
        const qreal mid = (lo + hi) / 2;
        if (pack(mid, nullptr) <= count)
            hi = mid;
        else
            lo = mid;
    }
    pack(hi, columns);
    qreal tallest = 0;
    for (const QList<int> &col : std::as_const(*columns)) {
        qreal h = -sectionGap;
        for (int i : col)
            h += heights[i] + sectionGap;
        tallest = qMax(tallest, h);
    }
    return tallest;
}

void CardBody::draw(const QColor &ink) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        qreal y = m_area.top();
        for (int i : m_columns[c]) {
            const qreal h = blockHeight(m_blocks[i], m_bodySize, m_columnWidth);
            const QRectF rect = m_canvas.place(
                QRectF(m_area.left() + c * (m_columnWidth + columnGap), y, m_columnWidth, h));
            drawBlock(m_blocks[i], rect, ink);
            y += h + sectionGap;
        }
    }
}

void CardBody::drawBlock(const CardBlock &block, const QRectF &rect, const QColor &ink) const
{
    QPainter &p = m_canvas.painter();
    const bool rtl = m_canvas.isRightToLeft();
    // Every title at one size: a long one ("Демографические данные") wraps rather than shrinks.
    const QFont titleFont = m_canvas.font(titleSize(m_bodySize), QFont::Bold);
    const qreal th = titleBlockHeight(block, m_bodySize, rect.width());
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), titleHeight(m_bodySize));
    const qreal titleWidth = qMin(titleRoom(block, rect.width()),
                                  QFontMetricsF(titleFont, p.device()).horizontalAdvance(block.title));
    const QRectF titleText = rtl ? QRectF(rect.right() - titleWidth - 1, rect.top(), titleWidth + 1, th)
                                 : QRectF(rect.left(), rect.top(), titleWidth + 1, th);
    m_canvas.drawText(titleText, block.title, titleFont, ink);
    if (block.kind != CardBlock::Kind::Picture) // a picture illustrates; it claims nothing
        drawEvidenceTag(m_canvas, titleRect, titleWidth, block.evidence, ink);
    p.save();
    p.setPen(QPen(ink, 0.8));
    p.drawLine(QPointF(rect.left(), rect.top() + th - 3), QPointF(rect.right(), rect.top() + th - 3));
    p.restore();
    qreal y = rect.top() + th;
    const QFont body = m_canvas.font(m_bodySize);

    if (block.kind == CardBlock::Kind::Picture) {
        const qreal side = pictureSide(m_bodySize, rect.width());
        const QRectF target(rtl ? rect.right() - side : rect.left(), y, side, side);
        const QImage image = QImage::fromData(block.picture);
        p.save();
        QPainterPath clip;
        clip.addRoundedRect(target, 4, 4);
        p.setClipPath(clip, Qt::IntersectClip);
        if (image.isNull())
            p.fillRect(target, panelColor);
        else
            p.drawImage(target, image, AvatarPainter::centredSquare(image.size()));
        p.restore();
        return;
    }

    if (block.kind == CardBlock::Kind::Scale) {
        const QRectF track(rect.left() + 4, y + scaleTrack / 2 - 2, rect.width() - 8, 4);
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(panelColor);
        p.drawRoundedRect(track, 2, 2);
        const qreal share = block.scale / 100.0;
        const qreal x = rtl ? track.right() - share * track.width() : track.left() + share * track.width();
        p.setBrush(ink);
        p.drawEllipse(QPointF(x, track.center().y()), 4.5, 4.5);
        p.restore();
        const QFont small = m_canvas.font(qMax(bodyMin, m_bodySize - 1.5));
        const qreal half = rect.width() / 2 - 4;
        const QRectF leading = rtl ? QRectF(rect.right() - half, y + scaleTrack + 2, half, rect.bottom() - y)
                                   : QRectF(rect.left(), y + scaleTrack + 2, half, rect.bottom() - y);
        const QRectF trailing = rtl ? QRectF(rect.left(), leading.top(), half, leading.height())
                                    : QRectF(rect.right() - half, leading.top(), half, leading.height());
        m_canvas.drawText(leading, block.leftPole, small, mutedColor, CardCanvas::Align::Leading);
        m_canvas.drawText(trailing, block.rightPole, small, mutedColor, CardCanvas::Align::Trailing);
        return;
    }

    const bool bullets = block.kind == CardBlock::Kind::Bullets;
    const qreal indent = bullets ? bulletIndent : 0;
    QStringList lines = block.lines;
    if (block.hiddenLines > 0)
        lines << moreLine(block.hiddenLines);
    for (int i = 0; i < lines.size(); ++i) {
        const bool more = block.hiddenLines > 0 && i == lines.size() - 1;
        const QRectF textRect(rtl ? rect.left() : rect.left() + indent, y, rect.width() - indent,
                              qMax<qreal>(1, rect.bottom() - y));
        const qreal used = m_canvas.drawText(textRect, lines[i], body, more ? mutedColor : textColor);
        if (bullets && !more) {
            const qreal firstLine = QFontMetricsF(body, p.device()).height();
            p.save();
            p.setPen(Qt::NoPen);
            p.setBrush(ink);
            p.drawEllipse(QPointF(rtl ? rect.right() - 3.5 : rect.left() + 3.5, y + firstLine / 2), 1.8, 1.8);
            p.restore();
        }
        y += used + lineGap;
    }
}

} // namespace pw
