// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardrenderer.h"

#include "avatarpainter.h"
#include "cardbody.h"
#include "cardcanvas.h"
#include "figureguard.h"
#include "funnelpainter.h"
#include "language.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

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
constexpr qreal funnelTop = 462;
constexpr qreal funnelHeight = 84;
constexpr qreal footerTop = 560;

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
    return AvatarPainter::personaColor(persona);
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

/// The first section of `type` in the persona's template, or null.
const TemplateSection *firstOf(const Persona &persona, SectionType type)
{
    for (const TemplateSection &s : persona.effectiveTemplate().sections)
        if (s.type == type)
            return &s;
    return nullptr;
}

void drawHeader(const CardCanvas &canvas, const Persona &persona, const CardContext &context,
                const QColor &color)
{
    QPainter &p = canvas.painter();
    p.fillRect(QRectF(0, 0, cardWidth, headerHeight), color);
    const QColor onColor = isLight(color) ? textColor : QColor(Qt::white);

    const QString name = persona.displayName(context.language);
    const bool hasAvatar = firstOf(persona, SectionType::Image) != nullptr;
    if (hasAvatar)
        AvatarPainter::paint(p, canvas.place(QRectF(margin, 27, 96, 96)), persona, name, onColor);

    const qreal textLeft = hasAvatar ? margin + 96 + 22 : margin;
    const qreal textWidth = cardWidth - textLeft - margin;
    const QRectF nameRect = canvas.place(QRectF(textLeft, 22, textWidth, 38));
    const QFont nameFont = canvas.fitFont(name, nameRect, 28, 15, QFont::Bold);
    canvas.drawText(nameRect, name, nameFont, onColor);

    const QString archetype = Card::tr("Archetype: %1").arg(persona.archetypeName(context.language));
    const QRectF archetypeRect = canvas.place(QRectF(textLeft, 62, textWidth, 18));
    canvas.drawText(archetypeRect, archetype, canvas.fitFont(archetype, archetypeRect, 12, 8), onColor);

    const TemplateSection *quoteSection = firstOf(persona, SectionType::Quote);
    const QStringList quote = quoteSection ? persona.lines(*quoteSection, context.language) : QStringList();
    const QString quoteText = quote.isEmpty() || quote.first().isEmpty()
        ? QString()
        : QLocale(context.language).quoteString(quote.join(QLatin1Char(' ')));
    if (!quoteText.isEmpty()) {
        const QRectF quoteRect = canvas.place(QRectF(textLeft, 86, textWidth - 70, 56));
        canvas.drawText(quoteRect, quoteText, canvas.fitFont(quoteText, quoteRect, 14, 6, QFont::Normal, true),
                        onColor);
        // The quote's evidence, at the trailing end of the band.
        const QRectF tagRow = canvas.place(QRectF(cardWidth - margin - 62, 128, 62, 14));
        drawEvidenceTag(canvas, tagRow, 0, persona.evidenceOf(*quoteSection), inkColor(color), Qt::white);
    }
}

void drawFigures(const CardCanvas &canvas, const Persona &persona, const TemplateSection &section,
                 const QLocale &locale, const QColor &ink, int minSegment)
{
    QList<QPair<QString, QString>> figures;
    for (const QString &key : section.figures)
        figures.append({guardedFigureValue(persona.stats, key, locale, minSegment), figureName(key)});
    const QFont titleFont = canvas.font(8.5, QFont::Bold);
    const QString title = section.displayTitle();
    const QRectF titleRect = canvas.place(QRectF(margin, figuresTop - 2, 400, 14));
    canvas.drawText(titleRect, title, titleFont, ink);
    drawEvidenceTag(canvas, titleRect, QFontMetricsF(titleFont, canvas.painter().device()).horizontalAdvance(title),
                    Evidence::Data, ink);
    if (figures.isEmpty())
        return;
    QPainter &p = canvas.painter();
    const qreal gap = 8;
    const qreal top = figuresTop + 14;
    const qreal height = figuresHeight - 12;
    // A mix ("Web 62% · Mobile app 30% · Store 8%") gets a wider box than a single number.
    auto weight = [&](int i) { return isMixFigure(section.figures[i]) ? 2.4 : 1.0; };
    qreal weights = 0;
    for (int i = 0; i < figures.size(); ++i)
        weights += weight(i);
    const qreal unit = (cardWidth - 2 * margin - gap * (figures.size() - 1)) / weights;
    qreal left = margin;
    for (int i = 0; i < figures.size(); ++i) {
        const qreal boxWidth = unit * weight(i);
        const QRectF box = canvas.place(QRectF(left, top, boxWidth, height));
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(panelColor);
        p.drawRoundedRect(box, 5, 5);
        p.setBrush(ink);
        p.drawRect(canvas.place(QRectF(left, top + 6, 3, height - 12)));
        p.restore();
        left += boxWidth + gap;
        const QRectF inner = box.adjusted(10, 4, -8, -3);
        const bool mix = isMixFigure(section.figures[i]);
        canvas.drawText(QRectF(inner.left(), inner.top(), inner.width(), 21), figures[i].first,
                        canvas.fitFont(figures[i].first, QRectF(0, 0, inner.width(), 21), mix ? 10 : 16, mix ? 5.5 : 8,
                                       mix ? QFont::DemiBold : QFont::Bold),
                        textColor);
        const QRectF labelRect(inner.left(), inner.top() + 21, inner.width(), inner.height() - 21);
        canvas.drawText(labelRect, figures[i].second, canvas.fitFont(figures[i].second, labelRect, 8.5, 5),
                        mutedColor);
    }
}

void drawFunnel(const CardCanvas &canvas, const Funnel &funnel, const QLocale &locale, const QColor &color,
                const QString &title)
{
    QPainter &p = canvas.painter();
    const QFont titleFont = canvas.font(9, QFont::Bold);
    const QRectF titleRect = canvas.place(QRectF(margin, funnelTop - 18, 400, 14));
    canvas.drawText(titleRect, title, titleFont, inkColor(color));
    drawEvidenceTag(canvas, titleRect, QFontMetricsF(titleFont, p.device()).horizontalAdvance(title), Evidence::Data,
                    inkColor(color));
    // The funnel in the design of the app's chart: centred bars, figures on them, drop-offs.
    FunnelPainter::Options options;
    options.fontSize = 7.5;
    FunnelPainter::paint(canvas, QRectF(margin, funnelTop, cardWidth - 2 * margin, funnelHeight), funnel, color, locale,
                         options);
}

void drawFooter(const CardCanvas &canvas, const CardContext &context, const QLocale &locale)
{
    QPainter &p = canvas.painter();
    p.setPen(QPen(QColor(0xd5, 0xd9, 0xde), 0.8));
    p.drawLine(QPointF(margin, footerTop), QPointF(cardWidth - margin, footerTop));
    QStringList parts;
    // The figures' population: the people segmented, which after an import are not the data's.
    if (context.peopleTotal > 0)
        parts << Card::tr("%1 people segmented").arg(locale.toString(context.peopleTotal));
    if (context.dataChanged)
        parts << Card::tr("personas from earlier data");
    if (!context.dataPeriod.isEmpty())
        parts << Card::tr("data period %1").arg(context.dataPeriod);
    if (!context.projectName.isEmpty())
        parts << Card::tr("project %1").arg(isolated(context.projectName));
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
    const TemplateSection *figures = firstOf(persona, SectionType::Figures);
    if (figures)
        drawFigures(canvas, persona, *figures, locale, ink, context.minSegment);
    const TemplateSection *journey = firstOf(persona, SectionType::Journey);
    const bool hasFunnel = journey && context.funnel && !context.funnel->stages.isEmpty();
    const qreal top = figures ? sectionsTop : figuresTop;
    const qreal bottom = hasFunnel ? funnelTop - 30 : footerTop - 12;
    const CardBody body(canvas, CardBody::blocks(persona, context.language),
                        QRectF(margin, top, cardWidth - 2 * margin, bottom - top));
    body.draw(ink);
    if (hasFunnel)
        drawFunnel(canvas, *context.funnel, locale, color, journey->displayTitle());
    drawFooter(canvas, context, locale);
    painter.restore();
}

} // namespace pw
