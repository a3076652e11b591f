// SPDX-License-Identifier: GPL-3.0-or-later
#include "textbounds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw::bounds {

QString cutMarker()
{
    return QCoreApplication::translate("Bounds", "…[cut]");
}

QString capped(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype end = max;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end; // never half a character
    return text.left(end) + cutMarker();
}

QString withoutDirectionOverrides(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            continue;
        out.append(c);
    }
    return out;
}

QJsonObject cappedFields(const QJsonObject &fields)
{
    QJsonObject out;
    qsizetype sections = 0;
    for (auto it = fields.begin(); it != fields.end() && sections < maxSections; ++it, ++sections) {
        if (!it.value().isArray()) {
            out.insert(it.key().left(maxNameChars), it.value().isString() ? QJsonValue(capped(it.value().toString(), maxLineChars))
                                                                          : it.value());
            continue;
        }
        const QJsonArray lines = it.value().toArray();
        QJsonArray kept;
        for (qsizetype i = 0; i < lines.size() && i < maxSectionLines; ++i)
            kept.append(lines[i].isString() ? QJsonValue(capped(lines[i].toString(), maxLineChars)) : lines[i]);
        if (lines.size() > maxSectionLines)
            kept.append(cutMarker());
        out.insert(it.key().left(maxNameChars), kept);
    }
    return out;
}

} // namespace pw::bounds
