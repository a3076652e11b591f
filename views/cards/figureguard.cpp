// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureguard.h"

#include "persona/personatemplate.h"

#include <QCoreApplication>

namespace pw {

bool isSmallSegment(const PersonaStats &stats, int minSegment)
{
    // Stored figures out of range (a size of -5) say nothing of the segment's size: they show as
    // invalid, not as a small segment.
    return minSegment > 0 && !stats.invalid && stats.size < minSegment;
}

QString fewerThan(const QLocale &locale, int minSegment)
{
    return QCoreApplication::translate("Card", "fewer than %1").arg(locale.toString(minSegment));
}

QString guardedFigureValue(const PersonaStats &stats, const QString &key, const QLocale &locale, int minSegment)
{
    if (!isSmallSegment(stats, minSegment))
        return figureValue(stats, key, locale);
    if (key == QLatin1String("size"))
        return fewerThan(locale, minSegment);
    return QStringLiteral("—");
}

} // namespace pw
