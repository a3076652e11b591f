// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmeans.h"

#include "random.h"

#include "common/progress.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pw {

namespace {

inline float squaredDistance(const float *a, const float *b, int d)
{
    float s = 0;
    for (int j = 0; j < d; ++j) {
        const float diff = a[j] - b[j];
        s += diff * diff;
    }
    return s;
}

/// One k-means run from one seeding.
class LloydRun
{
public:
    LloydRun(const float *data, qsizetype n, int d, int k)
        : m_data(data)
        , m_n(size_t(n))
        , m_d(d)
        , m_k(k)
        , m_labels(m_n, 0)
        , m_distance(m_n, 0.0f)
        , m_centroids(size_t(k) * size_t(d), 0.0f)
    { }

    /// Greedy k-means++: each new centre is the best of a few candidates drawn with probability
    /// proportional to the squared distance to the nearest centre so far.
    void seed(Random &rng)
    {
        const int trials = 2 + int(std::log(double(m_k)));
        std::vector<double> closest(m_n);
        std::vector<double> candidateClosest(m_n);
        std::vector<double> bestClosest(m_n);
        size_t first = size_t(rng.below(m_n));
        setCentroid(0, first);
        double potential = 0;
        for (size_t i = 0; i < m_n; ++i) {
            closest[i] = squaredDistance(row(i), centroid(0), m_d);
            potential += closest[i];
        }
        for (int c = 1; c < m_k; ++c) {
            size_t bestIndex = 0;
            double bestPotential = std::numeric_limits<double>::infinity();
            for (int t = 0; t < trials; ++t) {
                size_t candidate = 0;
                if (potential > 0) {
                    double r = rng.uniform() * potential;
                    candidate = m_n - 1;
                    for (size_t i = 0; i < m_n; ++i) {
                        r -= closest[i];
                        if (r < 0) {
                            candidate = i;
                            break;
                        }
                    }
                } else {
                    candidate = size_t(rng.below(m_n));
                }
                double p = 0;
                for (size_t i = 0; i < m_n; ++i) {
                    candidateClosest[i]
                        = std::min<double>(closest[i], squaredDistance(row(i), row(candidate), m_d));
                    p += candidateClosest[i];
                }
                if (p < bestPotential) {
                    bestPotential = p;
                    bestIndex = candidate;
                    bestClosest.swap(candidateClosest);
                }
            }
            setCentroid(c, bestIndex);
            closest.swap(bestClosest);
            potential = bestPotential;
        }
    }

    void iterate(int maxIterations, double tolerance)
    {
        assign();
        for (m_iterations = 1; m_iterations <= maxIterations; ++m_iterations) {
            const double shift = update();
            const bool changed = assign();
            if (!changed || shift <= tolerance)
                break;
        }
        m_iterations = std::min(m_iterations, maxIterations);
    }

    std::vector<int> &labels() { return m_labels; }
    std::vector<float> &centroids() { return m_centroids; }
    double inertia() const { return m_inertia; }
    int iterations() const { return m_iterations; }

private:
    const float *row(size_t i) const { return m_data + i * size_t(m_d); }
    float *centroid(int c) { return m_centroids.data() + size_t(c) * size_t(m_d); }
    void setCentroid(int c, size_t i) { std::copy(row(i), row(i) + m_d, centroid(c)); }

    /// Assigns every row to its nearest centroid; returns true if any label changed.
    bool assign()
    {
        bool changed = false;
        double inertia = 0;
        for (size_t i = 0; i < m_n; ++i) {
            const float *x = row(i);
            // Ties keep the current label, so that a re-seeded duplicate stays where it was put.
            int best = m_labels[i];
            float bestDistance = squaredDistance(x, centroid(best), m_d);
            for (int c = 0; c < m_k; ++c) {
                if (c == m_labels[i])
                    continue;
                const float dist = squaredDistance(x, centroid(c), m_d);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = c;
                }
            }
            if (m_labels[i] != best) {
                m_labels[i] = best;
                changed = true;
            }
            m_distance[i] = bestDistance;
            inertia += bestDistance;
        }
        m_inertia = inertia;
        return changed;
    }

    /// Moves each centroid to the mean of its rows; returns the largest squared move.
    double update()
    {
        const size_t d = size_t(m_d);
        std::vector<double> sums(size_t(m_k) * d, 0.0);
        std::vector<qint64> counts(size_t(m_k), 0);
        for (size_t i = 0; i < m_n; ++i) {
            const size_t c = size_t(m_labels[i]);
            const float *x = row(i);
            for (size_t j = 0; j < d; ++j)
                sums[c * d + j] += x[j];
            ++counts[c];
        }
        for (int c = 0; c < m_k; ++c) {
            if (counts[size_t(c)] > 0)
                continue;
            // An empty cluster takes the row farthest from its centroid (in a cluster of two or more).
            size_t far = m_n;
            float farDistance = -1;
            for (size_t i = 0; i < m_n; ++i) {
                if (counts[size_t(m_labels[i])] > 1 && m_distance[i] > farDistance) {
                    farDistance = m_distance[i];
                    far = i;
                }
            }
            if (far == m_n)
                continue;
            const size_t old = size_t(m_labels[far]);
            for (size_t j = 0; j < d; ++j) {
                sums[old * d + j] -= row(far)[j];
                sums[size_t(c) * d + j] = row(far)[j];
            }
            --counts[old];
            counts[size_t(c)] = 1;
            m_labels[far] = c;
            m_distance[far] = 0;
        }
        double shift = 0;
        for (int c = 0; c < m_k; ++c) {
            if (counts[size_t(c)] == 0)
                continue;
            float *centre = centroid(c);
            double move = 0;
            for (size_t j = 0; j < d; ++j) {
                const float v = float(sums[size_t(c) * d + j] / double(counts[size_t(c)]));
                move += double(v - centre[j]) * double(v - centre[j]);
                centre[j] = v;
            }
            shift = std::max(shift, move);
        }
        return shift;
    }

    const float *m_data;
    size_t m_n;
    int m_d;
    int m_k;
    std::vector<int> m_labels;
    std::vector<float> m_distance;
    std::vector<float> m_centroids;
    double m_inertia = 0;
    int m_iterations = 0;
};

} // namespace

KMeansResult kmeans(const float *data, qsizetype n, int d, const KMeansOptions &options, Progress *progress)
{
    KMeansResult result;
    const int k = options.k;
    if (n <= 0 || d <= 0 || k < 1 || k > n)
        return result;
    Random master(options.seed);
    const int restarts = std::max(1, options.restarts);
    result.inertia = std::numeric_limits<double>::infinity();
    for (int r = 0; r < restarts; ++r) {
        if (progress
            && !progress->report(
                r, restarts, QCoreApplication::translate("KMeans", "Clustering into %1 segments").arg(k))) {
            result.canceled = true;
            return result;
        }
        Random rng(master.next());
        LloydRun run(data, n, d, k);
        run.seed(rng);
        run.iterate(std::max(1, options.maxIterations), options.tolerance);
        if (run.inertia() < result.inertia) {
            result.inertia = run.inertia();
            result.iterations = run.iterations();
            result.labels.swap(run.labels());
            result.centroids.swap(run.centroids());
        }
    }
    return result;
}

} // namespace pw
