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
    QString language = QStringLiteral("en"); ///< the language of the deck's labels and suggestions
    int pngWidth = 1920;                    ///< width in pixels of each PNG card
};

/// Writes the project's personas as a PDF deck (a cover, then one card per page, text as text)
/// to `pdfPath` through QSaveFile. The translators for `options.language` must be installed.
bool exportPdfDeck(Project &project, const QString &pdfPath, const DeckOptions &options,
                   Progress *progress, Error *error);

/// Writes one PNG per persona card into `folder` (created if missing); `written` gets the paths.
bool exportCardPngs(Project &project, const QString &folder, const DeckOptions &options,
                    QStringList *written, Progress *progress, Error *error);

} // namespace pw
