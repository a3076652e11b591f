// SPDX-License-Identifier: GPL-3.0-or-later
#include "personadocument.h"

#include "language.h"
#include "persona/templaterepository.h"
#include "store/project.h"
#include "undocommands.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace pw {

namespace {

QString ut(const char *text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

/// Colours for hand-written personas, distinct from one another on white and as header bands.
const char *const kPalette[] = {"#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#4e342e"};

} // namespace

PersonaDocument::PersonaDocument(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
}

PersonaDocument::~PersonaDocument() = default;

void PersonaDocument::setProject(Project *project)
{
    m_project = project;
    reload();
}

void PersonaDocument::reload()
{
    m_undoStack->clear();
    load();
}

void PersonaDocument::reread()
{
    load();
}

void PersonaDocument::load()
{
    m_personas.clear();
    if (!m_project)
        return;
    Error error;
    m_personas = PersonaRepository::load(*m_project, &error);
    if (error.isSet())
        report(error);
}

void PersonaDocument::report(const Error &error)
{
    Q_EMIT failed(error.toString());
}

const Persona *PersonaDocument::persona(qint64 id) const
{
    for (const Persona &p : m_personas)
        if (p.id == id)
            return &p;
    return nullptr;
}

void PersonaDocument::setName(qint64 id, const QString &name)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::Name, QStringLiteral("name"), name, [](const Persona &p) { return p.customName; },
        [](Persona &p, const QString &v) { p.customName = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Rename Persona"))));
}

void PersonaDocument::setColor(qint64 id, const QString &color)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::None, QString(), color, [](const Persona &p) { return p.color; },
        [](Persona &p, const QString &v) { p.color = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Colour"))));
}

void PersonaDocument::setArchetype(qint64 id, const QString &archetype)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::None, QString(), archetype, [](const Persona &p) { return p.archetype; },
        [](Persona &p, const QString &v) { p.archetype = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Archetype"))));
}

static ChangeValue<SectionState> *sectionCommand(PersonaDocument *doc, qint64 id, const QString &key,
                                                 const Persona &after, CommandId commandId, const QString &text)
{
    return new ChangeValue<SectionState>(
        doc, id, commandId, key, SectionState::of(after, key),
        [key](const Persona &p) { return SectionState::of(p, key); },
        [key](Persona &p, const SectionState &s) { s.applyTo(p, key); }, text);
}

static QString sectionTitle(const Persona &p, const QString &key)
{
    const TemplateSection *s = p.effectiveTemplate().find(key);
    return s ? s->displayTitle() : key;
}

void PersonaDocument::setLines(qint64 id, const QString &key, const QStringList &lines)
{
    const Persona *p = persona(id);
    if (!p)
        return;
    Persona after = *p;
    after.setLines(key, lines);
    m_undoStack->push(sectionCommand(this, id, key, after, CommandId::Section,
                                     QCoreApplication::translate("UndoCommands", "Edit %1").arg(sectionTitle(*p, key))));
}

void PersonaDocument::setScale(qint64 id, const QString &key, int value)
{
    const Persona *p = persona(id);
    if (!p)
        return;
    Persona after = *p;
    after.setScale(key, value);
    m_undoStack->push(sectionCommand(this, id, key, after, CommandId::Section,
                                     QCoreApplication::translate("UndoCommands", "Edit %1").arg(sectionTitle(*p, key))));
}

void PersonaDocument::setEvidence(qint64 id, const QString &key, Evidence evidence)
{
    const Persona *p = persona(id);
    const TemplateSection *s = p ? p->effectiveTemplate().find(key) : nullptr;
    if (!s)
        return;
    Persona after = *p;
    if (!after.fields.contains(key)) {
        // Vouching for a suggestion makes it written text.
        if (s->type == SectionType::Scale)
            after.setScale(key, after.scale(key));
        else
            after.setLines(key, after.lines(*s, applicationLanguage()));
    }
    after.evidence.insert(key, evidence);
    m_undoStack->push(sectionCommand(this, id, key, after, CommandId::None,
                                     QCoreApplication::translate("UndoCommands", "Change Evidence of %1").arg(s->displayTitle())));
}

void PersonaDocument::resetSection(qint64 id, const QString &key)
{
    const Persona *p = persona(id);
    if (!p)
        return;
    Persona after = *p;
    after.clearSection(key);
    m_undoStack->push(sectionCommand(this, id, key, after, CommandId::None,
                                     QCoreApplication::translate("UndoCommands", "Reset %1").arg(sectionTitle(*p, key))));
}

void PersonaDocument::setPhoto(qint64 id, const QByteArray &png)
{
    m_undoStack->push(new ChangeValue<QByteArray>(
        this, id, CommandId::None, QString(), png, [](const Persona &p) { return p.photo; },
        [](Persona &p, const QByteArray &v) { p.photo = v; },
        png.isEmpty() ? ut(QT_TRANSLATE_NOOP("UndoCommands", "Remove Photo"))
                      : ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Photo"))));
}

void PersonaDocument::setSectionImage(qint64 id, const QString &key, const QByteArray &image)
{
    const Persona *p = persona(id);
    if (!p || p->images.value(key) == image)
        return;
    const QString title = sectionTitle(*p, key);
    m_undoStack->push(new SetSectionImage(
        this, id, key, image,
        image.isEmpty() ? QCoreApplication::translate("UndoCommands", "Remove Picture of %1").arg(title)
                        : QCoreApplication::translate("UndoCommands", "Change Picture of %1").arg(title)));
}

void PersonaDocument::setAvatarStyle(qint64 id, const QString &style)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::None, QString(), style, [](const Persona &p) { return p.avatarStyle; },
        [](Persona &p, const QString &v) { p.avatarStyle = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Avatar"))));
}

static ChangeValue<Persona> *wholeCommand(PersonaDocument *doc, const Persona &after, const QString &text)
{
    return new ChangeValue<Persona>(
        doc, after.id, CommandId::None, QString(), after, [](const Persona &p) { return p; },
        [](Persona &p, const Persona &v) { p = v; }, text);
}

void PersonaDocument::setTemplate(qint64 id, qint64 templateId)
{
    const Persona *p = persona(id);
    if (!p || !m_project)
        return;
    Error error;
    const std::optional<PersonaTemplate> t = TemplateRepository::find(*m_project, templateId, &error);
    if (!t) {
        report(error);
        return;
    }
    Persona after = *p;
    after.changeTemplate(t->id, *t);
    m_undoStack->push(wholeCommand(this, after, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Template"))));
}

void PersonaDocument::linkSegment(qint64 id, qint64 sourceId)
{
    const Persona *p = persona(id);
    if (!p)
        return;
    Persona after = *p;
    if (const Persona *source = sourceId ? persona(sourceId) : nullptr) {
        after.runId = source->runId;
        after.segment = source->segment;
        after.stats = source->stats;
        if (after.archetype.isEmpty())
            after.archetype = source->archetype;
    } else {
        after.runId = 0;
        after.segment = -1;
        after.stats = PersonaStats();
    }
    m_undoStack->push(wholeCommand(this, after, sourceId ? ut(QT_TRANSLATE_NOOP("UndoCommands", "Link Segment"))
                                                         : ut(QT_TRANSLATE_NOOP("UndoCommands", "Unlink Segment"))));
}

qint64 PersonaDocument::addPersona()
{
    if (!m_project)
        return 0;
    Persona p;
    p.customName = QCoreApplication::translate("PersonaDocument", "New persona");
    p.color = QString::fromLatin1(kPalette[m_personas.size() % std::size(kPalette)]);
    p.position = int(m_personas.size());
    p.templateId = TemplateRepository::builtinId(*m_project, PersonaTemplate::Builtin::B2C);
    auto *command = new AddPersona(this, p, ut(QT_TRANSLATE_NOOP("UndoCommands", "New Persona")));
    m_undoStack->push(command);
    return command->personaId();
}

qint64 PersonaDocument::duplicatePersona(qint64 id)
{
    const Persona *p = persona(id);
    if (!p)
        return 0;
    Persona copy = *p;
    copy.id = 0;
    copy.position = p->position + 1;
    copy.customName = QCoreApplication::translate("PersonaDocument", "%1 (copy)").arg(p->displayName(applicationLanguage()));
    auto *command = new AddPersona(this, copy, ut(QT_TRANSLATE_NOOP("UndoCommands", "Duplicate Persona")));
    m_undoStack->push(command);
    return command->personaId();
}

void PersonaDocument::removePersona(qint64 id)
{
    if (const Persona *p = persona(id))
        m_undoStack->push(new RemovePersona(this, *p));
}

void PersonaDocument::movePersona(qint64 id, int delta)
{
    int from = -1;
    for (int i = 0; i < m_personas.size(); ++i)
        if (m_personas[i].id == id)
            from = i;
    const int to = qBound(0, from + delta, int(m_personas.size()) - 1);
    if (from < 0 || to == from)
        return;
    m_undoStack->push(new MovePersona(this, id, from, to));
}

bool PersonaDocument::store(const Persona &persona)
{
    Error error;
    if (!m_project || !PersonaRepository::update(*m_project, persona, &error)) {
        report(error);
        return false;
    }
    load();
    Q_EMIT personaChanged(persona.id);
    return true;
}

bool PersonaDocument::insert(Persona &persona, const PersonaDependents *dependents)
{
    Error error;
    if (!m_project || !PersonaRepository::insert(*m_project, persona, &error, dependents)) {
        report(error);
        return false;
    }
    load();
    Q_EMIT listChanged(persona.id);
    return true;
}

bool PersonaDocument::storeImage(qint64 id, const QString &key, const QByteArray &image)
{
    Error error;
    if (!m_project || !PersonaRepository::setImage(*m_project, id, key, image, &error)) {
        report(error);
        return false;
    }
    load();
    Q_EMIT personaChanged(id);
    return true;
}

bool PersonaDocument::remove(qint64 id, PersonaDependents *dependents)
{
    Error error;
    int row = 0;
    for (int i = 0; i < m_personas.size(); ++i)
        if (m_personas[i].id == id)
            row = i;
    if (!m_project || !PersonaRepository::remove(*m_project, id, &error, dependents)) {
        report(error);
        return false;
    }
    load();
    const qint64 next = m_personas.isEmpty() ? 0 : m_personas[qMin(row, int(m_personas.size()) - 1)].id;
    Q_EMIT listChanged(next);
    return true;
}

bool PersonaDocument::moveTo(qint64 id, int position)
{
    QList<qint64> ids;
    for (const Persona &p : std::as_const(m_personas))
        if (p.id != id)
            ids << p.id;
    ids.insert(qBound(0, position, int(ids.size())), id);
    Error error;
    if (!m_project || !PersonaRepository::reorder(*m_project, ids, &error)) {
        report(error);
        return false;
    }
    load();
    Q_EMIT listChanged(id);
    return true;
}

} // namespace pw
