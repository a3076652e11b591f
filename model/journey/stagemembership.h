// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "stagedefinition.h"

#include <QStringList>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace pw {

class Project;

constexpr int kJourneyStageCount = 5;

/// One person's place in the journey: the stages reached and when each was first reached.
struct PersonStages
{
    static constexpr qint64 unknownTime = std::numeric_limits<qint64>::min();
    quint8 reached = 0;                                  ///< bit s = stage s reached
    std::array<qint64, kJourneyStageCount> since{unknownTime, unknownTime, unknownTime, unknownTime,
                                                 unknownTime}; ///< entry moment (epoch seconds) or unknownTime

    bool has(int stage) const { return reached & (1u << stage); }
    bool hasTime(int stage) const { return has(stage) && since[size_t(stage)] != unknownTime; }
};

/// Stage membership of every person in a project under a set of stage rules. Computed by
/// aggregating events, orders and reviews in SQL (with the covering indexes of the schema)
/// and combining the per-person aggregates.
struct StageMembership
{
    std::vector<PersonStages> byPerson;     ///< indexed by people.id (absent ids stay empty)
    std::array<bool, kJourneyStageCount> measured{}; ///< false: the data cannot measure the stage
    QStringList eventTypes; ///< the event types of the people's events, sorted (what rules can name)
    /// Moments at or after this one (epoch seconds) are not counted: the journey as it was on
    /// the day before (a run made as of a date, see SegmentationOptions::asOf). Unset: all.
    std::optional<qint64> until;

    /// Computes membership; returns nullopt and fills `error` on a failure or a cancel. With
    /// `until`, a stage reached at or after it is not reached (a moment not known still counts).
    static std::optional<StageMembership> compute(Project &project, const StageDefinitions &definitions,
                                                  Error *error, Progress *progress = nullptr,
                                                  std::optional<qint64> until = std::nullopt);
};

} // namespace pw
