// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterquality.h"

#include "random.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pw {

double silhouetteScore(
    const float *data, qsizetype n, int d, const std::vector<int> &labels, qsizetype sampleSize, quint64 seed)
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

    // sums[i * k + c]: total distance from sampled row i to the sampled rows of cluster c.
    std::vector<double> sums(m * size_t(k), 0.0);
    for (size_t a = 0; a < m; ++a) {
        const float *x = data + sample[a] * size_t(d);
        const size_t la = size_t(labels[sample[a]]);
        for (size_t b = a + 1; b < m; ++b) {
            const float *y = data + sample[b] * size_t(d);
            float s = 0;
            for (int j = 0; j < d; ++j) {
                const float diff = x[j] - y[j];
                s += diff * diff;
            }
            const double dist = std::sqrt(double(s));
            sums[a * size_t(k) + size_t(labels[sample[b]])] += dist;
            sums[b * size_t(k) + la] += dist;
        }
    }
    double total = 0;
    for (size_t a = 0; a < m; ++a) {
        const int own = labels[sample[a]];
        if (counts[size_t(own)] < 2)
            continue; // a lone row scores 0
        const double inner = sums[a * size_t(k) + size_t(own)] / double(counts[size_t(own)] - 1);
        double nearest = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c) {
            if (c != own && counts[size_t(c)] > 0)
                nearest = std::min(nearest, sums[a * size_t(k) + size_t(c)] / double(counts[size_t(c)]));
        }
        const double denom = std::max(inner, nearest);
        if (denom > 0)
            total += (nearest - inner) / denom;
    }
    return total / double(m);
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
