// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"
#include "persona/persona.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

class QPainter;

namespace pw {

/// What a card shows besides the persona itself.
struct CardContext
{
    QString language = QStringLiteral("en"); ///< "en", "he" (laid out right to left) or "ru"
    QString projectName;
    std::optional<Funnel> funnel;            ///< the persona's journey funnel, if known
    qint64 peopleTotal = 0;                  ///< everyone the latest segmentation run split, for the footer
    bool dataChanged = false;                ///< data was imported after that run: the figures are the earlier data's
    QString dataPeriod;                      ///< e.g. "2023-01-02 – 2024-06-30", for the footer
    int minSegment = 0;                      ///< a smaller segment shows no exact figures (0: all shown)
};

/// The one renderer of a persona card: the GUI preview, the PDF deck and the PNGs all call it.
class CardRenderer
{
public:
    /// The card's natural size in points (A4 landscape); paint() scales to any target.
    static QSizeF naturalSize();
    /// Paints `persona` into `target`, keeping the natural aspect ratio (centred).
    static void paint(QPainter &painter, const QRectF &target, const Persona &persona,
                      const CardContext &context);
};

} // namespace pw
