// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "stagedefinition.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

class Project;
struct Persona;

/// The journey stages, in order: awareness, consideration, conversion, retention, advocacy.
QStringList journeyStageKeys();
/// A stage's name in the interface language.
QString journeyStageName(const QString &key);

/// One stage of a funnel. A stage the data cannot measure (no events imported, or no reviews
/// and no referrals for advocacy) has `measured` false: its `people` is then meaningless and
/// must be shown as "no data", never as 0.
struct FunnelStage
{
    QString key;
    qint64 people = 0;
    bool measured = true;
    /// Median hours from entering this stage to entering the next, over the people who entered
    /// both at known moments; nullopt when there are none (and for the last stage).
    std::optional<double> medianHoursToNext;
    qint64 timedToNext = 0; ///< how many people that median is taken over
};

/// People per stage, each person counted once per stage.
struct Funnel
{
    QList<FunnelStage> stages;
    qint64 members = 0; ///< everyone in the group, whether or not they reached any stage
    /// Awareness-to-conversion time of the group's buyers, counted per timeToConvertBuckets().
    QList<qint64> timeToConvert;

    /// What the stages' shares are of: the first stage's people, or everyone in the group when the
    /// data cannot measure the first stage (no events: 732 buyers of 2,430 people are 30 %, not
    /// 100 %); else the first measured stage's people; 0 when nothing is measured.
    qint64 base() const;
    /// The people in stage `key`; 0 for an unknown or unmeasured stage.
    qint64 people(const QString &key) const;
    /// Whether stage `index` is measured.
    bool measured(int index) const;
    /// people(index + 1) / people(index); nullopt when either stage is unmeasured, the stage is
    /// empty or it is the last one.
    std::optional<double> conversionToNext(int index) const;
    /// 1 - conversionToNext(index): the share lost between stage `index` and the next.
    std::optional<double> dropOffToNext(int index) const;
};

/// The upper bounds, in hours, of the time-to-convert buckets (the last bucket is open).
QList<double> timeToConvertBuckets();
/// A bucket's label in the interface language ("under 1 hour", ..., "over 90 days").
QString timeToConvertBucketName(int bucket);

struct PersonaFunnel
{
    qint64 personaId = 0;
    Funnel funnel; ///< the persona's people
    Funnel others; ///< everyone else (the persona against the rest)
};

struct FunnelReport
{
    StageDefinitions definitions; ///< the rules the funnels were computed with
    Funnel everyone;
    QList<PersonaFunnel> personas; ///< in the project's persona order
    QStringList eventTypes;        ///< the event types the people's events hold, sorted
    /// The day the personas' run segmented the data as of, if it did: the funnels then count
    /// what happened up to and including it, over the people that run segmented.
    std::optional<QDate> asOf;
    /// The funnel of `personaId`, or null.
    const PersonaFunnel *persona(qint64 personaId) const;
};

/// The run whose personas the journey shows (the latest run holding a persona's segment) and
/// the day it segmented the data as of, if it did (SegmentationOptions::asOf): the journeys are
/// then counted as they were on that day, over the people that run segmented.
struct JourneyRun
{
    qint64 runId = 0;
    std::optional<QDate> asOf;
    /// The first moment (epoch seconds) after the as-of day; unset without one.
    std::optional<qint64> until() const;
};
JourneyRun journeyRun(Project &project, const QList<Persona> &personas);

/// Computes the funnels with the project's stage rules for everyone and for every persona
/// linked to a segment. Returns nullopt and fills `error` on a failure or a cancel.
std::optional<FunnelReport> computeFunnels(Project &project, Error *error, Progress *progress = nullptr);
/// The same with the given stage rules.
std::optional<FunnelReport> computeFunnels(Project &project, const StageDefinitions &definitions, Error *error,
                                           Progress *progress = nullptr);

} // namespace pw
