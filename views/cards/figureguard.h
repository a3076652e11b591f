// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QLocale>
#include <QString>

namespace pw {

/// True when a segment of `stats.size` people is below `minSegment` and must show no exact figures
/// (never for invalid stored figures: those show as invalid).
bool isSmallSegment(const PersonaStats &stats, int minSegment);

/// A figure as exports show it: figureValue() for a large enough segment; for a small one the size
/// reads "fewer than N" and every other figure a dash, so that nobody can be singled out.
QString guardedFigureValue(const PersonaStats &stats, const QString &key, const QLocale &locale, int minSegment);

/// "fewer than N" in the interface language.
QString fewerThan(const QLocale &locale, int minSegment);

} // namespace pw
