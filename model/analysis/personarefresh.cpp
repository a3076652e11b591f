// SPDX-License-Identifier: GPL-3.0-or-later
#include "personarefresh.h"

#include "features.h"
#include "featurescan.h"
#include "orderscan.h"
#include "segmentmix.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pw {

namespace {

bool hasWrittenContent(const Persona &p)
{
    return !p.customName.isEmpty() || !p.fields.isEmpty() || !p.photo.isEmpty();
}

} // namespace

QList<double> revenueCoverage(const QList<Persona> &personas)
{
    // The same denominator as each persona's share of revenue: the store's net revenue. A
    // persona whose net revenue is negative (credit notes) comes last and brings the curve back
    // to 1 from above.
    std::vector<double> revenue;
    double total = 0;
    for (const Persona &p : personas) {
        revenue.push_back(p.stats.revenue);
        total += revenue.back();
    }
    if (total <= 0)
        return {}; // no revenue in the data (a conversion column alone): nothing to cover, no data
    std::sort(revenue.begin(), revenue.end(), std::greater<double>());
    QList<double> curve;
    double sum = 0;
    for (size_t i = 0; i < revenue.size(); ++i) {
        sum += revenue[i];
        curve << (i + 1 == revenue.size() ? 1.0 : sum / total);
    }
    return curve;
}

QSet<qint64> lockedPersonas(Project &project)
{
    QSet<qint64> ids;
    QSqlQuery q(project.db());
    if (q.exec(QStringLiteral("SELECT persona_id FROM persona_locks")))
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    return ids;
}

bool setPersonaLocked(Project &project, qint64 personaId, bool locked, Error *error)
{
    if (!project.scalar(QStringLiteral("SELECT 1 FROM personas WHERE id = ?"), {personaId}).isValid())
        return fail(error, QCoreApplication::translate("Segmentation", "There is no persona %1").arg(personaId));
    QSqlQuery q(project.db());
    if (locked) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO persona_locks(persona_id, locked_at) VALUES(?, ?)"));
        q.addBindValue(personaId);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
    } else {
        q.prepare(QStringLiteral("DELETE FROM persona_locks WHERE persona_id = ?"));
        q.addBindValue(personaId);
    }
    if (!q.exec())
        return fail(error, q.lastError().text());
    return true;
}

QList<PinnedPersona> lockedCentroids(Project &project, const FeatureMatrix &matrix, Error *error)
{
    QList<PinnedPersona> pins;
    const QSet<qint64> locked = lockedPersonas(project);
    if (locked.isEmpty())
        return pins;
    const PersonRows rowOf(matrix.personIds);
    const int d = matrix.columns();
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, a.person_id FROM personas p"
                             " JOIN persona_locks l ON l.persona_id = p.id"
                             " JOIN assignments a ON a.run_id = p.run_id AND a.segment = p.segment"
                             " ORDER BY p.id"));
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return pins;
    }
    std::vector<double> sum;
    qint64 members = 0, current = 0;
    auto close = [&] {
        if (members > 0) {
            PinnedPersona pin;
            pin.personaId = current;
            for (double v : sum)
                pin.centre.push_back(float(v / double(members)));
            pins << pin;
        }
        sum.assign(size_t(d), 0.0);
        members = 0;
    };
    while (q.next()) {
        const qint64 persona = q.value(0).toLongLong();
        if (persona != current) {
            close();
            current = persona;
        }
        const qint64 row = rowOf.rowOf(q.value(1).toLongLong());
        if (row < 0)
            continue;
        for (int j = 0; j < d; ++j)
            sum[size_t(j)] += double(matrix.zAt(row, j));
        ++members;
    }
    close();
    return pins;
}

RefreshPlan planRefresh(Project &project, const FeatureMatrix &matrix, const std::vector<float> &centroids,
    const std::vector<int> &labels, const QList<Persona> &fresh, Error *error, const QHash<qint64, int> &pinned)
{
    RefreshPlan plan;
    Error loadError;
    const QList<Persona> old = PersonaRepository::load(project, &loadError);
    const QSet<qint64> locked = lockedPersonas(project);
    const int d = matrix.columns();
    const PersonRows rowOf(matrix.personIds);

    // Old centroids in the new space, from the old runs' assignments.
    std::vector<std::vector<double>> oldCentre(size_t(old.size()), std::vector<double>(size_t(d), 0.0));
    std::vector<qint64> members(size_t(old.size()), 0);
    // People shared by each old persona and each new segment (old index * k + segment).
    int k = 0;
    for (const Persona &p : fresh)
        k = std::max(k, p.segment + 1);
    std::vector<qint64> shared(size_t(old.size()) * size_t(k), 0);
    std::vector<qint64> segmentSize(size_t(k), 0);
    for (size_t i = 0; i < labels.size() && i < size_t(matrix.rows()); ++i)
        if (labels[i] >= 0 && labels[i] < k)
            ++segmentSize[size_t(labels[i])];
    QHash<qint64, QHash<int, int>> personaOf; // run -> segment -> index in `old`
    for (int i = 0; i < old.size(); ++i)
        if (old[i].runId > 0 && old[i].segment >= 0)
            personaOf[old[i].runId].insert(old[i].segment, i);
    auto *db = static_cast<sqlite3 *>(sqliteHandle(project));
    if (!db && !personaOf.isEmpty()) {
        fail(error, QStringLiteral("not an SQLite connection"));
        return plan;
    }
    for (auto run = personaOf.cbegin(); run != personaOf.cend(); ++run) {
        // Each segment's index in `old`, -1 for a segment no persona holds.
        std::vector<int> personaOfSegment;
        for (auto it = run->cbegin(); it != run->cend(); ++it) {
            if (size_t(it.key()) >= personaOfSegment.size())
                personaOfSegment.resize(size_t(it.key()) + 1, -1);
            personaOfSegment[size_t(it.key())] = it.value();
        }
        RowScan scan(db, "SELECT person_id, segment FROM assignments WHERE run_id = ?1");
        scan.bind(1, run.key());
        while (scan.next()) {
            const qint64 segment = scan.integer(1);
            const qint64 row = rowOf.rowOf(scan.integer(0));
            if (segment < 0 || size_t(segment) >= personaOfSegment.size() || personaOfSegment[size_t(segment)] < 0
                || row < 0)
                continue;
            const int persona = personaOfSegment[size_t(segment)];
            if (size_t(row) < labels.size() && labels[size_t(row)] >= 0 && labels[size_t(row)] < k)
                ++shared[size_t(persona) * size_t(k) + size_t(labels[size_t(row)])];
            std::vector<double> &c = oldCentre[size_t(persona)];
            for (int j = 0; j < d; ++j)
                c[size_t(j)] += double(matrix.zAt(row, j));
            ++members[size_t(persona)];
        }
        if (!scan.ok()) {
            fail(error, scan.error());
            return plan;
        }
    }
    for (size_t i = 0; i < oldCentre.size(); ++i)
        for (double &v : oldCentre[i])
            v = members[i] > 0 ? v / double(members[i]) : 0.0;

    // Greedy one-to-one matching. Where the runs share people (a refresh, a timeline), a persona
    // goes on in the new segment that took the most of its lineage: first among the segments of
    // its own archetype, then among the others where at least half of the segment came from it or
    // half of its people went there; a segment without such a lineage is a new persona (people
    // who lapse do not turn the persona they leave into a lapsed one, nor take over another
    // persona freed by a merge). Where they share none (other data), by the closest centroids.
    struct Pair
    {
        double distance;
        int fresh;
        int old;
        bool pin; // a locked persona and the segment of its pinned centroid: matched first
        int tier = 0; // by lineage: 0 same archetype, 1 another one; by centroids: 0
        double overlap = 0; // Jaccard index of the persona's people and the segment's
    };
    qint64 anyShared = 0;
    for (qint64 v : shared)
        anyShared += v;
    const bool byLineage = anyShared > 0;
    std::vector<Pair> pairs;
    for (int f = 0; f < fresh.size(); ++f) {
        const int segment = fresh[f].segment;
        for (int o = 0; o < old.size(); ++o) {
            if (members[size_t(o)] == 0)
                continue;
            double s = 0;
            for (int j = 0; j < d; ++j) {
                const double diff = double(centroids[size_t(segment) * size_t(d) + size_t(j)]) - oldCentre[size_t(o)][size_t(j)];
                s += diff * diff;
            }
            Pair pair {std::sqrt(s), f, o, pinned.value(old[o].id, -1) == segment};
            if (byLineage && !pair.pin) {
                const qint64 both = segment < k ? shared[size_t(o) * size_t(k) + size_t(segment)] : 0;
                const qint64 segmentPeople = segment < k ? segmentSize[size_t(segment)] : 0;
                if (both == 0)
                    continue;
                pair.overlap = double(both) / double(members[size_t(o)] + segmentPeople - both);
                pair.tier = old[o].archetype == fresh[f].archetype ? 0 : 1;
                if (pair.tier == 1 && 2 * both < segmentPeople && 2 * both < members[size_t(o)])
                    continue;
            }
            pairs.push_back(pair);
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        if (a.pin != b.pin)
            return a.pin;
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.overlap != b.overlap)
            return a.overlap > b.overlap;
        return a.distance < b.distance;
    });
    std::vector<int> matchOfFresh(size_t(fresh.size()), -1), matchOfOld(size_t(old.size()), -1);
    std::vector<double> distanceOfFresh(size_t(fresh.size()), 0.0);
    for (const Pair &p : pairs) {
        if (matchOfFresh[size_t(p.fresh)] >= 0 || matchOfOld[size_t(p.old)] >= 0)
            continue;
        matchOfFresh[size_t(p.fresh)] = p.old;
        matchOfOld[size_t(p.old)] = p.fresh;
        distanceOfFresh[size_t(p.fresh)] = p.distance;
    }

    for (int f = 0; f < fresh.size(); ++f) {
        const int o = matchOfFresh[size_t(f)];
        if (o < 0) {
            Persona p = fresh[f];
            p.id = 0;
            plan.personas << p;
            continue;
        }
        const Persona &before = old[o];
        Persona p = before; // keeps the id, the name and everything written
        p.runId = fresh[f].runId;
        p.segment = fresh[f].segment;
        p.stats = fresh[f].stats;
        if (!locked.contains(before.id)) {
            p.archetype = fresh[f].archetype;
            p.nameSuffix = fresh[f].nameSuffix;
        }
        plan.personas << p;

        // The shift: size, revenue share and the features that moved most.
        const int segment = fresh[f].segment;
        std::vector<int> order(static_cast<size_t>(d));
        std::iota(order.begin(), order.end(), 0);
        auto delta = [&](int j) {
            return double(centroids[size_t(segment) * size_t(d) + size_t(j)]) - oldCentre[size_t(o)][size_t(j)];
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(delta(a)) > std::abs(delta(b)); });
        QJsonArray change;
        for (int i = 0; i < std::min(d, 3); ++i) {
            const int j = order[size_t(i)];
            change.append(QJsonObject {{QStringLiteral("feature"), matrix.keys[j]},
                {QStringLiteral("z_before"), oldCentre[size_t(o)][size_t(j)]},
                {QStringLiteral("z_after"), double(centroids[size_t(segment) * size_t(d) + size_t(j)])}});
        }
        plan.shift.append(QJsonObject {{QStringLiteral("persona_id"), before.id},
            {QStringLiteral("segment"), segment}, {QStringLiteral("size_before"), before.stats.size},
            {QStringLiteral("size_after"), p.stats.size},
            {QStringLiteral("share_revenue_before"), PersonaStats::figureJson(before.stats.shareRevenue)},
            {QStringLiteral("share_revenue_after"), PersonaStats::figureJson(p.stats.shareRevenue)},
            {QStringLiteral("profile_distance"), distanceOfFresh[size_t(f)]},
            {QStringLiteral("locked"), locked.contains(before.id)}, {QStringLiteral("profile_change"), change}});
    }
    for (int o = 0; o < old.size(); ++o) {
        if (matchOfOld[size_t(o)] >= 0)
            continue;
        if (hasWrittenContent(old[o]) || locked.contains(old[o].id) || old[o].runId == 0) {
            Persona p = old[o];
            p.runId = 0;
            p.segment = -1;
            plan.personas << p;
        } else {
            plan.removed << old[o].id;
        }
    }
    return plan;
}

bool storeRefresh(Project &project, RefreshPlan &plan, Error *error, SegmentMix::History *mix)
{
    if (!SegmentMix::attach(project, plan.personas, error, mix))
        return false;
    for (qint64 id : plan.removed) {
        PersonaDependents taken;
        if (!PersonaRepository::remove(project, id, error, &taken))
            return false;
        plan.taken.insert(id, taken);
    }
    QList<qint64> order;
    for (int i = 0; i < plan.personas.size(); ++i) {
        Persona &p = plan.personas[i];
        p.position = i;
        const bool ok = p.id > 0 ? PersonaRepository::updateFigures(project, p, error)
                                 : PersonaRepository::insert(project, p, error);
        if (!ok)
            return false;
        order << p.id;
    }
    return PersonaRepository::reorder(project, order, error);
}

} // namespace pw
