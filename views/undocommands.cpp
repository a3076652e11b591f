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

AddPersona::AddPersona(PersonaDocument *document, const Persona &persona, const QString &text)
    : QUndoCommand(text), m_document(document), m_persona(persona)
{
}

void AddPersona::redo()
{
    m_document->insert(m_persona, &m_dependents); // keeps the id it got the first time
}

void AddPersona::undo()
{
    m_document->remove(m_persona.id, &m_dependents);
}

RemovePersona::RemovePersona(PersonaDocument *document, const Persona &persona)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Delete Persona")), m_document(document),
      m_persona(persona)
{
}

void RemovePersona::redo()
{
    m_document->remove(m_persona.id, &m_dependents);
}

void RemovePersona::undo()
{
    m_document->insert(m_persona, &m_dependents);
}

SetSectionImage::SetSectionImage(PersonaDocument *document, qint64 personaId, const QString &key,
                                 const QByteArray &image, const QString &text)
    : QUndoCommand(text), m_document(document), m_personaId(personaId), m_key(key), m_after(image)
{
    if (const Persona *p = document->persona(personaId))
        m_before = p->images.value(key);
}

void SetSectionImage::redo()
{
    m_document->storeImage(m_personaId, m_key, m_after);
}

void SetSectionImage::undo()
{
    m_document->storeImage(m_personaId, m_key, m_before);
}

MovePersona::MovePersona(PersonaDocument *document, qint64 personaId, int from, int to)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Move Persona")), m_document(document),
      m_personaId(personaId), m_from(from), m_to(to)
{
}

void MovePersona::redo()
{
    m_document->moveTo(m_personaId, m_to);
}

void MovePersona::undo()
{
    m_document->moveTo(m_personaId, m_from);
}

} // namespace pw
