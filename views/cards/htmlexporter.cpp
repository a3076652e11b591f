// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "avatarpainter.h"
#include "cardbody.h"
#include "cardcanvas.h"
#include "cardrenderer.h"
#include "changerenderer.h"
#include "common/progress.h"
#include "common/savefile.h"
#include "comparisonrenderer.h"
#include "deckcontent.h"
#include "deckexporter.h"
#include "deckpages.h"
#include "figureguard.h"
#include "funnelpainter.h"
#include "journey/funnel.h"
#include "language.h"
#include "persona/personatemplate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QtMath>

#include <cmath>

namespace pw {

namespace {

/// The translation context of the texts in this file.
class HtmlDeck
{
    Q_DECLARE_TR_FUNCTIONS(HtmlDeck)
};

// The card's layout in points (see CardRenderer): the HTML page is the PDF's A4 landscape sheet.
constexpr qreal cardWidth = 841.89;
constexpr qreal cardMargin = 24;
constexpr qreal sectionsTop = 236;
constexpr qreal figuresTop = 164;
constexpr qreal funnelTop = 462;
constexpr qreal funnelHeight = 84;
constexpr qreal footerTop = 560;

QString esc(const QString &text)
{
    return HtmlExporter::escape(text);
}

/// A number for CSS, with a dot whatever the locale.
QString css(qreal value)
{
    return QString::number(value, 'f', 2);
}

QString pngUri(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

/// A transparent image of `size` points at `scale` pixels per point, painted in points.
template<typename Paint> QString paintedUri(const QSizeF &size, qreal scale, Paint paint)
{
    QImage image(
        qCeil(size.width() * scale), qCeil(size.height() * scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paint(painter);
    }
    return pngUri(image);
}

QString avatarUri(const Persona &persona, const QString &name, const QColor &ring)
{
    return paintedUri(QSizeF(96, 96), 2,
        [&](QPainter &p) { AvatarPainter::paint(p, QRectF(1, 1, 94, 94), persona, name, ring); });
}

bool isLight(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() > 0.62;
}

QColor inkColor(const QColor &c)
{
    return c.lightness() > 150 ? c.darker(170) : c;
}

/// Measures text as the card does: on a 72 dpi device, where a card unit is a point.
/// A 72 dpi device, on which a font's point is a card unit.
const QImage &measureDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        return image;
    }();
    return device;
}

class Measure
{
public:
    Measure()
        : m_image(1, 1, QImage::Format_ARGB32_Premultiplied)
    {
        m_image.setDotsPerMeterX(qRound(72 / 0.0254));
        m_image.setDotsPerMeterY(qRound(72 / 0.0254));
        m_painter.begin(&m_image);
    }
    ~Measure() { m_painter.end(); }
    QPainter &painter() { return m_painter; }

private:
    QImage m_image;
    QPainter m_painter;
};

const char *styleSheet()
{
    return R"CSS(
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
html { background: #d9dde2; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 18pt 0; color: #1f2933; font-size: 10pt; line-height: 1.3;
  font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Hebrew", "Liberation Sans", "Arimo", "Segoe UI", Arial, sans-serif; }
h1, h2, h3, p, ul { margin: 0; }
ul { padding: 0; list-style: none; }
img { display: block; }
.page { position: relative; width: 297mm; height: 210mm; margin: 0 auto 18pt; background: #fff; overflow: hidden;
  box-shadow: 0 1pt 8pt rgba(0,0,0,.25); break-after: page; page-break-after: always; overflow-wrap: anywhere; }
.page.long { height: auto; min-height: 210mm; }
.band { background: #263238; color: #fff; height: 78pt; padding: 14pt 28pt 0; }
.band h1 { font-size: 22pt; line-height: 1.3; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.band p { color: #cfd8dc; font-size: 10pt; margin-top: 2pt; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.muted { color: #5f6b7a; }
.track { height: 7pt; border-radius: 3.5pt; background: #f3f4f6; overflow: hidden; }
.track > div { height: 100%; border-radius: 3.5pt; }
.tag { display: inline-block; font-size: 6.5pt; font-weight: normal; border: 0.6pt solid currentColor; border-radius: 5pt;
  padding: 0 4pt; margin-inline-start: 5pt; vertical-align: 1pt; line-height: 1.4; }
/* The cover */
.cover-band { background: #263238; color: #fff; height: 230pt; padding: 52pt 48pt 0; }
.cover-band h1 { font-size: 38pt; line-height: 1.2; }
.cover-band .project { font-size: 22pt; color: #cfd8dc; margin-top: 8pt; }
.cover-band .date { font-size: 12pt; color: #cfd8dc; margin-top: 12pt; }
.cover .facts { margin: 22pt 48pt 12pt; font-size: 12.5pt; font-weight: 600; }
.cover ul { margin: 0 48pt; }
.cover li { display: flex; align-items: center; gap: 12pt; padding: 3pt 0; }
.cover .dot { width: 14pt; height: 14pt; border-radius: 50%; flex: none; }
.cover .name { font-weight: bold; font-size: 13pt; width: 330pt; flex: none; }
.cover .brand { position: absolute; bottom: 24pt; inset-inline-start: 48pt; font-size: 9pt; font-weight: bold; color: #5f6b7a; }
/* The overview */
.tiles { display: flex; gap: 14pt; padding: 20pt 28pt 0; height: calc(100% - 78pt - 20pt); }
.tile { flex: 1 1 0; min-width: 0; background: #f3f4f6; border-radius: 8pt; border-top: 7pt solid; padding: 14pt 12pt 10pt;
  text-align: center; display: flex; flex-direction: column; gap: 3pt; }
.tile img { width: 72pt; height: 72pt; margin: 0 auto 6pt; }
.tile h2 { font-size: 15pt; line-height: 1.2; }
.tile .archetype { font-size: 9.5pt; }
.tile .people { font-size: 24pt; font-weight: bold; margin-top: 8pt; line-height: 1.1; }
.tile .share { display: flex; justify-content: space-between; font-size: 9pt; margin-top: 6pt; text-align: start; gap: 4pt; }
.tile .share b { font-size: 12pt; color: #1f2933; }
.tile .quote { font-style: italic; font-size: 10pt; margin-top: 8pt; }
/* What changed */
.changes { display: flex; gap: 22pt; padding: 14pt 28pt 0; }
.changes table { width: 60%; flex: none; border-collapse: collapse; font-size: 8pt; }
.changes th { font-size: 7.5pt; color: #5f6b7a; font-weight: bold; padding: 2pt; vertical-align: bottom; }
.changes td { text-align: center; padding: 2pt; line-height: 1.2; }
.changes tbody tr:nth-child(odd) { background: #f3f4f6; }
.changes td.who { text-align: start; border-inline-start: 4pt solid; padding-inline-start: 6pt; }
.changes td.who b { font-size: 9pt; }
.changes .legend { font-size: 7.5pt; margin-top: 6pt; }
.changes .flows { flex: 1 1 0; min-width: 0; }
.changes .flows img { width: 100%; }
.changes .flows li { font-size: 9pt; margin-top: 4pt; }
/* A persona card */
.card-head { height: 150pt; padding: 22pt 24pt 0; display: flex; gap: 22pt; }
.card-head img { width: 96pt; height: 96pt; flex: none; margin-top: 5pt; }
.card-head .text { flex: 1 1 0; min-width: 0; }
.card-head h2 { font-size: 26pt; line-height: 1.3; }
.card-head .archetype { font-size: 11pt; }
.card-head .quote { font-style: italic; font-size: 12pt; margin-top: 8pt; max-height: 56pt; overflow: hidden; }
.region { position: absolute; inset-inline: 24pt; }
.region h3, .block h3 { font-size: 8.5pt; }
.figures ul { display: flex; gap: 8pt; margin-top: 3pt; }
.figures li { flex: 1 1 0; min-width: 0; background: #f3f4f6; border-radius: 5pt; border-inline-start: 3pt solid; padding-block: 4pt 3pt; padding-inline: 8pt 6pt;
  height: 46pt; overflow: hidden; }
.figures li.mix { flex-grow: 2.4; }
.figures b { display: block; font-size: 14pt; line-height: 1.3; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.figures li.mix b { font-size: 8.5pt; white-space: normal; line-height: 1.2; }
.figures li span { font-size: 7.5pt; color: #5f6b7a; display: block; line-height: 1.2; }
.sections { column-gap: 18pt; column-fill: balance; }
.block { break-inside: avoid; margin-bottom: 9pt; }
.block h3 { border-bottom: 0.8pt solid; padding-bottom: 1pt; margin-bottom: 3pt; font-size: 1.1em; }
.block li { position: relative; padding-inline-start: 10pt; margin-bottom: 2pt; }
.block li::before { content: ""; position: absolute; inset-inline-start: 2pt; top: 0.5em; width: 3.6pt; height: 3.6pt;
  border-radius: 50%; background: currentColor; }
.block li { color: #1f2933; }
.block p { margin-bottom: 2pt; }
.block .poles { display: flex; justify-content: space-between; font-size: 0.85em; color: #5f6b7a; gap: 8pt; }
.block .scale { position: relative; height: 4pt; margin: 6pt 4pt; background: #f3f4f6; border-radius: 2pt; }
.block .scale i { position: absolute; top: -2.5pt; width: 9pt; height: 9pt; margin-inline-start: -4.5pt; border-radius: 50%; }
.block img { width: 90pt; height: 90pt; object-fit: cover; border-radius: 4pt; }
.funnel img { width: 100%; height: 84pt; margin-top: 4pt; }
.footer { position: absolute; inset-inline: 24pt; top: 560pt; border-top: 0.8pt solid #d5d9de; padding-top: 7pt;
  font-size: 7.5pt; color: #5f6b7a; display: flex; justify-content: space-between; gap: 12pt; }
.page.long .footer { position: static; margin: 12pt 24pt 16pt; }
.page.long .region { position: static; margin: 10pt 24pt 0; }
/* Funnels and comparison tables */
table.grid { border-collapse: collapse; width: calc(100% - 56pt); margin: 16pt 28pt 0; table-layout: fixed; }
table.grid th, table.grid td { text-align: start; vertical-align: top; padding: 4pt 5pt; }
table.grid thead th { font-size: 10.5pt; }
table.grid tbody th { color: #5f6b7a; font-size: 8.5pt; width: 110pt; }
table.grid tbody tr { border-top: 0.6pt solid #d5d9de; }
.funnels tbody tr { height: 84pt; }
.funnels td { font-size: 11pt; font-weight: bold; vertical-align: middle; }
.funnels td.none { color: #5f6b7a; font-weight: normal; }
.funnels .track { margin-top: 6pt; height: 14pt; border-radius: 7pt; }
.funnels tbody th { font-size: 11pt; color: #1f2933; vertical-align: middle; }
.swatch { display: inline-block; width: 10pt; height: 10pt; border-radius: 50%; margin-inline-end: 5pt; vertical-align: -1pt; }
.compare thead th { color: #fff; padding: 6pt; font-size: 10pt; }
.compare thead th img { width: 30pt; height: 30pt; float: inline-start; margin-inline-end: 6pt; }
.compare thead th small { display: block; font-weight: normal; font-size: 7.5pt; }
.compare td { font-size: 7.5pt; line-height: 1.25; }
.compare td .tag { margin: 0 0 2pt; }
.compare td p { margin: 0; }
/* The data page */
.data { display: flex; gap: 30pt; padding: 20pt 28pt 0; font-size: 8.5pt; }
.data > div { flex: 1 1 0; min-width: 0; }
.data h2 { font-size: 10pt; margin: 9pt 0 3pt; }
.data h2:first-child { margin-top: 0; }
.data p { color: #5f6b7a; margin-bottom: 2pt; }
@media print {
  html, body { background: #fff; padding: 0; }
  .page { margin: 0; box-shadow: none; }
  .page:last-child { break-after: auto; page-break-after: auto; }
}
@media screen and (max-width: 800px) {
  body { padding: 0; }
  .page, .page.long { width: auto; height: auto; min-height: 0; margin-bottom: 10pt; }
  .region, .footer { position: static; margin: 10pt 24pt; }
  .tiles, .changes, .data { flex-direction: column; height: auto; }
}
)CSS";
}

/// Builds the page.
class Builder
{
public:
    explicit Builder(const DeckContent &content)
        : m_c(content)
        , m_locale(content.language)
        , m_rtl(content.language == QLatin1String("he"))
    { }

    void head()
    {
        const QString title
            = QCoreApplication::translate("DeckExporter", "Buyer personas – %1").arg(m_c.projectName);
        m_out
            += QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"Persona Workbench\">\n<title>%3</title>\n<style>")
                   .arg(esc(m_c.language), m_rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"), esc(title));
        m_out += QString::fromLatin1(styleSheet());
        m_out += QStringLiteral("</style>\n</head>\n<body>\n");
    }

    void tail() { m_out += QStringLiteral("</body>\n</html>\n"); }

    void band(const QString &title, const QString &subtitle)
    {
        m_out += QStringLiteral("<header class=\"band\"><h1>%1</h1><p>%2</p></header>\n")
                     .arg(esc(title), esc(subtitle));
    }

    void cover()
    {
        m_out += QStringLiteral("<section class=\"page cover\" id=\"cover\">\n<header class=\"cover-band\">");
        m_out
            += QStringLiteral("<h1>%1</h1>").arg(esc(QCoreApplication::translate("Card", "Buyer personas")));
        m_out += QStringLiteral("<p class=\"project\">%1</p>").arg(esc(m_c.projectName));
        m_out += QStringLiteral("<p class=\"date\">%1</p></header>\n")
                     .arg(esc(m_locale.toString(m_c.date, QLocale::LongFormat)));
        QStringList facts;
        facts << QCoreApplication::translate("Card", "Personas: %1")
                     .arg(m_locale.toString(m_c.personas.size()));
        facts << QCoreApplication::translate("Card", "People: %1").arg(m_locale.toString(m_c.peopleTotal));
        if (!m_c.dataPeriod.isEmpty())
            facts << QCoreApplication::translate("Deck", "Data period: %1").arg(m_c.dataPeriod);
        m_out += QStringLiteral("<p class=\"facts\">%1</p>\n<ul>\n")
                     .arg(esc(facts.join(QStringLiteral("  ·  "))));
        for (const Persona &p : m_c.personas) {
            const QString detail = p.stats.invalid ? invalidFigure()
                : isSmallSegment(p.stats, m_c.minSegment)
                ? QCoreApplication::translate("Card", "%1 people").arg(fewerThan(m_locale, m_c.minSegment))
                : QCoreApplication::translate("Card", "%1 of people, %2 of revenue")
                      .arg(percent(m_locale, p.stats.sharePeople), percent(m_locale, p.stats.shareRevenue));
            m_out += QStringLiteral(
                "<li><span class=\"dot\" style=\"background:%1\"></span><span class=\"name\">%2</span>"
                "<span class=\"muted\">%3</span></li>\n")
                         .arg(AvatarPainter::personaColor(p).name(), esc(p.displayName(m_c.language)),
                             esc(detail));
        }
        m_out += QStringLiteral("</ul>\n<p class=\"brand\">Persona Workbench</p>\n</section>\n");
    }

    void overview()
    {
        m_out += QStringLiteral("<section class=\"page\" id=\"overview\">\n");
        band(QCoreApplication::translate("Deck", "Overview"),
            QCoreApplication::translate("Deck", "%1 · %2 personas · %3 people")
                .arg(isolated(m_c.projectName), m_locale.toString(m_c.personas.size()),
                    m_locale.toString(m_c.peopleTotal)));
        if (m_c.personas.isEmpty()) {
            m_out += QStringLiteral("<p class=\"muted\" style=\"margin:30pt 28pt\">%1</p>\n</section>\n")
                         .arg(esc(QCoreApplication::translate("Deck", "No personas yet")));
            return;
        }
        m_out += QStringLiteral("<div class=\"tiles\">\n");
        for (const Persona &p : m_c.personas) {
            const QColor color = AvatarPainter::personaColor(p);
            const bool small = isSmallSegment(p.stats, m_c.minSegment);
            const QString name = p.displayName(m_c.language);
            m_out += QStringLiteral("<div class=\"tile\" style=\"border-top-color:%1\">").arg(color.name());
            m_out += QStringLiteral("<img src=\"%1\" alt=\"\">").arg(avatarUri(p, name, color));
            m_out += QStringLiteral("<h2>%1</h2>").arg(esc(name));
            const QString archetype = p.archetypeName(m_c.language);
            if (archetype != name)
                m_out += QStringLiteral("<p class=\"archetype muted\">%1</p>").arg(esc(archetype));
            m_out += QStringLiteral("<p class=\"people\">%1</p><p class=\"muted\">%2</p>")
                         .arg(esc(small ? fewerThan(m_locale, m_c.minSegment)
                                        : m_locale.toString(p.stats.size)),
                             esc(QCoreApplication::translate("Deck", "people")));
            const QList<QPair<QString, double>> shares
                = {{QCoreApplication::translate("Deck", "share of people"), p.stats.sharePeople},
                    {QCoreApplication::translate("Deck", "share of revenue"), p.stats.shareRevenue}};
            for (const auto &[label, share] : shares) {
                const double width = small || std::isnan(share) ? 0.0 : qBound(0.0, share, 1.0);
                m_out += QStringLiteral(
                    "<p class=\"share muted\"><span>%1</span><b>%2</b></p>"
                    "<div class=\"track\"><div style=\"width:%3%;background:%4\"></div></div>")
                             .arg(esc(label), esc(small ? QStringLiteral("—") : percent(m_locale, share)),
                                 css(width * 100), color.name());
            }
            for (const QString &key :
                {QStringLiteral("average_order_value"), QStringLiteral("orders_per_person")})
                m_out += QStringLiteral("<p class=\"share muted\"><span>%1</span><b>%2</b></p>")
                             .arg(esc(figureName(key)),
                                 esc(guardedFigureValue(p.stats, key, m_locale, m_c.minSegment)));
            const QStringList quote = p.section(Section::Quote, m_c.language);
            if (!quote.isEmpty() && !quote.first().isEmpty())
                m_out += QStringLiteral("<p class=\"quote\">%1</p>")
                             .arg(esc(m_locale.quoteString(quote.join(QLatin1Char(' ')))));
            m_out += QStringLiteral("</div>\n");
        }
        m_out += QStringLiteral("</div>\n</section>\n");
    }

    void changes()
    {
        const ChangeContent &c = *m_c.changes;
        m_out += QStringLiteral("<section class=\"page\" id=\"changes\">\n");
        band(ChangeRenderer::title(c), ChangeRenderer::subtitle(c, m_c.projectName));
        m_out += QStringLiteral("<div class=\"changes\">\n<div style=\"width:60%\"><table "
                                "style=\"width:100%\"><thead><tr><th></th>");
        const QStringList keys = ChangeContent::figureKeys();
        for (const QString &key : keys)
            m_out += QStringLiteral("<th>%1</th>").arg(esc(ChangeRenderer::columnLabel(key)));
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const PersonaThenNow &change : c.personas) {
            const bool gone = change.kind == PersonaThenNow::Kind::Gone;
            m_out += QStringLiteral("<tr%1><td class=\"who\" style=\"border-color:%2\"><b>%3</b>")
                         .arg(gone ? QStringLiteral(" class=\"muted\"") : QString(), change.color.name(),
                             esc(change.name));
            const QString tag = ChangeRenderer::personaTag(change);
            if (!tag.isEmpty())
                m_out += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(esc(tag));
            m_out += QStringLiteral("</td>");
            for (const QString &key : keys) {
                const QStringList lines = ChangeRenderer::cellLines(c, change, key);
                m_out += QStringLiteral("<td><b>%1</b>").arg(esc(lines.value(0)));
                if (!lines.value(1).isEmpty())
                    m_out += QStringLiteral("<br><b>%1</b>").arg(esc(lines.value(1)));
                if (!lines.value(2).isEmpty())
                    m_out += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(esc(lines.value(2)));
                m_out += QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n<p class=\"legend muted\">%1</p></div>\n")
                     .arg(esc(ChangeRenderer::legend(c)));
        const QSizeF picture(300, 330);
        const QString description
            = QCoreApplication::translate("PptxDeck", "Where the people of each persona went from %1 to %2")
                  .arg(ChangeRenderer::runLabel(c.thenRun, m_locale),
                      ChangeRenderer::runLabel(c.nowRun, m_locale));
        const QString uri = paintedUri(picture, 3, [&](QPainter &p) {
            p.fillRect(QRectF(QPointF(0, 0), picture), Qt::white);
            const CardCanvas canvas(p, picture.width(), m_rtl);
            ChangeRenderer::paintFlows(canvas, QRectF(QPointF(0, 0), picture), c, PageTheme::light());
        });
        m_out += QStringLiteral(
            "<div class=\"flows\"><img src=\"%1\" alt=\"%2\" style=\"aspect-ratio:%3\"><ul>")
                     .arg(uri, esc(description), css(picture.width() / picture.height()));
        for (const QString &line : ChangeRenderer::summary(c))
            m_out += QStringLiteral("<li>%1</li>").arg(esc(line));
        m_out += QStringLiteral("</ul></div>\n</div>\n</section>\n");
    }

    void card(int index)
    {
        const Persona &p = m_c.personas[index];
        const QString name = p.displayName(m_c.language);
        const QColor color = AvatarPainter::personaColor(p);
        const QColor ink = inkColor(color);
        const QColor on = isLight(color) ? QColor(0x1f, 0x29, 0x33) : QColor(Qt::white);
        const TemplateSection *figures = firstOf(p, SectionType::Figures);
        const TemplateSection *journey = firstOf(p, SectionType::Journey);
        std::optional<Funnel> funnel;
        if (!isSmallSegment(p.stats, m_c.minSegment))
            funnel = m_c.funnels.value(index);
        const bool hasFunnel = journey && funnel && !funnel->stages.isEmpty();

        // The sections at the body size and in the columns the PDF card uses; a card whose
        // text does not fit even there grows longer rather than lose a line.
        const QList<CardBlock> blocks = CardBody::blocks(p, m_c.language);
        const qreal top = figures ? sectionsTop : figuresTop;
        const qreal bottom = hasFunnel ? funnelTop - 30 : footerTop - 12;
        qreal bodySize = 9;
        int columns = 3;
        bool grows = false;
        {
            Measure measure;
            const CardCanvas canvas(measure.painter(), cardWidth, m_rtl);
            const CardBody body(
                canvas, blocks, QRectF(cardMargin, top, cardWidth - 2 * cardMargin, bottom - top));
            bodySize = body.bodySize();
            columns = qMax(1, body.columnCount());
            grows = body.hiddenLines() > 0;
        }

        m_out += QStringLiteral("<section class=\"page card%1\" id=\"persona-%2\">\n")
                     .arg(grows ? QStringLiteral(" long") : QString())
                     .arg(index + 1);
        m_out += QStringLiteral("<header class=\"card-head\" style=\"background:%1;color:%2\">")
                     .arg(color.name(), on.name());
        if (firstOf(p, SectionType::Image))
            m_out += QStringLiteral("<img src=\"%1\" alt=\"\">").arg(avatarUri(p, name, on));
        m_out += QStringLiteral("<div class=\"text\"><h2>%1</h2><p class=\"archetype\">%2</p>")
                     .arg(esc(name),
                         esc(QCoreApplication::translate("Card", "Archetype: %1")
                                 .arg(p.archetypeName(m_c.language))));
        const TemplateSection *quoteSection = firstOf(p, SectionType::Quote);
        const QStringList quote = quoteSection ? p.lines(*quoteSection, m_c.language) : QStringList();
        if (!quote.isEmpty() && !quote.first().isEmpty())
            m_out += QStringLiteral("<p class=\"quote\">%1<span class=\"tag\">%2</span></p>")
                         .arg(esc(m_locale.quoteString(quote.join(QLatin1Char(' ')))),
                             esc(evidenceName(p.evidenceOf(*quoteSection))));
        m_out += QStringLiteral("</div></header>\n");

        if (figures) {
            m_out += QStringLiteral("<div class=\"region figures\" style=\"top:%1pt;color:%2\"><h3>%3<span "
                                    "class=\"tag\">%4</span></h3><ul>")
                         .arg(css(figuresTop - 2), ink.name(), esc(figures->displayTitle()),
                             esc(evidenceName(Evidence::Data)));
            for (const QString &key : figures->figures)
                m_out += QStringLiteral(
                    "<li%1 style=\"border-color:%2\"><b style=\"color:#1f2933\">%3</b><span>%4</span></li>")
                             .arg(isMixFigure(key) ? QStringLiteral(" class=\"mix\"") : QString(), ink.name(),
                                 esc(guardedFigureValue(p.stats, key, m_locale, m_c.minSegment)),
                                 esc(figureName(key)));
            m_out += QStringLiteral("</ul></div>\n");
        }

        // A long card: the sections take the height they need (printed, it spans two sheets).
        const QString height = grows ? QString() : QStringLiteral("height:%1pt;").arg(css(bottom - top));
        m_out += QStringLiteral("<div class=\"region sections fit\" "
                                "style=\"top:%1pt;%2column-count:%3;font-size:%4pt;color:%5\">\n")
                     .arg(css(top), height, QString::number(columns), css(bodySize), ink.name());
        for (const CardBlock &block : blocks)
            cardBlock(block, ink);
        m_out += QStringLiteral("</div>\n");

        if (hasFunnel) {
            const QSizeF size(cardWidth - 2 * cardMargin, funnelHeight);
            const QLocale locale = m_locale;
            const Funnel f = *funnel;
            const QString uri = paintedUri(size, 2.5, [&](QPainter &painter) {
                const CardCanvas canvas(painter, size.width(), m_rtl);
                FunnelPainter::Options options;
                options.fontSize = 7.5;
                FunnelPainter::paint(canvas, QRectF(QPointF(0, 0), size), f, color, locale, options);
            });
            m_out += QStringLiteral("<div class=\"region funnel\" style=\"top:%1pt;color:%2\"><h3>%3<span "
                                    "class=\"tag\">%4</span></h3>"
                                    "<img src=\"%5\" alt=\"%6\"></div>\n")
                         .arg(css(funnelTop - 20), ink.name(), esc(journey->displayTitle()),
                             esc(evidenceName(Evidence::Data)), uri,
                             esc(FunnelPainter::texts(f, m_locale).join(QStringLiteral("; "))));
        }

        QStringList parts;
        const qint64 peopleTotal = m_c.run ? m_c.run->people : 0;
        if (peopleTotal > 0)
            parts << QCoreApplication::translate("Card", "%1 people segmented")
                         .arg(m_locale.toString(peopleTotal));
        if (m_c.segmentationOutdated)
            parts << QCoreApplication::translate("Card", "personas from earlier data");
        if (!m_c.dataPeriod.isEmpty())
            parts << QCoreApplication::translate("Card", "data period %1").arg(m_c.dataPeriod);
        if (!m_c.projectName.isEmpty())
            parts << QCoreApplication::translate("Card", "project %1").arg(isolated(m_c.projectName));
        m_out += QStringLiteral(
            "<footer class=\"footer\"><span>%1</span><b>Persona Workbench</b></footer>\n</section>\n")
                     .arg(esc(parts.join(QStringLiteral("  ·  "))));
    }

    void funnels()
    {
        m_out += QStringLiteral("<section class=\"page\" id=\"funnels\">\n");
        band(QCoreApplication::translate("Deck", "Journey funnels"),
            QCoreApplication::translate(
                "Deck", "People per stage, as a share of each persona's first measured stage"));
        m_out += QStringLiteral("<table class=\"grid funnels\"><thead><tr><th style=\"width:110pt\"></th>");
        for (const Persona &p : m_c.personas)
            m_out += QStringLiteral("<th><span class=\"swatch\" style=\"background:%1\"></span>%2</th>")
                         .arg(AvatarPainter::personaColor(p).name(), esc(p.displayName(m_c.language)));
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QString &key : journeyStageKeys()) {
            m_out += QStringLiteral("<tr><th>%1</th>").arg(esc(journeyStageName(key)));
            for (int i = 0; i < m_c.personas.size(); ++i) {
                const Persona &p = m_c.personas[i];
                const std::optional<Funnel> &funnel = m_c.funnels.value(i);
                const FunnelStage *stage = nullptr;
                if (funnel)
                    for (const FunnelStage &fs : funnel->stages)
                        if (fs.key == key)
                            stage = &fs;
                QString figure;
                double share = 0;
                if (!stage || !stage->measured) {
                    figure = QCoreApplication::translate("Deck", "no data");
                } else if (isSmallSegment(p.stats, m_c.minSegment)) {
                    figure = fewerThan(m_locale, m_c.minSegment);
                } else {
                    const qreal first = qreal(funnel->base());
                    share = first > 0 ? stage->people / first : 0;
                    figure = m_locale.toString(stage->people) + QStringLiteral(" · ")
                        + FunnelPainter::percentText(m_locale, share);
                }
                m_out += QStringLiteral(
                    "<td%1>%2<div class=\"track\"><div style=\"width:%3%;background:%4\"></div></div></td>")
                             .arg(stage && stage->measured ? QString() : QStringLiteral(" class=\"none\""),
                                 esc(figure), css(qBound(0.0, share, 1.0) * 100),
                                 AvatarPainter::personaColor(p).name());
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n</section>\n");
    }

    void comparison()
    {
        const ComparisonContent &content = m_c.comparison;
        m_out += QStringLiteral("<section class=\"page\" id=\"comparison\">\n");
        band(QCoreApplication::translate("Comparison", "The personas side by side"), m_c.projectName);
        const QList<ComparisonRow> rows = ComparisonRenderer::rows(content);
        // The largest type at which every row fits the page, measured with the page's font as the
        // PDF page measures its own; a comparison too long even at the smallest type makes a long page.
        const int n = qMax(1, int(content.personas.size()));
        const qreal cellWidth = (cardWidth - 56 - 110) / n - 10;
        const qreal available = 595.28 - 78 - 16 - 46 - 12;
        const auto linesOf = [](const QString &text, const QFont &font, qreal width) {
            const QFontMetricsF metrics(font, &measureDevice());
            return qMax(1,
                qCeil(metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height()
                        / metrics.lineSpacing()
                    - 0.01));
        };
        const auto height = [&](qreal size) {
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(size);
            QFont label(QStringLiteral("DejaVu Sans"));
            label.setPointSizeF(8.5);
            label.setBold(true);
            qreal total = 0;
            for (const ComparisonRow &row : rows) {
                qreal h = linesOf(row.title, label, 100) * 8.5 * 1.3;
                for (const ComparisonCell &cell : row.cells) {
                    qreal c = cell.hasEvidence ? 11 : 0;
                    for (const QString &line : cell.lines)
                        c += linesOf(line, font, cellWidth) * size * 1.25;
                    h = qMax(h, c);
                }
                total += h + 9;
            }
            return total;
        };
        qreal size = 9;
        while (size > 5.5 && height(size) > available)
            size -= 0.25;
        const bool grows = height(size) > available;
        if (grows)
            m_out.replace(m_out.lastIndexOf(QStringLiteral("<section class=\"page\" id=\"comparison\">")),
                int(qstrlen("<section class=\"page\"")), QStringLiteral("<section class=\"page long\""));
        m_out += QStringLiteral("<table class=\"grid compare fit\" style=\"font-size:%1pt\"><thead><tr><th "
                                "style=\"width:110pt\"></th>")
                     .arg(css(size));
        for (const Persona &p : content.personas) {
            const QColor color = AvatarPainter::personaColor(p);
            const QColor on = isLight(color) ? QColor(0x1f, 0x29, 0x33) : QColor(Qt::white);
            const QString name = p.displayName(content.language);
            m_out += QStringLiteral(
                "<th style=\"background:%1;color:%2\"><img src=\"%3\" alt=\"\">%4<small>%5</small></th>")
                         .arg(color.name(), on.name(), avatarUri(p, name, on), esc(name),
                             esc(p.archetypeName(content.language)));
        }
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const ComparisonRow &row : rows) {
            m_out += QStringLiteral("<tr><th>%1</th>").arg(esc(row.title));
            for (int i = 0; i < row.cells.size(); ++i) {
                const ComparisonCell &cell = row.cells[i];
                m_out += QStringLiteral("<td style=\"font-size:%1pt\">").arg(css(size));
                if (cell.hasEvidence)
                    m_out
                        += QStringLiteral("<span class=\"tag\" style=\"color:%1\">%2</span>")
                               .arg(AvatarPainter::personaColor(content.personas.value(i)).darker(120).name(),
                                   esc(evidenceName(cell.evidence)));
                for (const QString &line : cell.lines)
                    m_out += QStringLiteral("<p>%1</p>").arg(esc(line));
                m_out += QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n</section>\n");
    }

    void data()
    {
        m_out += QStringLiteral("<section class=\"page\" id=\"data\">\n");
        band(QCoreApplication::translate("Deck", "About the data"), m_c.projectName);
        m_out += QStringLiteral("<div class=\"data fit\">");
        for (int column = 0; column < 2; ++column) {
            m_out += QStringLiteral("<div>");
            for (const DeckPages::DataLine &line : DeckPages::dataColumn(m_c, column))
                m_out += line.heading ? QStringLiteral("<h2>%1</h2>").arg(esc(line.text))
                                      : QStringLiteral("<p>%1</p>").arg(esc(line.text));
            m_out += QStringLiteral("</div>");
        }
        m_out += QStringLiteral("</div>\n</section>\n");
    }

    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    static const TemplateSection *firstOf(const Persona &persona, SectionType type)
    {
        for (const TemplateSection &s : persona.effectiveTemplate().sections)
            if (s.type == type)
                return &s;
        return nullptr;
    }

    void cardBlock(const CardBlock &block, const QColor &ink)
    {
        m_out += QStringLiteral("<div class=\"block\"><h3>%1").arg(esc(block.title));
        if (block.kind != CardBlock::Kind::Picture)
            m_out += QStringLiteral("<span class=\"tag\">%1</span>").arg(esc(evidenceName(block.evidence)));
        m_out += QStringLiteral("</h3>");
        switch (block.kind) {
        case CardBlock::Kind::Bullets:
            m_out += QStringLiteral("<ul>");
            for (const QString &line : block.lines)
                m_out += QStringLiteral("<li>%1</li>").arg(esc(line));
            m_out += QStringLiteral("</ul>");
            break;
        case CardBlock::Kind::Paragraphs:
            for (const QString &line : block.lines)
                m_out += QStringLiteral("<p style=\"color:#1f2933\">%1</p>").arg(esc(line));
            break;
        case CardBlock::Kind::Scale:
            m_out += QStringLiteral(
                "<div class=\"scale\"><i style=\"inset-inline-start:%1%;background:%2\"></i></div>"
                "<div class=\"poles\"><span>%3</span><span>%4</span></div>")
                         .arg(css(qBound(0, block.scale, 100)), ink.name(), esc(block.leftPole),
                             esc(block.rightPole));
            break;
        case CardBlock::Kind::Picture: {
            QImage image = QImage::fromData(block.picture);
            if (!image.isNull()) {
                const QRect square = AvatarPainter::centredSquare(image.size());
                image = image.copy(square).scaled(360, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                m_out += QStringLiteral("<img src=\"%1\" alt=\"%2\">").arg(pngUri(image), esc(block.title));
            }
            break;
        }
        }
        m_out += QStringLiteral("</div>\n");
    }

    const DeckContent &m_c;
    QLocale m_locale;
    bool m_rtl;
    QString m_out;
};

} // namespace

QString HtmlExporter::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

int HtmlExporter::pageCount(const DeckContent &content)
{
    const int personas = int(content.personas.size());
    return 2 + (content.changes ? 1 : 0) + personas + (personas > 0 ? 1 : 0) + (personas > 1 ? 1 : 0) + 1;
}

std::optional<QByteArray> HtmlExporter::build(const DeckContent &content, Progress *progress)
{
    const int total = pageCount(content);
    int done = 0;
    const auto step
        = [&] { return !progress || progress->report(++done, total, HtmlDeck::tr("Writing the HTML page")); };
    Builder b(content);
    b.head();
    b.cover();
    b.overview();
    if (!step() || !step())
        return std::nullopt;
    if (content.changes) {
        b.changes();
        if (!step())
            return std::nullopt;
    }
    for (int i = 0; i < content.personas.size(); ++i) {
        b.card(i);
        if (!step())
            return std::nullopt;
    }
    if (!content.personas.isEmpty()) {
        b.funnels();
        if (!step())
            return std::nullopt;
    }
    if (content.personas.size() > 1) {
        b.comparison();
        if (!step())
            return std::nullopt;
    }
    b.data();
    b.tail();
    if (!step())
        return std::nullopt;
    return b.bytes();
}

bool exportHtmlDeck(Project &project, const QString &path, const DeckOptions &options, Progress *progress,
    Error *error, DeckChangesOutcome *changes)
{
    std::optional<DeckContent> deck = DeckContent::load(project, options.language, options.minSegment, error);
    if (!deck || !deck->loadChanges(project, options.since, error))
        return false;
    if (changes)
        *changes = deck->changesOutcome();
    const auto fail = [&](const QString &message) {
        if (error) {
            *error = Error();
            error->file = path;
            error->message = message;
        }
        return false;
    };
    const std::optional<QByteArray> page = HtmlExporter::build(*deck, progress);
    if (!page)
        return fail(
            QCoreApplication::translate("DeckExporter", "The export was canceled; nothing was written."));
    if (QString problem; !writeWholeFile(path, *page, &problem))
        return fail(HtmlDeck::tr("The HTML file cannot be written: %1").arg(problem));
    return noteExportedDeck(project, *deck, options, error);
}

} // namespace pw
