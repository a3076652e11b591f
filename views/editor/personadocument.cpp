// SPDX-License-Identifier: GPL-3.0-or-later
#include "personadocument.h"

#include "analysis/proposalchange.h"
#include "language.h"
#include "persona/personaversions.h"
#include "persona/templaterepository.h"
#include "store/project.h"
#include "undocommands.h"

#include <QCoreApplication>
#include <QLocale>
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
    // A step that no longer applies, deep in the history, goes as soon as undo or redo reaches it
    // (queued: the stack is not changed from inside its own signal).
    connect(m_undoStack, &QUndoStack::indexChanged, this, &PersonaDocument::dropStepsThatNoLongerApply,
            Qt::QueuedConnection);
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

int PersonaDocument::rereadAfterExternalChange()
{
    load();
    int stale = 0;
    for (int i = 0; i < m_undoStack->count(); ++i) {
        auto *command = const_cast<QUndoCommand *>(m_undoStack->command(i));
        auto *step = dynamic_cast<PersonaStep *>(command);
        if (step && !command->isObsolete() && !step->stillApplies()) {
            command->setObsolete(true);
            ++stale;
        }
    }
    dropStepsThatNoLongerApply();
    if (stale > 0)
        Q_EMIT stepsDropped(tr("Another program changed the project: undo steps that no longer apply were dropped (%n).",
                               nullptr, stale));
    return stale;
}

void PersonaDocument::dropStepsThatNoLongerApply()
{
    // QUndoStack deletes an obsolete command, without running it, when undo or redo reaches it.
    while (m_undoStack->index() > 0 && m_undoStack->command(m_undoStack->index() - 1)->isObsolete())
        m_undoStack->undo();
    while (m_undoStack->index() < m_undoStack->count() && m_undoStack->command(m_undoStack->index())->isObsolete())
        m_undoStack->redo();
}

void PersonaDocument::load()
{
    ++m_generation;
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

namespace {

PersonaChange parts(unsigned p)
{
    PersonaChange change;
    change.parts = p;
    return change;
}

PersonaChange section(const QString &key)
{
    PersonaChange change;
    change.sections = {key};
    return change;
}

} // namespace

void PersonaDocument::setName(qint64 id, const QString &name)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::Name, parts(PersonaChange::Name), name, [](const Persona &p) { return p.customName; },
        [](Persona &p, const QString &v) { p.customName = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Rename Persona"))));
}

void PersonaDocument::setColor(qint64 id, const QString &color)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::None, parts(PersonaChange::Color), color, [](const Persona &p) { return p.color; },
        [](Persona &p, const QString &v) { p.color = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Colour"))));
}

void PersonaDocument::setArchetype(qint64 id, const QString &archetype)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::None, parts(PersonaChange::Archetype), archetype, [](const Persona &p) { return p.archetype; },
        [](Persona &p, const QString &v) { p.archetype = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Archetype"))));
}

static ChangeValue<SectionState> *sectionCommand(PersonaDocument *doc, qint64 id, const QString &key,
                                                 const Persona &after, CommandId commandId, const QString &text)
{
    return new ChangeValue<SectionState>(
        doc, id, commandId, section(key), SectionState::of(after, key),
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
        this, id, CommandId::None, parts(PersonaChange::Photo), png, [](const Persona &p) { return p.photo; },
        [](Persona &p, const QByteArray &v) { p.photo = v; },
        png.isEmpty() ? ut(QT_TRANSLATE_NOOP("UndoCommands", "Remove Photo"))
                      : ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Photo"))));
}

void PersonaDocument::setSectionImage(qint64 id, const QString &key, const QByteArray &image)
{
    const Persona *p = persona(id);
    if (!p || p->images.value(key) == image)
        return;
    if (image.size() > PersonaRepository::maxImageBytes) {
        Q_EMIT failed(QCoreApplication::translate("PersonaRepository", "The picture is larger than %1 MB")
                          .arg(PersonaRepository::maxImageBytes / (1024 * 1024)));
        return;
    }
    const QString title = sectionTitle(*p, key);
    PersonaChange change;
    change.images = {key};
    m_undoStack->push(new ChangeValue<QByteArray>(
        this, id, CommandId::None, change, image, [key](const Persona &q) { return q.images.value(key); },
        [key](Persona &q, const QByteArray &v) { q.images.insert(key, v); },
        image.isEmpty() ? QCoreApplication::translate("UndoCommands", "Remove Picture of %1").arg(title)
                        : QCoreApplication::translate("UndoCommands", "Change Picture of %1").arg(title)));
}

void PersonaDocument::setAvatarStyle(qint64 id, const QString &style)
{
    m_undoStack->push(new ChangeValue<QString>(
        this, id, CommandId::None, parts(PersonaChange::AvatarStyle), style, [](const Persona &p) { return p.avatarStyle; },
        [](Persona &p, const QString &v) { p.avatarStyle = v; }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Avatar"))));
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
    m_undoStack->push(new ChangeValue<TemplateState>(
        this, id, CommandId::None, parts(PersonaChange::Template), TemplateState::of(after), &TemplateState::of,
        [](Persona &q, const TemplateState &v) { v.applyTo(q); }, ut(QT_TRANSLATE_NOOP("UndoCommands", "Change Template"))));
}

void PersonaDocument::linkSegment(qint64 id, qint64 sourceId, std::optional<SegmentKey> shown)
{
    const Persona *p = persona(id);
    if (!p)
        return;
    const Persona *source = sourceId ? persona(sourceId) : nullptr;
    if (sourceId && (!source || (shown && (source->runId != shown->runId || source->segment != shown->segment)))) {
        Q_EMIT conflict(tr("Another program changed the segmentation: the segment you chose is no longer there, "
                           "and “%1” was not linked. The list shows the segments as they are now.")
                            .arg(p->displayName(applicationLanguage())),
                        false);
        Q_EMIT personaChanged(id);
        return;
    }
    Persona after = *p;
    if (source) {
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
    m_undoStack->push(new ChangeValue<SegmentLink>(
        this, id, CommandId::None, parts(PersonaChange::Segment | PersonaChange::Archetype), SegmentLink::of(after),
        &SegmentLink::of, [](Persona &q, const SegmentLink &v) { v.applyTo(q); },
        sourceId ? ut(QT_TRANSLATE_NOOP("UndoCommands", "Link Segment"))
                 : ut(QT_TRANSLATE_NOOP("UndoCommands", "Unlink Segment"))));
}

bool PersonaDocument::restoreVersion(qint64 id, qint64 versionId)
{
    const Persona *p = persona(id);
    if (!p || !m_project)
        return false;
    Error error;
    const std::optional<PersonaVersion> version = PersonaVersions::load(*m_project, versionId, &error);
    if (!version || version->personaId != id) {
        if (version)
            error.message = tr("Version %1 is not a version of this persona").arg(versionId);
        report(error);
        return false;
    }
    const Persona after = PersonaVersions::restored(*p, *version, *m_project);
    const QString when = QLocale().toString(version->createdAt.toLocalTime(), QLocale::ShortFormat);
    const PersonaChange change = PersonaVersions::restoreChange();
    const int index = m_undoStack->index();
    m_undoStack->push(new ChangeValue<WrittenState>(
        this, id, CommandId::None, change, WrittenState::of(after), &WrittenState::of,
        [](Persona &q, const WrittenState &v) { v.applyTo(q); },
        QCoreApplication::translate("UndoCommands", "Restore Version of %1").arg(when)));
    return m_undoStack->index() == index + 1; // a step that could not be stored is dropped
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

bool PersonaDocument::applyEdit(qint64 id, const PersonaChange &requested, const Mutation &mutate, const QString &what,
                                int typingRun)
{
    const Persona *p = persona(id);
    if (!p || !m_project)
        return false;
    const Persona before = *p;
    Persona after = before;
    mutate(after);
    // Typing on in one field keeps one version, as it makes one undo step.
    PersonaChange change = requested;
    const QString section = change.versionSection();
    if (typingRun >= 0 && m_typingVersion.personaId == id && m_typingVersion.typingRun == typingRun
        && m_typingVersion.section == section)
        change.continuesVersion = m_typingVersion.version;
    m_typingVersion = TypingVersion();
    Error error;
    qint64 revision = 0;
    qint64 version = 0;
    switch (PersonaRepository::edit(*m_project, after, change, before.revision, &error, &revision, &version)) {
    case WriteStatus::Written:
        if (typingRun >= 0)
            m_typingVersion = TypingVersion {id, section, typingRun, version};
        // What was read had the stored revision, so it plus the edit is what is stored now: no
        // need to read every persona again at each keystroke.
        after.revision = revision;
        for (Persona &stored : m_personas)
            if (stored.id == id)
                stored = after;
        Q_EMIT personaChanged(id);
        return true;
    case WriteStatus::Conflict:
        return resolveConflict(before, change, mutate, what);
    case WriteStatus::Failed:
        break;
    }
    report(error);
    return false;
}

/// What another program changed of a persona, in words: "its name, its figures".
static QString changesBetween(const Persona &before, const Persona &after)
{
    QStringList parts;
    if (before.customName != after.customName || before.nameSuffix != after.nameSuffix)
        parts << PersonaDocument::tr("its name");
    if (before.archetype != after.archetype)
        parts << PersonaDocument::tr("its archetype");
    if (before.runId != after.runId || before.segment != after.segment || before.stats.size != after.stats.size
        || before.stats.revenue != after.stats.revenue)
        parts << PersonaDocument::tr("its segment and figures");
    if (before.templateId != after.templateId || before.personaTemplate.sections != after.personaTemplate.sections)
        parts << PersonaDocument::tr("its template");
    if (before.fields != after.fields || before.evidence != after.evidence || before.images != after.images)
        parts << PersonaDocument::tr("what is written on it");
    if (before.photo != after.photo || before.avatarStyle != after.avatarStyle || before.color != after.color)
        parts << PersonaDocument::tr("its picture or colour");
    return parts.isEmpty() ? PersonaDocument::tr("something") : QLocale().createSeparatedList(parts);
}

/// Whether the other program changed what `change` changes (then the user's change is not made
/// again over theirs).
static bool changedTheSameParts(const Persona &before, const Persona &after, const PersonaChange &change)
{
    using P = PersonaChange;
    if ((change.has(P::Name) && before.customName != after.customName)
        || (change.has(P::Color) && before.color != after.color)
        || (change.has(P::Archetype) && before.archetype != after.archetype)
        || (change.has(P::Photo) && before.photo != after.photo)
        || (change.has(P::AvatarStyle) && before.avatarStyle != after.avatarStyle)
        || (change.has(P::Template) && before.templateId != after.templateId))
        return true;
    for (const QString &key : change.sections)
        if (before.fields.value(key) != after.fields.value(key) || before.evidence.value(key) != after.evidence.value(key))
            return true;
    for (const QString &key : change.images)
        if (before.images.value(key) != after.images.value(key))
            return true;
    return false;
}

bool PersonaDocument::resolveConflict(const Persona &stale, const PersonaChange &change, const Mutation &mutate,
                                      const QString &what)
{
    const QString name = stale.displayName(applicationLanguage());
    load();
    const Persona *fresh = persona(stale.id);
    QString message;
    bool kept = false;
    if (!fresh) {
        message = tr("Another program deleted “%1” while you were working on it: your change (%2) was not kept.")
                      .arg(name, what);
    } else {
        // The change is made again on the new state where it still means what the user meant:
        // its sections are still on the template, and it does not link a segment (whose
        // figures the user saw before the other program changed them).
        bool applies = !change.has(PersonaChange::Segment);
        const PersonaTemplate &t = fresh->effectiveTemplate();
        for (const QString &key : change.sections + change.images)
            applies = applies && t.find(key) != nullptr;
        const bool same = changedTheSameParts(stale, *fresh, change);
        applies = applies && !same;
        const QString changed = changesBetween(stale, *fresh);
        Error error;
        if (applies) {
            Persona again = *fresh;
            mutate(again);
            kept = PersonaRepository::edit(*m_project, again, change, fresh->revision, &error) == WriteStatus::Written;
            load();
        }
        if (kept)
            message = tr("Another program changed “%1” (%3) while you were working on it: your change (%2) was "
                         "made again on the new version.")
                          .arg(name, what, changed);
        else if (applies)
            message = tr("Another program changed “%1” (%3) while you were working on it: your change (%2) could "
                         "not be saved: %4")
                          .arg(name, what, changed, error.isSet() ? error.message : tr("it changed again"));
        else if (same)
            message = tr("Another program changed “%1” (%3) while you were working on it, including what your "
                         "change (%2) changes: theirs is kept and yours was not saved.")
                          .arg(name, what, changed);
        else
            message = tr("Another program changed “%1” (%3) while you were working on it: your change (%2) was "
                         "not kept, since what it changed is no longer there.")
                          .arg(name, what, changed);
    }
    Q_EMIT conflict(message, kept);
    Q_EMIT listChanged(stale.id);
    return kept;
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

bool PersonaDocument::remove(qint64 id, PersonaDependents *dependents, const QString &what)
{
    int row = -1;
    for (int i = 0; i < m_personas.size(); ++i)
        if (m_personas[i].id == id)
            row = i;
    if (!m_project || row < 0)
        return false;
    const Persona stale = m_personas[row];
    Error error;
    switch (PersonaRepository::removeUnchanged(*m_project, id, stale.revision, &error, dependents)) {
    case WriteStatus::Written:
        break;
    case WriteStatus::Conflict: {
        load();
        const Persona *fresh = persona(id);
        const QString name = stale.displayName(applicationLanguage());
        Q_EMIT conflict(fresh ? tr("Another program changed “%1” (%3) while you were working on it: it was not "
                                   "deleted (%2). Look at it again and delete it if you still want to.")
                                    .arg(name, what, changesBetween(stale, *fresh))
                              : tr("Another program deleted “%1” already (%2).").arg(name, what),
                        false);
        Q_EMIT listChanged(fresh ? id : 0);
        return false;
    }
    case WriteStatus::Failed:
        report(error);
        return false;
    }
    load();
    const qint64 next = m_personas.isEmpty() ? 0 : m_personas[qMin(row, int(m_personas.size()) - 1)].id;
    Q_EMIT listChanged(next);
    return true;
}

void PersonaDocument::recordProposal(const ProposalChange &change)
{
    finishTyping();
    m_undoStack->push(new ProposePersonas(this, change));
}

void PersonaDocument::proposalStored()
{
    load();
    Q_EMIT segmentationChanged();
    Q_EMIT listChanged(m_personas.isEmpty() ? 0 : m_personas.first().id);
}

bool PersonaDocument::applyProposal(ProposalChange &change, bool undo)
{
    if (!m_project)
        return false;
    Error error;
    const WriteStatus status = undo ? change.undo(*m_project, m_personas, &error)
                                    : change.redo(*m_project, m_personas, &error);
    switch (status) {
    case WriteStatus::Written:
        proposalStored();
        return true;
    case WriteStatus::Conflict:
        load();
        Q_EMIT conflict(undo ? tr("The proposal of personas was not undone: %1. Nothing was changed.").arg(error.message)
                             : tr("The proposal of personas was not made again: %1. Nothing was changed.")
                                   .arg(error.message),
                        false);
        Q_EMIT segmentationChanged();
        Q_EMIT listChanged(0);
        return false;
    case WriteStatus::Failed:
        break;
    }
    report(error);
    load();
    Q_EMIT listChanged(0);
    return false;
}

bool PersonaDocument::moveTo(qint64 id, int position)
{
    Error error;
    if (!m_project || !PersonaRepository::move(*m_project, id, position, &error)) {
        report(error);
        load();
        Q_EMIT listChanged(id);
        return false;
    }
    load();
    Q_EMIT listChanged(id);
    return true;
}

} // namespace pw
