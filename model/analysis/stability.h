// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace pw {

struct StabilityOptions
{
    int runs = 3; ///< bootstrap re-runs
    qsizetype sampleSize = 20000; ///< rows drawn (with replacement) per re-run; all n when larger
    qsizetype evaluationSize = 10000; ///< rows the partitions are compared on
    int restarts = 3; ///< k-means restarts per re-run
    quint64 seed = 42;
    int threads = 0;
};

/// How stable a clustering into `k` groups is: the mean adjusted Rand index between `labels`
/// (the clustering of all `n` rows) and the labels that k-means on a bootstrap sample assigns to
/// the same rows, over `options.runs` samples, compared on a fixed sample of rows. 1 means every
/// re-run found the same partition. Deterministic for a seed, whatever the number of threads.
double clusteringStability(const float *data, qsizetype n, int d, int k, const std::vector<int> &labels,
    const StabilityOptions &options);

/// `m` distinct row indices out of `n` drawn uniformly for `seed`, ascending (all rows when m >= n).
std::vector<qsizetype> sampleRows(qsizetype n, qsizetype m, quint64 seed);

} // namespace pw
