// SPDX-License-Identifier: GPL-3.0-or-later
#include "templaterepository.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pw::TemplateRepository {

namespace {

bool failAfresh(Error *error, const QString &message)
{
    if (error) {
        *error = Error();
        error->message = message;
    }
    return false;
}

} // namespace

QList<PersonaTemplate> all(Project &project, Error *error)
{
    QList<PersonaTemplate> list;
    QSqlQuery q(project.db());
    if (!q.exec(QStringLiteral("SELECT id, name, definition, builtin, revision FROM templates "
                               "ORDER BY builtin = 0, builtin, id"))) {
        failAfresh(error, q.lastError().text());
        return list;
    }
    while (q.next()) {
        const int builtin = q.value(3).toInt();
        PersonaTemplate t;
        if (builtin >= 1 && builtin <= 3) {
            t = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin(builtin));
        } else {
            Error parseError;
            const auto parsed = PersonaTemplate::fromJson(q.value(2).toByteArray(), &parseError);
            if (!parsed)
                continue; // a damaged definition is skipped; its personas fall back to B2C
            t = *parsed;
            t.builtin = PersonaTemplate::Builtin::None;
            t.name = q.value(1).toString();
        }
        t.id = q.value(0).toLongLong();
        t.revision = q.value(4).toLongLong();
        list << t;
    }
    return list;
}

std::optional<PersonaTemplate> find(Project &project, qint64 id, Error *error)
{
    for (const PersonaTemplate &t : all(project, error))
        if (t.id == id)
            return t;
    return std::nullopt;
}

qint64 builtinId(Project &project, PersonaTemplate::Builtin which)
{
    return project.scalar(QStringLiteral("SELECT MIN(id) FROM templates WHERE builtin = ?"), {int(which)})
        .toLongLong();
}

bool save(Project &project, PersonaTemplate &t, Error *error)
{
    if (t.builtin != PersonaTemplate::Builtin::None)
        return failAfresh(error, QCoreApplication::translate("Templates", "A built-in template cannot be changed; duplicate it"));
    if (t.name.trimmed().isEmpty())
        return failAfresh(error, QCoreApplication::translate("Templates", "The template needs a name"));
    Transaction tx(project, QStringLiteral("save_template"));
    if (!tx.isActive())
        return failAfresh(error, tx.lastError());
    Error failure;
    const qint64 revision = project.nextRevision(&failure);
    if (revision <= 0)
        return failAfresh(error, failure.message);
    QSqlQuery q(project.db());
    if (t.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO templates(name, definition, builtin, revision) VALUES(?, ?, 0, ?)"));
        q.addBindValue(t.name);
        q.addBindValue(QString::fromUtf8(t.toJson()));
        q.addBindValue(revision);
    } else {
        q.prepare(QStringLiteral("UPDATE templates SET name = ?, definition = ?, revision = ? WHERE id = ? AND builtin = 0"));
        q.addBindValue(t.name);
        q.addBindValue(QString::fromUtf8(t.toJson()));
        q.addBindValue(revision);
        q.addBindValue(t.id);
    }
    if (!q.exec())
        return failAfresh(error, q.lastError().text());
    if (t.id == 0) {
        t.id = q.lastInsertId().toLongLong();
    } else if (q.numRowsAffected() == 0) {
        // Deleted meanwhile (an undone deletion or creation is redone): the same id again.
        if (project.scalar(QStringLiteral("SELECT 1 FROM templates WHERE id = ?"), {t.id}).isValid())
            return failAfresh(error, QCoreApplication::translate("Templates", "A built-in template cannot be changed; duplicate it"));
        q.prepare(QStringLiteral("INSERT INTO templates(id, name, definition, builtin, revision) VALUES(?, ?, ?, 0, ?)"));
        q.addBindValue(t.id);
        q.addBindValue(t.name);
        q.addBindValue(QString::fromUtf8(t.toJson()));
        q.addBindValue(revision);
        if (!q.exec())
            return failAfresh(error, q.lastError().text());
    }
    if (!tx.commit())
        return failAfresh(error, tx.lastError());
    t.revision = revision;
    return true;
}

bool remove(Project &project, qint64 id, Error *error, QList<qint64> *personaIds)
{
    Transaction tx(project, QStringLiteral("remove_template"));
    if (!tx.isActive())
        return failAfresh(error, tx.lastError());
    if (personaIds) {
        personaIds->clear();
        QSqlQuery q(project.db());
        q.prepare(QStringLiteral("SELECT id FROM personas WHERE template_id = ? ORDER BY id"));
        q.addBindValue(id);
        if (!q.exec())
            return failAfresh(error, q.lastError().text());
        while (q.next())
            *personaIds << q.value(0).toLongLong();
    }
    // The personas on it change template: a window that holds one of them must notice.
    Error err;
    const qint64 revision = project.nextRevision(&err);
    if (revision <= 0
        || !project.exec(QStringLiteral("UPDATE personas SET revision = ? WHERE template_id = ?"), {revision, id}, &err)
        || !project.exec(QStringLiteral("DELETE FROM templates WHERE id = ? AND builtin = 0"), {id}, &err))
        return failAfresh(error, err.message);
    if (!tx.commit())
        return failAfresh(error, tx.lastError());
    return true;
}

bool restore(Project &project, PersonaTemplate t, const QList<qint64> &personaIds, Error *error)
{
    if (t.id <= 0)
        return failAfresh(error, QStringLiteral("restore: the template has no id"));
    Transaction tx(project, QStringLiteral("restore_template"));
    if (!tx.isActive())
        return failAfresh(error, tx.lastError());
    if (!save(project, t, error))
        return false;
    for (qint64 personaId : personaIds) {
        Error err;
        if (!project.exec(QStringLiteral("UPDATE personas SET template_id = ?, revision = ? WHERE id = ? AND template_id IS NULL"),
                          {t.id, t.revision, personaId}, &err))
            return failAfresh(error, err.message);
    }
    if (!tx.commit())
        return failAfresh(error, tx.lastError());
    return true;
}

WriteStatus change(Project &project, const std::optional<PersonaTemplate> &from, std::optional<PersonaTemplate> &to,
                   QList<qint64> &personaIds, Error *error)
{
    Transaction tx(project, QStringLiteral("change_template"));
    if (!tx.isActive()) {
        failAfresh(error, tx.lastError());
        return WriteStatus::Failed;
    }
    const qint64 id = from ? from->id : (to ? to->id : 0);
    const QVariant stored = id > 0 ? project.scalar(QStringLiteral("SELECT revision FROM templates WHERE id = ?"), {id})
                                   : QVariant();
    // From a template as read: it must still be there with that revision. To a template that was
    // absent (an undone deletion): its id must still be free.
    const bool unchanged = from ? stored.isValid() && stored.toLongLong() == from->revision : !stored.isValid();
    if (!unchanged) {
        failAfresh(error, from && !stored.isValid()
                        ? QCoreApplication::translate("Templates", "Another program deleted the template “%1”")
                              .arg(from->displayName())
                        : QCoreApplication::translate("Templates", "Another program changed the template “%1”")
                              .arg((from ? *from : *to).displayName()));
        return WriteStatus::Conflict;
    }
    bool ok = true;
    if (to)
        ok = !from && to->id > 0 ? restore(project, *to, personaIds, error) : save(project, *to, error);
    else if (from)
        ok = remove(project, from->id, error, &personaIds);
    if (ok && to && !from && to->id > 0) // restore() saved a copy: read the revision it stamped
        to->revision = project.scalar(QStringLiteral("SELECT revision FROM templates WHERE id = ?"), {to->id}).toLongLong();
    if (!ok || !tx.commit()) {
        if (ok)
            failAfresh(error, tx.lastError());
        return WriteStatus::Failed;
    }
    return WriteStatus::Written;
}

} // namespace pw::TemplateRepository
