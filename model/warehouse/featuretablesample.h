// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/features.h"
#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pw {

class Progress;
struct SegmentationRun;

/// A feature table of any size (a warehouse's per-person table exported as UTF-8 CSV or TSV: a
/// header, the person's id in the first column, numeric columns) read in streaming passes whose
/// memory is bounded by the sample, not by the table: one pass keeps a uniform random sample of
/// its rows (to import and cluster), a second one counts every row's nearest segment of a run.
namespace FeatureTableSample {

/// What the sampling pass did.
struct Sampled
{
    QStringList header;
    qint64 rows = 0; ///< data rows read
    qint64 kept = 0; ///< rows in the sample
};

/// Reads `path` once and writes a uniform random sample of `size` of its data rows (reservoir
/// sampling: every row has the same chance, size / rows; all rows, in their order, when the table
/// has at most `size`) to `out`, header first, rows in the order they were read. Deterministic for
/// a seed. Progress is reported in bytes. nullopt with `error` set on a read or write error.
std::optional<Sampled> sample(const QString &path, const QString &out, qint64 size, quint64 seed, Progress *progress,
    Error *error);

/// A run's transforms and centroids, as the size pass applies them.
struct Model
{
    QList<FeatureTransform> transforms; ///< column order
    std::vector<float> centroids; ///< k × transforms.size()
};

/// The model of a stored run: its transforms and centroids; nullopt with `error` set when it has
/// none.
std::optional<Model> modelOf(const SegmentationRun &run, Error *error);

/// Reads `path` once and counts, per segment, the rows whose nearest centroid it is, after the
/// run's transforms (exactly as the clustering saw its own rows: FeatureTransform::apply, in
/// float, lowest segment on ties). A transform's key names its column (`imported:<column>` or a
/// feature's key); an empty or non-numeric cell is missing. nullopt with `error` set when a
/// column is absent or the file cannot be read.
std::optional<std::vector<qint64>> segmentSizes(const QString &path, const Model &model, Progress *progress, Error *error);

} // namespace FeatureTableSample

} // namespace pw
