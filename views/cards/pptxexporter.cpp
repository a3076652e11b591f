// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxexporter.h"

#include "avatarpainter.h"
#include "cardcanvas.h"
#include "cardrenderer.h"
#include "changerenderer.h"
#include "common/progress.h"
#include "deckcontent.h"
#include "deckexporter.h"
#include "deckpages.h"
#include "figureguard.h"
#include "journey/stagedefinition.h"
#include "persona/personatemplate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QtMath>

#include <cmath>

namespace pw {

namespace {

/// The translation context of the texts in this file.
class PptxDeck
{
    Q_DECLARE_TR_FUNCTIONS(PptxDeck)
};

constexpr qreal W = PptxWriter::slideWidth;
constexpr qreal H = PptxWriter::slideHeight;
constexpr qreal margin = 32;
constexpr qreal bandHeight = 72;
const QColor band(0x26, 0x32, 0x38);
const QColor bandSubtitle(0xcf, 0xd8, 0xdc);
const QColor text(0x1f, 0x29, 0x33);
const QColor muted(0x5f, 0x6b, 0x7a);
const QColor panel(0xf3, 0xf4, 0xf6);
const QColor track(0xdf, 0xe3, 0xe8);


/// Slides drawn in left-to-right coordinates, mirrored for Hebrew.
class SlideBuilder
{
public:
    SlideBuilder(const QString &name, bool rtl) : m_rtl(rtl) { m_slide.name = name; }

    QRectF place(const QRectF &r) const { return m_rtl ? QRectF(W - r.right(), r.y(), r.width(), r.height()) : r; }

    /// A text box at the largest size from `max` down to `min` whose wrapped text fits `rect`.
    PptxText &addText(const QRectF &rect, const QStringList &paragraphs, qreal max, qreal min, bool bold,
                      const QColor &color, PptxText::Align align = PptxText::Align::Start)
    {
        PptxText t;
        t.rect = place(rect);
        t.paragraphs = paragraphs;
        t.size = fit(paragraphs.join(QLatin1Char('\n')), rect, max, min, bold);
        t.bold = bold;
        t.color = color;
        t.align = align;
        m_slide.texts << t;
        return m_slide.texts.last();
    }
    PptxText &addText(const QRectF &rect, const QString &line, qreal max, qreal min, bool bold, const QColor &color,
                      PptxText::Align align = PptxText::Align::Start)
    {
        return addText(rect, QStringList{line}, max, min, bold, color, align);
    }
    void addRect(const QRectF &rect, const QColor &fill, bool rounded = false)
    {
        PptxText t;
        t.rect = place(rect);
        t.fill = fill;
        t.rounded = rounded;
        t.size = 1;
        m_slide.texts << t;
    }
    /// A bar of `share` (0..1) on a track, filled from the reading start.
    void addBar(const QRectF &rect, double share, const QColor &color)
    {
        addRect(rect, track, true);
        const qreal w = rect.width() * qBound(0.0, share, 1.0);
        if (w > 0.5)
            addRect(QRectF(rect.left(), rect.top(), w, rect.height()), color, true);
    }
    /// The dark title band across the top.
    void addBand(const QString &title, const QString &subtitle, const QColor &accent = QColor())
    {
        addRect(QRectF(0, 0, W, bandHeight), band);
        if (accent.isValid())
            addRect(QRectF(0, bandHeight, W, 5), accent);
        addText(QRectF(margin, 10, W - 2 * margin, 36), title, 28, 14, true, Qt::white).middle = true;
        addText(QRectF(margin, 46, W - 2 * margin, 20), subtitle, 13, 8, false, bandSubtitle);
    }
    void addPicture(const QRectF &rect, const QByteArray &png, const QString &description)
    {
        m_slide.pictures << PptxPicture{place(rect), png, description};
    }
    void setBackground(const QColor &color) { m_slide.background = color; }
    const PptxSlide &slide() const { return m_slide; }

    /// The font size that lets `text` fit `rect` (measured with the cards' font, which runs wider
    /// than the Arial of the slides, so that the text fits wherever the deck is opened).
    static qreal fit(const QString &text, const QRectF &rect, qreal max, qreal min, bool bold)
    {
        static const QImage device = [] {
            QImage image(1, 1, QImage::Format_ARGB32);
            image.setDotsPerMeterX(qRound(72 / 0.0254));
            image.setDotsPerMeterY(qRound(72 / 0.0254));
            return image;
        }();
        for (qreal size = max; size > min; size -= 0.5) {
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(size);
            font.setBold(bold);
            const QFontMetricsF metrics(font, &device);
            const QRectF needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, text);
            const int lines = int(text.count(QLatin1Char('\n'))) + 1;
            if (needed.width() <= rect.width() && needed.height() + lines * size * 0.12 <= rect.height())
                return size;
        }
        return min;
    }

private:
    bool m_rtl;
    PptxSlide m_slide;
};

QByteArray renderPng(const DeckPage &page, int width)
{
    const QSizeF natural = CardRenderer::naturalSize();
    const int height = qRound(width * natural.height() / natural.width());
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        page.paint(painter, QRectF(0, 0, width, height));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

PptxSlide coverSlide(const DeckContent &c, bool rtl)
{
    const QLocale locale(c.language);
    SlideBuilder s(QCoreApplication::translate("Card", "Buyer personas"), rtl);
    s.setBackground(band);
    s.addRect(QRectF(margin, 150, 90, 6), QColor(0x90, 0xa4, 0xae));
    s.addText(QRectF(margin, 170, W - 2 * margin, 70), QCoreApplication::translate("Card", "Buyer personas"), 48, 20,
              true, Qt::white);
    s.addText(QRectF(margin, 245, W - 2 * margin, 44), c.projectName, 28, 12, false, bandSubtitle);
    QStringList facts;
    facts << QCoreApplication::translate("Card", "Personas: %1").arg(locale.toString(c.personas.size()));
    facts << QCoreApplication::translate("Card", "People: %1").arg(locale.toString(c.peopleTotal));
    if (!c.dataPeriod.isEmpty())
        facts << QCoreApplication::translate("Deck", "Data period: %1").arg(c.dataPeriod);
    facts << locale.toString(c.date, QLocale::LongFormat);
    s.addText(QRectF(margin, 300, W - 2 * margin, 28), facts.join(QStringLiteral(" · ")), 15, 8, false, bandSubtitle);
    // The personas as coloured chips along the bottom.
    const int n = int(c.personas.size());
    if (n > 0) {
        const qreal gap = 12;
        const qreal chip = qMin<qreal>(210, (W - 2 * margin - gap * (n - 1)) / n);
        for (int i = 0; i < n; ++i) {
            const QRectF r(margin + i * (chip + gap), 420, chip, 56);
            s.addRect(r, AvatarPainter::personaColor(c.personas[i]), true);
            s.addText(r.adjusted(10, 4, -10, -4), c.personas[i].displayName(c.language), 16, 7, true, Qt::white,
                      PptxText::Align::Center)
                .middle = true;
        }
    }
    return s.slide();
}

PptxSlide overviewSlide(const DeckContent &c, bool rtl)
{
    const QLocale locale(c.language);
    const QString title = QCoreApplication::translate("Deck", "Overview");
    SlideBuilder s(title, rtl);
    s.addBand(title, QCoreApplication::translate("Deck", "%1 · %2 personas · %3 people")
                         .arg(c.projectName, locale.toString(c.personas.size()), locale.toString(c.peopleTotal)));
    const int n = int(c.personas.size());
    if (n == 0) {
        s.addText(QRectF(margin, 120, W - 2 * margin, 30), QCoreApplication::translate("Deck", "No personas yet"), 18, 10,
                  false, muted);
        return s.slide();
    }
    const qreal gap = 16;
    const qreal top = bandHeight + 20;
    const qreal bottom = H - 20;
    const qreal colWidth = (W - 2 * margin - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const Persona &p = c.personas[i];
        const QColor color = AvatarPainter::personaColor(p);
        const bool small = isSmallSegment(p.stats, c.minSegment);
        const qreal x = margin + i * (colWidth + gap);
        const qreal inner = colWidth - 28;
        s.addRect(QRectF(x, top, colWidth, bottom - top), panel, true);
        s.addRect(QRectF(x, top, colWidth, 7), color);
        const QString name = p.displayName(c.language);
        s.addText(QRectF(x + 14, top + 20, inner, 52), name, 22, 10, true, text, PptxText::Align::Center).middle = true;
        const QString archetype = p.archetypeName(c.language);
        if (archetype != name)
            s.addText(QRectF(x + 14, top + 74, inner, 34), archetype, 13, 8, false, muted, PptxText::Align::Center);
        qreal y = top + 112;
        const QString people = small ? fewerThan(locale, c.minSegment) : locale.toString(p.stats.size);
        s.addText(QRectF(x + 14, y, inner, 42), people, 32, 12, true, text, PptxText::Align::Center).middle = true;
        s.addText(QRectF(x + 14, y + 42, inner, 18), QCoreApplication::translate("Deck", "people"), 12, 8, false, muted,
                  PptxText::Align::Center);
        y += 76;
        const QList<QPair<QString, double>> shares = {
            {QCoreApplication::translate("Deck", "share of people"), p.stats.sharePeople},
            {QCoreApplication::translate("Deck", "share of revenue"), p.stats.shareRevenue}};
        for (const auto &[label, share] : shares) {
            s.addText(QRectF(x + 14, y, inner * 0.62, 20), label, 12, 7, false, muted);
            s.addText(QRectF(x + 14 + inner * 0.62, y - 2, inner * 0.38, 22), small ? QStringLiteral("—") : percent(locale, share),
                      16, 8, true, text, PptxText::Align::End);
            s.addBar(QRectF(x + 14, y + 24, inner, 8), small || std::isnan(share) ? 0.0 : share, color);
            y += 46;
        }
        for (const QString &key : {QStringLiteral("average_order_value"), QStringLiteral("orders_per_person")}) {
            s.addText(QRectF(x + 14, y, inner * 0.62, 20), figureName(key), 12, 7, false, muted);
            s.addText(QRectF(x + 14 + inner * 0.62, y - 2, inner * 0.38, 22),
                      guardedFigureValue(p.stats, key, locale, c.minSegment), 16, 8, true, text, PptxText::Align::End);
            y += 28;
        }
        const QStringList quote = p.section(Section::Quote, c.language);
        if (!quote.isEmpty() && !quote.first().isEmpty() && bottom - 14 - (y + 8) > 24)
            s.addText(QRectF(x + 14, y + 8, inner, bottom - 14 - (y + 8)),
                      locale.quoteString(quote.join(QLatin1Char(' '))), 14, 7, false, text, PptxText::Align::Center);
    }
    return s.slide();
}

/// The movement diagram of the "What changed" slide as a picture of `size` points.
QByteArray flowPng(const ChangeContent &c, const QSizeF &size, bool rtl)
{
    constexpr qreal scale = 3; // pixels per point
    QImage image(qCeil(size.width() * scale), qCeil(size.height() * scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        const CardCanvas canvas(painter, size.width(), rtl);
        ChangeRenderer::paintFlows(canvas, QRectF(QPointF(0, 0), size), c, PageTheme::light());
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// "What changed": each persona's figures then and now as text, the movement as a picture, the
/// largest moves in words.
PptxSlide changesSlide(const DeckContent &deck, bool rtl)
{
    const ChangeContent &c = *deck.changes;
    const QString title = ChangeRenderer::title(c);
    SlideBuilder s(title, rtl);
    s.addBand(title, ChangeRenderer::subtitle(c, deck.projectName));
    const QStringList keys = ChangeContent::figureKeys();
    const qreal top = bandHeight + 14;
    const qreal bottom = H - 12;
    const qreal width = W - 2 * margin;
    const qreal tableWidth = width * 0.6;
    const qreal nameWidth = tableWidth * 0.25;
    const qreal colWidth = (tableWidth - nameWidth) / keys.size();
    const qreal headHeight = 32;
    const qreal legendHeight = 26;
    for (int k = 0; k < keys.size(); ++k)
        s.addText(QRectF(margin + nameWidth + k * colWidth + 2, top, colWidth - 4, headHeight - 2),
                  ChangeRenderer::columnLabel(keys[k]), 10, 6, true, muted, PptxText::Align::Center);
    const int rows = int(c.personas.size());
    const qreal rowHeight =
        rows > 0 ? qMin<qreal>(56, (bottom - legendHeight - 4 - top - headHeight) / rows) : 0;
    const qreal f = rowHeight / 56;
    for (int i = 0; i < rows; ++i) {
        const PersonaThenNow &change = c.personas[i];
        const bool gone = change.kind == PersonaThenNow::Kind::Gone;
        const qreal y = top + headHeight + i * rowHeight;
        if (i % 2 == 0)
            s.addRect(QRectF(margin, y, tableWidth, rowHeight), panel);
        s.addRect(QRectF(margin, y + 3, 4, rowHeight - 6), change.color);
        s.addText(QRectF(margin + 10, y + 2, nameWidth - 12, rowHeight * 0.55), change.name, 13 * f, 6, true,
                  gone ? muted : text);
        const QString tag = ChangeRenderer::personaTag(change);
        if (!tag.isEmpty())
            s.addText(QRectF(margin + 10, y + rowHeight * 0.55, nameWidth - 12, rowHeight * 0.45 - 1), tag, 10 * f, 5.5,
                      false, muted);
        for (int k = 0; k < keys.size(); ++k) {
            const QStringList lines = ChangeRenderer::cellLines(c, change, keys[k]);
            const qreal x = margin + nameWidth + k * colWidth + 2;
            const qreal w = colWidth - 4;
            s.addText(QRectF(x, y + 1, w, rowHeight * 0.42), lines[0], 14 * f, 6, true, gone ? muted : text,
                      PptxText::Align::Center);
            if (!lines[1].isEmpty())
                s.addText(QRectF(x, y + rowHeight * 0.42, w, rowHeight * 0.3), lines[1], 11 * f, 5.5, true, text,
                          PptxText::Align::Center);
            if (!lines[2].isEmpty())
                s.addText(QRectF(x, y + rowHeight * 0.70, w, rowHeight * 0.3 - 1), lines[2], 10 * f, 5.5, false, muted,
                          PptxText::Align::Center);
        }
    }
    s.addText(QRectF(margin, bottom - legendHeight, tableWidth, legendHeight), ChangeRenderer::legend(c), 10, 6, false,
              muted);

    const qreal x = margin + tableWidth + 22;
    const qreal flowWidth = width - tableWidth - 22;
    const qreal summaryHeight = 96;
    const QSizeF picture(flowWidth, bottom - top - summaryHeight - 8);
    s.addPicture(QRectF(QPointF(x, top), picture), flowPng(c, picture, rtl),
                 PptxDeck::tr("Where the people of each persona went from %1 to %2")
                     .arg(ChangeRenderer::runLabel(c.thenRun, QLocale(c.language)),
                          ChangeRenderer::runLabel(c.nowRun, QLocale(c.language))));
    s.addText(QRectF(x, bottom - summaryHeight, flowWidth, summaryHeight), ChangeRenderer::summary(c), 12, 6, false, text);
    return s.slide();
}

/// The persona's figures shown beside the card, in the order of the data page's definitions.
QStringList slideFigureKeys()
{
    QStringList keys = figureKeys();
    keys.removeAll(QStringLiteral("confidence"));
    keys.removeAll(QStringLiteral("size"));
    keys.prepend(QStringLiteral("size"));
    return keys;
}

PptxSlide personaSlide(const DeckContent &c, int index, const QByteArray &png, bool rtl)
{
    const QLocale locale(c.language);
    const Persona &p = c.personas[index];
    const QString name = p.displayName(c.language);
    SlideBuilder s(name, rtl);
    const QColor color = AvatarPainter::personaColor(p);
    QString subtitle = p.archetypeName(c.language);
    if (subtitle == name)
        subtitle = c.projectName;
    s.addBand(name, subtitle, color);

    const QSizeF natural = CardRenderer::naturalSize();
    const qreal top = bandHeight + 5 + 16;
    const qreal picHeight = H - top - 16;
    const qreal picWidth = picHeight * natural.width() / natural.height();
    s.addPicture(QRectF(16, top, picWidth, picHeight), png,
                 PptxDeck::tr("The persona card of %1").arg(name));

    // The key figures in two columns beside the card, as text.
    const QStringList keys = slideFigureKeys();
    const qreal x0 = 16 + picWidth + 22;
    const qreal colWidth = (W - margin / 2 - x0 - 14) / 2;
    const int rows = int((keys.size() + 1) / 2);
    const qreal rowHeight = qMin<qreal>(90, picHeight / rows);
    for (int k = 0; k < keys.size(); ++k) {
        const qreal x = x0 + (k % 2) * (colWidth + 14);
        const qreal y = top + (k / 2) * rowHeight;
        s.addRect(QRectF(x, y + 4, 3, rowHeight - 16), color);
        s.addText(QRectF(x + 10, y, colWidth - 10, 30), guardedFigureValue(p.stats, keys[k], locale, c.minSegment), 22, 9,
                  true, text);
        s.addText(QRectF(x + 10, y + 31, colWidth - 10, rowHeight - 44), figureName(keys[k]), 11, 7, false, muted);
    }
    return s.slide();
}

PptxSlide funnelSlide(const DeckContent &c, bool rtl)
{
    const QLocale locale(c.language);
    const QString title = QCoreApplication::translate("Deck", "Journey funnels");
    SlideBuilder s(title, rtl);
    s.addBand(title, QCoreApplication::translate("Deck", "People per stage, as a share of each persona's first measured stage"));
    const QStringList stages = journeyStageKeys();
    const int n = int(c.personas.size());
    const qreal labelWidth = 140;
    const qreal gap = 14;
    const qreal top = bandHeight + 18;
    const qreal headHeight = 40;
    const qreal colWidth = (W - 2 * margin - labelWidth - gap * n) / qMax(1, n);
    const qreal rowHeight = (H - 20 - top - headHeight) / stages.size();
    for (int st = 0; st < stages.size(); ++st) {
        const qreal y = top + headHeight + st * rowHeight;
        if (st > 0)
            s.addRect(QRectF(margin, y, W - 2 * margin, 0.75), track);
        s.addText(QRectF(margin, y + rowHeight * 0.25, labelWidth, rowHeight * 0.5), journeyStageName(stages[st]), 15, 8,
                  true, text)
            .middle = true;
    }
    for (int i = 0; i < n; ++i) {
        const Persona &p = c.personas[i];
        const QColor color = AvatarPainter::personaColor(p);
        const qreal x = margin + labelWidth + gap + i * (colWidth + gap);
        s.addRect(QRectF(x, top + 9, 12, 12), color, true);
        s.addText(QRectF(x + 18, top, colWidth - 18, headHeight - 6), p.displayName(c.language), 15, 7, true, text).middle =
            true;
        const std::optional<Funnel> &funnel = c.funnels.value(i);
        const bool small = isSmallSegment(p.stats, c.minSegment);
        const qreal first = funnel ? qreal(funnel->base()) : 0;
        for (int st = 0; st < stages.size(); ++st) {
            const qreal y = top + headHeight + st * rowHeight;
            const FunnelStage *stage = nullptr;
            if (funnel)
                for (const FunnelStage &fs : funnel->stages)
                    if (fs.key == stages[st])
                        stage = &fs;
            QString figure;
            double share = 0;
            if (!stage || !stage->measured) {
                figure = QCoreApplication::translate("Deck", "no data");
            } else if (small) {
                figure = fewerThan(locale, c.minSegment);
            } else {
                share = first > 0 ? stage->people / first : 0;
                figure = locale.toString(stage->people) + QStringLiteral(" · ") + percent(locale, share);
            }
            s.addText(QRectF(x, y + 6, colWidth, rowHeight * 0.4), figure, 15, 7, true,
                      stage && stage->measured ? text : muted);
            s.addBar(QRectF(x, y + rowHeight * 0.5, colWidth, rowHeight * 0.22), share, color);
        }
    }
    return s.slide();
}

PptxSlide dataSlide(const DeckContent &c, bool rtl)
{
    const QLocale locale(c.language);
    const QString title = QCoreApplication::translate("Deck", "About the data");
    SlideBuilder s(title, rtl);
    s.addBand(title, c.projectName);
    QStringList data;
    data << QCoreApplication::translate("Deck", "Data period: %1").arg(c.dataPeriod.isEmpty() ? QStringLiteral("—") : c.dataPeriod);
    data << QCoreApplication::translate("Deck", "People in the data: %1").arg(locale.toString(c.peopleTotal));
    data << QCoreApplication::translate("Deck", "Personas: %1").arg(locale.toString(c.personas.size()));
    data << QCoreApplication::translate("Deck", "Segments of fewer than %1 people show no exact figures. The deck holds aggregates only.")
                .arg(locale.toString(c.minSegment));
    if (c.run)
        data << QCoreApplication::translate("Deck", "Run of %1: %2 segments over %3 people")
                    .arg(QDateTime::fromSecsSinceEpoch(c.run->createdAt, Qt::UTC).date().toString(Qt::ISODate),
                         locale.toString(c.run->k), locale.toString(c.run->people));
    else
        data << QCoreApplication::translate("Deck", "No segmentation run yet");
    QStringList sources;
    for (const ImportRecord &imp : c.imports)
        sources << QCoreApplication::translate("Deck", "%1 (%2, %3): %4 rows imported, %5")
                       .arg(QFileInfo(imp.file).fileName(), imp.format, imp.entity, locale.toString(imp.rowsImported),
                            imp.importedAt.date().toString(Qt::ISODate));
    if (sources.isEmpty())
        sources << QCoreApplication::translate("Deck", "No imports recorded");
    const qreal colWidth = (W - 2 * margin - 30) / 2;
    const qreal top = bandHeight + 24;
    s.addText(QRectF(margin, top, colWidth, 28), QCoreApplication::translate("Deck", "The data"), 18, 10, true, text);
    s.addText(QRectF(margin, top + 36, colWidth, H - top - 60), data, 15, 7, false, muted);
    const qreal x = margin + colWidth + 30;
    s.addText(QRectF(x, top, colWidth, 28), QCoreApplication::translate("Deck", "Sources"), 18, 10, true, text);
    s.addText(QRectF(x, top + 36, colWidth, H - top - 60), sources, 15, 7, false, muted);
    return s.slide();
}

} // namespace

std::optional<PptxWriter> PptxExporter::build(const DeckContent &content, Progress *progress)
{
    const bool rtl = content.language == QLatin1String("he");
    PptxWriter writer(content.language);
    writer.setTitle(QCoreApplication::translate("DeckExporter", "Buyer personas – %1").arg(content.projectName));
    const QList<DeckPage> pages = DeckPages::all(content);
    const int firstCard = DeckPages::firstCardPage(content);
    const int total = int(content.personas.size()) + 4 + (content.changes ? 1 : 0);
    int done = 0;
    const auto step = [&] {
        return !progress || progress->report(++done, total, PptxDeck::tr("Writing the slides"));
    };
    writer.addSlide(coverSlide(content, rtl));
    writer.addSlide(overviewSlide(content, rtl));
    if (!step() || !step())
        return std::nullopt;
    if (content.changes) {
        writer.addSlide(changesSlide(content, rtl));
        if (!step())
            return std::nullopt;
    }
    for (int i = 0; i < content.personas.size(); ++i) {
        writer.addSlide(personaSlide(content, i, renderPng(pages[firstCard + i], cardPixelWidth), rtl));
        if (!step())
            return std::nullopt;
    }
    if (!content.personas.isEmpty())
        writer.addSlide(funnelSlide(content, rtl));
    writer.addSlide(dataSlide(content, rtl));
    if (!step() || !step())
        return std::nullopt;
    return writer;
}

bool exportPptxDeck(Project &project, const QString &path, const DeckOptions &options, Progress *progress,
                    Error *error, DeckChangesOutcome *changes)
{
    std::optional<DeckContent> deck = DeckContent::load(project, options.language, options.minSegment, error);
    if (!deck || !deck->loadChanges(project, options.since, error))
        return false;
    if (changes)
        *changes = deck->changesOutcome();
    const std::optional<PptxWriter> writer = PptxExporter::build(*deck, progress);
    if (!writer) {
        if (error) {
            *error = Error();
            error->file = path;
            error->message = QCoreApplication::translate("DeckExporter", "The export was canceled; nothing was written.");
        }
        return false;
    }
    if (!writer->write(path, error)) {
        if (error && error->file.isEmpty())
            error->file = path;
        return false;
    }
    return noteExportedDeck(project, *deck, options, error);
}

} // namespace pw
