// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace pw {

class Progress;

struct KMeansOptions
{
    int k = 3;
    int restarts = 10; ///< independent k-means++ starts; the lowest inertia wins
    int maxIterations = 300; ///< Lloyd iterations per start
    double tolerance = 1e-4; ///< stop when no centroid moves more than this (squared, in z units; as scikit-learn's default)
    quint64 seed = 42;
    int threads = 0; ///< worker threads; 0 = one per core. The result does not depend on it.
    bool accelerated = true; ///< Hamerly's bounds skip distance computations; false = plain Lloyd
    /// p × d centroids (row-major, p <= k) that are kept as centroids 0..p-1 and never move (e.g.
    /// locked personas); the other k - p are seeded by k-means++ around them and move freely.
    std::vector<float> pinned;
    /// k × d centroids (row-major) to start from once before the k-means++ starts, e.g. the
    /// segments of the run before in a timeline (rows of pinned centroids are ignored). Empty =
    /// none. The start with the lowest inertia wins, whichever it is.
    std::vector<float> initial;
};

struct KMeansResult
{
    std::vector<int> labels; ///< one per row, 0..k-1
    std::vector<float> centroids; ///< k × d, row-major
    double inertia = 0; ///< sum of squared distances to the own centroid
    int iterations = 0; ///< Lloyd iterations of the winning start
    qint64 distanceComputations = 0; ///< row-to-centroid distances computed, over all starts
    bool canceled = false;
};

/// Clusters `n` rows of `d` floats (row-major, contiguous) into `options.k` groups: k-means++
/// seeding (greedy, 2 + ln k candidates per centre) and Lloyd iterations, `options.restarts`
/// times; returns the start with the lowest inertia. The assignment step uses Hamerly's bounds
/// (same labels and centroids as plain Lloyd, fewer distance computations) and runs on
/// `options.threads` threads over fixed blocks of rows whose partial sums are combined in block
/// order, so identical input and seed give identical output whatever the number of threads.
/// Requires 1 <= k <= n. A cluster that empties is re-seeded with the row farthest from its
/// centroid. `progress` (may be null) is asked once per start; on cancel the result has
/// `canceled` set.
/// The label of every row: its nearest centroid (k × d, row-major), lowest index on ties.
std::vector<int> nearestCentroids(
    const float *data, qsizetype n, int d, const std::vector<float> &centroids, int k, int threads = 0);

KMeansResult kmeans(
    const float *data, qsizetype n, int d, const KMeansOptions &options, Progress *progress = nullptr);

} // namespace pw
