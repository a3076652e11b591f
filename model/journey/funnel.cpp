// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel.h"

#include "persona/persona.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pw {

namespace {

enum StageBit : quint8 {
    Awareness = 1,
    Consideration = 2,
    Conversion = 4,
    Retention = 8,
    Advocacy = 16,
};
constexpr quint8 kStageBits[] = {Awareness, Consideration, Conversion, Retention, Advocacy};

bool runQuery(QSqlQuery &q, const QString &sql, Error *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        error->message = QCoreApplication::translate("Funnel", "The funnel could not be computed: %1")
                             .arg(q.lastError().text());
    return false;
}

Funnel tally(const QHash<qint64, quint8> &flags, const QHash<qint64, int> *segmentOf, int segment)
{
    qint64 counts[5] = {};
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        if (segmentOf && segmentOf->value(it.key(), -1) != segment)
            continue;
        for (int s = 0; s < 5; ++s)
            if (it.value() & kStageBits[s])
                ++counts[s];
    }
    Funnel f;
    const QStringList keys = journeyStageKeys();
    for (int s = 0; s < 5; ++s)
        f.stages << FunnelStage{keys[s], counts[s]};
    return f;
}

} // namespace

QStringList journeyStageKeys()
{
    return {QStringLiteral("awareness"), QStringLiteral("consideration"), QStringLiteral("conversion"),
            QStringLiteral("retention"), QStringLiteral("advocacy")};
}

QString journeyStageName(const QString &key)
{
    if (key == QLatin1String("awareness"))
        return QCoreApplication::translate("Funnel", "Awareness");
    if (key == QLatin1String("consideration"))
        return QCoreApplication::translate("Funnel", "Consideration");
    if (key == QLatin1String("conversion"))
        return QCoreApplication::translate("Funnel", "Conversion");
    if (key == QLatin1String("retention"))
        return QCoreApplication::translate("Funnel", "Retention");
    if (key == QLatin1String("advocacy"))
        return QCoreApplication::translate("Funnel", "Advocacy");
    return key;
}

qint64 Funnel::people(const QString &key) const
{
    for (const FunnelStage &s : stages)
        if (s.key == key)
            return s.people;
    return 0;
}

std::optional<FunnelReport> computeFunnels(Project &project, Error *error)
{
    // Stage membership per person (DESIGN.md's defaults): awareness = any session or order;
    // consideration = a product view, add to cart, checkout or an order; conversion = an order;
    // retention = two orders; advocacy = a review rated 4-5 (or NPS 9-10) or a referral.
    QHash<qint64, quint8> flags;
    QSqlQuery q(project.db());
    q.setForwardOnly(true);

    if (!runQuery(q, QStringLiteral("SELECT person_id, count(*) FROM orders GROUP BY person_id"), error))
        return std::nullopt;
    while (q.next()) {
        const qint64 orders = q.value(1).toLongLong();
        quint8 &f = flags[q.value(0).toLongLong()];
        f |= Awareness | Consideration | Conversion;
        if (orders >= 2)
            f |= Retention;
    }
    if (!runQuery(q, QStringLiteral(
                         "SELECT person_id,"
                         " max(event_type IN ('product_view', 'add_to_cart', 'begin_checkout', 'purchase')),"
                         " max(event_type = 'referral')"
                         " FROM events WHERE person_id IS NOT NULL GROUP BY person_id"),
                  error))
        return std::nullopt;
    while (q.next()) {
        quint8 &f = flags[q.value(0).toLongLong()];
        f |= Awareness;
        if (q.value(1).toInt())
            f |= Consideration;
        if (q.value(2).toInt())
            f |= Advocacy;
    }
    if (!runQuery(q, QStringLiteral("SELECT DISTINCT person_id FROM reviews WHERE rating >= 4 OR nps >= 9"),
                  error))
        return std::nullopt;
    while (q.next())
        flags[q.value(0).toLongLong()] |= Advocacy;

    FunnelReport report;
    report.everyone = tally(flags, nullptr, 0);

    const QList<Persona> personas = PersonaRepository::load(project, error);
    QHash<qint64, QHash<qint64, int>> segmentsByRun;
    for (const Persona &p : personas) {
        if (p.runId <= 0 || p.segment < 0)
            continue;
        if (!segmentsByRun.contains(p.runId)) {
            QHash<qint64, int> &map = segmentsByRun[p.runId];
            q.prepare(QStringLiteral("SELECT person_id, segment FROM assignments WHERE run_id = ?"));
            q.addBindValue(p.runId);
            if (!q.exec()) {
                if (error)
                    error->message = q.lastError().text();
                return std::nullopt;
            }
            while (q.next())
                map.insert(q.value(0).toLongLong(), q.value(1).toInt());
        }
        report.personas << PersonaFunnel{p.id, tally(flags, &segmentsByRun[p.runId], p.segment)};
    }
    return report;
}

} // namespace pw
