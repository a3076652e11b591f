// SPDX-License-Identifier: GPL-3.0-or-later
#include "stability.h"

#include "clusterquality.h"
#include "kmeans.h"
#include "random.h"

#include <algorithm>
#include <numeric>

namespace pw {

std::vector<qsizetype> sampleRows(qsizetype n, qsizetype m, quint64 seed)
{
    std::vector<qsizetype> rows(size_t(std::max<qsizetype>(0, n)));
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    if (m <= 0 || m >= n)
        return rows;
    Random rng(seed);
    for (size_t i = 0; i < size_t(m); ++i)
        std::swap(rows[i], rows[i + size_t(rng.below(quint64(n) - i))]);
    rows.resize(size_t(m));
    std::sort(rows.begin(), rows.end());
    return rows;
}

double clusteringStability(const float *data, qsizetype n, int d, int k, const std::vector<int> &labels,
    const StabilityOptions &options)
{
    if (n < 2 || k < 2 || qsizetype(labels.size()) != n || options.runs < 1)
        return 1.0;
    const std::vector<qsizetype> evaluation = sampleRows(n, options.evaluationSize, options.seed ^ 0xe7a1ULL);
    const size_t m = evaluation.size();
    std::vector<float> evalData(m * size_t(d));
    std::vector<int> reference(m);
    for (size_t i = 0; i < m; ++i) {
        std::copy_n(data + size_t(evaluation[i]) * size_t(d), d, evalData.data() + i * size_t(d));
        reference[i] = labels[size_t(evaluation[i])];
    }
    const qsizetype size = options.sampleSize > 0 ? std::min(options.sampleSize, n) : n;
    if (size < k)
        return 1.0;
    double total = 0;
    for (int run = 0; run < options.runs; ++run) {
        Random rng(options.seed + 0x9e3779b97f4a7c15ULL * quint64(run + 1));
        std::vector<float> sample(size_t(size) * size_t(d));
        for (qsizetype i = 0; i < size; ++i) {
            const size_t row = size_t(rng.below(quint64(n)));
            std::copy_n(data + row * size_t(d), d, sample.data() + size_t(i) * size_t(d));
        }
        KMeansOptions ko;
        ko.k = k;
        ko.restarts = std::max(1, options.restarts);
        ko.seed = rng.next();
        ko.threads = options.threads;
        const KMeansResult r = kmeans(sample.data(), size, d, ko);
        const std::vector<int> predicted
            = nearestCentroids(evalData.data(), qsizetype(m), d, r.centroids, k, options.threads);
        total += adjustedRandIndex(reference, predicted);
    }
    return total / double(options.runs);
}

} // namespace pw
