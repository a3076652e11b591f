// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardrenderer.h"

#include "cardcanvas.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace pw {

namespace {

constexpr qreal cardWidth = 841.89;  // A4 landscape, points
constexpr qreal cardHeight = 595.28;
constexpr qreal margin = 24;
constexpr qreal headerHeight = 150;
constexpr qreal figuresTop = 164;
constexpr qreal figuresHeight = 58;
constexpr qreal sectionsTop = 236;
constexpr qreal funnelTop = 486;
constexpr qreal funnelHeight = 56;
constexpr qreal footerTop = 560;
constexpr qreal columnGap = 16;
constexpr qreal bodyMax = 10.5;
constexpr qreal bodyMin = 7;

const QColor textColor(0x1f, 0x29, 0x33);
const QColor mutedColor(0x5f, 0x6b, 0x7a);
const QColor panelColor(0xf3, 0xf4, 0xf6);

/// The translation context of the texts in this file.
class Card
{
    Q_DECLARE_TR_FUNCTIONS(Card)
};

QColor personaColor(const Persona &persona)
{
    const QColor c = QColor::fromString(persona.color);
    return c.isValid() ? c : QColor(0x45, 0x5a, 0x64);
}

/// A colour for text or lines on white: the persona colour, darkened if it is too light.
QColor inkColor(const QColor &c)
{
    return c.lightness() > 150 ? c.darker(170) : c;
}

bool isLight(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() > 0.62;
}

QString initials(const QString &name)
{
    QString result;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetter())
            result += word.at(0).toUpper();
        if (result.size() == 2)
            break;
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QString percent(const QLocale &locale, double share)
{
    return locale.toString(share * 100.0, 'f', share < 0.1 && share > 0 ? 1 : 0) + QLatin1Char('%');
}

/// One titled list on the card.
struct SectionBlock
{
    QString title;
    QStringList lines;
    bool suggestion = false;
};

constexpr qreal titleHeight = 18;
constexpr qreal sectionGap = 12;
constexpr qreal bulletIndent = 11;
constexpr qreal lineGap = 3;

qreal blockHeight(const CardCanvas &canvas, const SectionBlock &block, const QFont &body, qreal width)
{
    qreal h = titleHeight;
    for (const QString &line : block.lines)
        h += canvas.textHeight(line, body, width - bulletIndent) + lineGap;
    return h;
}

qreal columnHeight(const CardCanvas &canvas, const QList<SectionBlock> &blocks, const QFont &body, qreal width)
{
    qreal h = 0;
    for (const SectionBlock &b : blocks)
        h += blockHeight(canvas, b, body, width) + sectionGap;
    return h - sectionGap;
}

void drawSuggestedTag(const CardCanvas &canvas, const QRectF &titleRect, qreal titleWidth)
{
    QPainter &p = canvas.painter();
    const QString label = Card::tr("suggested");
    const QFont f = canvas.font(6.5, QFont::DemiBold);
    const qreal w = QFontMetricsF(f, p.device()).horizontalAdvance(label) + 10;
    const qreal x = canvas.isRightToLeft() ? titleRect.right() - titleWidth - 8 - w
                                           : titleRect.left() + titleWidth + 8;
    const QRectF tag(x, titleRect.top() + 2, w, 11);
    p.save();
    p.setPen(QPen(mutedColor, 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(tag, 5.5, 5.5);
    p.restore();
    canvas.drawText(tag.adjusted(0, 1.2, 0, 0), label, f, mutedColor, CardCanvas::Align::Center);
}

void drawColumn(const CardCanvas &canvas, const QRectF &rect, const QList<SectionBlock> &blocks,
                const QFont &body, const QColor &ink)
{
    QPainter &p = canvas.painter();
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);
    const QFont titleFont = canvas.font(10, QFont::Bold);
    const bool rtl = canvas.isRightToLeft();
    qreal y = rect.top();
    for (const SectionBlock &block : blocks) {
        const QRectF titleRect(rect.left(), y, rect.width(), titleHeight);
        canvas.drawText(titleRect, block.title, titleFont, ink);
        const qreal titleWidth = QFontMetricsF(titleFont, p.device()).horizontalAdvance(block.title);
        if (block.suggestion)
            drawSuggestedTag(canvas, titleRect, titleWidth);
        p.setPen(QPen(ink, 0.8));
        p.drawLine(QPointF(rect.left(), y + titleHeight - 3), QPointF(rect.right(), y + titleHeight - 3));
        y += titleHeight;
        for (const QString &line : block.lines) {
            const qreal bulletX = rtl ? rect.right() - 3.5 : rect.left() + 3.5;
            const QRectF textRect(rtl ? rect.left() : rect.left() + bulletIndent, y,
                                  rect.width() - bulletIndent, rect.bottom() - y);
            if (textRect.height() <= 0)
                break;
            const qreal used = canvas.drawText(textRect, line, body, textColor);
            const qreal firstLine = QFontMetricsF(body, p.device()).height();
            p.setPen(Qt::NoPen);
            p.setBrush(ink);
            p.drawEllipse(QPointF(bulletX, y + firstLine / 2), 1.8, 1.8);
            y += used + lineGap;
        }
        y += sectionGap;
    }
    p.restore();
}

void drawHeader(const CardCanvas &canvas, const Persona &persona, const CardContext &context,
                const QColor &color)
{
    QPainter &p = canvas.painter();
    p.fillRect(QRectF(0, 0, cardWidth, headerHeight), color);
    const QColor onColor = isLight(color) ? textColor : QColor(Qt::white);

    const QString name = persona.displayName(context.language);
    const QRectF avatar = canvas.place(QRectF(margin, 27, 96, 96));
    p.save();
    p.setPen(QPen(onColor, 3));
    p.setBrush(color.darker(135));
    p.drawEllipse(avatar);
    p.restore();
    const QFont initialsFont = canvas.font(34, QFont::Bold);
    const qreal ih = canvas.textHeight(initials(name), initialsFont, avatar.width());
    canvas.drawText(QRectF(avatar.left(), avatar.center().y() - ih / 2, avatar.width(), ih),
                    initials(name), initialsFont, Qt::white, CardCanvas::Align::Center);

    const qreal textLeft = margin + 96 + 22;
    const qreal textWidth = cardWidth - textLeft - margin;
    const QRectF nameRect = canvas.place(QRectF(textLeft, 22, textWidth, 38));
    const QFont nameFont = canvas.fitFont(name, nameRect, 28, 15, QFont::Bold);
    canvas.drawText(nameRect, name, nameFont, onColor);

    const QString archetype = Card::tr("Archetype: %1").arg(persona.archetypeName(context.language));
    const QRectF archetypeRect = canvas.place(QRectF(textLeft, 62, textWidth, 18));
    canvas.drawText(archetypeRect, archetype, canvas.fitFont(archetype, archetypeRect, 12, 8), onColor);

    const QStringList quote = persona.section(Section::Quote, context.language);
    const QString quoteText = quote.isEmpty() || quote.first().isEmpty()
        ? QString()
        : QLocale(context.language).quoteString(quote.first());
    if (!quoteText.isEmpty()) {
        const QRectF quoteRect = canvas.place(QRectF(textLeft, 88, textWidth, 50));
        canvas.drawText(quoteRect, quoteText, canvas.fitFont(quoteText, quoteRect, 14, 8.5, QFont::Normal, true),
                        onColor);
    }
}

void drawFigures(const CardCanvas &canvas, const Persona &persona, const QLocale &locale, const QColor &ink)
{
    const PersonaStats &s = persona.stats;
    // Figures about orders mean nothing for a segment that never ordered: a dash, not a zero.
    const bool buyers = s.ordersPerPerson > 0;
    const QString none = QStringLiteral("—");
    const QList<QPair<QString, QString>> figures = {
        {percent(locale, s.sharePeople), Card::tr("of people")},
        {percent(locale, s.shareRevenue), Card::tr("of revenue")},
        {locale.toString(s.size), Card::tr("people")},
        {buyers ? locale.toString(s.averageOrderValue, 'f', s.averageOrderValue >= 100 ? 0 : 2) : none,
         Card::tr("average order value")},
        {buyers ? locale.toString(s.ordersPerPerson, 'f', 2) : none, Card::tr("orders per person")},
        {buyers ? percent(locale, s.discountShare) : none, Card::tr("orders with a discount")},
    };
    QPainter &p = canvas.painter();
    const qreal gap = 8;
    const qreal boxWidth = (cardWidth - 2 * margin - gap * (figures.size() - 1)) / figures.size();
    for (int i = 0; i < figures.size(); ++i) {
        const QRectF box = canvas.place(QRectF(margin + i * (boxWidth + gap), figuresTop, boxWidth, figuresHeight));
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(panelColor);
        p.drawRoundedRect(box, 5, 5);
        p.setBrush(ink);
        p.drawRect(canvas.place(QRectF(margin + i * (boxWidth + gap), figuresTop + 6, 3, figuresHeight - 12)));
        p.restore();
        const QRectF inner = box.adjusted(10, 6, -8, -4);
        canvas.drawText(QRectF(inner.left(), inner.top(), inner.width(), 24), figures[i].first,
                        canvas.fitFont(figures[i].first, QRectF(0, 0, inner.width(), 24), 17, 10, QFont::Bold),
                        textColor);
        const QRectF labelRect(inner.left(), inner.top() + 25, inner.width(), inner.height() - 25);
        canvas.drawText(labelRect, figures[i].second, canvas.fitFont(figures[i].second, labelRect, 8.5, 6),
                        mutedColor);
    }
}

void drawFunnel(const CardCanvas &canvas, const Funnel &funnel, const QLocale &locale, const QColor &color)
{
    QPainter &p = canvas.painter();
    const QFont titleFont = canvas.font(9, QFont::Bold);
    canvas.drawText(canvas.place(QRectF(margin, funnelTop - 16, 300, 14)), Card::tr("Customer journey"), titleFont,
                    inkColor(color));
    const int n = int(funnel.stages.size());
    if (n == 0)
        return;
    const qreal top = funnel.stages.first().people;
    const qreal width = (cardWidth - 2 * margin) / n;
    const qreal tip = 10;
    const bool rtl = canvas.isRightToLeft();
    for (int i = 0; i < n; ++i) {
        const FunnelStage &stage = funnel.stages[i];
        const double share = top > 0 ? stage.people / top : 0;
        const QRectF r = canvas.place(QRectF(margin + i * width, funnelTop, width - 2, funnelHeight));
        // A chevron pointing along the reading direction.
        QPolygonF shape;
        if (!rtl)
            shape << r.topLeft() << QPointF(r.right() - tip, r.top()) << QPointF(r.right(), r.center().y())
                  << QPointF(r.right() - tip, r.bottom()) << r.bottomLeft()
                  << QPointF(r.left() + (i > 0 ? tip : 0), r.center().y());
        else
            shape << r.topRight() << QPointF(r.left() + tip, r.top()) << QPointF(r.left(), r.center().y())
                  << QPointF(r.left() + tip, r.bottom()) << r.bottomRight()
                  << QPointF(r.right() - (i > 0 ? tip : 0), r.center().y());
        QColor fill = color;
        fill.setAlphaF(0.22 + 0.78 * share);
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(Qt::white));
        p.drawPolygon(shape);
        p.setBrush(fill);
        p.drawPolygon(shape);
        p.restore();
        const bool dark = fill.alphaF() > 0.55 && !isLight(color);
        const QColor ink = dark ? QColor(Qt::white) : textColor;
        const QRectF inner = r.adjusted(tip + 4, 7, -(tip + 2), -4);
        const QString name = journeyStageName(stage.key);
        canvas.drawText(QRectF(inner.left(), inner.top(), inner.width(), 20), name,
                        canvas.fitFont(name, QRectF(0, 0, inner.width(), 14), 9, 6.5, QFont::Bold), ink,
                        CardCanvas::Align::Center);
        const QString figures = locale.toString(stage.people) + QStringLiteral(" · ") + percent(locale, share);
        canvas.drawText(QRectF(inner.left(), inner.top() + 22, inner.width(), 20), figures,
                        canvas.fitFont(figures, QRectF(0, 0, inner.width(), 14), 9, 6.5), ink,
                        CardCanvas::Align::Center);
    }
}

void drawFooter(const CardCanvas &canvas, const CardContext &context, const QLocale &locale)
{
    QPainter &p = canvas.painter();
    p.setPen(QPen(QColor(0xd5, 0xd9, 0xde), 0.8));
    p.drawLine(QPointF(margin, footerTop), QPointF(cardWidth - margin, footerTop));
    QStringList parts;
    if (context.peopleTotal > 0)
        parts << Card::tr("%1 people in the data").arg(locale.toString(context.peopleTotal));
    if (!context.dataPeriod.isEmpty())
        parts << Card::tr("data period %1").arg(context.dataPeriod);
    if (!context.projectName.isEmpty())
        parts << Card::tr("project %1").arg(context.projectName);
    const QFont f = canvas.font(7.5);
    const QString left = parts.join(QStringLiteral("  ·  "));
    canvas.drawText(canvas.place(QRectF(margin, footerTop + 9, 620, 14)), left, f, mutedColor);
    canvas.drawText(canvas.place(QRectF(cardWidth - margin - 160, footerTop + 9, 160, 14)),
                    QStringLiteral("Persona Workbench"), canvas.font(7.5, QFont::Bold), mutedColor,
                    CardCanvas::Align::Trailing);
}

} // namespace

QSizeF CardRenderer::naturalSize()
{
    return QSizeF(cardWidth, cardHeight);
}

void CardRenderer::paint(QPainter &painter, const QRectF &target, const Persona &persona,
                         const CardContext &context)
{
    const qreal scale = qMin(target.width() / cardWidth, target.height() / cardHeight);
    if (scale <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(target.center().x() - cardWidth * scale / 2, target.center().y() - cardHeight * scale / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(0, 0, cardWidth, cardHeight), Qt::IntersectClip);
    painter.fillRect(QRectF(0, 0, cardWidth, cardHeight), Qt::white);

    const bool rtl = context.language == QLatin1String("he");
    const CardCanvas canvas(painter, cardWidth, rtl);
    const QLocale locale(context.language);
    const QColor color = personaColor(persona);
    const QColor ink = inkColor(color);

    drawHeader(canvas, persona, context, color);
    drawFigures(canvas, persona, locale, ink);

    auto block = [&](const QString &key, const char *title) {
        return SectionBlock{Card::tr(title), persona.section(key, context.language), persona.isSuggestion(key)};
    };
    const QList<QList<SectionBlock>> columns = {
        {block(Section::Goals, QT_TRANSLATE_NOOP("Card", "Goals")), block(Section::Motivations, QT_TRANSLATE_NOOP("Card", "Motivations"))},
        {block(Section::PainPoints, QT_TRANSLATE_NOOP("Card", "Pain points")), block(Section::Frustrations, QT_TRANSLATE_NOOP("Card", "Frustrations"))},
        {block(Section::Channels, QT_TRANSLATE_NOOP("Card", "Channels")), block(Section::Tactics, QT_TRANSLATE_NOOP("Card", "What to do"))},
    };
    const bool hasFunnel = context.funnel && !context.funnel->stages.isEmpty();
    const qreal sectionsBottom = hasFunnel ? funnelTop - 26 : footerTop - 12;
    const qreal columnWidth = (cardWidth - 2 * margin - 2 * columnGap) / 3;
    const qreal available = sectionsBottom - sectionsTop;

    // One body size for the whole card: the largest at which every column fits.
    QFont body = canvas.font(bodyMin);
    for (qreal size = bodyMax; size >= bodyMin; size -= 0.5) {
        const QFont candidate = canvas.font(size);
        bool fits = true;
        for (const QList<SectionBlock> &column : columns)
            fits = fits && columnHeight(canvas, column, candidate, columnWidth) <= available;
        if (fits) {
            body = candidate;
            break;
        }
    }
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF rect = canvas.place(
            QRectF(margin + i * (columnWidth + columnGap), sectionsTop, columnWidth, available));
        drawColumn(canvas, rect, columns[i], body, ink);
    }
    if (hasFunnel)
        drawFunnel(canvas, *context.funnel, locale, color);
    drawFooter(canvas, context, locale);
    painter.restore();
}

} // namespace pw
