// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocommands.h"

#include <QCoreApplication>

namespace pw {

SectionState SectionState::of(const Persona &persona, const QString &key)
{
    SectionState s;
    s.value = persona.fields.contains(key) ? persona.fields.value(key) : QJsonValue(QJsonValue::Undefined);
    if (persona.evidence.contains(key))
        s.evidence = persona.evidence.value(key);
    return s;
}

void SectionState::applyTo(Persona &persona, const QString &key) const
{
    if (value.isUndefined())
        persona.fields.remove(key);
    else
        persona.fields.insert(key, value);
    if (evidence)
        persona.evidence.insert(key, *evidence);
    else
        persona.evidence.remove(key);
}

TemplateState TemplateState::of(const Persona &persona)
{
    return {persona.templateId, persona.personaTemplate, persona.fields, persona.evidence};
}

void TemplateState::applyTo(Persona &persona) const
{
    persona.templateId = templateId;
    persona.personaTemplate = personaTemplate;
    persona.fields = fields;
    persona.evidence = evidence;
}

WrittenState WrittenState::of(const Persona &persona)
{
    return {persona.customName, persona.color, persona.archetype, persona.photo, persona.avatarStyle,
            TemplateState::of(persona)};
}

void WrittenState::applyTo(Persona &persona) const
{
    persona.customName = customName;
    persona.color = color;
    persona.archetype = archetype;
    persona.photo = photo;
    persona.avatarStyle = avatarStyle;
    written.applyTo(persona);
}

SegmentLink SegmentLink::of(const Persona &persona)
{
    return {persona.runId, persona.segment, persona.stats, persona.archetype};
}

void SegmentLink::applyTo(Persona &persona) const
{
    persona.runId = runId;
    persona.segment = segment;
    persona.stats = stats;
    persona.archetype = archetype;
}

AddPersona::AddPersona(PersonaDocument *document, const Persona &persona, const QString &text)
    : PersonaStep(document, 0, text), m_persona(persona)
{
}

void AddPersona::redo()
{
    m_added = m_document->insert(m_persona, &m_dependents); // keeps the id it got the first time
    m_personaId = m_persona.id;
    if (!m_added)
        setObsolete(true);
}

void AddPersona::undo()
{
    if (m_document->remove(m_persona.id, &m_dependents, text())) {
        m_added = false;
        return;
    }
    setObsolete(true);
}

bool AddPersona::stillApplies() const
{
    // Undoing removes the persona we added, which must still be there; redoing adds it again.
    return !m_added || PersonaStep::stillApplies();
}

RemovePersona::RemovePersona(PersonaDocument *document, const Persona &persona)
    : PersonaStep(document, persona.id, QCoreApplication::translate("UndoCommands", "Delete Persona")),
      m_persona(persona)
{
}

void RemovePersona::redo()
{
    m_removed = m_document->remove(m_persona.id, &m_dependents, text());
    if (!m_removed)
        setObsolete(true);
}

void RemovePersona::undo()
{
    if (m_document->insert(m_persona, &m_dependents)) {
        m_removed = false;
        return;
    }
    setObsolete(true);
}

bool RemovePersona::stillApplies() const
{
    // Undoing puts the deleted persona back, whatever happened since; redoing deletes it again.
    return m_removed || PersonaStep::stillApplies();
}

MovePersona::MovePersona(PersonaDocument *document, qint64 personaId, int from, int to)
    : PersonaStep(document, personaId, QCoreApplication::translate("UndoCommands", "Move Persona")), m_from(from),
      m_to(to)
{
}

void MovePersona::redo()
{
    if (!m_document->moveTo(m_personaId, m_to))
        setObsolete(true);
}

void MovePersona::undo()
{
    if (!m_document->moveTo(m_personaId, m_from))
        setObsolete(true);
}

ProposePersonas::ProposePersonas(PersonaDocument *document, const ProposalChange &change)
    : PersonaStep(document, 0, QCoreApplication::translate("UndoCommands", "Propose Personas")), m_change(change)
{
}

void ProposePersonas::redo()
{
    if (!m_pushed) { // the engine stored it already
        m_pushed = true;
        m_document->proposalStored();
        return;
    }
    m_document->finishTyping();
    m_applied = m_document->applyProposal(m_change, false);
    if (!m_applied)
        setObsolete(true);
}

void ProposePersonas::undo()
{
    m_document->finishTyping();
    m_applied = !m_document->applyProposal(m_change, true);
    if (m_applied)
        setObsolete(true);
}

bool ProposePersonas::stillApplies() const
{
    Project *project = m_document->project();
    return project && m_change.stillApplies(*project, m_applied);
}

} // namespace pw
