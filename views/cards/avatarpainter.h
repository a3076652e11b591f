// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace pw {

/// Paints a persona's avatar in a circle: the photo if it has one, else a generated avatar in the
/// persona's colour (its initials, or an illustrative bust: never a stock face).
class AvatarPainter
{
public:
    /// Paints the avatar of `persona` (named `name`) into the circle inscribed in `rect`, with a
    /// ring of `ringColor` (none if invalid).
    static void paint(QPainter &painter, const QRectF &rect, const Persona &persona, const QString &name,
                      const QColor &ringColor = QColor());
    /// Up to two initials of `name`, "?" if it has no letters.
    static QString initials(const QString &name);
    /// The largest square centred in an image of `size`: the part of a picture that a square
    /// frame shows (a wide or tall picture is cropped, never stretched).
    static QRect centredSquare(const QSize &size);
    /// `image` cropped to its centred square and scaled to `size` pixels, as PNG bytes.
    static QByteArray squarePng(const QImage &image, int size = 512);
    /// The persona colour, or a neutral slate if it is not a valid colour.
    static QColor personaColor(const Persona &persona);
};

} // namespace pw
