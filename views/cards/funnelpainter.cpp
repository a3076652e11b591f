// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelpainter.h"

#include "cardcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace pw {

namespace {

/// The translation context of the texts in this file.
class CardFunnel
{
    Q_DECLARE_TR_FUNCTIONS(CardFunnel)
};

const QColor noDataColor(0xc9, 0xcd, 0xd3);

bool isDark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.55;
}

/// What the bars are shares of (Funnel::base()).
qreal firstMeasured(const Funnel &funnel)
{
    return qreal(funnel.base());
}

QString figures(const Funnel &funnel, int i, const QLocale &locale)
{
    const FunnelStage &s = funnel.stages[i];
    if (!s.measured)
        return CardFunnel::tr("no data");
    const qreal first = firstMeasured(funnel);
    return locale.toString(s.people) + QStringLiteral(" · ") + FunnelPainter::percentText(locale, first > 0 ? s.people / first : 0);
}

QString dropOff(const Funnel &funnel, int i, const QLocale &locale)
{
    const auto d = funnel.dropOffToNext(i);
    if (!d)
        return QString();
    if (*d < 0) // more people in the next stage (advocates who are not retained, say)
        return CardFunnel::tr("▲ %1 more").arg(FunnelPainter::percentText(locale, -*d));
    return CardFunnel::tr("▼ %1 lost").arg(FunnelPainter::percentText(locale, *d));
}

} // namespace

QString FunnelPainter::percentText(const QLocale &locale, double share)
{
    const double percent = qMax(0.0, share) * 100.0;
    if (percent > 0 && percent < 0.05)
        return QStringLiteral("<") + locale.toString(0.1, 'f', 1) + locale.percent();
    if (percent < 100 && percent >= 99.95)
        return QStringLiteral(">") + locale.toString(99.9, 'f', 1) + locale.percent();
    return locale.toString(percent, 'f', 1) + locale.percent();
}

QStringList FunnelPainter::texts(const Funnel &funnel, const QLocale &locale)
{
    QStringList list;
    for (int i = 0; i < funnel.stages.size(); ++i) {
        list << figures(funnel, i, locale);
        const QString d = dropOff(funnel, i, locale);
        if (!d.isEmpty())
            list << d;
    }
    return list;
}

void FunnelPainter::paint(const CardCanvas &canvas, const QRectF &rect, const Funnel &funnel, const QColor &color,
                          const QLocale &locale, const Options &options)
{
    const int n = int(funnel.stages.size());
    if (n == 0 || rect.isEmpty())
        return;
    QPainter &p = canvas.painter();
    const qreal rowHeight = rect.height() / n;
    const qreal nameWidth = options.stageNames ? qMin<qreal>(120, rect.width() * 0.2) : 0;
    const qreal barHeight = qMin(rowHeight * 0.62, options.fontSize * 2.6);
    // The drop-offs stand in the gap between two bars when it is tall enough, else in a column
    // on the trailing side.
    const qreal dropFontSize = options.fontSize * 0.9;
    const bool dropInGap = rowHeight - barHeight >= dropFontSize * 2.2;
    const qreal dropWidth = dropInGap ? 0 : qMax<qreal>(44, rect.width() * 0.14);
    const QRectF bars(rect.left() + nameWidth, rect.top(), rect.width() - nameWidth - dropWidth, rect.height());
    const qreal first = firstMeasured(funnel);
    const bool masked = !options.masked.isEmpty();
    const QFont figureFont = canvas.font(qMin(options.fontSize, barHeight * 0.72), QFont::DemiBold);
    const QFont smallFont = canvas.font(qMin(dropFontSize, rowHeight * 0.42));
    const QFontMetricsF metrics(figureFont, p.device());

    for (int i = 0; i < n; ++i) {
        const FunnelStage &stage = funnel.stages[i];
        const qreal y = rect.top() + i * rowHeight;
        const qreal barTop = y + (rowHeight - barHeight) / 2;
        if (options.stageNames) {
            const QString name = journeyStageName(stage.key);
            const QRectF nameRect(rect.left(), y, nameWidth - 4, rowHeight);
            const QFont nameFont = canvas.fitFont(name, nameRect, options.fontSize, 5.5, QFont::Bold);
            const qreal h = QFontMetricsF(nameFont, p.device()).height();
            canvas.drawText(canvas.place(QRectF(nameRect.left(), y + (rowHeight - h) / 2, nameRect.width(), h + 1)), name,
                            nameFont, options.text);
        }
        const QString text = masked ? options.masked : figures(funnel, i, locale);
        const qreal textWidth = metrics.horizontalAdvance(text) + 8;
        const qreal textHeight = metrics.height();
        p.save();
        if (!stage.measured) {
            // The whole width, hatched: the data cannot say how many people reached this stage.
            const QRectF bar = canvas.place(QRectF(bars.left(), barTop, bars.width(), barHeight));
            p.setPen(QPen(noDataColor.darker(115), 0.6));
            p.setBrush(QColor(0xf3, 0xf4, 0xf6));
            p.drawRect(bar);
            p.setBrush(QBrush(noDataColor, Qt::BDiagPattern));
            p.drawRect(bar);
            p.restore();
            canvas.drawText(canvas.place(QRectF(bars.left(), barTop + (barHeight - textHeight) / 2, bars.width(),
                                                textHeight + 1)),
                            text, figureFont, QColor(0x5f, 0x6b, 0x7a), CardCanvas::Align::Center);
            continue;
        }
        const qreal share = first > 0 ? qreal(stage.people) / first : 0;
        const qreal width = masked ? bars.width() : qMax<qreal>(1.5, bars.width() * qMin<qreal>(1, share));
        const QRectF barLtr(bars.center().x() - width / 2, barTop, width, barHeight);
        const QRectF bar = canvas.place(barLtr);
        if (masked) {
            p.setPen(QPen(color, 0.8));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        }
        p.drawRect(bar);
        p.restore();
        const qreal textTop = barTop + (barHeight - textHeight) / 2;
        if (masked || textWidth <= width) {
            const QColor onBar = masked ? options.text : isDark(color) ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x33);
            canvas.drawText(canvas.place(QRectF(barLtr.left(), textTop, barLtr.width(), textHeight + 1)), text,
                            figureFont, onBar, CardCanvas::Align::Center);
        } else {
            // Too narrow for its figures: they stand beside the bar, on its trailing side.
            const QRectF beside(barLtr.right() + 3, textTop, rect.right() - barLtr.right() - 3, textHeight + 1);
            canvas.drawText(canvas.place(beside), text, canvas.fitFont(text, beside, qMin(options.fontSize, barHeight * 0.72), 5,
                                                                       QFont::DemiBold),
                            options.text, CardCanvas::Align::Leading);
        }
    }
    if (masked)
        return;
    // The drop-off between two rows, on the trailing side, with a small connector.
    for (int i = 0; i + 1 < n; ++i) {
        const QString d = dropOff(funnel, i, locale);
        if (d.isEmpty())
            continue;
        const qreal boundary = rect.top() + (i + 1) * rowHeight;
        const qreal h = QFontMetricsF(smallFont, p.device()).height();
        if (dropInGap) {
            const QRectF gapRect(bars.left(), boundary - h / 2, bars.width(), h + 1);
            canvas.drawText(canvas.place(gapRect), d, smallFont, options.muted,
                            CardCanvas::Align::Center);
            continue;
        }
        const QRectF dropRect(bars.right() + 4, boundary - h / 2, dropWidth - 4, h + 1);
        p.save();
        p.setPen(QPen(QColor(0xd5, 0xd9, 0xde), 0.6));
        const QRectF line = canvas.place(QRectF(bars.center().x(), boundary, bars.width() / 2 + 2, 0));
        p.drawLine(line.topLeft(), line.topRight());
        p.restore();
        canvas.drawText(canvas.place(dropRect), d, canvas.fitFont(d, dropRect, options.fontSize * 0.9, 5),
                        options.muted, CardCanvas::Align::Leading);
    }
}

} // namespace pw
