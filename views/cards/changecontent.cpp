// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecontent.h"

#include "analysis/workshoprun.h"
#include "avatarpainter.h"
#include "figureguard.h"
#include "persona/personatemplate.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QVariant>

#include <cmath>

namespace pw {

namespace {

/// The translation context of the texts in this file and the page's.
class ChangePage
{
    Q_DECLARE_TR_FUNCTIONS(ChangePage)
};

QColor colorOf(const RunPersona &p)
{
    const QColor c = QColor::fromString(p.color);
    return c.isValid() ? c : QColor(0x45, 0x5a, 0x64);
}

/// `value` with its sign ("+12", "−3.5") as a left-to-right isolate, so that a right-to-left line
/// does not carry the sign to the number's other end.
QString signedNumber(const QLocale &locale, double value, int decimals)
{
    const double rounded = std::round(std::abs(value) * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString sign = value > 0 ? QStringLiteral("+") : QString(QChar(0x2212));
    return QChar(0x2066) + sign + locale.toString(rounded, 'f', decimals) + QChar(0x2069);
}

} // namespace

QStringList ChangeContent::figureKeys()
{
    return {QStringLiteral("size"),
            QStringLiteral("share_people"),
            QStringLiteral("share_revenue"),
            QStringLiteral("average_order_value"),
            QStringLiteral("orders_per_person"),
            QStringLiteral("recency_days")};
}

std::optional<double> figureNumber(const PersonaStats &s, const QString &key)
{
    if (s.invalid)
        return std::nullopt;
    const bool buyers = s.ordersPerPerson > 0;
    double v = qQNaN();
    if (key == QLatin1String("size"))
        v = double(s.size);
    else if (key == QLatin1String("share_people"))
        v = s.sharePeople;
    else if (key == QLatin1String("share_revenue"))
        v = s.shareRevenue;
    else if (key == QLatin1String("average_order_value") && buyers)
        v = s.averageOrderValue;
    else if (key == QLatin1String("orders_per_person") && buyers)
        v = s.ordersPerPerson;
    else if (key == QLatin1String("recency_days") && buyers)
        v = s.recencyDays;
    if (std::isnan(v))
        return std::nullopt;
    return v;
}

ChangeContent ChangeContent::fromMovement(const Movement &movement, const QList<Persona> &current,
                                          const QString &language, int minSegment)
{
    ChangeContent c;
    c.language = language;
    c.minSegment = qMax(0, minSegment);
    c.thenRun = movement.fromRun;
    c.nowRun = movement.toRun;
    c.peopleThen = movement.peopleBefore;
    c.peopleNow = movement.peopleAfter;

    QHash<qint64, const RunPersona *> then, now;
    for (const RunPersona &p : movement.fromPersonas)
        then.insert(p.personaId, &p);
    for (const RunPersona &p : movement.toPersonas)
        now.insert(p.personaId, &p);
    QHash<qint64, int> index; // persona id -> row
    const auto add = [&](const RunPersona *before, const RunPersona *after, const Persona *persona) {
        PersonaThenNow change;
        change.kind = before && after ? PersonaThenNow::Kind::Kept
            : after                   ? PersonaThenNow::Kind::New
                                      : PersonaThenNow::Kind::Gone;
        const RunPersona &latest = after ? *after : *before;
        change.personaId = latest.personaId;
        change.name = persona && after ? persona->displayName(language) : latest.displayName(language);
        change.color = persona && after ? AvatarPainter::personaColor(*persona) : colorOf(latest);
        if (before) {
            change.then = before->stats;
            if (after && before->displayName(language) != change.name)
                change.nameThen = before->displayName(language);
        }
        if (after)
            change.now = after->stats;
        index.insert(change.personaId, int(c.personas.size()));
        c.personas << change;
    };
    // The later run's personas in the deck's order, those the deck no longer has after them by
    // segment, then the gone ones by segment.
    for (const Persona &persona : current)
        if (const RunPersona *after = now.value(persona.id))
            add(then.value(persona.id), after, &persona);
    for (const RunPersona &p : movement.toPersonas)
        if (!index.contains(p.personaId))
            add(then.value(p.personaId), &p, nullptr);
    for (const RunPersona &p : movement.fromPersonas)
        if (!index.contains(p.personaId))
            add(&p, nullptr, nullptr);

    for (const Flow &f : movement.flows) {
        ChangeFlow flow;
        flow.from = f.from ? int(index.value(*f.from, -1)) : -1;
        flow.to = f.to ? int(index.value(*f.to, -1)) : -1;
        flow.people = f.people;
        if (flow.people <= 0)
            continue;
        // Two flows of the same pair (a persona without a row counts as outside) are one.
        bool merged = false;
        for (ChangeFlow &existing : c.flows)
            if (existing.from == flow.from && existing.to == flow.to) {
                existing.people += flow.people;
                merged = true;
            }
        if (!merged)
            c.flows << flow;
    }
    return c;
}

std::optional<qint64> ChangeContent::resolve(Project &project, const SegmentationRun &nowRun, const ChangesSince &since,
                                             QString *reason, Error *error)
{
    const auto say = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    if (reason)
        reason->clear();
    if (since.mode == ChangesSince::Mode::None)
        return say(ChangePage::tr("Left out, as chosen."));
    if (nowRun.id <= 0)
        return say(ChangePage::tr("The project has no segmentation run yet."));
    qint64 thenId = 0;
    if (since.mode == ChangesSince::Mode::LastWorkshop) {
        const std::optional<qint64> noted = WorkshopRun::noted(project);
        if (!noted)
            return say(ChangePage::tr("No deck of this project was exported or presented before; the next deck "
                                      "will show what changed since this one."));
        const std::optional<qint64> baseline = WorkshopRun::baseline(project, nowRun.id);
        if (!baseline)
            return say(ChangePage::tr("The personas are still those of the last workshop's deck (run %1).")
                           .arg(nowRun.id));
        Error missing;
        if (!RunStore::run(project, *baseline, &missing))
            return say(ChangePage::tr("The run of the last workshop's deck (run %1) is no longer in the project.")
                           .arg(*baseline));
        if (*baseline > nowRun.id)
            return say(ChangePage::tr("The last workshop's deck (run %1) is of a later run than this deck's.")
                           .arg(*baseline));
        thenId = *baseline;
    } else {
        thenId = since.run;
        if (thenId == nowRun.id)
            return say(ChangePage::tr("Run %1 is the deck's own run: there is nothing to compare.").arg(thenId));
        if (!RunStore::run(project, thenId, error))
            return std::nullopt;
        if (thenId > nowRun.id) {
            fail(error, ChangePage::tr("Run %1 is later than the deck's run %2: choose an earlier run.")
                            .arg(thenId)
                            .arg(nowRun.id));
            return std::nullopt;
        }
    }
    const QVariant recorded =
        project.scalar(QStringLiteral("SELECT count(*) FROM run_personas WHERE run_id = ?"), {thenId});
    if (recorded.toLongLong() <= 0)
        return say(ChangePage::tr("Run %1 kept no record of its personas.").arg(thenId));
    return thenId;
}

std::optional<ChangeContent> ChangeContent::load(Project &project, const SegmentationRun &nowRun,
                                                 const QList<Persona> &current, const ChangesSince &since,
                                                 const QString &language, int minSegment, QString *reason,
                                                 Error *error)
{
    const std::optional<qint64> thenId = resolve(project, nowRun, since, reason, error);
    if (!thenId)
        return std::nullopt;
    const std::optional<Movement> movement = RunHistory::movement(project, *thenId, nowRun.id, error);
    if (!movement)
        return std::nullopt;
    ChangeContent content = fromMovement(*movement, current, language, minSegment);
    content.sinceWorkshop = since.mode == ChangesSince::Mode::LastWorkshop;
    return content;
}

qint64 ChangeContent::cameIn() const
{
    qint64 n = 0;
    for (const ChangeFlow &f : flows)
        if (f.from < 0)
            n += f.people;
    return n;
}

qint64 ChangeContent::left() const
{
    qint64 n = 0;
    for (const ChangeFlow &f : flows)
        if (f.to < 0)
            n += f.people;
    return n;
}

qint64 ChangeContent::flowPeople(int from, int to) const
{
    for (const ChangeFlow &f : flows)
        if (f.from == from && f.to == to)
            return f.people;
    return 0;
}

QDate ChangeContent::runDate(const SegmentationRun &run)
{
    if (run.asOf)
        return *run.asOf;
    return QDateTime::fromSecsSinceEpoch(run.createdAt, Qt::UTC).date();
}

QString ChangeContent::valueText(const std::optional<PersonaStats> &stats, const QString &key,
                                 const QLocale &locale) const
{
    if (!stats)
        return QStringLiteral("—");
    return guardedFigureValue(*stats, key, locale, minSegment);
}

QString ChangeContent::deltaText(const PersonaThenNow &change, const QString &key, const QLocale &locale) const
{
    const QString dash = QStringLiteral("—");
    if (!change.then || !change.now || isSmallSegment(*change.then, minSegment)
        || isSmallSegment(*change.now, minSegment))
        return dash;
    const std::optional<double> a = figureNumber(*change.then, key);
    const std::optional<double> b = figureNumber(*change.now, key);
    if (!a || !b)
        return dash;
    const bool share = key == QLatin1String("share_people") || key == QLatin1String("share_revenue");
    const double scale = share ? 100.0 : 1.0;
    const int decimals = key == QLatin1String("size") || key == QLatin1String("recency_days") ? 0
        : key == QLatin1String("orders_per_person")                                          ? 2
        : share                                                                               ? 1
        : (std::abs(*b) >= 100 ? 0 : 2);
    const double diff = (*b - *a) * scale;
    const double unit = std::pow(10.0, -decimals);
    if (std::abs(diff) < unit / 2)
        return QStringLiteral("=");
    const QString arrow = diff > 0 ? QString(QChar(0x25B2)) : QString(QChar(0x25BC));
    const QString number = signedNumber(locale, diff, decimals);
    //: A change of a share in percentage points, e.g. "+2.5 pp"
    return arrow + QLatin1Char(' ') + (share ? ChangePage::tr("%1 pp").arg(number) : number);
}

QString ChangeContent::peopleText(qint64 people, const QLocale &locale) const
{
    if (people > 0 && people < minSegment)
        return fewerThan(locale, minSegment);
    return locale.toString(people);
}

} // namespace pw
