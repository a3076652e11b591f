// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel.h"

#include "persona/persona.h"
#include "sqlitestatement.h"
#include "stagemembership.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <map>
#include <vector>

namespace pw {

namespace {

constexpr int kBuckets = 6;

int bucketOf(qint64 seconds)
{
    const QList<double> bounds = timeToConvertBuckets();
    for (int b = 0; b < bounds.size(); ++b)
        if (double(seconds) < bounds[b] * 3600.0)
            return b;
    return int(bounds.size());
}

/// Counts and gaps of one group of people.
struct Accumulator
{
    qint64 members = 0;
    qint64 counts[kJourneyStageCount] = {};
    std::vector<qint64> gaps[kJourneyStageCount - 1];
    qint64 convert[kBuckets] = {};

    void add(const PersonStages &p)
    {
        ++members;
        for (int s = 0; s < kJourneyStageCount; ++s)
            if (p.has(s))
                ++counts[s];
        for (int s = 0; s + 1 < kJourneyStageCount; ++s)
            if (p.hasTime(s) && p.hasTime(s + 1))
                gaps[s].push_back(std::max<qint64>(0, p.since[size_t(s + 1)] - p.since[size_t(s)]));
        if (p.hasTime(0) && p.hasTime(2))
            ++convert[bucketOf(std::max<qint64>(0, p.since[2] - p.since[0]))];
    }

    void merge(const Accumulator &o)
    {
        members += o.members;
        for (int s = 0; s < kJourneyStageCount; ++s)
            counts[s] += o.counts[s];
        for (int s = 0; s + 1 < kJourneyStageCount; ++s)
            gaps[s].insert(gaps[s].end(), o.gaps[s].begin(), o.gaps[s].end());
        for (int b = 0; b < kBuckets; ++b)
            convert[b] += o.convert[b];
    }

    Funnel toFunnel(const StageMembership &m)
    {
        Funnel f;
        f.members = members;
        const QStringList keys = journeyStageKeys();
        for (int s = 0; s < kJourneyStageCount; ++s) {
            FunnelStage stage{keys[s], counts[s], m.measured[size_t(s)]};
            if (s + 1 < kJourneyStageCount && stage.measured && m.measured[size_t(s + 1)] && !gaps[s].empty()) {
                std::vector<qint64> &g = gaps[s];
                const size_t mid = g.size() / 2;
                std::nth_element(g.begin(), g.begin() + qsizetype(mid), g.end());
                double median = double(g[mid]);
                if (g.size() % 2 == 0)
                    median = (median + double(*std::max_element(g.begin(), g.begin() + qsizetype(mid)))) / 2.0;
                stage.medianHoursToNext = median / 3600.0;
                stage.timedToNext = qint64(g.size());
            }
            f.stages << stage;
        }
        if (m.measured[0] && m.measured[2])
            for (int b = 0; b < kBuckets; ++b)
                f.timeToConvert << convert[b];
        return f;
    }
};

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

QList<double> timeToConvertBuckets()
{
    return {1, 24, 7 * 24, 30 * 24, 90 * 24};
}

QString timeToConvertBucketName(int bucket)
{
    switch (bucket) {
    case 0: return QCoreApplication::translate("Funnel", "under 1 hour");
    case 1: return QCoreApplication::translate("Funnel", "1 hour to 1 day");
    case 2: return QCoreApplication::translate("Funnel", "1 to 7 days");
    case 3: return QCoreApplication::translate("Funnel", "7 to 30 days");
    case 4: return QCoreApplication::translate("Funnel", "30 to 90 days");
    default: return QCoreApplication::translate("Funnel", "over 90 days");
    }
}

qint64 Funnel::base() const
{
    if (!stages.isEmpty() && !stages.first().measured && members > 0)
        return members;
    for (const FunnelStage &s : stages)
        if (s.measured)
            return s.people;
    return 0;
}

qint64 Funnel::people(const QString &key) const
{
    for (const FunnelStage &s : stages)
        if (s.key == key)
            return s.measured ? s.people : 0;
    return 0;
}

bool Funnel::measured(int index) const
{
    return index >= 0 && index < stages.size() && stages[index].measured;
}

std::optional<double> Funnel::conversionToNext(int index) const
{
    if (!measured(index) || !measured(index + 1) || stages[index].people <= 0)
        return std::nullopt;
    return double(stages[index + 1].people) / double(stages[index].people);
}

std::optional<double> Funnel::dropOffToNext(int index) const
{
    if (const auto c = conversionToNext(index))
        return 1.0 - *c;
    return std::nullopt;
}

const PersonaFunnel *FunnelReport::persona(qint64 personaId) const
{
    for (const PersonaFunnel &pf : personas)
        if (pf.personaId == personaId)
            return &pf;
    return nullptr;
}

std::optional<qint64> JourneyRun::until() const
{
    return asOf ? std::optional<qint64>(asOf->addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch()) : std::nullopt;
}

JourneyRun journeyRun(Project &project, const QList<Persona> &personas)
{
    JourneyRun run;
    for (const Persona &p : personas)
        if (p.segment >= 0)
            run.runId = std::max(run.runId, p.runId);
    if (run.runId > 0)
        if (const QVariant day = project.scalar(QStringLiteral("SELECT as_of FROM segmentation_runs WHERE id = ?"),
                {run.runId});
            !day.isNull())
            run.asOf = QDateTime::fromSecsSinceEpoch(day.toLongLong(), Qt::UTC).date();
    return run;
}

std::optional<FunnelReport> computeFunnels(Project &project, Error *error, Progress *progress)
{
    Error loadError;
    const StageDefinitions definitions = StageDefinitions::load(project, &loadError);
    return computeFunnels(project, definitions, error, progress);
}

std::optional<FunnelReport> computeFunnels(Project &project, const StageDefinitions &definitions, Error *error,
                                           Progress *progress)
{
    const QList<Persona> personas = PersonaRepository::load(project, error);
    const JourneyRun run = journeyRun(project, personas);
    const auto membership = StageMembership::compute(project, definitions, error, progress, run.until());
    if (!membership)
        return std::nullopt;

    // The people that exist (ids may have gaps); as of a day, those the run segmented (the
    // others came later).
    std::vector<bool> exists(membership->byPerson.size(), false);
    {
        SqliteStatement q(project.db(), run.asOf ? QStringLiteral("SELECT person_id FROM assignments WHERE run_id = ?")
                                             : QStringLiteral("SELECT id FROM people"));
        if (run.asOf)
            q.bind(1, run.runId);
        while (q.next())
            if (size_t(q.integer(0)) < exists.size())
                exists[size_t(q.integer(0))] = true;
    }

    FunnelReport report;
    report.asOf = run.asOf;
    report.definitions = definitions;
    report.eventTypes = membership->eventTypes;
    Accumulator everyone;
    for (size_t id = 0; id < exists.size(); ++id)
        if (exists[id])
            everyone.add(membership->byPerson[id]);
    report.everyone = everyone.toFunnel(*membership);

    // Per run of the personas: one accumulator per segment (-1 = not in any segment).
    std::map<qint64, std::map<int, Accumulator>> runs;
    for (const Persona &p : personas) {
        if (p.runId <= 0 || p.segment < 0 || runs.count(p.runId))
            continue;
        std::vector<int> segmentOf(exists.size(), -1);
        SqliteStatement q(project.db(), QStringLiteral("SELECT person_id, segment FROM assignments WHERE run_id = ?"));
        q.bind(1, p.runId);
        while (q.next())
            if (size_t(q.integer(0)) < segmentOf.size())
                segmentOf[size_t(q.integer(0))] = int(q.integer(1));
        if (!q.errorString().isEmpty()) {
            if (error)
                error->message = QCoreApplication::translate("Funnel", "The funnel could not be computed: %1")
                                     .arg(q.errorString());
            return std::nullopt;
        }
        std::map<int, Accumulator> &groups = runs[p.runId];
        for (size_t id = 0; id < exists.size(); ++id)
            if (exists[id])
                groups[segmentOf[id]].add(membership->byPerson[id]);
    }
    for (const Persona &p : personas) {
        if (p.runId <= 0 || p.segment < 0)
            continue;
        std::map<int, Accumulator> &groups = runs[p.runId];
        Accumulator others;
        for (auto &[segment, acc] : groups)
            if (segment != p.segment)
                others.merge(acc);
        Accumulator in = groups.count(p.segment) ? groups[p.segment] : Accumulator();
        report.personas << PersonaFunnel{p.id, in.toFunnel(*membership), others.toFunnel(*membership)};
    }
    return report;
}

} // namespace pw
