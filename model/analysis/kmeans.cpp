// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmeans.h"

#include "parallelblocks.h"
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

// Bounds are kept in float; these margins keep them valid despite rounding, so that a row is
// skipped only when plain Lloyd would certainly have kept its label.
constexpr float kUpperMargin = 1.0f + 1e-5f;
constexpr float kLowerMargin = 1.0f - 1e-5f;

/// One block's share of an assignment pass.
struct BlockPartial
{
    std::vector<double> sums; ///< k × d
    std::vector<qint64> counts; ///< k
    double inertia = 0;
    qint64 distances = 0;
    bool changed = false;
};

/// One k-means run from one seeding.
class LloydRun
{
public:
    LloydRun(const float *data, qsizetype n, int d, int k, int threads, bool accelerated,
        const std::vector<float> &pinned)
        : m_data(data)
        , m_n(size_t(n))
        , m_d(d)
        , m_k(k)
        , m_threads(threads)
        , m_accelerated(accelerated)
        , m_blocks(blockCount(n))
        , m_labels(m_n, 0)
        , m_upper(m_n, 0.0f)
        , m_lower(m_n, 0.0f)
        , m_centroids(size_t(k) * size_t(d), 0.0f)
        , m_partials(size_t(m_blocks))
        , m_pinned(int(pinned.size() / size_t(d)))
    {
        std::copy(pinned.begin(), pinned.end(), m_centroids.begin());
    }

    /// Greedy k-means++: each new centre is the best of a few candidates drawn with probability
    /// proportional to the squared distance to the nearest centre so far.
    void seed(Random &rng)
    {
        const int trials = 2 + int(std::log(double(m_k)));
        std::vector<float> closest(m_n), candidateClosest(m_n), bestClosest(m_n);
        const size_t blocks = static_cast<size_t>(m_blocks);
        std::vector<double> blockPotential(blocks), candidatePotential(blocks), bestBlockPotential(blocks);
        if (m_pinned == 0)
            setCentroid(0, size_t(rng.below(m_n)));
        auto distancesTo = [&](const float *centre, const std::vector<float> *previous, std::vector<float> &out,
                               std::vector<double> &potentials) {
            forEachBlock(m_blocks, m_threads, [&](qsizetype b) {
                const auto [begin, end] = blockRange(b);
                double p = 0;
                for (size_t i = begin; i < end; ++i) {
                    float v = squaredDistance(row(i), centre, m_d);
                    if (previous)
                        v = std::min(v, (*previous)[i]);
                    out[i] = v;
                    p += v;
                }
                potentials[size_t(b)] = p;
            });
            double total = 0;
            for (double p : potentials)
                total += p;
            m_distances += qint64(m_n);
            return total;
        };
        // Pinned centroids come first and stay; the others are seeded around them.
        double potential = distancesTo(centroid(0), nullptr, closest, blockPotential);
        for (int c = 1; c < m_pinned; ++c)
            potential = distancesTo(centroid(c), &closest, closest, blockPotential);
        for (int c = std::max(1, m_pinned); c < m_k; ++c) {
            size_t bestIndex = 0;
            double bestPotential = std::numeric_limits<double>::infinity();
            for (int t = 0; t < trials; ++t) {
                size_t candidate = 0;
                if (potential > 0) {
                    double r = rng.uniform() * potential;
                    candidate = m_n - 1;
                    for (qsizetype b = 0; b < m_blocks; ++b) {
                        if (r >= blockPotential[size_t(b)] && b + 1 < m_blocks) {
                            r -= blockPotential[size_t(b)];
                            continue;
                        }
                        const auto [begin, end] = blockRange(b);
                        for (size_t i = begin; i < end; ++i) {
                            r -= closest[i];
                            if (r < 0) {
                                candidate = i;
                                break;
                            }
                        }
                        break;
                    }
                } else {
                    candidate = size_t(rng.below(m_n));
                }
                const double p = distancesTo(row(candidate), &closest, candidateClosest, candidatePotential);
                if (p < bestPotential) {
                    bestPotential = p;
                    bestIndex = candidate;
                    bestClosest.swap(candidateClosest);
                    bestBlockPotential.swap(candidatePotential);
                }
            }
            setCentroid(c, bestIndex);
            closest.swap(bestClosest);
            blockPotential.swap(bestBlockPotential);
            potential = bestPotential;
        }
    }

    /// Starts from the given k × d centroids instead of a seeding; pinned ones stay as they are.
    void start(const std::vector<float> &initial)
    {
        std::copy(initial.begin() + qsizetype(m_pinned) * m_d, initial.end(), m_centroids.begin() + qsizetype(m_pinned) * m_d);
    }

    void iterate(int maxIterations, double tolerance)
    {
        std::vector<float> moves(size_t(m_k), 0.0f);
        pass(true, moves);
        for (m_iterations = 1; m_iterations <= maxIterations; ++m_iterations) {
            const double shift = update(moves);
            const bool changed = pass(false, moves);
            if (!changed || shift <= tolerance)
                break;
        }
        m_iterations = std::min(m_iterations, maxIterations);
        // The exact inertia of the final labels and centroids.
        std::vector<double> inertia(size_t(m_blocks), 0.0);
        forEachBlock(m_blocks, m_threads, [&](qsizetype b) {
            const auto [begin, end] = blockRange(b);
            double s = 0;
            for (size_t i = begin; i < end; ++i)
                s += squaredDistance(row(i), centroid(m_labels[i]), m_d);
            inertia[size_t(b)] = s;
        });
        m_inertia = 0;
        for (double v : inertia)
            m_inertia += v;
    }

    std::vector<int> &labels() { return m_labels; }
    std::vector<float> &centroids() { return m_centroids; }
    double inertia() const { return m_inertia; }
    int iterations() const { return m_iterations; }
    qint64 distances() const { return m_distances; }

private:
    const float *row(size_t i) const { return m_data + i * size_t(m_d); }
    float *centroid(int c) { return m_centroids.data() + size_t(c) * size_t(m_d); }
    void setCentroid(int c, size_t i) { std::copy(row(i), row(i) + m_d, centroid(c)); }
    std::pair<size_t, size_t> blockRange(qsizetype b) const
    {
        const size_t begin = size_t(b) * size_t(kRowBlock);
        return {begin, std::min(m_n, begin + size_t(kRowBlock))};
    }

    /// Nearest and second-nearest centroid of row i. Ties keep the current label (then the lowest
    /// index), so that a re-seeded duplicate stays where it was put.
    void fullScan(size_t i, int &best, float &bestD2, float &secondD2) const
    {
        const float *x = row(i);
        const int current = m_labels[i];
        best = current;
        bestD2 = squaredDistance(x, m_centroids.data() + size_t(current) * size_t(m_d), m_d);
        secondD2 = std::numeric_limits<float>::infinity();
        for (int c = 0; c < m_k; ++c) {
            if (c == current)
                continue;
            const float dist = squaredDistance(x, m_centroids.data() + size_t(c) * size_t(m_d), m_d);
            if (dist < bestD2) {
                secondD2 = bestD2;
                bestD2 = dist;
                best = c;
            } else if (dist < secondD2) {
                secondD2 = dist;
            }
        }
    }

    /// Assigns every row to its nearest centroid (all of them when `first` or not accelerated,
    /// else only those Hamerly's bounds cannot settle) and accumulates the per-block sums.
    /// `moves` holds how far each centroid moved in the last update. Returns true if a label changed.
    bool pass(bool first, const std::vector<float> &moves)
    {
        const size_t d = size_t(m_d);
        float maxMove = 0, secondMove = 0;
        int maxMoved = -1;
        for (int c = 0; c < m_k; ++c) {
            if (moves[size_t(c)] > maxMove) {
                secondMove = maxMove;
                maxMove = moves[size_t(c)];
                maxMoved = c;
            } else if (moves[size_t(c)] > secondMove) {
                secondMove = moves[size_t(c)];
            }
        }
        // Half the distance from each centroid to its nearest other centroid.
        std::vector<float> half(size_t(m_k), std::numeric_limits<float>::infinity());
        for (int a = 0; a < m_k; ++a)
            for (int b = 0; b < m_k; ++b)
                if (a != b)
                    half[size_t(a)] = std::min(half[size_t(a)],
                        0.5f * std::sqrt(squaredDistance(centroid(a), centroid(b), m_d)) * kLowerMargin);
        const bool bounded = m_accelerated && !first;
        forEachBlock(m_blocks, m_threads, [&](qsizetype b) {
            BlockPartial &part = m_partials[size_t(b)];
            part.sums.assign(size_t(m_k) * d, 0.0);
            part.counts.assign(size_t(m_k), 0);
            part.changed = false;
            qint64 computed = 0;
            const auto [begin, end] = blockRange(b);
            for (size_t i = begin; i < end; ++i) {
                int label = m_labels[i];
                bool settled = false;
                if (bounded) {
                    float &u = m_upper[i];
                    float &l = m_lower[i];
                    u = (u + moves[size_t(label)]) * kUpperMargin;
                    l = (l - (label == maxMoved ? secondMove : maxMove)) * kLowerMargin;
                    const float m = std::max(half[size_t(label)], l);
                    if (u <= m) {
                        settled = true;
                    } else {
                        u = std::sqrt(squaredDistance(row(i), centroid(label), m_d)) * kUpperMargin;
                        ++computed;
                        settled = u <= m;
                    }
                }
                if (!settled) {
                    int best = 0;
                    float bestD2 = 0, secondD2 = 0;
                    fullScan(i, best, bestD2, secondD2);
                    computed += m_k;
                    m_upper[i] = std::sqrt(bestD2) * kUpperMargin;
                    m_lower[i] = std::sqrt(secondD2) * kLowerMargin;
                    if (best != label) {
                        part.changed = true;
                        label = best;
                        m_labels[i] = best;
                    }
                }
                const float *x = row(i);
                double *sum = part.sums.data() + size_t(label) * d;
                for (size_t j = 0; j < d; ++j)
                    sum[j] += x[j];
                ++part.counts[size_t(label)];
            }
            part.distances = computed;
        });
        bool changed = first;
        for (const BlockPartial &part : m_partials) {
            changed = changed || part.changed;
            m_distances += part.distances;
        }
        return changed;
    }

    /// Moves each centroid to the mean of its rows (the block sums combined in block order);
    /// records how far each moved in `moves`; returns the largest squared move.
    double update(std::vector<float> &moves)
    {
        const size_t d = size_t(m_d);
        std::vector<double> sums(size_t(m_k) * d, 0.0);
        std::vector<qint64> counts(size_t(m_k), 0);
        for (const BlockPartial &part : m_partials) {
            for (size_t j = 0; j < sums.size(); ++j)
                sums[j] += part.sums[j];
            for (size_t c = 0; c < counts.size(); ++c)
                counts[c] += part.counts[c];
        }
        std::vector<float> old = m_centroids;
        for (int c = m_pinned; c < m_k; ++c) {
            if (counts[size_t(c)] > 0)
                continue;
            // An empty cluster takes the row farthest from its centroid (in a cluster of two or more).
            std::vector<float> farDistance(size_t(m_blocks), -1.0f);
            std::vector<size_t> farRow(size_t(m_blocks), m_n);
            forEachBlock(m_blocks, m_threads, [&](qsizetype b) {
                const auto [begin, end] = blockRange(b);
                for (size_t i = begin; i < end; ++i) {
                    if (counts[size_t(m_labels[i])] <= 1)
                        continue;
                    const float dist = squaredDistance(row(i), old.data() + size_t(m_labels[i]) * d, m_d);
                    if (dist > farDistance[size_t(b)]) {
                        farDistance[size_t(b)] = dist;
                        farRow[size_t(b)] = i;
                    }
                }
            });
            size_t far = m_n;
            float best = -1;
            for (qsizetype b = 0; b < m_blocks; ++b) {
                if (farDistance[size_t(b)] > best) {
                    best = farDistance[size_t(b)];
                    far = farRow[size_t(b)];
                }
            }
            if (far == m_n)
                continue;
            const size_t from = size_t(m_labels[far]);
            for (size_t j = 0; j < d; ++j) {
                sums[from * d + j] -= row(far)[j];
                sums[size_t(c) * d + j] = row(far)[j];
            }
            --counts[from];
            counts[size_t(c)] = 1;
            m_labels[far] = c;
            m_upper[far] = std::numeric_limits<float>::infinity(); // forces a fresh look next pass
            m_lower[far] = 0;
        }
        double shift = 0;
        for (int c = 0; c < m_k; ++c) {
            moves[size_t(c)] = 0;
            if (counts[size_t(c)] == 0 || c < m_pinned)
                continue;
            float *centre = centroid(c);
            for (size_t j = 0; j < d; ++j)
                centre[j] = float(sums[size_t(c) * d + j] / double(counts[size_t(c)]));
            const float move2 = squaredDistance(centre, old.data() + size_t(c) * d, m_d);
            moves[size_t(c)] = std::sqrt(move2) * kUpperMargin;
            shift = std::max(shift, double(move2));
        }
        return shift;
    }

    const float *m_data;
    size_t m_n;
    int m_d;
    int m_k;
    int m_threads;
    bool m_accelerated;
    qsizetype m_blocks;
    std::vector<int> m_labels;
    std::vector<float> m_upper; ///< upper bound of the distance to the own centroid
    std::vector<float> m_lower; ///< lower bound of the distance to any other centroid
    std::vector<float> m_centroids;
    std::vector<BlockPartial> m_partials;
    double m_inertia = 0;
    int m_iterations = 0;
    qint64 m_distances = 0;
    int m_pinned = 0; ///< centroids 0..m_pinned-1 never move
};

} // namespace

std::vector<int> nearestCentroids(
    const float *data, qsizetype n, int d, const std::vector<float> &centroids, int k, int threads)
{
    std::vector<int> labels(size_t(std::max<qsizetype>(0, n)), 0);
    forEachBlock(blockCount(n), threadCount(threads), [&](qsizetype b) {
        const size_t begin = size_t(b) * size_t(kRowBlock);
        const size_t end = std::min(size_t(n), begin + size_t(kRowBlock));
        for (size_t i = begin; i < end; ++i) {
            float best = std::numeric_limits<float>::infinity();
            for (int c = 0; c < k; ++c) {
                const float dist = squaredDistance(data + i * size_t(d), centroids.data() + size_t(c) * size_t(d), d);
                if (dist < best) {
                    best = dist;
                    labels[i] = c;
                }
            }
        }
    });
    return labels;
}

KMeansResult kmeans(const float *data, qsizetype n, int d, const KMeansOptions &options, Progress *progress)
{
    KMeansResult result;
    const int k = options.k;
    if (n <= 0 || d <= 0 || k < 1 || k > n || options.pinned.size() % size_t(d) != 0
        || options.pinned.size() / size_t(d) > size_t(k))
        return result;
    Random master(options.seed);
    const int restarts = std::max(1, options.restarts);
    const int threads = threadCount(options.threads);
    result.inertia = std::numeric_limits<double>::infinity();
    auto keep = [&](LloydRun &run) {
        result.distanceComputations += run.distances();
        if (run.inertia() < result.inertia) {
            result.inertia = run.inertia();
            result.iterations = run.iterations();
            result.labels.swap(run.labels());
            result.centroids.swap(run.centroids());
        }
    };
    if (options.initial.size() == size_t(k) * size_t(d)) {
        LloydRun run(data, n, d, k, threads, options.accelerated, options.pinned);
        run.start(options.initial);
        run.iterate(std::max(1, options.maxIterations), options.tolerance);
        keep(run);
    }
    for (int r = 0; r < restarts; ++r) {
        if (progress
            && !progress->report(
                r, restarts, QCoreApplication::translate("KMeans", "Clustering into %1 segments").arg(k))) {
            result.canceled = true;
            return result;
        }
        Random rng(master.next());
        LloydRun run(data, n, d, k, threads, options.accelerated, options.pinned);
        run.seed(rng);
        run.iterate(std::max(1, options.maxIterations), options.tolerance);
        keep(run);
    }
    return result;
}

} // namespace pw
