// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pw {

class Progress;
class Project;
struct DeckChangesOutcome;
struct DeckContent;
struct DeckOptions;

/// The persona deck as one self-contained HTML page that any browser opens: the cover, the
/// overview, "What changed" (when the content has it), a card per persona, the funnels, the
/// comparison (two personas or more) and the data page, each a `<section class="page">` of A4
/// landscape that prints on a sheet of its own. Everything is inside the file: the style sheet
/// inline, pictures (avatars, funnels, the flow diagram, section pictures) as PNG data URIs drawn
/// by the deck's own painters; no script, no link to anything outside. Names, sections and
/// figures are HTML text (searchable, selectable), user text always escaped. Hebrew pages carry
/// `lang="he" dir="rtl"`. Aggregates only, as the PDF deck; the translators for the deck's
/// language must be installed.
class HtmlExporter
{
public:
    /// The page (UTF-8) of `content`; nullopt when `progress` cancels.
    static std::optional<QByteArray> build(const DeckContent &content, Progress *progress);
    /// `text` safe inside an element or a double-quoted attribute (& < > " escaped).
    static QString escape(const QString &text);
    /// The number of `<section class="page">` of `content`'s deck (each a printed sheet).
    static int pageCount(const DeckContent &content);
};

/// Writes the project's deck as an HTML file to `path` through QSaveFile (see HtmlExporter), with
/// the "What changed" page as `options.since` asks, then notes its run as the last workshop's
/// (see exportPdfDeck()); `changes`, if given, receives whether the deck has that page and why not.
bool exportHtmlDeck(Project &project, const QString &path, const DeckOptions &options, Progress *progress,
    Error *error, DeckChangesOutcome *changes = nullptr);

} // namespace pw
