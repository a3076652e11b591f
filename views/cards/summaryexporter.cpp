// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryexporter.h"

#include "common/savefile.h"
#include "deckcontent.h"
#include "deckexporter.h"
#include "figureguard.h"
#include "persona/personatemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace pw {

namespace {

/// The translation context of the texts in this file.
class SummaryExporter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryExporter)
};

/// A figure's raw value; nullopt for order figures of a segment that never ordered and for a
/// figure the data cannot measure (NaN).
std::optional<double> rawFigure(const PersonaStats &s, const QString &key)
{
    if (s.invalid)
        return std::nullopt; // figures out of range are no figures (see PersonaStats::invalid)
    const bool buyers = s.ordersPerPerson > 0;
    if (key == QLatin1String("share_people"))
        return s.sharePeople;
    if (key == QLatin1String("share_revenue"))
        return std::isnan(s.shareRevenue) ? std::nullopt : std::optional<double>(s.shareRevenue);
    if (key == QLatin1String("size"))
        return double(s.size);
    auto cents = [](double v) { return std::round(v * 100.0) / 100.0; }; // money, to the cent
    if (key == QLatin1String("revenue"))
        return cents(s.revenue);
    auto measured = [](double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); };
    if (key == QLatin1String("average_order_value"))
        return buyers ? measured(cents(s.averageOrderValue)) : std::nullopt;
    if (key == QLatin1String("orders_per_person"))
        return buyers ? std::optional<double>(s.ordersPerPerson) : std::nullopt;
    if (key == QLatin1String("recency_days"))
        return buyers ? measured(s.recencyDays) : std::nullopt;
    if (key == QLatin1String("discount_share"))
        return buyers ? measured(s.discountShare) : std::nullopt;
    if (key == QLatin1String("cart_abandonment"))
        return measured(s.cartAbandonment);
    if (key == QLatin1String("confidence"))
        return s.confidence;
    return std::nullopt;
}

/// A mix figure's list (channel mix or top categories).
const QList<MixShare> &mixFigure(const PersonaStats &s, const QString &key)
{
    return key == QLatin1String("channel_mix") ? s.channelMix : s.topCategories;
}

/// A mix in one CSV cell: "Web 62%; Mobile app 30%"; empty when there is none.
QString mixText(const QList<MixShare> &mix)
{
    QStringList parts;
    for (const MixShare &m : mix)
        parts << m.value + QLatin1Char(' ') + QString::number(qRound(m.share * 100)) + QLatin1Char('%');
    return parts.join(QStringLiteral("; "));
}

bool fail(Error *error, const QString &path, const QString &message)
{
    if (error) {
        *error = Error();
        error->file = path;
        error->message = message;
    }
    return false;
}

bool writeFile(const QString &path, const QByteArray &bytes, Error *error)
{
    QString problem;
    if (!writeWholeFile(path, bytes, &problem))
        return fail(error, path, SummaryExporter::tr("The file cannot be written: %1").arg(problem));
    return true;
}

} // namespace

QString neutralizeCsvCell(const QString &cell)
{
    // A plain number is no formula: a negative revenue (credit notes, refunds) must stay a
    // number a spreadsheet sums, not become text.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (number.match(cell).hasMatch())
        return cell;
    if (!cell.isEmpty()
        && (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+') || cell.front() == QLatin1Char('-')
            || cell.front() == QLatin1Char('@')))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString csvField(const QString &cell)
{
    QString safe = neutralizeCsvCell(cell);
    if (safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) || safe.contains(QLatin1Char('\n'))
        || safe.contains(QLatin1Char('\r'))) {
        safe.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + safe + QLatin1Char('"');
    }
    return safe;
}

bool exportSummaryJson(Project &project, const QString &path, const DeckOptions &options, Error *error)
{
    const auto deck = DeckContent::load(project, options.language, options.minSegment, error);
    if (!deck)
        return false;
    const QLocale locale(options.language);
    QJsonArray personas;
    for (const Persona &p : deck->personas) {
        QJsonObject o;
        o.insert(QStringLiteral("position"), p.position + 1);
        o.insert(QStringLiteral("name"), p.displayName(options.language));
        o.insert(QStringLiteral("archetype"), p.archetype);
        o.insert(QStringLiteral("archetype_name"), p.archetypeName(options.language));
        o.insert(QStringLiteral("color"), p.color);
        const bool small = isSmallSegment(p.stats, deck->minSegment);
        o.insert(QStringLiteral("small_segment"), small);
        if (p.stats.invalid)
            o.insert(QStringLiteral("figures_invalid"), true);
        QJsonObject figures;
        for (const QString &key : figureKeys()) {
            const std::optional<double> v = rawFigure(p.stats, key);
            if (small && key == QLatin1String("size"))
                figures.insert(key, fewerThan(locale, deck->minSegment));
            else if (isMixFigure(key))
                figures.insert(key, small || p.stats.invalid || !p.stats.mixComputed ? QJsonValue()
                                                                                       : QJsonValue(mixToJson(mixFigure(p.stats, key))));
            else
                figures.insert(key, small || !v ? QJsonValue() : QJsonValue(*v));
        }
        o.insert(QStringLiteral("figures"), figures);
        QJsonObject sections;
        for (const QString &key : Section::all())
            sections.insert(key, QJsonArray::fromStringList(p.section(key, options.language)));
        o.insert(QStringLiteral("sections"), sections);
        personas.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("project"), deck->projectName);
    root.insert(QStringLiteral("data_period"), deck->dataPeriod);
    root.insert(QStringLiteral("people"), deck->peopleTotal);
    root.insert(QStringLiteral("min_segment"), deck->minSegment);
    root.insert(QStringLiteral("personas"), personas);
    return writeFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool exportSummaryCsv(Project &project, const QString &path, const DeckOptions &options, Error *error)
{
    const auto deck = DeckContent::load(project, options.language, options.minSegment, error);
    if (!deck)
        return false;
    const QLocale locale(options.language);
    QStringList header = {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("archetype")};
    header << figureKeys() << Section::all();
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Persona &p : deck->personas) {
        const bool small = isSmallSegment(p.stats, deck->minSegment);
        QStringList row = {QString::number(p.position + 1), p.displayName(options.language),
                           p.archetypeName(options.language)};
        for (const QString &key : figureKeys()) {
            const std::optional<double> v = rawFigure(p.stats, key);
            if (small)
                row << (key == QLatin1String("size") ? fewerThan(locale, deck->minSegment) : QString());
            else if (isMixFigure(key))
                row << mixText(mixFigure(p.stats, key));
            else
                row << (v ? QString::number(*v, 'g', 12) : QString());
        }
        for (const QString &key : Section::all())
            row << p.section(key, options.language).join(QStringLiteral("; "));
        QStringList fields;
        for (const QString &cell : std::as_const(row))
            fields << csvField(cell);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return writeFile(path, out.toUtf8(), error);
}

} // namespace pw
