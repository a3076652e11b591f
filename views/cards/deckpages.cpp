// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckpages.h"

#include "analysis/featurecatalog.h"
#include "avatarpainter.h"
#include "cardcanvas.h"
#include "changerenderer.h"
#include "cardrenderer.h"
#include "coverrenderer.h"
#include "figureguard.h"
#include "funnelpainter.h"
#include "language.h"
#include "persona/personatemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace pw {

namespace {

constexpr qreal margin = DeckPages::margin;
constexpr qreal bandHeight = DeckPages::bandHeight;

/// The translation context of the texts in this file.
class Deck
{
    Q_DECLARE_TR_FUNCTIONS(Deck)
};


/// The page's title band: a title and a subtitle (the project).
void drawBand(const CardCanvas &canvas, const QSizeF &size, const QString &title, const QString &subtitle,
              const PageTheme &theme)
{
    canvas.painter().fillRect(QRectF(0, 0, size.width(), bandHeight), theme.band);
    const qreal width = size.width() - 2 * margin;
    const QRectF titleRect = canvas.place(QRectF(margin, 16, width, 34));
    canvas.drawText(titleRect, title, canvas.fitFont(title, titleRect, 26, 12, QFont::Bold), Qt::white);
    const QRectF subRect = canvas.place(QRectF(margin, 50, width, 18));
    canvas.drawText(subRect, subtitle, canvas.fitFont(subtitle, subRect, 11, 7), QColor(0xcf, 0xd8, 0xdc));
}

/// A horizontal bar of `share` (0..1) in `color` on the theme's panel, from the reading start.
void drawBar(const CardCanvas &canvas, const QRectF &rect, double share, const QColor &color, const PageTheme &theme)
{
    QPainter &p = canvas.painter();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(theme.panel);
    const QRectF placed = canvas.place(rect);
    p.drawRoundedRect(placed, rect.height() / 2, rect.height() / 2);
    const qreal w = rect.width() * qBound(0.0, share, 1.0);
    if (w > 0.5) {
        p.setBrush(color);
        p.drawRoundedRect(canvas.place(QRectF(rect.left(), rect.top(), w, rect.height())), rect.height() / 2,
                          rect.height() / 2);
    }
    p.restore();
}

/// Headed paragraphs drawn one after the other in `area` at the largest size that fits.
struct TextColumn
{
    struct Item
    {
        QString text;
        bool heading = false;
    };
    QList<Item> items;

    void heading(const QString &text) { items << Item{text, true}; }
    void line(const QString &text) { items << Item{text, false}; }

    qreal height(const CardCanvas &canvas, qreal size, qreal width) const
    {
        qreal h = 0;
        for (const Item &item : items)
            h += canvas.textHeight(item.text, canvas.font(item.heading ? size * 1.15 : size,
                                                          item.heading ? QFont::Bold : QFont::Normal),
                                   width)
                + (item.heading ? size * 0.3 : size * 0.25) + (item.heading && h > 0 ? size * 0.6 : 0);
        return h;
    }

    void draw(const CardCanvas &canvas, const QRectF &area, const PageTheme &theme) const
    {
        qreal size = 11;
        while (size > 5.5 && height(canvas, size, area.width()) > area.height())
            size -= 0.25;
        qreal y = area.top();
        for (const Item &item : items) {
            if (item.heading && y > area.top())
                y += size * 0.6;
            const QFont f = canvas.font(item.heading ? size * 1.15 : size, item.heading ? QFont::Bold : QFont::Normal);
            const QRectF r = canvas.place(QRectF(area.left(), y, area.width(), qMax<qreal>(0, area.bottom() - y)));
            y += canvas.drawText(r, item.text, f, item.heading ? theme.text : theme.muted)
                + (item.heading ? size * 0.3 : size * 0.25);
        }
    }
};

QString figureDefinition(const QString &key)
{
    if (key == QLatin1String("share_people"))
        return Deck::tr("the segment's people as a share of everyone clustered");
    if (key == QLatin1String("share_revenue"))
        return Deck::tr("the segment's net revenue as a share of the store's net revenue (see revenue)");
    if (key == QLatin1String("size"))
        return Deck::tr("people in the segment");
    if (key == QLatin1String("revenue"))
        return Deck::tr("the segment's purchase totals less refunds and credit notes; cancelled, refunded, voided and failed orders left out");
    if (key == QLatin1String("average_order_value"))
        return Deck::tr("purchase totals divided by the number of purchases (cancelled, refunded, voided and failed orders left out)");
    if (key == QLatin1String("orders_per_person"))
        return Deck::tr("purchases (orders not cancelled, refunded, voided or failed) divided by the segment's people");
    if (key == QLatin1String("recency_days"))
        return Deck::tr("mean days from a buyer's last order to the end of the data");
    if (key == QLatin1String("discount_share"))
        return Deck::tr("share of orders with a discount or coupon");
    if (key == QLatin1String("cart_abandonment"))
        return Deck::tr("share of carts that ended without a purchase");
    if (key == QLatin1String("confidence"))
        return Deck::tr("how well the archetype fits the segment's profile, 0 to 100%");
    if (key == QLatin1String("channel_mix"))
        return Deck::tr("the segment's orders by sales channel (else by device, else its sessions by traffic source), "
                        "the three largest shares");
    if (key == QLatin1String("top_categories"))
        return Deck::tr("the segment's revenue by product category, the three largest shares");
    return QString();
}

/// The features' names in `language` ("Days since last order", "Bounce rates"), not their keys.
QStringList featureNames(const QStringList &keys, const QString &language, const QHash<QString, QString> &labels)
{
    QStringList names;
    for (const QString &key : keys)
        names << FeatureCatalog::instance().name(key, language, labels);
    return names;
}

/// The rule of a journey stage in words, e.g. "an order, or 2 events: view, cart".
QString describeRule(const StageRule &rule, const QLocale &locale)
{
    QStringList parts;
    if (rule.usesEvents()) {
        const QString types = rule.anyEvent() ? Deck::tr("any event") : rule.eventTypes.join(QStringLiteral(", "));
        parts << (rule.minEvents > 1 ? Deck::tr("%1 or more events (%2)").arg(locale.toString(rule.minEvents), types)
                                     : Deck::tr("an event (%1)").arg(types));
    }
    if (rule.usesOrders())
        parts << (rule.minOrders > 1 ? Deck::tr("%1 or more orders").arg(locale.toString(rule.minOrders)) : Deck::tr("an order"));
    if (rule.minRating > 0)
        parts << Deck::tr("a review rated %1 or more").arg(locale.toString(rule.minRating));
    if (rule.minNps >= 0)
        parts << Deck::tr("an NPS of %1 or more").arg(locale.toString(rule.minNps));
    if (parts.isEmpty())
        return Deck::tr("not measured");
    return Deck::tr("people with %1").arg(parts.join(Deck::tr(", or ")));
}

} // namespace

PageTheme PageTheme::dark()
{
    PageTheme t;
    t.ground = QColor(0x12, 0x17, 0x1c);
    t.text = QColor(0xf1, 0xf3, 0xf5);
    t.muted = QColor(0xb0, 0xbb, 0xc5);
    t.panel = QColor(0x2a, 0x33, 0x3c);
    t.band = QColor(0x0b, 0x0f, 0x13);
    return t;
}

QSizeF DeckPages::naturalSize()
{
    return CardRenderer::naturalSize();
}

QList<DeckPage> DeckPages::all(const DeckContent &content, const PageTheme &theme)
{
    QList<DeckPage> pages;
    const DeckContent *c = &content;
    pages << DeckPage{Deck::tr("Cover"), [c](QPainter &p, const QRectF &r) {
                          CoverContent cover;
                          cover.language = c->language;
                          cover.projectName = c->projectName;
                          cover.date = c->date;
                          cover.peopleTotal = c->peopleTotal;
                          cover.dataPeriod = c->dataPeriod;
                          cover.personas = c->personas;
                          cover.minSegment = c->minSegment;
                          CoverRenderer::paint(p, r, cover);
                      }};
    pages << DeckPage{Deck::tr("Overview"),
                      [c, theme](QPainter &p, const QRectF &r) { paintOverview(p, r, *c, theme); }};
    if (content.changes)
        pages << DeckPage{ChangeRenderer::title(*content.changes), [c, theme](QPainter &p, const QRectF &r) {
                              ChangeRenderer::paint(p, r, *c->changes, c->projectName, theme);
                          }};
    for (int i = 0; i < content.personas.size(); ++i)
        pages << DeckPage{content.personas[i].displayName(content.language), [c, i](QPainter &p, const QRectF &r) {
                              CardContext context;
                              context.language = c->language;
                              context.projectName = c->projectName;
                              context.peopleTotal = c->run ? c->run->people : 0;
                              context.dataChanged = c->segmentationOutdated;
                              context.dataPeriod = c->dataPeriod;
                              context.minSegment = c->minSegment;
                              if (!isSmallSegment(c->personas[i].stats, c->minSegment))
                                  context.funnel = c->funnels.value(i);
                              CardRenderer::paint(p, r, c->personas[i], context);
                          }};
    if (!content.personas.isEmpty())
        pages << DeckPage{Deck::tr("Journey funnels"),
                          [c, theme](QPainter &p, const QRectF &r) { paintFunnels(p, r, *c, theme); }};
    if (content.personas.size() > 1)
        pages << DeckPage{Deck::tr("Comparison"), [c](QPainter &p, const QRectF &r) {
                              ComparisonRenderer::paint(p, r, c->comparison);
                          }};
    pages << DeckPage{Deck::tr("About the data"),
                      [c, theme](QPainter &p, const QRectF &r) { paintDataPage(p, r, *c, theme); }};
    return pages;
}

int DeckPages::firstCardPage(const DeckContent &content)
{
    return content.changes ? 3 : 2;
}

void DeckPages::paintBand(const CardCanvas &canvas, const QSizeF &size, const QString &title, const QString &subtitle,
                          const PageTheme &theme)
{
    drawBand(canvas, size, title, subtitle, theme);
}

void DeckPages::paintOverview(QPainter &painter, const QRectF &target, const DeckContent &content,
                              const PageTheme &theme)
{
    const QSizeF size = naturalSize();
    const PageFrame frame(painter, target, size, theme.ground);
    if (!frame.isValid())
        return;
    const CardCanvas canvas(painter, size.width(), content.language == QLatin1String("he"));
    const QLocale locale(content.language);
    drawBand(canvas, size, Deck::tr("Overview"),
             Deck::tr("%1 · %2 personas · %3 people").arg(isolated(content.projectName), locale.toString(content.personas.size()),
                                                          locale.toString(content.peopleTotal)),
             theme);
    const int n = int(content.personas.size());
    if (n == 0) {
        canvas.drawText(canvas.place(QRectF(margin, 120, size.width() - 2 * margin, 30)),
                        Deck::tr("No personas yet"), canvas.font(16), theme.muted);
        return;
    }
    const qreal gap = 14;
    const qreal top = bandHeight + 22;
    const qreal bottom = size.height() - 26;
    const qreal colWidth = (size.width() - 2 * margin - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const Persona &persona = content.personas[i];
        const QColor color = AvatarPainter::personaColor(persona);
        const bool small = isSmallSegment(persona.stats, content.minSegment);
        const qreal x = margin + i * (colWidth + gap);
        const qreal inner = colWidth - 24;
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.panel);
        painter.drawRoundedRect(canvas.place(QRectF(x, top, colWidth, bottom - top)), 8, 8);
        painter.setBrush(color);
        painter.drawRect(canvas.place(QRectF(x, top, colWidth, 7)));
        painter.restore();
        const QString name = persona.displayName(content.language);
        const qreal avatar = qMin<qreal>(84, inner * 0.6);
        AvatarPainter::paint(painter, canvas.place(QRectF(x + (colWidth - avatar) / 2, top + 22, avatar, avatar)),
                             persona, name, color);
        qreal y = top + 22 + avatar + 12;
        const QRectF nameRect = canvas.place(QRectF(x + 12, y, inner, 44));
        canvas.drawText(nameRect, name, canvas.fitFont(name, nameRect, 17, 8, QFont::Bold), theme.text,
                        CardCanvas::Align::Center);
        y += 46;
        const QString archetype = persona.archetypeName(content.language);
        if (archetype != name) { // a generated name is the archetype's: say it once
            const QRectF archRect = canvas.place(QRectF(x + 12, y, inner, 28));
            canvas.drawText(archRect, archetype, canvas.fitFont(archetype, archRect, 10.5, 6.5), theme.muted,
                            CardCanvas::Align::Center);
        }
        y += 36;
        const QString people = small ? fewerThan(locale, content.minSegment) : locale.toString(persona.stats.size);
        const QRectF peopleRect = canvas.place(QRectF(x + 12, y, inner, 36));
        canvas.drawText(peopleRect, people, canvas.fitFont(people, peopleRect, 28, 10, QFont::Bold), theme.text,
                        CardCanvas::Align::Center);
        y += 36;
        canvas.drawText(canvas.place(QRectF(x + 12, y, inner, 16)), Deck::tr("people"), canvas.font(9.5), theme.muted,
                        CardCanvas::Align::Center);
        y += 30;
        const QList<QPair<QString, double>> shares = {{Deck::tr("share of people"), persona.stats.sharePeople},
                                                      {Deck::tr("share of revenue"), persona.stats.shareRevenue}};
        for (const auto &[label, share] : shares) {
            const QString value = small ? QStringLiteral("—") : percent(locale, share);
            canvas.drawText(canvas.place(QRectF(x + 12, y, inner * 0.62, 16)), label,
                            canvas.fitFont(label, QRectF(0, 0, inner * 0.62, 16), 9.5, 6), theme.muted);
            canvas.drawText(canvas.place(QRectF(x + 12 + inner * 0.62, y - 3, inner * 0.38, 20)), value,
                            canvas.font(13, QFont::Bold), theme.text, CardCanvas::Align::Trailing);
            y += 19;
            drawBar(canvas, QRectF(x + 12, y, inner, 8), small || std::isnan(share) ? 0.0 : share, color, theme);
            y += 22;
        }
        // Two figures of buying behaviour, then the persona's quote in the space left.
        for (const QString &key : {QStringLiteral("average_order_value"), QStringLiteral("orders_per_person")}) {
            const QString label = figureName(key);
            const QString value = guardedFigureValue(persona.stats, key, locale, content.minSegment);
            canvas.drawText(canvas.place(QRectF(x + 12, y, inner * 0.62, 16)), label,
                            canvas.fitFont(label, QRectF(0, 0, inner * 0.62, 16), 9.5, 6), theme.muted);
            canvas.drawText(canvas.place(QRectF(x + 12 + inner * 0.62, y - 3, inner * 0.38, 20)), value,
                            canvas.fitFont(value, QRectF(0, 0, inner * 0.38, 20), 13, 7, QFont::Bold), theme.text,
                            CardCanvas::Align::Trailing);
            y += 24;
        }
        const QStringList quote = persona.section(Section::Quote, content.language);
        const QString quoteText = quote.isEmpty() || quote.first().isEmpty()
            ? QString()
            : locale.quoteString(quote.join(QLatin1Char(' ')));
        if (!quoteText.isEmpty() && bottom - 12 - (y + 8) > 20) {
            const QRectF quoteRect = canvas.place(QRectF(x + 12, y + 8, inner, bottom - 12 - (y + 8)));
            canvas.drawText(quoteRect, quoteText, canvas.fitFont(quoteText, quoteRect, 12, 6.5, QFont::Normal, true),
                            theme.text, CardCanvas::Align::Center);
        }
    }
}

void DeckPages::paintFunnels(QPainter &painter, const QRectF &target, const DeckContent &content,
                             const PageTheme &theme)
{
    const QSizeF size = naturalSize();
    const PageFrame frame(painter, target, size, theme.ground);
    if (!frame.isValid())
        return;
    const CardCanvas canvas(painter, size.width(), content.language == QLatin1String("he"));
    const QLocale locale(content.language);
    drawBand(canvas, size, Deck::tr("Journey funnels"),
             Deck::tr("People per stage, as a share of each persona's first measured stage"), theme);
    const QStringList stages = journeyStageKeys();
    const int n = int(content.personas.size());
    if (n == 0)
        return;
    const qreal labelWidth = 130;
    const qreal gap = 10;
    const qreal top = bandHeight + 18;
    const qreal headHeight = 40;
    const qreal colWidth = (size.width() - 2 * margin - labelWidth - gap * n) / n;
    const qreal rowHeight = (size.height() - 26 - top - headHeight) / stages.size();
    for (int i = 0; i < n; ++i) {
        const Persona &persona = content.personas[i];
        const QColor color = AvatarPainter::personaColor(persona);
        const qreal x = margin + labelWidth + gap + i * (colWidth + gap);
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(canvas.place(QRectF(x, top + 6, 12, 12)));
        painter.restore();
        const QString name = persona.displayName(content.language);
        const QRectF nameRect = canvas.place(QRectF(x + 18, top, colWidth - 18, headHeight - 4));
        canvas.drawText(nameRect, name, canvas.fitFont(name, nameRect, 13, 6.5, QFont::Bold), theme.text);

        // The persona's funnel in the design of the app's chart (the stage names stand in the
        // page's first column); a persona without funnels shows every stage as "no data".
        Funnel funnel;
        if (const std::optional<Funnel> &computed = content.funnels.value(i))
            funnel = *computed;
        if (funnel.stages.size() != stages.size()) {
            funnel.stages.clear();
            for (const QString &key : stages)
                funnel.stages << FunnelStage{key, 0, false};
        }
        FunnelPainter::Options options;
        options.stageNames = false;
        options.fontSize = 10;
        options.text = theme.text;
        options.muted = theme.muted;
        if (isSmallSegment(persona.stats, content.minSegment))
            options.masked = fewerThan(locale, content.minSegment);
        FunnelPainter::paint(canvas, QRectF(x, top + headHeight, colWidth, rowHeight * stages.size()), funnel, color,
                             locale, options);
    }
    for (int s = 0; s < stages.size(); ++s) {
        const qreal y = top + headHeight + s * rowHeight;
        const QString stageName = journeyStageName(stages[s]);
        const QRectF r = canvas.place(QRectF(margin, y + rowHeight * 0.3, labelWidth, rowHeight * 0.5));
        canvas.drawText(r, stageName, canvas.fitFont(stageName, r, 12, 7, QFont::Bold), theme.text);
    }
}

QList<DeckPages::DataLine> DeckPages::dataColumn(const DeckContent &content, int column)
{
    const QLocale locale(content.language);
    const auto heading = [](const QString &text) { return DataLine{text, true}; };
    const auto line = [](const QString &text) { return DataLine{text, false}; };
    QList<DataLine> left;
    QList<DataLine> right;
    left << heading(Deck::tr("The data"));
    left << line(Deck::tr("Data period: %1").arg(content.dataPeriod.isEmpty() ? QStringLiteral("—") : content.dataPeriod));
    left << line(Deck::tr("People in the data: %1").arg(locale.toString(content.peopleTotal)));
    left << line(Deck::tr("Personas: %1").arg(locale.toString(content.personas.size())));
    left << line(Deck::tr("Segments of fewer than %1 people show no exact figures. The deck holds aggregates only.")
                  .arg(locale.toString(content.minSegment)));
    left << heading(Deck::tr("Sources"));
    if (content.imports.isEmpty())
        left << line(Deck::tr("No imports recorded"));
    for (const ImportRecord &imp : content.imports)
        left << line(Deck::tr("%1 (%2, %3): %4 rows imported, %5")
                      .arg(QFileInfo(imp.file).fileName(), imp.format, imp.entity, locale.toString(imp.rowsImported),
                           imp.importedAt.date().toString(Qt::ISODate)));
    left << heading(Deck::tr("Segmentation"));
    if (!content.run) {
        left << line(Deck::tr("No segmentation run yet"));
    } else {
        const SegmentationRun &run = *content.run;
        const QString k = QString::number(run.k);
        left << line(Deck::tr("Run of %1: %2 segments over %3 people")
                      .arg(QDateTime::fromSecsSinceEpoch(run.createdAt, Qt::UTC).date().toString(Qt::ISODate),
                           locale.toString(run.k), locale.toString(run.people)));
        const QJsonValue silhouette = run.scores.value(QStringLiteral("silhouette")).toObject().value(k);
        if (silhouette.isDouble())
            left << line(Deck::tr("Silhouette: %1 (from -1 to 1; higher means better separated segments)")
                          .arg(locale.toString(silhouette.toDouble(), 'f', 2)));
        const QJsonValue stability = run.scores.value(QStringLiteral("stability")).toObject().value(k);
        if (stability.isDouble())
            left << line(Deck::tr("Stability: %1 (agreement of re-runs on samples, 0 to 1)")
                          .arg(locale.toString(stability.toDouble(), 'f', 2)));
        if (!run.features.isEmpty())
            left << line(Deck::tr("Features: %1").arg(featureNames(run.features, content.language, content.featureLabels).join(QStringLiteral(", "))));
    }

    right << heading(Deck::tr("Figures"));
    for (const QString &key : figureKeys())
        right << line(figureName(key) + QStringLiteral(": ") + figureDefinition(key));
    right << heading(Deck::tr("Journey stages"));
    for (const QString &key : journeyStageKeys())
        right << line(journeyStageName(key) + QStringLiteral(": ") + describeRule(content.stages.rule(key), locale));

    return column == 0 ? left : right;
}

void DeckPages::paintDataPage(QPainter &painter, const QRectF &target, const DeckContent &content,
                              const PageTheme &theme)
{
    const QSizeF size = naturalSize();
    const PageFrame frame(painter, target, size, theme.ground);
    if (!frame.isValid())
        return;
    const CardCanvas canvas(painter, size.width(), content.language == QLatin1String("he"));
    drawBand(canvas, size, Deck::tr("About the data"), content.projectName, theme);

    TextColumn left;
    TextColumn right;
    for (const DataLine &line : dataColumn(content, 0))
        left.items << TextColumn::Item{line.text, line.heading};
    for (const DataLine &line : dataColumn(content, 1))
        right.items << TextColumn::Item{line.text, line.heading};

    const qreal colWidth = (size.width() - 2 * margin - 30) / 2;
    const qreal top = bandHeight + 22;
    const qreal height = size.height() - 30 - top;
    left.draw(canvas, QRectF(margin, top, colWidth, height), theme);
    right.draw(canvas, QRectF(margin + colWidth + 30, top, colWidth, height), theme);
}

} // namespace pw
