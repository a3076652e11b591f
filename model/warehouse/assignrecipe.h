// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include "analysis/features.h"
#include "common/error.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace pw {

class Project;

/// Every person's persona as SQL for the user's own warehouse (`persona-cli recipe assign`).
///
/// The query computes the run's features from the canonical tables (the query of FeatureRecipe),
/// applies the run's transforms exactly as FeatureTransform::apply() does (missing → the median
/// the run measured, log1p of max(0, x), winsorised to the run's bounds, an order value shrunk by
/// the buyer's credibility, standardised, weighted) and gives each person the nearest of the
/// run's centroids (squared Euclidean distance; the lowest segment on ties, as
/// nearestCentroids()): `customer_id, persona_id, persona_name`. Where the dialect has a 32-bit
/// float (PostgreSQL's REAL, Spark's and DuckDB's FLOAT), the standardised values and the
/// distances are computed in it, in the app's order, so that ties fall as in the app.
namespace AssignRecipe {

/// A run's segment and the persona it became.
struct SegmentPersona
{
    int segment = 0;
    qint64 personaId = 0; ///< 0: no persona (the column is NULL)
    QString name;
};

/// What the recipe needs of a run.
struct RunModel
{
    qint64 runId = 0;
    QList<FeatureTransform> transforms; ///< the run's, in column order
    std::vector<double> centroids; ///< k × transforms.size(), standardised
    QList<SegmentPersona> personas; ///< one per segment, by segment
};

/// The run `runId` of `project` with its personas (their names in `language`); nullopt with
/// `error` set when there is no such run, or when the run cannot be written as SQL: it was made
/// as of a date, or it clusters features imported per person.
std::optional<RunModel> load(Project &project, qint64 runId, const QString &language, Error *error);

/// The persona of each of run `runId`'s `segments` segments: the persona now made of it, else the
/// one it was when the run was made (names in `language`); nullopt with `error` set.
std::optional<QList<SegmentPersona>> segmentPersonas(Project &project, qint64 runId, int segments,
    const QString &language, Error *error);

/// The SELECT query (no trailing semicolon).
QString query(SqlDialect dialect, const RunModel &run);

/// The whole recipe: a comment, then `CREATE TABLE table AS` the query.
QString script(SqlDialect dialect, const RunModel &run, const QString &table);

} // namespace AssignRecipe

} // namespace pw
