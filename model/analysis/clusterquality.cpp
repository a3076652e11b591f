// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterquality.h"

#include "parallelblocks.h"
#include "random.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pw {

double silhouetteScore(const float *data, qsizetype n, int d, const std::vector<int> &labels,
    qsizetype sampleSize, quint64 seed, int threads)
{
    if (n < 2 || qsizetype(labels.size()) != n)
        return 0;
    std::vector<size_t> sample(static_cast<size_t>(n));
    std::iota(sample.begin(), sample.end(), size_t(0));
    if (sampleSize > 0 && sampleSize < n) {
        Random rng(seed);
        for (size_t i = 0; i < size_t(sampleSize); ++i)
            std::swap(sample[i], sample[i + size_t(rng.below(quint64(n) - i))]);
        sample.resize(size_t(sampleSize));
        std::sort(sample.begin(), sample.end());
    }
    const size_t m = sample.size();
    const int k = *std::max_element(labels.begin(), labels.end()) + 1;
    std::vector<qint64> counts(size_t(k), 0);
    for (size_t s : sample)
        ++counts[size_t(labels[s])];
    if (std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; }) < 2)
        return 0;

    // The sampled rows grouped by cluster and stored feature by feature: the distances from one
    // row to all others are then one contiguous pass per feature, which the compiler vectorises,
    // and each cluster's distances one contiguous range.
    std::stable_sort(sample.begin(), sample.end(), [&](size_t a, size_t b) { return labels[a] < labels[b]; });
    std::vector<size_t> begin(size_t(k) + 1, 0);
    for (int c = 0; c < k; ++c)
        begin[size_t(c) + 1] = begin[size_t(c)] + size_t(counts[size_t(c)]);
    std::vector<float> columns(size_t(d) * m);
    for (size_t i = 0; i < m; ++i)
        for (int j = 0; j < d; ++j)
            columns[size_t(j) * m + i] = data[sample[i] * size_t(d) + size_t(j)];

    constexpr qsizetype kRows = 64; // sampled rows per block of work
    std::vector<double> score(m, 0.0);
    forEachBlock((qsizetype(m) + kRows - 1) / kRows, threadCount(threads), [&](qsizetype block) {
        std::vector<float> squares(m);
        std::vector<double> distances(m);
        std::vector<double> mean(static_cast<size_t>(k));
        const size_t last = std::min(m, size_t(block + 1) * size_t(kRows));
        for (size_t a = size_t(block) * size_t(kRows); a < last; ++a) {
            // Squared distances summed feature by feature, in the same order as a row-by-row sum.
            std::fill(squares.begin(), squares.end(), 0.0f);
            for (int j = 0; j < d; ++j) {
                const float *column = columns.data() + size_t(j) * m;
                const float x = column[a];
                float *out = squares.data();
                for (size_t b = 0; b < m; ++b) {
                    const float diff = x - column[b];
                    out[b] += diff * diff;
                }
            }
            for (size_t b = 0; b < m; ++b)
                distances[b] = std::sqrt(double(squares[b]));
            const int own = labels[sample[a]];
            for (int c = 0; c < k; ++c) {
                // Four running sums, so that the additions do not wait on each other.
                double sum[4] = {0, 0, 0, 0}; // the row's distance to itself is 0
                size_t b = begin[size_t(c)];
                const size_t end = begin[size_t(c) + 1];
                for (; b + 4 <= end; b += 4)
                    for (int lane = 0; lane < 4; ++lane)
                        sum[lane] += distances[b + size_t(lane)];
                for (; b < end; ++b)
                    sum[0] += distances[b];
                mean[size_t(c)] = (sum[0] + sum[1]) + (sum[2] + sum[3]);
            }
            if (counts[size_t(own)] < 2)
                continue; // a lone row scores 0
            const double inner = mean[size_t(own)] / double(counts[size_t(own)] - 1);
            double nearest = std::numeric_limits<double>::infinity();
            for (int c = 0; c < k; ++c)
                if (c != own && counts[size_t(c)] > 0)
                    nearest = std::min(nearest, mean[size_t(c)] / double(counts[size_t(c)]));
            const double denom = std::max(inner, nearest);
            if (denom > 0)
                score[a] = (nearest - inner) / denom;
        }
    });
    return std::accumulate(score.begin(), score.end(), 0.0) / double(m);
}

double adjustedRandIndex(const std::vector<int> &a, const std::vector<int> &b)
{
    const size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return 1;
    auto pairs = [](double x) { return x * (x - 1) / 2; };
    QHash<quint64, qint64> cells;
    QHash<int, qint64> rows, cols;
    for (size_t i = 0; i < n; ++i) {
        ++cells[(quint64(quint32(a[i])) << 32) | quint32(b[i])];
        ++rows[a[i]];
        ++cols[b[i]];
    }
    double index = 0, sumRows = 0, sumCols = 0;
    for (qint64 c : std::as_const(cells))
        index += pairs(double(c));
    for (qint64 c : std::as_const(rows))
        sumRows += pairs(double(c));
    for (qint64 c : std::as_const(cols))
        sumCols += pairs(double(c));
    const double expected = sumRows * sumCols / pairs(double(n));
    const double maximum = (sumRows + sumCols) / 2;
    if (maximum == expected)
        return 1; // both partitions trivial (all in one, or all apart): identical structure
    return (index - expected) / (maximum - expected);
}

} // namespace pw
