// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace pw {

class Project;
class Progress;

struct DeckOptions
{
    enum class PageSize { A4, Letter };
    QString language = QStringLiteral("en"); ///< the language of the deck's labels and suggestions
    int pngWidth = 1920;                    ///< width in pixels of each PNG card
    PageSize pageSize = PageSize::A4;       ///< the PDF's paper
    bool landscape = true;                  ///< portrait sheets hold two pages each, one above the other
    int minSegment = 10;                    ///< a smaller segment shows no exact figures
};

/// Writes the project's personas as a PDF deck to `pdfPath` through QSaveFile: a cover, an
/// overview, one card per persona, the funnels, the comparison and a page about the data (see
/// DeckPages::all), text as text. The translators for `options.language` must be installed.
bool exportPdfDeck(Project &project, const QString &pdfPath, const DeckOptions &options,
                   Progress *progress, Error *error);

/// Writes one PNG per persona card into `folder` (created if missing); `written` gets the paths.
bool exportCardPngs(Project &project, const QString &folder, const DeckOptions &options,
                    QStringList *written, Progress *progress, Error *error);

} // namespace pw
