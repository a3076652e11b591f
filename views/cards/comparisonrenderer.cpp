// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonrenderer.h"

#include "figureguard.h"

#include "avatarpainter.h"
#include "cardbody.h"
#include "cardcanvas.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace pw {

namespace {

constexpr qreal pageWidth = 841.89;
constexpr qreal pageHeight = 595.28;
constexpr qreal margin = 24;
constexpr qreal labelWidth = 120;
constexpr qreal headTop = 52;
constexpr qreal headHeight = 64;
constexpr qreal cellPad = 5;
constexpr qreal tagRow = 13;

const QColor textColor(0x1f, 0x29, 0x33);
const QColor mutedColor(0x5f, 0x6b, 0x7a);
const QColor ruleColor(0xd5, 0xd9, 0xde);

const QString figuresKey = QStringLiteral("comparison/figures");
const QString sectionsKey = QStringLiteral("comparison/sections");

using Cell = ComparisonCell;
using Row = ComparisonRow;

QString cellText(const Cell &cell)
{
    QStringList lines = cell.lines;
    if (cell.hidden > 0)
        lines << QCoreApplication::translate("Card", "… and %n more", nullptr, cell.hidden);
    return lines.join(QChar::LineSeparator); // QTextLayout breaks lines only at a line separator
}

qreal cellHeight(const CardCanvas &canvas, const Cell &cell, const QFont &font, qreal width)
{
    return (cell.hasEvidence ? tagRow : 0) + canvas.textHeight(cellText(cell), font, width - 2 * cellPad) + 2 * cellPad;
}

qreal rowHeight(const CardCanvas &canvas, const Row &row, const QFont &font, qreal width)
{
    qreal h = canvas.textHeight(row.title, canvas.font(8, QFont::Bold), labelWidth - cellPad)
        + 2 * cellPad;
    for (const Cell &c : row.cells)
        h = qMax(h, cellHeight(canvas, c, font, width));
    return h;
}

QList<Row> buildRows(const ComparisonContent &content)
{
    QList<Row> rows;
    const QLocale locale(content.language);
    for (const QString &key : content.figures) {
        Row row{figureName(key), {}};
        for (const Persona &p : content.personas)
            row.cells << Cell{{p.runId > 0 ? guardedFigureValue(p.stats, key, locale, content.minSegment) : QStringLiteral("—")}, false,
                              Evidence::Data, 0};
        rows << row;
    }
    for (const QString &key : content.sections) {
        Row row;
        for (const Persona &p : content.personas) {
            const TemplateSection *s = p.effectiveTemplate().find(key);
            if (s && row.title.isEmpty())
                row.title = s->displayTitle();
            Cell cell;
            if (s && s->type == SectionType::Scale && p.fields.contains(key)) {
                cell.lines << QStringLiteral("%1 ← %2 → %3").arg(s->displayLeftPole()).arg(p.scale(key)).arg(s->displayRightPole());
            } else if (s && isTextType(s->type)) {
                for (const QString &line : p.lines(*s, content.language))
                    if (!line.trimmed().isEmpty())
                        cell.lines << (s->type == SectionType::BulletList || s->type == SectionType::Tactics
                                           ? QStringLiteral("• ") + line
                                           : line);
            }
            if (cell.lines.isEmpty()) {
                cell.lines << QStringLiteral("—");
            } else {
                cell.hasEvidence = true;
                cell.evidence = p.evidenceOf(*s);
            }
            row.cells << cell;
        }
        if (row.title.isEmpty())
            row.title = key;
        rows << row;
    }
    return rows;
}

} // namespace

QStringList ComparisonContent::defaultFigures()
{
    return {QStringLiteral("share_people"), QStringLiteral("share_revenue"), QStringLiteral("average_order_value"),
            QStringLiteral("orders_per_person"), QStringLiteral("discount_share")};
}

QStringList ComparisonContent::defaultSections()
{
    return {QStringLiteral("goals"), QStringLiteral("frustrations"), QStringLiteral("tactics")};
}

ComparisonContent ComparisonContent::fromProject(Project &project, const QList<Persona> &personas,
                                                 const QString &language)
{
    ComparisonContent c;
    c.language = language;
    c.personas = personas;
    const QVariant figures = project.setting(figuresKey);
    const QVariant sections = project.setting(sectionsKey);
    c.figures = figures.isValid() ? figures.toString().split(QLatin1Char(','), Qt::SkipEmptyParts) : defaultFigures();
    c.sections = sections.isValid() ? sections.toString().split(QLatin1Char(','), Qt::SkipEmptyParts) : defaultSections();
    return c;
}

bool ComparisonContent::storeChoice(Project &project, const QStringList &figures, const QStringList &sections)
{
    return project.setSetting(figuresKey, figures.join(QLatin1Char(',')))
        && project.setSetting(sectionsKey, sections.join(QLatin1Char(',')));
}

QList<ComparisonRow> ComparisonRenderer::rows(const ComparisonContent &content)
{
    return buildRows(content);
}

QSizeF ComparisonRenderer::naturalSize()
{
    return QSizeF(pageWidth, pageHeight);
}

void ComparisonRenderer::paint(QPainter &painter, const QRectF &target, const ComparisonContent &content)
{
    const qreal scale = qMin(target.width() / pageWidth, target.height() / pageHeight);
    if (scale <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.center().x() - pageWidth * scale / 2, target.center().y() - pageHeight * scale / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(0, 0, pageWidth, pageHeight), Qt::IntersectClip);
    painter.fillRect(QRectF(0, 0, pageWidth, pageHeight), Qt::white);
    const bool rtl = content.language == QLatin1String("he");
    const CardCanvas canvas(painter, pageWidth, rtl);

    const QString title = QCoreApplication::translate("Comparison", "The personas side by side");
    canvas.drawText(canvas.place(QRectF(margin, 16, pageWidth - 2 * margin, 28)), title, canvas.font(18, QFont::Bold),
                    textColor);
    const int n = int(content.personas.size());
    if (n == 0) {
        painter.restore();
        return;
    }
    const qreal columnWidth = (pageWidth - 2 * margin - labelWidth) / n;
    for (int i = 0; i < n; ++i) {
        const Persona &p = content.personas[i];
        const QColor color = AvatarPainter::personaColor(p);
        const QColor on = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF() > 0.62 ? textColor
                                                                                                          : QColor(Qt::white);
        const QRectF band = canvas.place(QRectF(margin + labelWidth + i * columnWidth + 1, headTop, columnWidth - 2, headHeight));
        painter.fillRect(band, color);
        const qreal avatar = qMin<qreal>(40, columnWidth / 3);
        const QRectF avatarRect = canvas.place(QRectF(margin + labelWidth + i * columnWidth + 7, headTop + 8, avatar, avatar));
        const QString name = p.displayName(content.language);
        AvatarPainter::paint(painter, avatarRect, p, name, on);
        const QRectF nameRect = canvas.place(QRectF(margin + labelWidth + i * columnWidth + 12 + avatar, headTop + 6,
                                                    columnWidth - avatar - 18, 34));
        canvas.drawText(nameRect, name, canvas.fitFont(name, nameRect, 12, 6, QFont::Bold), on);
        const QString archetype = p.archetypeName(content.language);
        const QRectF archetypeRect = canvas.place(QRectF(margin + labelWidth + i * columnWidth + 7, headTop + 48,
                                                         columnWidth - 14, 14));
        canvas.drawText(archetypeRect, archetype, canvas.fitFont(archetype, archetypeRect, 8, 5), on);
    }

    QList<Row> rows = buildRows(content);
    const qreal top = headTop + headHeight + 6;
    const qreal available = pageHeight - margin - top;
    auto total = [&](const QFont &font) {
        qreal h = 0;
        for (const Row &r : std::as_const(rows))
            h += rowHeight(canvas, r, font, columnWidth);
        return h;
    };
    qreal size = 9.5;
    while (size > 5 && total(canvas.font(size)) > available)
        size -= 0.5;
    QFont font = canvas.font(size);
    // Beyond the smallest size, leave out whole lines of the longest cell and count them.
    for (int guard = 0; guard < 10000 && total(font) > available; ++guard) {
        Cell *longest = nullptr;
        for (Row &r : rows)
            for (Cell &c : r.cells)
                if (c.lines.size() > 1 && (!longest || c.lines.size() > longest->lines.size()))
                    longest = &c;
        if (!longest)
            break;
        longest->lines.removeLast();
        ++longest->hidden;
    }

    qreal y = top;
    const QFont labelFont = canvas.font(8, QFont::Bold);
    for (const Row &row : std::as_const(rows)) {
        const qreal h = rowHeight(canvas, row, font, columnWidth);
        painter.setPen(QPen(ruleColor, 0.6));
        painter.drawLine(QPointF(margin, y), QPointF(pageWidth - margin, y));
        canvas.drawText(canvas.place(QRectF(margin, y + cellPad, labelWidth - cellPad, h - cellPad)), row.title,
                        labelFont, mutedColor);
        for (int i = 0; i < row.cells.size(); ++i) {
            const Cell &cell = row.cells[i];
            const QRectF cellRect = canvas.place(QRectF(margin + labelWidth + i * columnWidth + cellPad, y + cellPad,
                                                        columnWidth - 2 * cellPad, h - 2 * cellPad));
            qreal textTop = cellRect.top();
            if (cell.hasEvidence) {
                drawEvidenceTag(canvas, QRectF(cellRect.left(), cellRect.top() - 1, cellRect.width(), 14), -8,
                                cell.evidence, AvatarPainter::personaColor(content.personas[i]).darker(120));
                textTop += tagRow;
            }
            canvas.drawText(QRectF(cellRect.left(), textTop, cellRect.width(), cellRect.bottom() - textTop + 1),
                            cellText(cell), font, textColor);
        }
        y += h;
    }
    painter.restore();
}

} // namespace pw
