// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/journeynotes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class QUndoStack;

namespace pw {

class Project;

/// A persona's journey map as a table: one column per journey stage, one row per note field
/// (touchpoints, key focus, how to improve, customer goal, pain points, emotion, opportunities).
/// Cells show what the marketer wrote or, in grey and italics, the stage's default. Edits go
/// through setData() onto an undo stack and are stored in the project at once.
class JourneyMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        WrittenRole = Qt::UserRole + 1, ///< bool: the marketer wrote this cell
        FieldRole,                      ///< QString: the note field key of the row
        StageRole,                      ///< QString: the stage key of the column
    };

    JourneyMapModel(QUndoStack *undoStack, QObject *parent = nullptr);

    /// Shows the notes of `personaId` in `project` (null or 0: an empty, read-only map).
    void setPersona(Project *project, qint64 personaId, const QString &language);
    qint64 personaId() const { return m_personaId; }
    /// The row of a field key, -1 if unknown.
    int rowOfField(const QString &field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Writes one note of persona `personaId` without the undo stack (used by the undo command),
    /// if the stored note still has `revision` (set to the new one); shows it if the map shows that
    /// persona. On a conflict the map is read again and failed() says so; on any failure the map
    /// shows what is stored.
    WriteStatus applyNote(qint64 personaId, const QString &stage, const QString &field, const QString &value,
                          qint64 &revision);

    /// Ends a run of typing: the next edit of a note is an undo step of its own (called when the
    /// focus moves, and by undo and redo).
    void finishTyping() { ++m_typingRun; }
    int typingRun() const { return m_typingRun; }

Q_SIGNALS:
    /// A note could not be stored.
    void failed(const QString &message);

private:
    QStringList m_fields;
    QStringList m_stages;
    QUndoStack *m_undo;
    Project *m_project = nullptr;
    qint64 m_personaId = 0;
    QString m_language;
    JourneyNotes m_notes;
    QHash<QString, qint64> m_written; ///< "persona/stage/field" -> revision this map last wrote
    int m_typingRun = 0;
};

} // namespace pw
