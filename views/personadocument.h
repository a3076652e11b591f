// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QList>
#include <QObject>

#include <optional>

class QUndoStack;

namespace pw {

class Project;

/// The personas of the open project as the editors change them. Every change is written to the
/// project at once; the edit functions push an undo command onto undoStack(), whose redo/undo
/// call the write functions below. Views edit only through the edit functions.
class PersonaDocument : public QObject
{
    Q_OBJECT

public:
    explicit PersonaDocument(QObject *parent = nullptr);
    ~PersonaDocument() override;

    /// Works on `project` (or nothing); reloads the personas and clears the undo history.
    void setProject(Project *project);
    Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Reloads the personas from the project and clears the undo history (after the engine
    /// replaced them or new data came in).
    void reload();
    /// Re-reads the personas (e.g. after their templates changed), keeping the undo history.
    void reread();

    const QList<Persona> &personas() const { return m_personas; }
    /// The persona with `id`, or null.
    const Persona *persona(qint64 id) const;

    // Edits: each pushes one undo command (typing into one field merges into one step).
    void setName(qint64 id, const QString &name);
    void setColor(qint64 id, const QString &color);
    void setArchetype(qint64 id, const QString &archetype);
    void setLines(qint64 id, const QString &key, const QStringList &lines);
    void setScale(qint64 id, const QString &key, int value);
    void setEvidence(qint64 id, const QString &key, Evidence evidence);
    void resetSection(qint64 id, const QString &key);
    void setPhoto(qint64 id, const QByteArray &png);
    /// Gives Image section `key` its own picture (PNG or JPEG bytes), or removes it (empty).
    void setSectionImage(qint64 id, const QString &key, const QByteArray &image);
    void setAvatarStyle(qint64 id, const QString &style);
    void setTemplate(qint64 id, qint64 templateId);
    /// Links the persona to the segment of persona `sourceId` (its run, segment and figures), or
    /// unlinks it when `sourceId` is 0.
    void linkSegment(qint64 id, qint64 sourceId);
    /// Adds a hand-written proto-persona after the others; returns its id.
    qint64 addPersona();
    /// Adds a copy of persona `id` right after it; returns the copy's id.
    qint64 duplicatePersona(qint64 id);
    void removePersona(qint64 id);
    /// Moves persona `id` by `delta` places in the list.
    void movePersona(qint64 id, int delta);

    // Writes, for the undo commands: they change the project at once and emit the signals.
    bool store(const Persona &persona);
    /// Inserts `persona`, with `dependents` (what a removal took) written back for it.
    bool insert(Persona &persona, const PersonaDependents *dependents = nullptr);
    /// Removes persona `id`, first reading what hangs on it into `dependents` if given.
    bool remove(qint64 id, PersonaDependents *dependents = nullptr);
    bool storeImage(qint64 id, const QString &key, const QByteArray &image);
    bool moveTo(qint64 id, int position);

Q_SIGNALS:
    /// A persona's content changed.
    void personaChanged(qint64 id);
    /// Personas were added, removed or reordered; `currentId` is the one to show.
    void listChanged(qint64 currentId);
    /// A write failed; the message is for the user.
    void failed(const QString &message);

private:
    void load();
    void report(const Error &error);

    Project *m_project = nullptr;
    QUndoStack *m_undoStack;
    QList<Persona> m_personas;
};

} // namespace pw
