// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "features.h"
#include "proposalchange.h"
#include "persona/persona.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace pw {

class Project;
class Progress;
struct TimelineReads;

struct SegmentationOptions
{
    int k = 0;            ///< number of segments; 0 = choose among kMin..kMax (see runSegmentation)
    int kMin = 3;
    int kMax = 4;
    quint64 seed = 42;
    int restarts = 10;
    int silhouetteSample = 10000; ///< people sampled for the silhouette score
    int stabilityRuns = 3;        ///< bootstrap re-runs per k for the stability score (0 = none)
    int stabilitySample = 20000;  ///< people drawn per bootstrap re-run
    int threads = 0;              ///< worker threads, 0 = one per core; never changes the result
    /// Features switched off and weights; unset = the project's saved FeatureSettings.
    std::optional<FeatureSettings> features;
    /// Segment the data up to and including this day (see computeFeatures()); unset = all of it.
    std::optional<QDate> asOf;
    /// When choosing k: keep this number (the run before's, in a timeline) unless the k chosen
    /// shows more kinds of customer; 0 = none.
    int preferK = 0;
    /// The run before, in a timeline; 0 = none. K-means for its number of segments also starts
    /// from its segments (the means of their people in this run's data); over 10,000 people, that
    /// k gets one random start besides and every other k a third of them; and with `preferK` the scores that choose k (silhouette of every k,
    /// stability) are only measured when the choice depends on them: when another k shows more
    /// kinds of customer, a k holds active and lapsed repeat buyers together, or `preferK` has a
    /// segment of a handful of people. Otherwise the run keeps `preferK` (rule "kept") with the
    /// silhouette of that k alone. Silhouettes are measured on at most 4,000 people (the scores'
    /// "silhouette_sample").
    qint64 previousRun = 0;
    /// What the runs of one timeline read of the store once and keep (see runTimeline()); null =
    /// everything is read for this run.
    TimelineReads *reads = nullptr;
};

struct SegmentationResult
{
    qint64 runId = 0;
    std::optional<QDate> asOf;         ///< the date the run segmented the data as of, if any
    int k = 0;
    qint64 people = 0;                 ///< people clustered
    QStringList features;              ///< feature keys, in matrix order
    QMap<int, double> silhouetteByK;   ///< the score of every k tried
    QMap<int, double> stabilityByK;    ///< mean adjusted Rand index over bootstrap re-runs, per k (only when choosing k)
    QMap<int, double> calinskiHarabaszByK; ///< between/within variance ratio, per k
    QMap<int, QStringList> kindsByK;   ///< the archetype families each k shows (see runSegmentation)
    QString kRule;                     ///< what decided k: "asked", "kinds" or "separation"
    QJsonObject scores;                ///< as stored with the run (every criterion per k; see explainK())
    double silhouette = 0;             ///< of the chosen k
    double stability = 1;              ///< of the chosen k (1 when not measured: stabilityByK is empty)
    QStringList leftOut;               ///< features not clustered (no data, no variation, switched off)
    QJsonObject leftOutReasons;        ///< key -> "no_data" | "no_variation" | "switched_off"
    QList<double> revenueCoverage;     ///< revenue covered by the first 1, 2, … personas (see revenueCoverage())
    QJsonArray shift;                  ///< how the existing personas moved (see RefreshPlan::shift)
    double inertia = 0;                ///< within-cluster sum of squares of the chosen k
    QJsonObject timings;               ///< seconds: "features", "clustering", "selection"
    QList<Persona> personas;           ///< as stored, one per segment
    ProposalChange change;             ///< what storing it did to the project, to undo it
};

/// Computes the features, clusters everyone with a customer id, matches each segment to an
/// archetype, stores the run (parameters, scores, centroids, assignments) and refreshes the
/// project's personas (see planRefresh(): existing personas are matched to the new segments and
/// keep what was written on them), all in one transaction. Deterministic for a seed, whatever
/// the number of threads. With `options.asOf`, the people and their features are those of the
/// data up to that date (see computeFeatures()) and the run records it. Locked personas keep their segments: their centroids (lockedCentroids())
/// are pinned as the first segments, so k is raised to their number if below it.
///
/// Choosing k (options.k = 0): every k in kMin..kMax is clustered and scored: its silhouette (on
/// a sample), its stability (mean adjusted Rand index of bootstrap re-runs), its Calinski–Harabasz
/// index, and the kinds of customer it shows: the archetype families that its segments match with
/// confidence ≥ 0.3 while holding ≥ 3 % of the people or ≥ 5 % of the revenue. Separation first:
/// among the k whose stability is at least 0.9 × the best, the smallest whose silhouette is within
/// 0.02 of the best ("separation": another persona must separate people clearly better). Then
/// kinds: while one segment more shows more kinds of customer, stays that stable and has a
/// silhouette within 0.08 of the best, it is taken ("kinds": a split that yields a core persona
/// of another archetype, such as discount seekers among repeat buyers, is kept even when the
/// silhouette prefers fewer segments). The scores store every criterion per k and the rule that
/// decided ("k_rule").
std::optional<SegmentationResult> runSegmentation(Project &project, const SegmentationOptions &options,
                                                  Progress *progress, Error *error);

/// Why a run has its k, in words, from its stored scores (see runSegmentation()); archetype names
/// in `language`. Empty for a run stored before the choice was recorded.
QString explainK(const QJsonObject &scores, const QString &language);

} // namespace pw
