// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/proposalchange.h"
#include "personadocument.h"
#include "persona/personadependents.h"
#include "persona/personaversions.h"

#include <QJsonValue>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace pw {

/// The ids of the undo commands that merge (QUndoCommand::id()); -1 never merges.
enum class CommandId {
    None = -1,
    Name = 1,  ///< typing a persona's name
    Section,   ///< typing into a section or dragging a scale
};

/// What a persona holds for one section: the written value (undefined when it shows the
/// suggestion) and its evidence (none: the default).
struct SectionState
{
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    std::optional<Evidence> evidence;

    static SectionState of(const Persona &persona, const QString &key);
    void applyTo(Persona &persona, const QString &key) const;
};

/// A persona's template and what is written on it (a template change drops what the new
/// template cannot hold, so undoing it puts all of it back).
struct TemplateState
{
    qint64 templateId = 0;
    PersonaTemplate personaTemplate;
    QJsonObject fields;
    QHash<QString, Evidence> evidence;

    static TemplateState of(const Persona &persona);
    void applyTo(Persona &persona) const;
};

/// What the marketer wrote of a persona, as restoring a version writes it (see
/// PersonaVersions::restoreChange()): name, colour, archetype, photo, avatar style, and the
/// template with every section.
struct WrittenState
{
    QString customName;
    QString color;
    QString archetype;
    QByteArray photo;
    QString avatarStyle;
    TemplateState written;

    static WrittenState of(const Persona &persona);
    void applyTo(Persona &persona) const;
};

/// The segment a persona is linked to, with its figures and archetype.
struct SegmentLink
{
    qint64 runId = 0;
    int segment = -1;
    PersonaStats stats;
    QString archetype;

    static SegmentLink of(const Persona &persona);
    void applyTo(Persona &persona) const;
};

/// An undo step on one persona. After another program changed the project, a step whose
/// persona is gone no longer applies and is dropped (PersonaDocument::rereadAfterExternalChange).
class PersonaStep : public QUndoCommand
{
public:
    PersonaStep(PersonaDocument *document, qint64 personaId, const QString &text)
        : QUndoCommand(text), m_document(document), m_personaId(personaId)
    {
    }
    virtual bool stillApplies() const { return m_document->persona(m_personaId) != nullptr; }

protected:
    PersonaDocument *m_document;
    qint64 m_personaId;
};

/// Changes one value of one persona, writing only the parts `change` names. Consecutive changes
/// of the same value (same persona, same change and command id) in one run of typing
/// (PersonaDocument::typingRun()) merge into one undo step, so typing a word is one step. A step
/// that cannot be stored is dropped.
template <typename Value>
class ChangeValue : public PersonaStep
{
public:
    using Getter = std::function<Value(const Persona &)>;
    using Setter = std::function<void(Persona &, const Value &)>;

    ChangeValue(PersonaDocument *document, qint64 personaId, CommandId id, const PersonaChange &change,
                const Value &after, const Getter &get, Setter set, const QString &text)
        : PersonaStep(document, personaId, text), m_id(id), m_change(change), m_after(after), m_set(std::move(set)),
          m_typingRun(document->typingRun())
    {
        if (const Persona *p = document->persona(personaId))
            m_before = get(*p);
    }

    void undo() override
    {
        m_document->finishTyping();
        apply(m_before, false, VersionCause::Undo);
    }
    void redo() override
    {
        const bool typing = !m_pushed && m_id != CommandId::None;
        if (m_pushed) // a redo, not the push: typing after it starts a new step
            m_document->finishTyping();
        m_pushed = true;
        apply(m_after, typing, m_change.versionCause);
    }
    int id() const override { return int(m_id); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue *>(other);
        if (!o || o->isObsolete() || o->m_personaId != m_personaId || o->m_change.parts != m_change.parts
            || o->m_change.sections != m_change.sections || o->m_typingRun != m_typingRun
            || m_typingRun != m_document->typingRun())
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    /// Writes `value`; the persona's history keeps it as a version of `cause`, one that a run of
    /// typing (`typing`: the push of a step that merges) continues.
    void apply(const Value &value, bool typing, const QString &cause)
    {
        const Setter set = m_set;
        PersonaChange change = m_change;
        change.versionCause = cause;
        if (!m_document->applyEdit(m_personaId, change, [set, value](Persona &p) { set(p, value); }, text(),
                                   typing ? m_typingRun : -1))
            setObsolete(true);
    }

    CommandId m_id;
    PersonaChange m_change;
    Value m_before{};
    Value m_after;
    Setter m_set;
    int m_typingRun;
    bool m_pushed = false;
};

/// Adds a persona (a new one or a copy); undo removes it again (redo brings back its notes too).
class AddPersona : public PersonaStep
{
public:
    AddPersona(PersonaDocument *document, const Persona &persona, const QString &text);
    void undo() override;
    void redo() override;
    qint64 personaId() const { return m_persona.id; }
    bool stillApplies() const override;

private:
    Persona m_persona;
    PersonaDependents m_dependents; ///< what was added to the persona before an undo took it away
    bool m_added = false;
};

/// Deletes a persona; undo puts it back, with its id, at its place, with everything that hung
/// on it (journey notes, lock, section pictures).
class RemovePersona : public PersonaStep
{
public:
    RemovePersona(PersonaDocument *document, const Persona &persona);
    void undo() override;
    void redo() override;
    bool stillApplies() const override;

private:
    Persona m_persona;
    PersonaDependents m_dependents;
    bool m_removed = false;
};

/// Moves a persona to another place in the list.
class MovePersona : public PersonaStep
{
public:
    MovePersona(PersonaDocument *document, qint64 personaId, int from, int to);
    void undo() override;
    void redo() override;

private:
    int m_from;
    int m_to;
};

/// A proposal of personas (Personas › Propose personas), stored by the engine before it is
/// pushed: undo makes the previous segmentation the current one again and gives the personas back
/// their figures, links and order (and the ones the proposal deleted); redo stores the same
/// proposal again, without clustering. It no longer applies once another program stored a run.
class ProposePersonas : public PersonaStep
{
public:
    ProposePersonas(PersonaDocument *document, const ProposalChange &change);
    void undo() override;
    void redo() override;
    bool stillApplies() const override;

private:
    ProposalChange m_change;
    bool m_applied = true; ///< the proposal is stored (it is when pushed)
    bool m_pushed = false;
};

} // namespace pw
