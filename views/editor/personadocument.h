// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QList>
#include <QObject>

#include <functional>

#include <optional>

class QUndoStack;

namespace pw {

/// A segment as a list shows it: the run and the segment's index in it.
struct SegmentKey
{
    qint64 runId = 0;
    int segment = -1;
};

class Project;
class ProposalChange;

/// The personas of the open project as the editors change them. Every change is written to the
/// project at once; the edit functions push an undo command onto undoStack(), whose redo/undo
/// call the write functions below. Views edit only through the edit functions.
///
/// Another program may change the project meanwhile (persona-cli, another window). A write
/// carries only the parts the marketer changed, and names the revision of the persona it was
/// based on: when the stored persona is newer, the document re-reads the project, applies the
/// change again to the new state where that still makes sense, and tells what happened through
/// conflict().
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
    /// Ends a run of typing: the next change of a value is an undo step of its own, not merged
    /// into the last one (called when the focus moves, and by undo and redo).
    void finishTyping() { ++m_typingRun; }
    /// Changes made in one run of typing (same value, same run) merge into one undo step.
    int typingRun() const { return m_typingRun; }
    /// Reloads the personas from the project and clears the undo history (after the engine
    /// replaced them or new data came in).
    void reload();
    /// Re-reads the personas (e.g. after their templates changed), keeping the undo history.
    void reread();
    /// Re-reads the personas after another program changed the project: keeps the undo history,
    /// but the steps whose persona is gone no longer apply and are dropped (at once when they
    /// are next in line, else when reached). Returns how many steps no longer apply.
    int rereadAfterExternalChange();

    const QList<Persona> &personas() const { return m_personas; }
    /// Grows each time the personas are read from the project again (not with the window's own
    /// edits, which change them in place): what was derived from the project may be stale.
    quint64 generation() const { return m_generation; }
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
    /// unlinks it when `sourceId` is 0. With `shown`, the segment the user chose: when persona
    /// `sourceId` no longer holds it (another program re-segmented), nothing is written and the
    /// user is told.
    void linkSegment(qint64 id, qint64 sourceId, std::optional<SegmentKey> shown = std::nullopt);
    /// Restores what the marketer wrote in version `versionId` of persona `id` (its name, colour,
    /// archetype, picture, template and sections; the segment's figures stay) as one undo step.
    /// False (and failed() told) when the version is not one of the persona's.
    bool restoreVersion(qint64 id, qint64 versionId);
    /// Adds a hand-written proto-persona after the others; returns its id.
    qint64 addPersona();
    /// Adds a copy of persona `id` right after it; returns the copy's id.
    qint64 duplicatePersona(qint64 id);
    void removePersona(qint64 id);
    /// Moves persona `id` by `delta` places in the list.
    void movePersona(qint64 id, int delta);

    /// Records a proposal the engine has just stored (Personas › Propose personas) as one undo
    /// step, after the earlier ones, and re-reads the personas.
    void recordProposal(const ProposalChange &change);

    // Writes, for the undo commands: they change the project at once and emit the signals.
    using Mutation = std::function<void(Persona &)>;
    /// Applies `mutate` to persona `id` and writes the parts `change` names. If another program
    /// changed the persona since it was read, re-reads the project and, when the persona and
    /// the sections the change names still exist (and the change links no segment), applies
    /// `mutate` again to the new state. `what` names the change for the user. Returns whether
    /// the change is stored.
    /// `typingRun` (not negative) names the run of typing the write belongs to: the persona's
    /// history then keeps one version for the run (PersonaChange::continuesVersion).
    bool applyEdit(qint64 id, const PersonaChange &change, const Mutation &mutate, const QString &what,
                   int typingRun = -1);
    /// Inserts `persona`, with `dependents` (what a removal took) written back for it.
    bool insert(Persona &persona, const PersonaDependents *dependents = nullptr);
    /// Removes persona `id`, first reading what hangs on it into `dependents` if given; refused
    /// (and told) when another program changed it since it was read.
    bool remove(qint64 id, PersonaDependents *dependents, const QString &what);
    bool moveTo(qint64 id, int position);
    /// Undoes (`undo`) or stores again a proposal; refused (and told) when another program
    /// changed the personas or the segmentation since this window read them.
    bool applyProposal(ProposalChange &change, bool undo);
    /// Re-reads the personas after a proposal was stored, and tells the views.
    void proposalStored();

Q_SIGNALS:
    /// A persona's content changed.
    void personaChanged(qint64 id);
    /// Personas were added, removed or reordered; `currentId` is the one to show.
    void listChanged(qint64 currentId);
    /// A write failed; the message is for the user.
    void failed(const QString &message);
    /// Another program had changed what an edit was based on: the message tells the user what
    /// changed and whether the edit was kept. The personas were re-read (listChanged follows).
    void conflict(const QString &message, bool kept);
    /// Undo steps no longer apply (their persona is gone) and were dropped; for the status bar.
    void stepsDropped(const QString &message);
    /// The latest segmentation run changed (a proposal was stored, undone or redone).
    void segmentationChanged();

private:
    void load();
    void report(const Error &error);
    /// Handles a write refused for a conflict: re-reads, and tells the user (see applyEdit()).
    bool resolveConflict(const Persona &stale, const PersonaChange &change, const Mutation &mutate, const QString &what);
    void dropStepsThatNoLongerApply();

    Project *m_project = nullptr;
    QUndoStack *m_undoStack;
    int m_typingRun = 0;
    /// The version the last write of a run of typing kept (see applyEdit()).
    struct TypingVersion
    {
        qint64 personaId = 0;
        QString section;
        int typingRun = -1;
        qint64 version = 0;
    } m_typingVersion;
    QList<Persona> m_personas;
    quint64 m_generation = 0;
};

} // namespace pw
