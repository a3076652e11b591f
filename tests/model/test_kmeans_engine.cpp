// SPDX-License-Identifier: GPL-3.0-or-later
// The accelerated, multi-threaded k-means: same answer as plain Lloyd, whatever the threads.
#include "analysis/clusterquality.h"
#include "analysis/kmeans.h"
#include "analysis/random.h"

#include <gtest/gtest.h>

#include <vector>

using namespace pw;

namespace {

/// `n` rows of `d` columns from `groups` overlapping Gaussian groups (so that many rows sit near
/// a boundary and the bounds really matter), more rows than one block of the parallel passes.
std::vector<float> overlappingGroups(qsizetype n, int d, int groups, quint64 seed)
{
    Random rng(seed);
    std::vector<std::vector<double>> centres(static_cast<size_t>(groups), std::vector<double>(static_cast<size_t>(d)));
    for (auto &c : centres)
        for (double &v : c)
            v = rng.uniform(-2.5, 2.5);
    std::vector<float> data;
    data.reserve(size_t(n) * size_t(d));
    for (qsizetype i = 0; i < n; ++i) {
        const auto &c = centres[size_t(rng.below(quint64(groups)))];
        for (int j = 0; j < d; ++j)
            data.push_back(float(c[size_t(j)] + rng.normal()));
    }
    return data;
}

} // namespace

TEST(KMeansEngine, HamerlyEqualsPlainLloyd)
{
    const qsizetype n = 20000;
    const int d = 6;
    const std::vector<float> data = overlappingGroups(n, d, 5, 11);
    for (int k : {2, 4, 7}) {
        KMeansOptions options;
        options.k = k;
        options.restarts = 2;
        options.seed = 99;
        options.threads = 1;
        options.accelerated = false;
        const KMeansResult plain = kmeans(data.data(), n, d, options);
        options.accelerated = true;
        const KMeansResult fast = kmeans(data.data(), n, d, options);
        EXPECT_EQ(plain.labels, fast.labels) << "k = " << k;
        EXPECT_EQ(plain.centroids, fast.centroids) << "k = " << k;
        EXPECT_EQ(plain.iterations, fast.iterations) << "k = " << k;
        EXPECT_DOUBLE_EQ(plain.inertia, fast.inertia) << "k = " << k;
        // The bounds must actually save work.
        EXPECT_LT(fast.distanceComputations, plain.distanceComputations * 3 / 4) << "k = " << k;
    }
}

TEST(KMeansEngine, SameResultWhateverTheNumberOfThreads)
{
    const qsizetype n = 30001; // not a multiple of the block size
    const int d = 5;
    const std::vector<float> data = overlappingGroups(n, d, 4, 5);
    KMeansOptions options;
    options.k = 4;
    options.restarts = 3;
    options.seed = 7;
    options.threads = 1;
    const KMeansResult one = kmeans(data.data(), n, d, options);
    for (int threads : {2, 3, 8}) {
        options.threads = threads;
        const KMeansResult many = kmeans(data.data(), n, d, options);
        EXPECT_EQ(one.labels, many.labels) << threads << " threads";
        EXPECT_EQ(one.centroids, many.centroids) << threads << " threads";
        EXPECT_EQ(one.inertia, many.inertia) << threads << " threads";
    }
    // nearestCentroids agrees with the final labels of a converged run.
    options.threads = 2;
    const std::vector<int> nearest = nearestCentroids(data.data(), n, d, one.centroids, 4, 2);
    EXPECT_GE(adjustedRandIndex(nearest, one.labels), 0.999);
}
