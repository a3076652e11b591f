// SPDX-License-Identifier: GPL-3.0-or-later
#include "changerenderer.h"

#include "cardcanvas.h"
#include "figureguard.h"
#include "language.h"
#include "persona/personatemplate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pw {

namespace {

/// The translation context of the page's texts (shared with ChangeContent's).
class ChangePage
{
    Q_DECLARE_TR_FUNCTIONS(ChangePage)
};

const QColor outsideColor(0x90, 0xa4, 0xae);

bool isRtl(const ChangeContent &c)
{
    return c.language == QLatin1String("he");
}

/// The arrow from then to now in the reading direction.
QString readingArrow(bool rtl)
{
    return rtl ? QStringLiteral(" \u2190 ") : QStringLiteral(" \u2192 ");
}

QFontMetricsF metrics(const CardCanvas &canvas, const QFont &font)
{
    return QFontMetricsF(font, canvas.painter().device());
}

/// The largest font from `max` to `min` at which `text` fits one line of `width`; `text` is
/// elided at that size if it does not fit even at `min`.
QString fitLine(const CardCanvas &canvas, const QString &text, qreal width, qreal max, qreal min,
                QFont::Weight weight, QFont *font)
{
    qreal size = max;
    *font = canvas.font(size, weight);
    while (size > min && metrics(canvas, *font).horizontalAdvance(text) > width) {
        size = qMax(min, size - 0.25);
        *font = canvas.font(size, weight);
    }
    return metrics(canvas, *font).elidedText(text, Qt::ElideRight, width);
}

/// The largest font from `max` to `min` at which `text` wraps into `rect` without breaking a
/// word (a long Russian word shrinks the type rather than being cut).
QFont fitWords(const CardCanvas &canvas, const QString &text, const QRectF &rect, qreal max, qreal min,
               QFont::Weight weight = QFont::Normal)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qreal size = max; size > min; size -= 0.25) {
        const QFont f = canvas.font(size, weight);
        const QFontMetricsF m = metrics(canvas, f);
        bool fits = canvas.textHeight(text, f, rect.width()) <= rect.height();
        for (const QString &w : words)
            fits = fits && m.horizontalAdvance(w) <= rect.width();
        if (fits)
            return f;
    }
    return canvas.font(min, weight);
}

} // namespace

QString ChangeRenderer::columnLabel(const QString &key)
{
    if (key == QLatin1String("size"))
        return QCoreApplication::translate("Deck", "people");
    if (key == QLatin1String("share_people"))
        return QCoreApplication::translate("Deck", "share of people");
    if (key == QLatin1String("share_revenue"))
        return QCoreApplication::translate("Deck", "share of revenue");
    return figureName(key);
}

QString ChangeRenderer::personaTag(const PersonaThenNow &change)
{
    if (change.kind == PersonaThenNow::Kind::New)
        return ChangePage::tr("new persona");
    if (change.kind == PersonaThenNow::Kind::Gone)
        return ChangePage::tr("no longer a persona");
    if (!change.nameThen.isEmpty())
        return ChangePage::tr("was %1").arg(isolated(change.nameThen));
    return QString();
}

QStringList ChangeRenderer::cellLines(const ChangeContent &content, const PersonaThenNow &change, const QString &key)
{
    const QLocale locale(content.language);
    const bool gone = change.kind == PersonaThenNow::Kind::Gone;
    return {gone ? QStringLiteral("—") : content.valueText(change.now, key, locale),
            change.kind == PersonaThenNow::Kind::Kept ? content.deltaText(change, key, locale) : QString(),
            change.then ? ChangePage::tr("then %1").arg(content.valueText(change.then, key, locale)) : QString()};
}

QString ChangeRenderer::legend(const ChangeContent &content)
{
    return ChangePage::tr("Each figure now, its change and then. Segments and flows of fewer than %1 people show no "
                          "exact figures.")
        .arg(QLocale(content.language).toString(content.minSegment));
}

QString ChangeRenderer::thenHead(const ChangeContent &content)
{
    return ChangePage::tr("Then: %1").arg(runLabel(content.thenRun, QLocale(content.language)));
}

QString ChangeRenderer::nowHead(const ChangeContent &content)
{
    return ChangePage::tr("Now: %1").arg(runLabel(content.nowRun, QLocale(content.language)));
}

namespace {

/// A node of the flow diagram: a persona (its row) or outside the store (-1).
struct Node
{
    int index = -1;
    qint64 people = 0;
    qreal top = 0;
    qreal height = 0;
    qreal used = 0; ///< of the height, taken by the ribbons drawn so far
};

/// Heights proportional to the people, none under `minHeight`, together `available`.
void layoutNodes(QList<Node> &nodes, qreal top, qreal available, qreal gap, qreal minHeight)
{
    if (nodes.isEmpty())
        return;
    const qreal room = qMax<qreal>(0, available - gap * (nodes.size() - 1));
    qint64 total = 0;
    for (const Node &n : nodes)
        total += n.people;
    qreal scale = total > 0 ? room / total : 0;
    for (int round = 0; round < 6; ++round) {
        qint64 big = 0;
        int small = 0;
        for (const Node &n : nodes)
            if (n.people * scale < minHeight)
                ++small;
            else
                big += n.people;
        if (big == 0)
            break;
        scale = qMax<qreal>(0, room - small * minHeight) / big;
    }
    qreal y = top;
    for (Node &n : nodes) {
        n.top = y;
        n.height = qMax(minHeight, n.people * scale);
        y += n.height + gap;
    }
}

} // namespace

QString ChangeRenderer::title(const ChangeContent &content)
{
    if (content.sinceWorkshop)
        return ChangePage::tr("What changed since the last workshop");
    return ChangePage::tr("What changed since %1")
        .arg(QLocale(content.language).toString(ChangeContent::runDate(content.thenRun), QStringLiteral("d MMMM yyyy")));
}

QString ChangeRenderer::runLabel(const SegmentationRun &run, const QLocale &locale)
{
    return ChangePage::tr("Run %1 · %2")
        .arg(locale.toString(run.id), locale.toString(ChangeContent::runDate(run), QStringLiteral("d MMM yyyy")));
}

QString ChangeRenderer::subtitle(const ChangeContent &content, const QString &projectName)
{
    const QLocale locale(content.language);
    const QString runs = runLabel(content.thenRun, locale) + readingArrow(isRtl(content)) + runLabel(content.nowRun, locale);
    return isolated(projectName) + QStringLiteral(" · ") + runs + QStringLiteral(" · ")
        + ChangePage::tr("%1 people then, %2 now").arg(locale.toString(content.peopleThen), locale.toString(content.peopleNow));
}

QStringList ChangeRenderer::summary(const ChangeContent &content, int count)
{
    const QLocale locale(content.language);
    QStringList lines;
    qint64 stayed = 0;
    QList<ChangeFlow> moves;
    for (const ChangeFlow &f : content.flows) {
        if (f.from >= 0 && f.from == f.to)
            stayed += f.people;
        else if (f.from >= 0 && f.to >= 0)
            moves << f;
    }
    std::stable_sort(moves.begin(), moves.end(), [](const ChangeFlow &a, const ChangeFlow &b) { return a.people > b.people; });
    lines << ChangePage::tr("%1 people stayed with their persona.").arg(content.peopleText(stayed, locale));
    for (int i = 0; i < qMin(count, int(moves.size())); ++i)
        lines << ChangePage::tr("%1 went from %2 to %3.")
                     .arg(content.peopleText(moves[i].people, locale), isolated(content.personas[moves[i].from].name),
                          isolated(content.personas[moves[i].to].name));
    if (moves.isEmpty())
        lines << ChangePage::tr("Nobody moved from one persona to another.");
    lines << ChangePage::tr("%1 came into the store, %2 left it.")
                 .arg(content.peopleText(content.cameIn(), locale), content.peopleText(content.left(), locale));
    // "fewer than 10 went from …" opens a sentence.
    for (QString &line : lines)
        if (!line.isEmpty())
            line[0] = line[0].toUpper();
    return lines;
}

void ChangeRenderer::paint(QPainter &painter, const QRectF &target, const ChangeContent &content,
                           const QString &projectName, const PageTheme &theme)
{
    const QSizeF size = DeckPages::naturalSize();
    const PageFrame frame(painter, target, size, theme.ground);
    if (!frame.isValid())
        return;
    const CardCanvas canvas(painter, size.width(), isRtl(content));
    DeckPages::paintBand(canvas, size, title(content), subtitle(content, projectName), theme);

    const qreal margin = DeckPages::margin;
    const qreal top = DeckPages::bandHeight + 16;
    const qreal bottom = size.height() - 20;
    const qreal width = size.width() - 2 * margin;
    const qreal tableWidth = width * 0.6;
    const qreal gap = 22;
    paintTable(canvas, QRectF(margin, top, tableWidth, bottom - top), content, theme);

    const qreal x = margin + tableWidth + gap;
    const qreal flowWidth = width - tableWidth - gap;
    const qreal summaryHeight = 84;
    paintFlows(canvas, QRectF(x, top, flowWidth, bottom - top - summaryHeight - 8), content, theme);
    const QStringList lines = summary(content);
    qreal textSize = 9;
    const auto height = [&](qreal s) {
        qreal h = 0;
        for (const QString &line : lines)
            h += canvas.textHeight(line, canvas.font(s), flowWidth) + s * 0.25;
        return h;
    };
    while (textSize > 6 && height(textSize) > summaryHeight)
        textSize -= 0.25;
    qreal y = bottom - summaryHeight;
    for (const QString &line : lines) {
        const QRectF r = canvas.place(QRectF(x, y, flowWidth, qMax<qreal>(0, bottom - y)));
        y += canvas.drawText(r, line, canvas.font(textSize), theme.text) + textSize * 0.25;
    }
}

void ChangeRenderer::paintTable(const CardCanvas &canvas, const QRectF &area, const ChangeContent &content,
                                const PageTheme &theme)
{
    QPainter &painter = canvas.painter();
    const QStringList keys = ChangeContent::figureKeys();
    const qreal nameWidth = area.width() * 0.25;
    const qreal colWidth = (area.width() - nameWidth) / keys.size();
    const qreal headHeight = 30;
    const QString legendText = legend(content);
    const QRectF legendRect(area.left(), area.bottom() - 24, area.width(), 24);
    const int rows = int(content.personas.size());
    const qreal rowHeight = rows > 0 ? qMin<qreal>(58, (legendRect.top() - 6 - area.top() - headHeight) / rows) : 0;
    const qreal s = qMin<qreal>(1.1, rowHeight / 50); // the type shrinks with the rows

    for (int k = 0; k < keys.size(); ++k) {
        const QRectF r(area.left() + nameWidth + k * colWidth + 2, area.top(), colWidth - 4, headHeight - 4);
        const QString label = columnLabel(keys[k]);
        canvas.drawText(canvas.place(r), label, fitWords(canvas, label, r, 8.5, 5.5, QFont::Bold), theme.muted,
                        CardCanvas::Align::Center);
    }
    for (int i = 0; i < rows; ++i) {
        const PersonaThenNow &change = content.personas[i];
        const qreal y = area.top() + headHeight + i * rowHeight;
        painter.save();
        painter.setPen(Qt::NoPen);
        if (i % 2 == 0) {
            painter.setBrush(theme.panel);
            painter.drawRect(canvas.place(QRectF(area.left(), y, area.width(), rowHeight)));
        }
        painter.setBrush(change.color);
        painter.drawRect(canvas.place(QRectF(area.left(), y + 3, 4, rowHeight - 6)));
        painter.restore();

        const bool gone = change.kind == PersonaThenNow::Kind::Gone;
        const qreal inner = nameWidth - 14;
        const QString tag = personaTag(change);
        QFont tagFont;
        const QString shownTag = tag.isEmpty() ? QString()
                                               : fitLine(canvas, tag, inner, 8 * qMax<qreal>(s, 0.75), 6, QFont::Normal, &tagFont);
        tagFont.setItalic(true);
        const qreal tagHeight = tag.isEmpty() ? 0 : metrics(canvas, tagFont).height();
        // The name wrapped at words, shrinking (never cutting a word) down to 7 points; beyond
        // that on one line, elided.
        const QRectF nameArea(area.left() + 10, y + 2, inner, qMax<qreal>(8, rowHeight - 4 - tagHeight));
        QFont nameFont = fitWords(canvas, change.name, nameArea, 10.5 * qMax<qreal>(s, 0.7), 7, QFont::Bold);
        QString name = change.name;
        if (canvas.textHeight(name, nameFont, nameArea.width()) > nameArea.height())
            name = fitLine(canvas, change.name, inner, 7, 7, QFont::Bold, &nameFont);
        const qreal nameHeight = qMin(nameArea.height(), canvas.textHeight(name, nameFont, nameArea.width()));
        const qreal nameTop = y + qMax<qreal>(2, (rowHeight - nameHeight - tagHeight) / 2);
        canvas.drawText(canvas.place(QRectF(nameArea.left(), nameTop, inner, nameHeight + 1)), name, nameFont,
                        gone ? theme.muted : theme.text);
        if (!shownTag.isEmpty())
            canvas.drawText(canvas.place(QRectF(area.left() + 10, nameTop + nameHeight, inner, tagHeight + 1)), shownTag,
                            tagFont, theme.muted);

        for (int k = 0; k < keys.size(); ++k) {
            const QString &key = keys[k];
            const qreal x = area.left() + nameWidth + k * colWidth + 2;
            const qreal w = colWidth - 4;
            QFont valueFont, deltaFont, thenFont;
            const QStringList lines = cellLines(content, change, key);
            const QString value = fitLine(canvas, lines[0], w, 11 * s, qMin<qreal>(6, 11 * s), QFont::Bold, &valueFont);
            const QString delta = lines[1].isEmpty()
                ? QString()
                : fitLine(canvas, lines[1], w, 8.5 * s, qMin<qreal>(5.5, 8.5 * s), QFont::Bold, &deltaFont);
            const QString then = lines[2].isEmpty()
                ? QString()
                : fitLine(canvas, lines[2], w, 7.5 * s, qMin<qreal>(5, 7.5 * s), QFont::Normal, &thenFont);
            const qreal h1 = metrics(canvas, valueFont).height();
            const qreal h2 = delta.isEmpty() ? 0 : metrics(canvas, deltaFont).height();
            const qreal h3 = then.isEmpty() ? 0 : metrics(canvas, thenFont).height();
            qreal ty = y + qMax<qreal>(1, (rowHeight - h1 - h2 - h3) / 2);
            ty += canvas.drawText(canvas.place(QRectF(x, ty, w, h1 + 1)), value, valueFont, gone ? theme.muted : theme.text,
                                  CardCanvas::Align::Center);
            if (!delta.isEmpty())
                ty += canvas.drawText(canvas.place(QRectF(x, ty, w, h2 + 1)), delta, deltaFont, theme.text,
                                      CardCanvas::Align::Center);
            if (!then.isEmpty())
                canvas.drawText(canvas.place(QRectF(x, ty, w, h3 + 1)), then, thenFont, theme.muted,
                                CardCanvas::Align::Center);
        }
    }
    canvas.drawText(canvas.place(legendRect), legendText, fitWords(canvas, legendText, legendRect, 8, 5.5), theme.muted);
}

void ChangeRenderer::paintFlows(const CardCanvas &canvas, const QRectF &area, const ChangeContent &content,
                                const PageTheme &theme)
{
    QPainter &painter = canvas.painter();
    const QLocale locale(content.language);
    const auto mirrorX = [&canvas](qreal x) { return canvas.place(QRectF(x, 0, 0, 0)).x(); };

    // The columns' heads: the earlier run at the reading start, the later at its end.
    const qreal headHeight = 30;
    const qreal barWidth = 9;
    const qreal labelWidth = area.width() * 0.31;
    const qreal leftBar = area.left() + labelWidth + 4;
    const qreal rightBar = area.right() - labelWidth - 4 - barWidth;
    const QRectF thenRect(area.left(), area.top(), area.width() / 2 - 4, headHeight);
    const QRectF nowRect(area.left() + area.width() / 2 + 4, area.top(), area.width() / 2 - 4, headHeight);
    const QString thenText = thenHead(content);
    const QString nowText = nowHead(content);
    canvas.drawText(canvas.place(thenRect), thenText, fitWords(canvas, thenText, thenRect, 8.5, 5.5, QFont::Bold), theme.muted);
    canvas.drawText(canvas.place(nowRect), nowText, fitWords(canvas, nowText, nowRect, 8.5, 5.5, QFont::Bold), theme.muted,
                    CardCanvas::Align::Trailing);

    QList<Node> left, right;
    for (int i = 0; i < content.personas.size(); ++i) {
        Node from{i}, to{i};
        for (const ChangeFlow &f : content.flows) {
            if (f.from == i)
                from.people += f.people;
            if (f.to == i)
                to.people += f.people;
        }
        if (from.people > 0)
            left << from;
        if (to.people > 0)
            right << to;
    }
    if (content.cameIn() > 0)
        left << Node{-1, content.cameIn()};
    if (content.left() > 0)
        right << Node{-1, content.left()};
    if (left.isEmpty() && right.isEmpty()) {
        canvas.drawText(canvas.place(QRectF(area.left(), area.top() + headHeight + 10, area.width(), 30)),
                        ChangePage::tr("No people in either run"), canvas.font(10), theme.muted);
        return;
    }
    const qreal top = area.top() + headHeight + 4;
    const qreal available = area.bottom() - top;
    const qreal gap = qMin<qreal>(8, available * 0.3 / qMax<qsizetype>(1, qMax(left.size(), right.size())));
    layoutNodes(left, top, available, gap, 10);
    layoutNodes(right, top, available, gap, 10);
    const auto position = [](const QList<Node> &nodes, int index) {
        for (int n = 0; n < nodes.size(); ++n)
            if (nodes[n].index == index)
                return n;
        return int(nodes.size());
    };
    const auto colorOf = [&content](int index) {
        return index >= 0 ? content.personas[index].color : outsideColor;
    };

    // The ribbons: from each node of the earlier run in its order, to the later run's in theirs,
    // so that few cross; each end as wide as its share of its node.
    QList<ChangeFlow> flows = content.flows;
    std::stable_sort(flows.begin(), flows.end(), [&](const ChangeFlow &a, const ChangeFlow &b) {
        return std::make_pair(position(left, a.from), position(right, a.to))
            < std::make_pair(position(left, b.from), position(right, b.to));
    });
    QList<std::pair<const ChangeFlow *, qreal>> ends; // the flow and its top at the left node
    for (const ChangeFlow &f : std::as_const(flows)) {
        Node &from = left[position(left, f.from)];
        const qreal h = from.people > 0 ? from.height * f.people / from.people : 0;
        ends << std::make_pair(&f, from.top + from.used);
        from.used += h;
    }
    // At the later run's nodes the ribbons arrive in the order of the earlier run's nodes.
    QList<int> arrival(ends.size());
    for (int i = 0; i < ends.size(); ++i)
        arrival[i] = i;
    std::stable_sort(arrival.begin(), arrival.end(), [&](int a, int b) {
        return std::make_pair(position(right, ends[a].first->to), position(left, ends[a].first->from))
            < std::make_pair(position(right, ends[b].first->to), position(left, ends[b].first->from));
    });
    QList<qreal> rightTop(ends.size());
    for (const int i : std::as_const(arrival)) {
        Node &to = right[position(right, ends[i].first->to)];
        rightTop[i] = to.top + to.used;
        to.used += to.people > 0 ? to.height * ends[i].first->people / to.people : 0;
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < ends.size(); ++i) {
        const ChangeFlow &f = *ends[i].first;
        const Node &from = left[position(left, f.from)];
        const Node &to = right[position(right, f.to)];
        const qreal h1 = from.people > 0 ? from.height * f.people / from.people : 0;
        const qreal h2 = to.people > 0 ? to.height * f.people / to.people : 0;
        const qreal x1 = leftBar + barWidth, x2 = rightBar;
        const qreal mid = (x1 + x2) / 2;
        const qreal y1 = ends[i].second, y2 = rightTop[i];
        QPainterPath path(QPointF(mirrorX(x1), y1));
        path.cubicTo(QPointF(mirrorX(mid), y1), QPointF(mirrorX(mid), y2), QPointF(mirrorX(x2), y2));
        path.lineTo(QPointF(mirrorX(x2), y2 + h2));
        path.cubicTo(QPointF(mirrorX(mid), y2 + h2), QPointF(mirrorX(mid), y1 + h1), QPointF(mirrorX(x1), y1 + h1));
        path.closeSubpath();
        QColor c = f.from >= 0 ? colorOf(f.from) : colorOf(-1);
        c.setAlpha(f.from >= 0 && f.from == f.to ? 150 : 95);
        painter.setBrush(c);
        painter.drawPath(path);
    }
    // The nodes, and their names and people beside them, outwards.
    for (const bool earlier : {true, false}) {
        const QList<Node> &nodes = earlier ? left : right;
        for (const Node &n : nodes) {
            painter.setBrush(colorOf(n.index));
            painter.drawRect(canvas.place(QRectF(earlier ? leftBar : rightBar, n.top, barWidth, n.height)));
            const QString name = n.index >= 0 ? content.personas[n.index].name
                : earlier                      ? ChangePage::tr("came into the store")
                                               : ChangePage::tr("left the store");
            const QString people = content.peopleText(n.people, locale);
            const qreal lx = earlier ? area.left() : rightBar + barWidth + 4;
            const qreal lw = labelWidth;
            const CardCanvas::Align align = earlier ? CardCanvas::Align::Trailing : CardCanvas::Align::Leading;
            const qreal size = qBound<qreal>(6, n.height * 0.45, 8);
            QFont nameFont;
            const QFont peopleFont = canvas.font(size, QFont::Bold);
            const qreal lineHeight = metrics(canvas, peopleFont).height();
            const bool twoLines = n.height >= 2 * lineHeight;
            const qreal textTop = n.top + n.height / 2 - lineHeight / 2;
            if (twoLines) {
                // The name on two lines where the node is tall enough and one does not hold it.
                QString shown = name;
                nameFont = canvas.font(size);
                const bool wrap = n.height >= 3 * lineHeight && metrics(canvas, nameFont).horizontalAdvance(name) > lw;
                qreal nameHeight = lineHeight;
                if (wrap) {
                    nameFont = fitWords(canvas, name, QRectF(0, 0, lw, 2 * lineHeight), size, 6);
                    nameHeight = qMin(2 * lineHeight, canvas.textHeight(name, nameFont, lw));
                    if (canvas.textHeight(name, nameFont, lw) > 2 * lineHeight + 0.5) {
                        shown = fitLine(canvas, name, lw, 6, 6, QFont::Normal, &nameFont);
                        nameHeight = lineHeight;
                    }
                } else {
                    shown = fitLine(canvas, name, lw, size, 6, QFont::Normal, &nameFont);
                }
                const qreal blockTop = n.top + n.height / 2 - (nameHeight + lineHeight) / 2;
                canvas.drawText(canvas.place(QRectF(lx, blockTop, lw, nameHeight + 1)), shown, nameFont,
                                n.index >= 0 ? theme.text : theme.muted, align);
                canvas.drawText(canvas.place(QRectF(lx, blockTop + nameHeight, lw, lineHeight + 1)), people, peopleFont,
                                theme.text, align);
            } else {
                const qreal peopleWidth = metrics(canvas, peopleFont).horizontalAdvance(people + QStringLiteral("  "));
                const QString shown = fitLine(canvas, name, qMax<qreal>(10, lw - peopleWidth), size, 6, QFont::Normal, &nameFont);
                const QString line = isolated(shown) + QStringLiteral("  ") + people;
                canvas.drawText(canvas.place(QRectF(lx, textTop, lw, lineHeight + 1)), line, nameFont,
                                n.index >= 0 ? theme.text : theme.muted, align);
            }
        }
    }
    painter.restore();
}

} // namespace pw
