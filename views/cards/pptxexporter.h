// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "pptxwriter.h"

#include <QString>

#include <optional>

namespace pw {

class Progress;
class Project;
struct DeckChangesOutcome;
struct DeckContent;
struct DeckOptions;

/// The persona deck as a PowerPoint presentation (16:9): a title slide, an overview of all
/// personas, "What changed" (when the content has it), one slide per persona with the card as a picture beside its name and key figures as
/// real text, the journey funnels and a slide about the data. Aggregates only; a segment smaller
/// than the deck's threshold shows no exact figures. Hebrew slides are mirrored, their paragraphs
/// right to left. The translators for the deck's language must be installed.
class PptxExporter
{
public:
    /// Width in pixels of the card pictures.
    static constexpr int cardPixelWidth = 1600;

    /// The slides of `content`; nullopt when `progress` cancels.
    static std::optional<PptxWriter> build(const DeckContent &content, Progress *progress);
};

/// Writes the project's deck as a .pptx to `path` through QSaveFile (see PptxExporter), with the
/// "What changed" slide as `options.since` asks, then notes its run as the last workshop's (see
/// exportPdfDeck()); `changes`, if given, receives whether the deck has that slide and why not.
bool exportPptxDeck(Project &project, const QString &path, const DeckOptions &options, Progress *progress,
                    Error *error, DeckChangesOutcome *changes = nullptr);

} // namespace pw
