// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace pw {

/// Mean silhouette coefficient (Euclidean distance) of a clustering, computed on a
/// deterministic sample of `sampleSize` rows (all rows when `sampleSize` <= 0 or >= n), with
/// distances among the sampled rows and each row's label from the full clustering. A row alone
/// in its cluster (within the sample) scores 0. Returns 0 when fewer than two clusters occur.
/// Runs on `threads` threads (0 = one per core); the result does not depend on their number.
double silhouetteScore(const float *data, qsizetype n, int d, const std::vector<int> &labels,
    qsizetype sampleSize, quint64 seed, int threads = 0);

/// Adjusted Rand index of two labellings of the same rows: 1 for identical partitions (up to
/// renaming), about 0 for independent ones. Labels are non-negative integers.
double adjustedRandIndex(const std::vector<int> &a, const std::vector<int> &b);

} // namespace pw
