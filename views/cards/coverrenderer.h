// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace pw {

/// What the deck's cover page shows.
struct CoverContent
{
    QString language = QStringLiteral("en");
    QString projectName;
    QDate date;
    qint64 peopleTotal = 0;
    QString dataPeriod;
    QList<Persona> personas;
    int minSegment = 0; ///< a smaller segment's shares are not shown (0: all shown)
};

/// Paints the cover of a persona deck: title, project, date, figures and the list of personas.
class CoverRenderer
{
public:
    /// Paints into `target` at the card's natural aspect ratio (centred).
    static void paint(QPainter &painter, const QRectF &target, const CoverContent &content);
};

} // namespace pw
