// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QtGlobal>

namespace pw {

class Project;
class Progress;

/// The marketer's corrections to the latest segmentation run. Each is one transaction: the run's
/// assignments and centroids are rewritten, every persona of the run gets its evidence (and,
/// unless locked, its archetype) recomputed, and the edit is recorded in the run's scores
/// ("edits"). Personas keep everything written on them.
namespace SegmentEdit {

/// Merges the segment of persona `otherId` into that of persona `keepId` (both of the latest
/// run); `otherId` is deleted, `keepId` keeps its name and content.
bool merge(Project &project, qint64 keepId, qint64 otherId, Progress *progress, Error *error);

/// Splits the segment of persona `id` (of the latest run) in two with k-means (k = 2, seeded by
/// `seed`): the larger half stays with the persona, the other becomes a new persona, matched to
/// an archetype. Returns the new persona's id, or 0 on failure (`error` says why).
qint64 split(Project &project, qint64 id, quint64 seed, Progress *progress, Error *error);

} // namespace SegmentEdit

} // namespace pw
