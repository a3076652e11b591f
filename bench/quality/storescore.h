// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expectations.h"

#include <QJsonObject>

#include <limits>
#include <utility>

namespace pw::quality {

/// The adjusted Rand index a store's assignments must reach against the planted groups.
constexpr double kTargetAri = 0.85;

/// One persona of a store against the planted group most of its people come from.
struct SegmentScore
{
    PersonaInfo persona;
    qint64 people = 0; ///< in the assignments
    QString group; ///< the planted group of most of its people (synthetic stores)
    double groupShare = 0; ///< of its people in that group
    QList<std::pair<QString, double>>
        mix; ///< every planted group of its people with its share, largest first
    QStringList expected; ///< the archetype keys that name that group rightly
    bool right = false;
};

/// A store's result: the chosen k, the adjusted Rand index and the names against the planted
/// truth (synthetic stores), the checks of EXPECTATIONS.md, and what failed.
struct StoreScore
{
    QString name;
    QString what;
    bool synthetic = false; ///< has truth.csv
    qint64 people = 0;
    int k = 0;
    int expectedK = 0;
    double ari = std::numeric_limits<double>::quiet_NaN();
    qint64 unassigned = 0; ///< planted people in no persona
    QStringList groupsWithoutPersona; ///< planted groups that are the majority of no persona
    QList<PersonaInfo> personas;
    QList<SegmentScore> segments; ///< one per persona (synthetic stores)
    QList<CheckResult> checks;
    QList<std::pair<QString, double>> seconds; ///< per step of run.sh (generate, import, cluster), in order
    QString importSummary; ///< what persona-cli import said it stored
    QJsonObject silhouetteByK, stabilityByK;
    QString error; ///< a step that failed (then nothing else is scored)
    /// Why the store misses the target; empty when it meets it.
    QStringList failures;

    bool ok() const { return failures.isEmpty(); }
    int namesRight() const;
    int checksOk() const;
    QJsonObject toJson() const;
};

/// Scores the store whose work folder is `dir` (named after the folder): store.json and truth.csv
/// from bench_quality_generate (synthetic stores only), steps.tsv (step, seconds, ok|failed,
/// message) from run.sh, cluster.json, personas.json, assignments.csv and buyers.csv from
/// persona-cli. `dataDir` is where the checks' `rows FILE` are read.
StoreScore scoreStore(const QString &dir, const Expectations &expectations, const QString &dataDir);

} // namespace pw::quality
