// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

namespace pw {

class Project;
struct DeckOptions;

/// Persona summaries for other tools: per persona its name, archetype, figures and written
/// sections; aggregates only. A segment smaller than `options.minSegment` has no figures (null
/// in JSON, empty in CSV) and its size reads "fewer than N".

/// Writes the summaries as JSON (an object with "project", "min_segment" and "personas").
bool exportSummaryJson(Project &project, const QString &path, const DeckOptions &options, Error *error);

/// Writes the summaries as CSV (UTF-8, a header row, one row per persona, lists joined by "; ").
/// Cells beginning with = + - or @ are neutralised with a leading apostrophe.
bool exportSummaryCsv(Project &project, const QString &path, const DeckOptions &options, Error *error);

/// `cell` made safe for a spreadsheet: a leading apostrophe when it begins with = + - or @.
QString neutralizeCsvCell(const QString &cell);

/// `cell` neutralised and quoted for CSV when it holds a comma, quote or line break.
QString csvField(const QString &cell);

} // namespace pw
