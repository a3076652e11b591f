// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusterquality.h"
#include "analysis/kmeans.h"
#include "analysis/random.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace pw;

namespace {

/// `perCluster` points around each of `centres` (d = 4), sd 1, interleaved; truth in `labels`.
std::vector<float> plantedClusters(
    int perCluster, const std::vector<std::vector<float>> &centres, std::vector<int> &labels, quint64 seed)
{
    Random rng(seed);
    std::vector<float> data;
    labels.clear();
    for (int i = 0; i < perCluster; ++i) {
        for (size_t c = 0; c < centres.size(); ++c) {
            for (float v : centres[c])
                data.push_back(float(v + rng.normal()));
            labels.push_back(int(c));
        }
    }
    return data;
}

const std::vector<std::vector<float>> kCentres = {{0, 0, 0, 0}, {8, 0, 0, 0}, {0, 8, 0, 0}, {0, 0, 8, 8}};

} // namespace

TEST(KMeans, RecoversPlantedWellSeparatedClusters)
{
    std::vector<int> truth;
    const std::vector<float> data = plantedClusters(500, kCentres, truth, 7);
    KMeansOptions options;
    options.k = 4;
    options.restarts = 5;
    const KMeansResult r = kmeans(data.data(), qsizetype(truth.size()), 4, options);
    ASSERT_EQ(r.labels.size(), truth.size());
    EXPECT_GE(adjustedRandIndex(truth, r.labels), 0.95);
    EXPECT_EQ(r.centroids.size(), size_t(16));
    // Each centroid lies near one planted centre.
    for (int c = 0; c < 4; ++c) {
        double nearest = 1e9;
        for (const auto &centre : kCentres) {
            double s = 0;
            for (int j = 0; j < 4; ++j)
                s += std::pow(r.centroids[size_t(c * 4 + j)] - centre[size_t(j)], 2);
            nearest = std::min(nearest, s);
        }
        EXPECT_LT(nearest, 0.1) << "centroid " << c;
    }
    // Inertia is about n·d·σ² for the planted clusters.
    EXPECT_NEAR(r.inertia / double(truth.size() * 4), 1.0, 0.1);
    EXPECT_GE(r.iterations, 1);
    EXPECT_FALSE(r.canceled);
}

TEST(KMeans, SameSeedSameLabels)
{
    std::vector<int> truth;
    // Overlapping clusters, so that different starts can end differently.
    const std::vector<float> data
        = plantedClusters(300, {{0, 0, 0, 0}, {2, 0, 0, 0}, {0, 2, 0, 0}}, truth, 11);
    KMeansOptions options;
    options.k = 3;
    options.seed = 1234;
    const KMeansResult a = kmeans(data.data(), qsizetype(truth.size()), 4, options);
    const KMeansResult b = kmeans(data.data(), qsizetype(truth.size()), 4, options);
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_EQ(a.centroids, b.centroids);
    EXPECT_EQ(a.inertia, b.inertia);

    // Fewer restarts: still a valid clustering, never better than the best of more restarts.
    options.restarts = 1;
    const KMeansResult one = kmeans(data.data(), qsizetype(truth.size()), 4, options);
    ASSERT_EQ(one.labels.size(), truth.size());
    std::vector<int> sizes(3, 0);
    for (int l : one.labels) {
        ASSERT_GE(l, 0);
        ASSERT_LT(l, 3);
        ++sizes[size_t(l)];
    }
    for (int s : sizes)
        EXPECT_GT(s, 0);
    EXPECT_GE(one.inertia, a.inertia - 1e-6);
}

TEST(KMeans, KEqualToRowsAndDuplicates)
{
    // Three identical rows and one apart, k = 3: no cluster may stay empty.
    const std::vector<float> data = {1, 1, 1, 1, 1, 1, 5, 5};
    KMeansOptions options;
    options.k = 3;
    const KMeansResult r = kmeans(data.data(), 4, 2, options);
    ASSERT_EQ(r.labels.size(), size_t(4));
    std::vector<int> sizes(3, 0);
    for (int l : r.labels)
        ++sizes[size_t(l)];
    for (int s : sizes)
        EXPECT_GT(s, 0);
    EXPECT_NEAR(r.inertia, 0.0, 1e-9);

    // k larger than the rows: nothing is produced.
    options.k = 5;
    EXPECT_TRUE(kmeans(data.data(), 4, 2, options).labels.empty());
}

TEST(ClusterQuality, SilhouetteOfTinyExample)
{
    // 1-D points 0, 1 (cluster 0) and 4, 6 (cluster 1).
    // s(0) = 1 - 1/5 = 0.8; s(1) = 1 - 1/4 = 0.75; s(4) = 1 - 2/3.5; s(6) = 1 - 2/5.5.
    const std::vector<float> data = {0, 1, 4, 6};
    const std::vector<int> labels = {0, 0, 1, 1};
    const double expected = (0.8 + 0.75 + (1 - 2 / 3.5) + (1 - 2 / 5.5)) / 4;
    EXPECT_NEAR(silhouetteScore(data.data(), 4, 1, labels, 0, 1), expected, 1e-9);
    // 0, 1 | 4: s(0) = 1 - 1/4, s(1) = 1 - 1/3, and the lone 4 scores 0.
    const std::vector<float> three = {0, 1, 4};
    EXPECT_NEAR(
        silhouetteScore(three.data(), 3, 1, {0, 0, 1}, 0, 1), ((1 - 1.0 / 4) + (1 - 1.0 / 3) + 0) / 3, 1e-9);
    // One cluster only: 0.
    EXPECT_EQ(silhouetteScore(data.data(), 4, 1, {0, 0, 0, 0}, 0, 1), 0.0);
}

TEST(ClusterQuality, SilhouetteSampleIsDeterministicAndClose)
{
    std::vector<int> truth;
    const std::vector<float> data = plantedClusters(400, kCentres, truth, 3);
    const qsizetype n = qsizetype(truth.size());
    const double full = silhouetteScore(data.data(), n, 4, truth, 0, 9);
    const double a = silhouetteScore(data.data(), n, 4, truth, 400, 9);
    const double b = silhouetteScore(data.data(), n, 4, truth, 400, 9);
    EXPECT_EQ(a, b);
    EXPECT_NEAR(a, full, 0.05);
    EXPECT_GT(full, 0.5);
}

TEST(ClusterQuality, AdjustedRandIndex)
{
    EXPECT_DOUBLE_EQ(adjustedRandIndex({0, 0, 1, 1, 2, 2}, {5, 5, 3, 3, 9, 9}), 1.0);
    // Hand-computed: a = {0,0,0,1,1,1}, b = {0,0,1,1,2,2}: index 2, expected 6*3/15 = 1.2,
    // max (6+3)/2 = 4.5 -> (2-1.2)/(4.5-1.2).
    EXPECT_NEAR(adjustedRandIndex({0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 2, 2}), 0.8 / 3.3, 1e-12);
    // Independent labellings score near 0.
    Random rng(5);
    std::vector<int> x, y;
    for (int i = 0; i < 5000; ++i) {
        x.push_back(int(rng.below(3)));
        y.push_back(int(rng.below(3)));
    }
    EXPECT_NEAR(adjustedRandIndex(x, y), 0.0, 0.01);
}

// Pinned centroids (a locked persona's) stay where they are put and come first; the others
// find the remaining groups; the same for any number of threads.
TEST(KMeans, PinnedCentroidsStayAndTheOthersMove)
{
    std::vector<int> truth;
    const std::vector<float> data = plantedClusters(300, kCentres, truth, 9);
    KMeansOptions options;
    options.k = 3;
    options.restarts = 3;
    options.pinned = {0.5f, 8.5f, 0, 0}; // near the third planted centre
    std::vector<int> first;
    for (int threads : {1, 3}) {
        options.threads = threads;
        const KMeansResult r = kmeans(data.data(), qsizetype(truth.size()), 4, options);
        ASSERT_EQ(r.centroids.size(), size_t(12));
        EXPECT_EQ(std::vector<float>(r.centroids.begin(), r.centroids.begin() + 4), options.pinned);
        // Segment 0 is the planted group around the pin, whole.
        for (size_t i = 0; i < truth.size(); ++i) {
            if (truth[i] == 2) {
                EXPECT_EQ(r.labels[i], 0) << i;
            }
        }
        if (first.empty())
            first = r.labels;
        else
            EXPECT_EQ(r.labels, first);
    }
    // More pinned centroids than k is refused (an empty result).
    options.pinned.resize(16, 0.0f);
    EXPECT_TRUE(kmeans(data.data(), qsizetype(truth.size()), 4, options).labels.empty());
}

// The silhouette is the same on any number of threads, to the last bit, and equals the plain
// pairwise definition (every pair's distance, each row's mean distance to each cluster).
TEST(ClusterQuality, SilhouetteIsTheSameOnAnyNumberOfThreadsAndMatchesTheDefinition)
{
    std::vector<int> truth;
    const std::vector<float> data = plantedClusters(150, kCentres, truth, 5);
    const qsizetype n = qsizetype(truth.size());
    const double one = silhouetteScore(data.data(), n, 4, truth, 0, 9, 1);
    EXPECT_EQ(silhouetteScore(data.data(), n, 4, truth, 0, 9, 3), one);
    double total = 0;
    for (qsizetype a = 0; a < n; ++a) {
        std::vector<double> sum(4, 0.0), count(4, 0.0);
        for (qsizetype b = 0; b < n; ++b) {
            if (b == a)
                continue;
            double s = 0;
            for (int j = 0; j < 4; ++j)
                s += std::pow(double(data[size_t(a * 4 + j)]) - double(data[size_t(b * 4 + j)]), 2);
            sum[size_t(truth[size_t(b)])] += std::sqrt(s);
            count[size_t(truth[size_t(b)])] += 1;
        }
        const int own = truth[size_t(a)];
        const double inner = sum[size_t(own)] / count[size_t(own)];
        double nearest = 1e300;
        for (int c = 0; c < 4; ++c)
            if (c != own)
                nearest = std::min(nearest, sum[size_t(c)] / count[size_t(c)]);
        total += (nearest - inner) / std::max(inner, nearest);
    }
    EXPECT_NEAR(one, total / double(n), 1e-6);
}

// A start from given centroids (a timeline's run before): from a converged clustering it stays
// there, and a poor start loses to the k-means++ start with the lower inertia.
TEST(KMeans, AGivenStartIsKeptWhenItIsTheBest)
{
    std::vector<int> truth;
    const std::vector<float> data = plantedClusters(300, kCentres, truth, 11);
    const qsizetype n = qsizetype(truth.size());
    KMeansOptions options;
    options.k = 4;
    options.restarts = 3;
    const KMeansResult first = kmeans(data.data(), n, 4, options);
    KMeansOptions warm = options;
    warm.restarts = 1;
    warm.seed = 99;
    warm.initial = first.centroids;
    const KMeansResult again = kmeans(data.data(), n, 4, warm);
    EXPECT_EQ(again.labels, first.labels);
    EXPECT_LE(again.inertia, first.inertia + 1e-6 * first.inertia);
    // All four starting centres in one corner: the warm start ends worse than a seeded one.
    warm.initial.assign(16, 0.0f);
    for (int c = 0; c < 4; ++c)
        warm.initial[size_t(c * 4)] = float(c) * 0.01f;
    const KMeansResult poor = kmeans(data.data(), n, 4, warm);
    EXPECT_GE(adjustedRandIndex(truth, poor.labels), 0.95);
}
