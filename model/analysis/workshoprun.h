// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QtGlobal>

#include <optional>

namespace pw {

class Project;

/// "The last workshop": the segmentation run the last exported (PDF or PowerPoint) or presented
/// deck was made from, noted in the project (the `meta` key `workshop_run`), and the run noted
/// before it (`workshop_previous_run`). A deck of another run shows what changed since the last
/// workshop's; a deck of that same run (exported again, or presented after the PDF was sent)
/// still shows what changed since the workshop before.
namespace WorkshopRun {

/// The `meta` keys of the notes.
inline constexpr char settingKey[] = "workshop_run";
inline constexpr char previousKey[] = "workshop_previous_run";

/// The run noted by the last exported or presented deck; nullopt when no deck noted one.
std::optional<qint64> noted(const Project &project);

/// The run a deck of `deckRun` compares with: the noted run if it is another, else the one noted
/// before it; nullopt when there is none.
std::optional<qint64> baseline(const Project &project, qint64 deckRun);

/// Notes `runId` as the run of the last workshop (and the run noted until then as the previous),
/// in a transaction. Nothing is written when the project is read-only, when `runId` is 0 (a deck
/// without a run) or when it is noted already (`written`, if given, says whether it was). False
/// and `error` set when the write fails.
bool note(Project &project, qint64 runId, Error *error, bool *written = nullptr);

} // namespace WorkshopRun

} // namespace pw
