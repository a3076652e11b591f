// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "persona/persona.h"
#include "persona/personadependents.h"
#include "segmentmix.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>

#include <vector>

namespace pw {

class Project;
struct FeatureMatrix;

/// The share of the store's net revenue covered by the first 1, 2, … personas when they are
/// taken by revenue, largest first (each persona's share of revenue, summed): the last value is 1;
/// it passes 1 before the last when a persona's net revenue is negative (empty without revenue: no data).
QList<double> revenueCoverage(const QList<Persona> &personas);

/// The ids of the personas the marketer locked.
QSet<qint64> lockedPersonas(Project &project);
/// Locks or unlocks a persona: a refresh keeps a locked persona's name, archetype and everything
/// written on it, and never drops it; a re-run pins its centroid so that its segment stays.
bool setPersonaLocked(Project &project, qint64 personaId, bool locked, Error *error);

/// The locked personas that have a segment, each with its centroid in `matrix`'s standardised
/// space: the mean of the feature rows of the people its run put in its segment (people no longer
/// in the matrix are skipped; a persona none of whose people remain is left out). Ordered by
/// persona id. A re-run pins these centroids (KMeansOptions::pinned) so the segments stay.
struct PinnedPersona
{
    qint64 personaId = 0;
    std::vector<float> centre; ///< matrix.columns() values
};
QList<PinnedPersona> lockedCentroids(Project &project, const FeatureMatrix &matrix, Error *error);

/// What a refresh (a new run over changed data) makes of the project's existing personas.
struct RefreshPlan
{
    /// The personas to store, in their new order: existing ones matched to a new segment keep
    /// their id and all that was written on them (their evidence, run and segment are the new
    /// ones; their archetype too unless locked); new segments get new personas (id 0); an
    /// unmatched persona that holds written content or is locked is kept without a segment.
    QList<Persona> personas;
    QList<qint64> removed; ///< ids of unmatched personas with nothing written, to delete
    /// What hung on each removed persona (journey notes, …), filled by storeRefresh().
    QHash<qint64, PersonaDependents> taken;
    /// Per matched persona: `persona_id`, `segment`, `size_before`, `size_after`,
    /// `share_revenue_before`, `share_revenue_after`, `profile_distance` (between the old and
    /// new centroids, z units) and `profile_change` (the features that moved most: `feature`,
    /// `z_before`, `z_after`).
    QJsonArray shift;
};

/// Matches the `fresh` personas (one per new segment, in any order, each with its `segment`;
/// `labels` the new segment of each of `matrix`'s rows) to the project's current personas one to
/// one. Where the old runs and the new one share people, by lineage: a persona goes on in the new
/// segment holding most of its people (Jaccard index), first among segments of its own archetype,
/// then among others that at least half came from it or half of it went to; a segment without a
/// lineage is a new persona. Where they share nobody, by the distance between centroids, both in
/// the new run's standardised space (an old persona's centroid is the mean of the new feature rows
/// of the people its run put in its segment). The pairs of `pinned` (persona id -> new segment: a
/// locked persona whose centroid the run pinned) come first.
RefreshPlan planRefresh(Project &project, const FeatureMatrix &matrix, const std::vector<float> &centroids,
    const std::vector<int> &labels, const QList<Persona> &fresh, Error *error, const QHash<qint64, int> &pinned = {});

/// Stores a plan (in the caller's transaction): deletes, updates, inserts and orders the personas.
/// `mix`: what SegmentMix::attach() keeps of the store for the runs of a timeline (may be null).
bool storeRefresh(Project &project, RefreshPlan &plan, Error *error, SegmentMix::History *mix = nullptr);

} // namespace pw
