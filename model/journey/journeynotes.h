// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "store/writestatus.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

class Project;

/// The fields of a persona's journey notes, one set per stage. The first three are the stage
/// panel of the funnel view (with defaults from DOMAIN.md's journey table); all of them are
/// the columns of the journey map: touchpoints, key focus, improvement ideas, customer goal,
/// pain points, emotion, opportunities.
QStringList journeyNoteFields();
/// A field's name in the interface language.
QString journeyNoteFieldName(const QString &field);

/// The default text of a stage's field in `language` (en, he, ru; English otherwise) from the
/// bundled resources/journey/stages.json; empty for fields without a default.
QString journeyStageDefault(const QString &stage, const QString &field, const QString &language);

/// A persona's journey notes: what the marketer wrote, per stage and field. A note that was
/// never written (or was cleared) shows the stage's default.
class JourneyNotes
{
public:
    /// Loads the notes of `personaId`; nullopt and `error` on failure.
    static std::optional<JourneyNotes> load(Project &project, qint64 personaId, Error *error = nullptr);
    /// Stores one note (an empty value removes it, so that the default shows again), if the stored
    /// note still has revision `baseRevision` (0: none written) and the persona still exists;
    /// Conflict with the reason in `error` otherwise. The note's new revision goes in `revision`.
    static WriteStatus store(Project &project, qint64 personaId, const QString &stage, const QString &field,
                             const QString &value, qint64 baseRevision, Error *error = nullptr,
                             qint64 *revision = nullptr);

    /// What the marketer wrote, or an empty string.
    QString written(const QString &stage, const QString &field) const;
    /// What to show: the written note, else the default in `language`.
    QString text(const QString &stage, const QString &field, const QString &language) const;
    bool isWritten(const QString &stage, const QString &field) const;
    /// The revision the note was stored with as loaded (0: none written), for store().
    qint64 revision(const QString &stage, const QString &field) const;
    void set(const QString &stage, const QString &field, const QString &value, qint64 revision = 0);

private:
    QHash<QString, QString> m_notes;     ///< "stage/field" -> text
    QHash<QString, qint64> m_revisions; ///< "stage/field" -> revision
};

} // namespace pw
