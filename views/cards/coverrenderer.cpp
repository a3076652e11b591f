// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverrenderer.h"

#include "figureguard.h"

#include "cardcanvas.h"
#include "cardrenderer.h"
#include "persona/personatemplate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace pw {

namespace {

const QColor textColor(0x1f, 0x29, 0x33);
const QColor mutedColor(0x5f, 0x6b, 0x7a);
const QColor bandColor(0x26, 0x32, 0x38);

/// The translation context of the texts in this file.
class Card
{
    Q_DECLARE_TR_FUNCTIONS(Card)
};

} // namespace

void CoverRenderer::paint(QPainter &painter, const QRectF &target, const CoverContent &content)
{
    const QSizeF size = CardRenderer::naturalSize();
    const qreal scale = qMin(target.width() / size.width(), target.height() / size.height());
    if (scale <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.center().x() - size.width() * scale / 2,
                      target.center().y() - size.height() * scale / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);

    const CardCanvas canvas(painter, size.width(), content.language == QLatin1String("he"));
    const QLocale locale(content.language);
    const qreal margin = 48;
    const qreal width = size.width() - 2 * margin;

    painter.fillRect(QRectF(0, 0, size.width(), 230), bandColor);
    canvas.drawText(canvas.place(QRectF(margin, 60, width, 56)), Card::tr("Buyer personas"),
                    canvas.font(40, QFont::Bold), Qt::white);
    const QRectF projectRect = canvas.place(QRectF(margin, 122, width, 40));
    canvas.drawText(projectRect, content.projectName,
                    canvas.fitFont(content.projectName, projectRect, 24, 12), QColor(0xcf, 0xd8, 0xdc));
    canvas.drawText(canvas.place(QRectF(margin, 176, width, 20)), locale.toString(content.date, QLocale::LongFormat),
                    canvas.font(12), QColor(0xcf, 0xd8, 0xdc));

    QStringList facts;
    facts << Card::tr("Personas: %1").arg(locale.toString(content.personas.size()));
    facts << Card::tr("People: %1").arg(locale.toString(content.peopleTotal));
    if (!content.dataPeriod.isEmpty())
        facts << QCoreApplication::translate("Deck", "Data period: %1").arg(content.dataPeriod);
    canvas.drawText(canvas.place(QRectF(margin, 256, width, 22)), facts.join(QStringLiteral("  ·  ")),
                    canvas.font(13, QFont::DemiBold), textColor);

    // The personas, one line each: swatch, name, archetype, shares.
    qreal y = 300;
    const qreal rowHeight = qMin<qreal>(40, 220.0 / qMax<qsizetype>(1, content.personas.size()));
    for (const Persona &persona : content.personas) {
        const QColor color = QColor::fromString(persona.color).isValid() ? QColor::fromString(persona.color)
                                                                          : QColor(mutedColor);
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(canvas.place(QRectF(margin, y + 4, 16, 16)));
        painter.restore();
        const QString name = persona.displayName(content.language);
        const QRectF nameRect = canvas.place(QRectF(margin + 28, y + 2, 330, rowHeight - 4));
        canvas.drawText(nameRect, name, canvas.fitFont(name, nameRect, 14, 8, QFont::Bold), textColor);
        const QString detail = persona.stats.invalid ? invalidFigure()
            : isSmallSegment(persona.stats, content.minSegment)
            ? Card::tr("%1 people").arg(fewerThan(locale, content.minSegment))
            : Card::tr("%1 of people, %2 of revenue")
                                   .arg(percent(locale, persona.stats.sharePeople), percent(locale, persona.stats.shareRevenue));
        const QRectF detailRect = canvas.place(QRectF(margin + 370, y + 4, width - 370, rowHeight - 4));
        canvas.drawText(detailRect, detail, canvas.fitFont(detail, detailRect, 11, 7), mutedColor);
        y += rowHeight;
    }

    canvas.drawText(canvas.place(QRectF(margin, size.height() - 40, width, 16)), QStringLiteral("Persona Workbench"),
                    canvas.font(9, QFont::Bold), mutedColor);
    painter.restore();
}

} // namespace pw
