// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features.h"

#include "common/error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pw {

class Project;
class Progress;

/// A stored segmentation run (the `segmentation_runs` table).
struct SegmentationRun
{
    qint64 id = 0;
    qint64 createdAt = 0; ///< seconds since the epoch, UTC
    std::optional<QDate> asOf; ///< the date it segmented the data as of; unset for all the data
    int k = 0;
    quint64 seed = 0;
    int restarts = 0;
    qint64 people = 0;
    QStringList features; ///< feature keys, in matrix order
    /// "silhouette", "stability" and "inertia" (each per k), "chosen_k", "k_min", "k_max",
    /// "left_out", "left_out_reasons", "weights", "revenue_coverage", "shift", "edits"
    QJsonObject scores;
    QJsonObject centroids; ///< "centroids" (k arrays, standardised), "features", "transforms"
    QJsonObject timings; ///< seconds: "features", "clustering", "selection"

    /// The transforms the run standardised its features with.
    QList<FeatureTransform> transforms() const;
};

/// One person's segment in a run, and the persona made from that segment (0 / -1 if none).
struct PersonAssignment
{
    QString customerId;
    int segment = 0;
    qint64 personaId = 0;
    int personaPosition = -1;
};

/// Reading the latest segmentation run back, for the CLI's `assignments` and `features`.
namespace RunStore {

/// Every run of the project, newest first.
std::optional<QList<SegmentationRun>> allRuns(Project &project, Error *error);

/// The run with `id`, or nullopt with `error` saying there is none.
std::optional<SegmentationRun> run(Project &project, qint64 id, Error *error);

/// The most recent run, or nullopt with `error` saying the project has not been clustered yet
/// (or why it could not be read).
std::optional<SegmentationRun> latestRun(Project &project, Error *error);

/// Every person of the latest run with their segment and persona, ordered by customer id.
std::optional<QList<PersonAssignment>> latestAssignments(Project &project, Error *error);

/// The feature matrix of the latest run: its people, its features, standardised with its
/// transforms, as of its date if it has one. Equal to what was clustered as long as the data has
/// not changed since.
std::optional<FeatureMatrix> latestFeatures(Project &project, Progress *progress, Error *error);

/// The customer ids of `personIds` (ascending person ids, as in a FeatureMatrix), in their order;
/// nullopt with `error` set if one of them is no longer in the project.
std::optional<QStringList> customerIds(Project &project, const QList<qint64> &personIds, Error *error);

/// Writes `customer_id,persona` (the persona's id) per person of the latest run.
bool writeAssignmentsCsv(Project &project, const QString &path, Error *error);

/// Writes `customer_id` and one column per feature of the latest run (standardised values).
bool writeFeaturesCsv(Project &project, const QString &path, Progress *progress, Error *error);

} // namespace RunStore

} // namespace pw
