// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runstore.h"

#include "common/error.h"
#include "persona/persona.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pw {

class Project;

/// What a run's segment was when the run was made: the persona it was matched to and that
/// persona's name, archetype, colour and figures then (the `run_personas` table).
struct RunPersona
{
    qint64 runId = 0;
    int segment = 0;
    qint64 personaId = 0;
    QString customName;   ///< as written then; empty: the generated name
    QString archetype;
    QString nameSuffix;
    QString color;
    PersonaStats stats;

    /// The name it had then, in `language` (see Persona::displayName()).
    QString displayName(const QString &language) const;
};

/// One feature's move between two runs: its centroid coordinate then and now, both in the later
/// run's standardised units.
struct FeatureMove
{
    QString feature;
    double before = 0;
    double after = 0;
};

/// A persona in one run of a history.
struct HistoryPoint
{
    qint64 runId = 0;
    int segment = 0;
    PersonaStats stats;
    /// Between the persona's profile in the run before it (in the history) and in this one: the
    /// distance between its segment's two centroids, both in this run's standardised units (the
    /// earlier centroid mapped through its run's transforms). NaN in its first run, or when the two
    /// runs share no feature.
    double distance = qQNaN();
    QList<FeatureMove> moved; ///< the features that moved most, at most three, largest first
    /// The share of its people in the run before who are in it again (NaN in its first run).
    double stayed = qQNaN();
    bool drift = false; ///< distance >= the history's threshold
};

struct PersonaHistory
{
    qint64 personaId = 0;
    RunPersona latest; ///< what it was in the last run it appears in (its name then, …)
    QList<HistoryPoint> points; ///< in the history's run order; runs it was absent from are skipped
};

/// Personas over time: the runs of the latest timeline (see runTimeline()) and every run after it,
/// oldest first (each was matched to the personas of the one before); without a timeline every
/// run. Each persona of those runs with its figures per run, the profile distance between
/// consecutive runs, and a drift flag where it reaches `threshold`.
struct History
{
    QList<SegmentationRun> runs; ///< oldest first
    QList<PersonaHistory> personas; ///< by first appearance, then persona id
    double threshold = 0;
};

/// Between two runs: how many people went from each persona to each other one. A person in the
/// first run only left the store (to none); one in the second only came in (from none).
struct Flow
{
    std::optional<qint64> from; ///< persona id in the first run; unset: not in it
    std::optional<qint64> to;   ///< persona id in the second run; unset: not in it
    qint64 people = 0;
};

struct Movement
{
    SegmentationRun fromRun;
    SegmentationRun toRun;
    QList<RunPersona> fromPersonas; ///< of the first run, by segment
    QList<RunPersona> toPersonas;
    QList<Flow> flows; ///< every non-empty flow, by from then to (none last)
    qint64 peopleBefore = 0;
    qint64 peopleAfter = 0;
};

/// What the people of one flow (see Flow) did, as the data stood at one of the two runs: the later
/// run for people who are in it, the earlier one for people who left the store. Purchases are
/// those of Purchase (orders, or purchase events in a store without orders).
struct FlowProfile
{
    qint64 runId = 0;          ///< the run whose date the figures are as of
    std::optional<QDate> asOf; ///< its date; unset: all the data
    qint64 people = 0;
    qint64 buyers = 0;         ///< people with a purchase up to that date
    qint64 purchases = 0;      ///< up to that date
    double purchaseValue = 0;  ///< the sum of those purchases' totals
    double ordersPerPerson = qQNaN();   ///< purchases / people; NaN without people
    double averageOrderValue = qQNaN(); ///< purchaseValue / purchases; NaN ("no data") without purchases
    double recencyDays = qQNaN();       ///< mean days from the buyers' last purchase to that date; NaN without buyers
    /// Between the two runs' dates (after the earlier one's day, up to the later one's): the
    /// purchases the flow's people made and how many of them made one. Both 0 when either run
    /// has no date (then no period between them is known: see hasPeriod).
    qint64 purchasesBetween = 0;
    qint64 buyersBetween = 0;
    bool hasPeriod = false;    ///< both runs have a date: the *Between figures are measured
};

namespace RunHistory {

/// The profile distance at which a persona is flagged as having drifted, by default: half a
/// standard deviation of the store's people, across the features together.
inline constexpr double defaultThreshold = 0.5;

/// Records what run `runId`'s segments are now (from the personas holding them), replacing what
/// was recorded for it. In the caller's transaction.
bool record(Project &project, qint64 runId, Error *error);

/// What each segment of `runId` was, by segment.
std::optional<QList<RunPersona>> personasOf(Project &project, qint64 runId, Error *error);

/// The history described at History; `threshold` < 0 means defaultThreshold.
std::optional<History> history(Project &project, double threshold, Error *error);

/// The movement between two runs (in either order of ids).
std::optional<Movement> movement(Project &project, qint64 fromRun, qint64 toRun, Error *error);

/// The customer ids of the people of one flow between two runs, sorted.
std::optional<QStringList> flowPeople(Project &project, qint64 fromRun, qint64 toRun,
    std::optional<qint64> fromPersona, std::optional<qint64> toPersona, Error *error);

/// What the people of one flow did (see FlowProfile); the flow is given as for flowPeople().
std::optional<FlowProfile> flowProfile(Project &project, qint64 fromRun, qint64 toRun,
    std::optional<qint64> fromPersona, std::optional<qint64> toPersona, Error *error);

} // namespace RunHistory

} // namespace pw
