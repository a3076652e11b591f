// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pw::test {

/// The project fixtures of every schema version (tests/fixtures/projects/schema-vN.personas):
/// the data of schema-v1 (6 people, 4 orders, 2 personas, ...) plus a row of what each later
/// version added, so that migrating a fixture proves that data survives.
namespace SchemaFixture {

/// The file name of the fixture of `version`: "schema-vN.personas".
QString fileName(int version);

/// Writes a project at schema `version` to `out` by applying migrations 1..version only, with
/// the data of the schema-v1 fixture `v1Path` and the rows of versions 2..version below; then
/// VACUUMs it (journal mode DELETE). Returns an empty string or the reason it failed.
QString write(int version, const QString &v1Path, const QString &out);

// What the later versions hold (the version that added the table or column in brackets).
inline const QString journeyNote = QStringLiteral("Instagram ads, a friend's tip"); // (2) persona 1, awareness, touchpoints
inline const QString avatarStyle = QStringLiteral("illustration");                 // (3) persona 1
inline const QString evidence = QStringLiteral("{\"goals\":\"research\"}");        // (3) persona 1
inline const QString lockedAt = QStringLiteral("1795407300");                     // (4) persona 2 locked
inline const QString featureName = QStringLiteral("loyalty_points");              // (5) person 1: 42.5
inline constexpr double featureValue = 42.5;
inline const QString imageSection = QStringLiteral("moodboard");                  // (6) persona 1's picture
inline constexpr qint64 personaRevision = 3;                                        // (9) persona 1
inline constexpr qint64 runAsOf = 1793491200;                                       // (10) run 1: as of 2026-11-01
inline const QString runPersonaName = QStringLiteral("Old name");                   // (11) run 1, segment 0 then
inline const QString versionContent = QStringLiteral("{\"name\":\"Old name\"}");      // (11) persona 1's version
inline const QString olistOrder = QStringLiteral("e481f51cbdc54678b7cc49136f2d6af7"); // (7) one order of each olist table

/// A 1 x 1 PNG: the photo of persona 1 (3) and its moodboard picture (6).
QByteArray png();

} // namespace SchemaFixture

} // namespace pw::test
