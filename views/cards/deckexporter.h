// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changecontent.h"
#include "common/error.h"

#include <QString>
#include <QStringList>

namespace pw {

class Project;
class Progress;
struct DeckContent;

/// What an exported deck said of changes: whether it has the "What changed" page (and against
/// which run), or why not; and the deck's own run.
struct DeckChangesOutcome
{
    bool hasPage = false;
    qint64 sinceRun = 0;
    qint64 deckRun = 0;
    QString reason; ///< why there is no page
};

struct DeckOptions
{
    enum class PageSize { A4, Letter };
    QString language = QStringLiteral("en"); ///< the language of the deck's labels and suggestions
    int pngWidth = 1920;                    ///< width in pixels of each PNG card
    PageSize pageSize = PageSize::A4;       ///< the PDF's paper
    bool landscape = true;                  ///< portrait sheets hold two pages each, one above the other
    int minSegment = 10;                    ///< a smaller segment shows no exact figures
    /// The run the "What changed" page compares with (by default the last workshop's).
    ChangesSince since;
    /// After a deck (PDF or PowerPoint) was written, note its run as the last workshop's
    /// (WorkshopRun::note(), nothing in a read-only project). The GUI notes on its own connection.
    bool noteWorkshop = true;
};

/// Writes the project's personas as a PDF deck to `pdfPath` through QSaveFile: a cover, an
/// overview, "What changed" (when `options.since` finds a run to compare with), one card per
/// persona, the funnels, the comparison and a page about the data (see DeckPages::all), text as
/// text; then notes the deck's run as the last workshop's (DeckOptions::noteWorkshop). The
/// translators for `options.language` must be installed. `changes`, if given, receives whether
/// the deck has the "What changed" page and why not.
/// After a deck is written: notes its run as the last workshop's (DeckContent::noteWorkshop())
/// when `options` ask for it; a failed note is said ("The deck was written, but …"), the deck stays.
bool noteExportedDeck(Project &project, const DeckContent &deck, const DeckOptions &options, Error *error);

bool exportPdfDeck(Project &project, const QString &pdfPath, const DeckOptions &options,
                   Progress *progress, Error *error, DeckChangesOutcome *changes = nullptr);

/// Writes one PNG per persona card into `folder` (created if missing); `written` gets the paths.
bool exportCardPngs(Project &project, const QString &folder, const DeckOptions &options,
                    QStringList *written, Progress *progress, Error *error);

} // namespace pw
