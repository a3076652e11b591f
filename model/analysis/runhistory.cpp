// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistory.h"

#include "store/project.h"
#include "store/purchase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace pw {

QString RunPersona::displayName(const QString &language) const
{
    Persona p;
    p.customName = customName;
    p.archetype = archetype;
    p.nameSuffix = nameSuffix;
    return p.displayName(language);
}

namespace RunHistory {

namespace {

bool failed(Error *error, const QSqlQuery &q)
{
    return fail(error, QCoreApplication::translate("RunHistory", "The history of the runs cannot be read: %1")
                           .arg(q.lastError().text()));
}

/// A run's centroids, per segment, in its standardised units, and its transforms by feature.
struct Centres
{
    QStringList features;
    QList<QList<double>> centroids;
    QHash<QString, FeatureTransform> transforms;
};

Centres centresOf(const SegmentationRun &run)
{
    Centres c;
    for (const QJsonValue &v : run.centroids.value(QStringLiteral("features")).toArray())
        c.features << v.toString();
    for (const QJsonValue &row : run.centroids.value(QStringLiteral("centroids")).toArray()) {
        QList<double> centre;
        for (const QJsonValue &v : row.toArray())
            centre << v.toDouble();
        c.centroids << centre;
    }
    for (const FeatureTransform &t : run.transforms())
        c.transforms.insert(t.key, t);
    return c;
}

/// The distance between segment `a` of `before` and segment `b` of `after`, in `after`'s units:
/// the earlier centroid is taken back to the values its run standardised (before weighting and
/// scaling) and standardised again as the later run did. Features only one run has, or that the
/// two runs transformed differently (log or not), are left out; NaN when none is left.
double profileDistance(const Centres &before, int a, const Centres &after, int b, QList<FeatureMove> *moved)
{
    if (a < 0 || a >= before.centroids.size() || b < 0 || b >= after.centroids.size())
        return qQNaN();
    double sum = 0;
    int shared = 0;
    QList<FeatureMove> moves;
    for (int j = 0; j < after.features.size(); ++j) {
        const QString &key = after.features[j];
        const int i = int(before.features.indexOf(key));
        const auto tb = before.transforms.constFind(key);
        const auto ta = after.transforms.constFind(key);
        if (i < 0 || tb == before.transforms.cend() || ta == after.transforms.cend() || tb->log != ta->log
            || j >= after.centroids[b].size() || i >= before.centroids[a].size() || tb->weight == 0 || ta->sd <= 0)
            continue;
        // A feature moved as far as both its values moved (the earlier centroid standardised as
        // the later run did) and its place among the store's people (the two standardised
        // centroids as they are): a whole store a quarter older, or more people who never
        // bought, is no drift of one persona.
        const double now = after.centroids[b][j];
        const double place = before.centroids[a][i] / tb->weight * ta->weight;
        const double value = ta->weight * ((before.centroids[a][i] * tb->sd / tb->weight + tb->mean) - ta->mean) / ta->sd;
        const double then = std::abs(now - place) < std::abs(now - value) ? place : value;
        sum += (now - then) * (now - then);
        ++shared;
        moves << FeatureMove {key, then, now};
    }
    if (shared == 0)
        return qQNaN();
    std::stable_sort(moves.begin(), moves.end(), [](const FeatureMove &x, const FeatureMove &y) {
        return std::abs(x.after - x.before) > std::abs(y.after - y.before);
    });
    if (moved)
        *moved = moves.mid(0, 3);
    return std::sqrt(sum);
}

/// People per (segment in `from`, segment in `to`), -1 for a run the person is not in.
std::optional<std::map<std::pair<int, int>, qint64>> segmentFlows(Project &project, qint64 from, qint64 to, Error *error)
{
    // Both runs' assignments by person, merged: every person of either run once.
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.segment, b.segment, count(*) FROM assignments a LEFT JOIN assignments b"
        " ON b.run_id = ? AND b.person_id = a.person_id WHERE a.run_id = ? GROUP BY 1, 2"
        " UNION ALL SELECT NULL, b.segment, count(*) FROM assignments b WHERE b.run_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.run_id = ? AND a.person_id = b.person_id) GROUP BY 2"));
    q.addBindValue(to);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec()) {
        failed(error, q);
        return std::nullopt;
    }
    std::map<std::pair<int, int>, qint64> flows;
    while (q.next())
        flows[{q.value(0).isNull() ? -1 : q.value(0).toInt(), q.value(1).isNull() ? -1 : q.value(1).toInt()}]
            += q.value(2).toLongLong();
    return flows;
}

} // namespace

bool record(Project &project, qint64 runId, Error *error)
{
    return project.exec(QStringLiteral("DELETE FROM run_personas WHERE run_id = ?"), {runId}, error)
        && project.exec(QStringLiteral(
               "INSERT OR IGNORE INTO run_personas (run_id, segment, persona_id, custom_name, archetype, name_suffix, color, stats)"
               " SELECT run_id, segment, id, name, archetype,"
               " CASE WHEN json_valid(fields) THEN coalesce(json_extract(fields, '$._name_suffix'), '') ELSE '' END,"
               " color, stats FROM personas WHERE run_id = ? AND segment >= 0 ORDER BY position"),
            {runId}, error);
}

std::optional<QList<RunPersona>> personasOf(Project &project, qint64 runId, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT segment, persona_id, custom_name, archetype, name_suffix, color, stats"
                             " FROM run_personas WHERE run_id = ? ORDER BY segment"));
    q.addBindValue(runId);
    if (!q.exec()) {
        failed(error, q);
        return std::nullopt;
    }
    QList<RunPersona> list;
    while (q.next()) {
        RunPersona p;
        p.runId = runId;
        p.segment = q.value(0).toInt();
        p.personaId = q.value(1).toLongLong();
        p.customName = q.value(2).toString();
        p.archetype = q.value(3).toString();
        p.nameSuffix = q.value(4).toString();
        p.color = q.value(5).toString();
        p.stats = PersonaStats::fromJson(QJsonDocument::fromJson(q.value(6).toByteArray()).object());
        list << p;
    }
    return list;
}

std::optional<History> history(Project &project, double threshold, Error *error)
{
    History h;
    h.threshold = threshold < 0 ? defaultThreshold : threshold;
    // The latest timeline's first run, if any: the history starts there.
    const qint64 start = project.scalar(QStringLiteral("SELECT coalesce(max(timeline), 0) FROM segmentation_runs")).toLongLong();
    auto runs = RunStore::allRuns(project, error); // newest first
    if (!runs)
        return std::nullopt;
    for (auto it = runs->crbegin(); it != runs->crend(); ++it)
        if (it->id >= start)
            h.runs << *it;

    // The personas now, for the names they have now.
    Error loadError;
    QHash<qint64, Persona> current;
    for (const Persona &p : PersonaRepository::load(project, &loadError))
        current.insert(p.id, p);

    QHash<qint64, int> indexOf; // persona id -> index in h.personas
    QHash<qint64, int> lastRunOf; // persona id -> index in h.runs of its last point so far
    Centres previousCentres;
    QHash<qint64, int> previousSegment; // persona id -> segment in the run before
    for (int r = 0; r < h.runs.size(); ++r) {
        const SegmentationRun &run = h.runs[r];
        const auto personas = personasOf(project, run.id, error);
        if (!personas)
            return std::nullopt;
        const Centres centres = centresOf(run);
        std::optional<std::map<std::pair<int, int>, qint64>> flows;
        if (r > 0) {
            flows = segmentFlows(project, h.runs[r - 1].id, run.id, error);
            if (!flows)
                return std::nullopt;
        }
        QHash<qint64, int> segmentNow;
        for (const RunPersona &rp : *personas) {
            segmentNow.insert(rp.personaId, rp.segment);
            auto found = indexOf.constFind(rp.personaId);
            if (found == indexOf.cend()) {
                PersonaHistory ph;
                ph.personaId = rp.personaId;
                found = indexOf.insert(rp.personaId, int(h.personas.size()));
                h.personas << ph;
            }
            PersonaHistory &ph = h.personas[*found];
            ph.latest = rp;
            HistoryPoint point;
            point.runId = run.id;
            point.segment = rp.segment;
            point.stats = rp.stats;
            const auto before = previousSegment.constFind(rp.personaId);
            if (r > 0 && before != previousSegment.cend() && lastRunOf.value(rp.personaId) == r - 1) {
                point.distance = profileDistance(previousCentres, *before, centres, rp.segment, &point.moved);
                point.drift = !std::isnan(point.distance) && point.distance >= h.threshold;
                qint64 was = 0, still = 0;
                for (const auto &[pair, people] : *flows) {
                    if (pair.first != *before)
                        continue;
                    was += people;
                    if (pair.second == rp.segment)
                        still += people;
                }
                point.stayed = was > 0 ? double(still) / double(was) : qQNaN();
            }
            ph.points << point;
            lastRunOf.insert(rp.personaId, r);
        }
        previousCentres = centres;
        previousSegment = segmentNow;
    }
    for (PersonaHistory &ph : h.personas) {
        const auto now = current.constFind(ph.personaId);
        if (now == current.cend())
            continue;
        ph.latest.customName = now->customName;
        ph.latest.archetype = now->archetype;
        ph.latest.nameSuffix = now->nameSuffix;
        ph.latest.color = now->color;
    }
    return h;
}

std::optional<Movement> movement(Project &project, qint64 fromRun, qint64 toRun, Error *error)
{
    Movement m;
    const auto first = RunStore::run(project, fromRun, error);
    if (!first)
        return std::nullopt;
    const auto second = RunStore::run(project, toRun, error);
    if (!second)
        return std::nullopt;
    m.fromRun = *first;
    m.toRun = *second;
    const auto before = personasOf(project, fromRun, error);
    const auto after = before ? personasOf(project, toRun, error) : std::nullopt;
    if (!before || !after)
        return std::nullopt;
    m.fromPersonas = *before;
    m.toPersonas = *after;
    auto personaOf = [](const QList<RunPersona> &list, int segment) -> std::optional<qint64> {
        for (const RunPersona &p : list)
            if (p.segment == segment)
                return p.personaId;
        return std::nullopt;
    };
    const auto flows = segmentFlows(project, fromRun, toRun, error);
    if (!flows)
        return std::nullopt;
    // Segments without a persona (none should be) count as outside, never dropped.
    std::map<std::pair<qint64, qint64>, qint64> byPersona; // -1: none
    for (const auto &[pair, people] : *flows) {
        const std::optional<qint64> a = pair.first < 0 ? std::nullopt : personaOf(m.fromPersonas, pair.first);
        const std::optional<qint64> b = pair.second < 0 ? std::nullopt : personaOf(m.toPersonas, pair.second);
        byPersona[{a.value_or(-1), b.value_or(-1)}] += people;
        if (pair.first >= 0)
            m.peopleBefore += people;
        if (pair.second >= 0)
            m.peopleAfter += people;
    }
    // By from then to, none last.
    auto key = [](qint64 id) { return id < 0 ? std::numeric_limits<qint64>::max() : id; };
    std::vector<std::pair<std::pair<qint64, qint64>, qint64>> sorted(byPersona.begin(), byPersona.end());
    std::stable_sort(sorted.begin(), sorted.end(), [&](const auto &x, const auto &y) {
        return std::make_pair(key(x.first.first), key(x.first.second)) < std::make_pair(key(y.first.first), key(y.first.second));
    });
    for (const auto &[pair, people] : sorted) {
        if (people == 0)
            continue;
        Flow f;
        if (pair.first >= 0)
            f.from = pair.first;
        if (pair.second >= 0)
            f.to = pair.second;
        f.people = people;
        m.flows << f;
    }
    return m;
}

namespace {

/// The SQL selecting the person ids of one flow (one column, person_id), with its bound values.
struct FlowSelect
{
    QString sql;
    QVariantList values;
};

std::optional<FlowSelect> flowSelect(Project &project, qint64 fromRun, qint64 toRun, std::optional<qint64> fromPersona,
    std::optional<qint64> toPersona, Error *error)
{
    if (!fromPersona && !toPersona) {
        fail(error, QCoreApplication::translate("RunHistory", "A flow goes from a persona or to one"));
        return std::nullopt;
    }
    // The segments of each persona in each run (a persona holds at most one per run).
    auto segmentOf = [&](qint64 run, std::optional<qint64> persona) -> QVariant {
        if (!persona)
            return QVariant();
        return project.scalar(QStringLiteral("SELECT segment FROM run_personas WHERE run_id = ? AND persona_id = ?"),
                              {run, *persona});
    };
    const QVariant a = segmentOf(fromRun, fromPersona), b = segmentOf(toRun, toPersona);
    if ((fromPersona && !a.isValid()) || (toPersona && !b.isValid())) {
        fail(error, QCoreApplication::translate("RunHistory", "The persona is not in that run"));
        return std::nullopt;
    }
    if (fromPersona && toPersona)
        return FlowSelect {QStringLiteral("SELECT a.person_id FROM assignments a JOIN assignments b ON b.person_id = a.person_id"
                                          " WHERE a.run_id = ? AND a.segment = ? AND b.run_id = ? AND b.segment = ?"),
            {fromRun, a, toRun, b}};
    // In one run's segment and not in the other run at all.
    return FlowSelect {QStringLiteral("SELECT a.person_id FROM assignments a WHERE a.run_id = ? AND a.segment = ?"
                                      " AND NOT EXISTS (SELECT 1 FROM assignments b WHERE b.run_id = ? AND b.person_id = a.person_id)"),
        {fromPersona ? fromRun : toRun, fromPersona ? a : b, fromPersona ? toRun : fromRun}};
}

/// The first second after a run's date (UTC), or unset for a run of all the data.
std::optional<qint64> endOf(const SegmentationRun &run)
{
    if (!run.asOf)
        return std::nullopt;
    return QDateTime(run.asOf->addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

std::optional<QStringList> flowPeople(Project &project, qint64 fromRun, qint64 toRun,
    std::optional<qint64> fromPersona, std::optional<qint64> toPersona, Error *error)
{
    const auto select = flowSelect(project, fromRun, toRun, fromPersona, toPersona, error);
    if (!select)
        return std::nullopt;
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT customer_id FROM people WHERE id IN (%1) ORDER BY customer_id").arg(select->sql));
    for (const QVariant &v : select->values)
        q.addBindValue(v);
    if (!q.exec()) {
        failed(error, q);
        return std::nullopt;
    }
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

std::optional<FlowProfile> flowProfile(Project &project, qint64 fromRun, qint64 toRun,
    std::optional<qint64> fromPersona, std::optional<qint64> toPersona, Error *error)
{
    const auto select = flowSelect(project, fromRun, toRun, fromPersona, toPersona, error);
    if (!select)
        return std::nullopt;
    const auto first = RunStore::run(project, fromRun, error);
    const auto second = first ? RunStore::run(project, toRun, error) : std::nullopt;
    if (!first || !second)
        return std::nullopt;
    const SegmentationRun &run = toPersona ? *second : *first;
    FlowProfile profile;
    profile.runId = run.id;
    profile.asOf = run.asOf;
    // Up to the end of the run's day; recency counts from its start (as the features do). A run
    // of all the data is as of the store's last moment.
    const std::optional<qint64> end = endOf(run);
    const qint64 limit = end.value_or(std::numeric_limits<qint64>::max());
    const qint64 reference = end ? *end - 86400
                                 : project.scalar(QStringLiteral("SELECT max(m) FROM (SELECT max(order_date) AS m FROM orders"
                                                                 " UNION ALL SELECT max(timestamp) FROM events)"))
                                       .toLongLong();
    const std::optional<qint64> endBefore = endOf(*first), endAfter = endOf(*second);
    profile.hasPeriod = endBefore && endAfter;
    const qint64 periodStart = profile.hasPeriod ? std::min(*endBefore, *endAfter) : 0;
    const qint64 periodEnd = profile.hasPeriod ? std::max(*endBefore, *endAfter) : 0;

    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH flow(person_id) AS (%1), ev AS (%2),"
        " bought(person_id, moment, value) AS ("
        "  SELECT person_id, order_date, total FROM orders WHERE %3 AND person_id IN (SELECT person_id FROM flow)"
        "  UNION ALL SELECT person_id, moment, value FROM ev WHERE person_id IN (SELECT person_id FROM flow))"
        " SELECT f.person_id, sum(CASE WHEN b.moment < ? THEN 1 ELSE 0 END),"
        " total(CASE WHEN b.moment < ? THEN b.value END), max(CASE WHEN b.moment < ? THEN b.moment END),"
        " sum(CASE WHEN b.moment >= ? AND b.moment < ? THEN 1 ELSE 0 END)"
        " FROM flow f LEFT JOIN bought b ON b.person_id = f.person_id GROUP BY f.person_id")
                  .arg(select->sql, Purchase::eventPurchasesSql(), Purchase::isPurchaseSql()));
    for (const QVariant &v : select->values)
        q.addBindValue(v);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(limit);
    q.addBindValue(periodStart);
    q.addBindValue(periodEnd);
    if (!q.exec()) {
        failed(error, q);
        return std::nullopt;
    }
    double recencySum = 0;
    while (q.next()) {
        ++profile.people;
        const qint64 purchases = q.value(1).toLongLong();
        profile.purchases += purchases;
        profile.purchaseValue += q.value(2).toDouble();
        if (purchases > 0) {
            ++profile.buyers;
            recencySum += std::max(0.0, double(reference - q.value(3).toLongLong()) / 86400.0);
        }
        const qint64 between = q.value(4).toLongLong();
        profile.purchasesBetween += between;
        if (between > 0)
            ++profile.buyersBetween;
    }
    if (profile.people > 0)
        profile.ordersPerPerson = double(profile.purchases) / double(profile.people);
    if (profile.purchases > 0)
        profile.averageOrderValue = profile.purchaseValue / double(profile.purchases);
    if (profile.buyers > 0)
        profile.recencyDays = recencySum / double(profile.buyers);
    return profile;
}

} // namespace RunHistory

} // namespace pw
