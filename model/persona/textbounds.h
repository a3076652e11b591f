// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace pw::bounds {

// What a project file may hold is read up to these bounds: a file may come from someone else,
// and no persona or template written in the application comes near them.
constexpr qsizetype maxNameChars = 200;           ///< a persona's or template's name
constexpr qsizetype maxLineChars = 2000;          ///< one line of a section
constexpr qsizetype maxSectionLines = 100;        ///< lines of one section
constexpr qsizetype maxSections = 100;            ///< sections of a template (and written per persona)
constexpr qsizetype maxTemplateBytes = 256 * 1024; ///< a template's definition (JSON)
constexpr qsizetype maxLabelChars = 80;           ///< a feature's label (it is part of persona names)

/// The marker put where a text was cut ("…[cut]", translated).
QString cutMarker();
/// `text`, or its first `max` characters followed by cutMarker() when it is longer.
QString capped(const QString &text, qsizetype max);
/// `text` without the Unicode controls that override or embed a direction (U+202A–U+202E,
/// U+2066–U+2069): a label must not turn the rest of a name around; we isolate texts ourselves.
QString withoutDirectionOverrides(const QString &text);
/// A persona's written sections (section key -> array of lines, or a number) within the bounds:
/// at most maxSections sections of at most maxSectionLines lines of maxLineChars characters.
QJsonObject cappedFields(const QJsonObject &fields);

} // namespace pw::bounds
