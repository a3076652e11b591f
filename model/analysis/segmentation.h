// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "persona/persona.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace pw {

class Project;
class Progress;

struct SegmentationOptions
{
    int k = 0;            ///< number of segments; 0 = choose among kMin..kMax by silhouette
    int kMin = 3;
    int kMax = 4;
    quint64 seed = 42;
    int restarts = 10;
    int silhouetteSample = 10000; ///< people sampled for the silhouette score
};

struct SegmentationResult
{
    qint64 runId = 0;
    int k = 0;
    qint64 people = 0;                 ///< people clustered
    QStringList features;              ///< feature keys, in matrix order
    QMap<int, double> silhouetteByK;   ///< the score of every k tried
    double silhouette = 0;             ///< of the chosen k
    double inertia = 0;                ///< within-cluster sum of squares of the chosen k
    QJsonObject timings;               ///< seconds: "features", "clustering", "selection"
    QList<Persona> personas;           ///< as stored, one per segment
};

/// Computes the features, clusters everyone with a customer id, matches each segment to an
/// archetype, stores the run (parameters, scores, centroids, assignments) and replaces the
/// project's personas with one per segment, all in one transaction. Deterministic for a seed.
std::optional<SegmentationResult> runSegmentation(Project &project, const SegmentationOptions &options,
                                                  Progress *progress, Error *error);

} // namespace pw
