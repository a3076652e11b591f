// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "personadocument.h"
#include "persona/personadependents.h"

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

/// Changes one value of one persona. Consecutive changes of the same value (same persona, same
/// merge key and command id) merge into one undo step, so typing a word is one step.
template <typename Value>
class ChangeValue : public QUndoCommand
{
public:
    using Getter = std::function<Value(const Persona &)>;
    using Setter = std::function<void(Persona &, const Value &)>;

    ChangeValue(PersonaDocument *document, qint64 personaId, CommandId id, const QString &mergeKey,
                const Value &after, const Getter &get, Setter set, const QString &text)
        : QUndoCommand(text), m_document(document), m_personaId(personaId), m_id(id), m_key(mergeKey),
          m_after(after), m_set(std::move(set))
    {
        if (const Persona *p = document->persona(personaId))
            m_before = get(*p);
    }

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }
    int id() const override { return int(m_id); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue *>(other);
        if (!o || o->m_personaId != m_personaId || o->m_key != m_key)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    void apply(const Value &value)
    {
        const Persona *p = m_document->persona(m_personaId);
        if (!p)
            return;
        Persona copy = *p;
        m_set(copy, value);
        m_document->store(copy);
    }

    PersonaDocument *m_document;
    qint64 m_personaId;
    CommandId m_id;
    QString m_key;
    Value m_before{};
    Value m_after;
    Setter m_set;
};

/// Adds a persona (a new one or a copy); undo removes it again (redo brings back its notes too).
class AddPersona : public QUndoCommand
{
public:
    AddPersona(PersonaDocument *document, const Persona &persona, const QString &text);
    void undo() override;
    void redo() override;
    qint64 personaId() const { return m_persona.id; }

private:
    PersonaDocument *m_document;
    Persona m_persona;
    PersonaDependents m_dependents; ///< what was added to the persona before an undo took it away
};

/// Deletes a persona; undo puts it back, with its id, at its place, with everything that hung
/// on it (journey notes, lock, section pictures).
class RemovePersona : public QUndoCommand
{
public:
    RemovePersona(PersonaDocument *document, const Persona &persona);
    void undo() override;
    void redo() override;

private:
    PersonaDocument *m_document;
    Persona m_persona;
    PersonaDependents m_dependents;
};

/// Sets or removes the picture of one Image section of a persona.
class SetSectionImage : public QUndoCommand
{
public:
    SetSectionImage(PersonaDocument *document, qint64 personaId, const QString &key, const QByteArray &image,
                    const QString &text);
    void undo() override;
    void redo() override;

private:
    PersonaDocument *m_document;
    qint64 m_personaId;
    QString m_key;
    QByteArray m_before;
    QByteArray m_after;
};

/// Moves a persona to another place in the list.
class MovePersona : public QUndoCommand
{
public:
    MovePersona(PersonaDocument *document, qint64 personaId, int from, int to);
    void undo() override;
    void redo() override;

private:
    PersonaDocument *m_document;
    qint64 m_personaId;
    int m_from;
    int m_to;
};

} // namespace pw
