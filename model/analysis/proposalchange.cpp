// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalchange.h"

#include "runhistory.h"
#include "persona/personaversions.h"

#include "featurescan.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::ProposalChange", text); // the context lupdate gives tr() here
}

WriteStatus conflict(Error *error, const QString &message)
{
    fail(error, message);
    return WriteStatus::Conflict;
}

qint64 latestRunId(Project &project)
{
    return project.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM segmentation_runs")).toLongLong();
}

QString runScores(Project &project, qint64 runId)
{
    return project.scalar(QStringLiteral("SELECT scores FROM segmentation_runs WHERE id = ?"), {runId}).toString();
}

const Persona *find(const QList<Persona> &list, qint64 id)
{
    for (const Persona &p : list)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace

bool ProposalChange::recordBefore(Project &project, Error *error)
{
    Error local;
    m_before = PersonaRepository::load(project, &local);
    m_previousRunId = latestRunId(project);
    if (local.isSet())
        return fail(error, local.message);
    return true;
}

bool ProposalChange::recordAfter(Project &project, qint64 runId, const QHash<qint64, PersonaDependents> &removed,
                                 Error *error)
{
    Error local;
    m_runId = runId;
    m_runScores = runScores(project, runId);
    m_after = PersonaRepository::load(project, &local);
    if (local.isSet())
        return fail(error, local.message);
    m_dependents = removed;
    m_taken.clear();
    for (const Persona &p : std::as_const(m_before))
        if (!find(m_after, p.id))
            m_taken.insert(p.id, p);
    return true;
}

WriteStatus ProposalChange::check(Project &project, const QList<Persona> &known, qint64 latestRun, Error *error) const
{
    if (latestRunId(project) != latestRun)
        return conflict(error, tr("Another program proposed personas since"));
    QSqlQuery q(project.db());
    if (!q.exec(QStringLiteral("SELECT id, revision FROM personas"))) {
        fail(error, q.lastError().text());
        return WriteStatus::Failed;
    }
    int stored = 0;
    while (q.next()) {
        ++stored;
        const Persona *p = find(known, q.value(0).toLongLong());
        if (!p)
            return conflict(error, tr("Another program added a persona since"));
        if (p->revision != q.value(1).toLongLong())
            return conflict(error, tr("Another program changed a persona since"));
    }
    if (stored != known.size())
        return conflict(error, tr("Another program deleted a persona since"));
    return WriteStatus::Written;
}

bool ProposalChange::writePersonas(Project &project, const QList<Persona> &from, const QList<Persona> &to,
                                   Error *error)
{
    Error local;
    const QList<Persona> current = PersonaRepository::load(project, &local);
    if (local.isSet())
        return fail(error, local.message);
    for (const Persona &p : from) {
        if (find(to, p.id))
            continue;
        PersonaDependents taken;
        if (!PersonaRepository::remove(project, p.id, error, &taken))
            return false;
        if (const Persona *now = find(current, p.id))
            m_taken.insert(p.id, *now);
        m_dependents.insert(p.id, taken);
    }
    QList<qint64> order;
    for (int i = 0; i < to.size(); ++i) {
        if (find(from, to[i].id)) {
            Persona p = to[i];
            p.position = i;
            if (!PersonaRepository::updateFigures(project, p, error))
                return false;
        } else {
            Persona p = m_taken.value(to[i].id, to[i]);
            p.position = i;
            const PersonaDependents dependents = m_dependents.take(p.id);
            if (!PersonaRepository::insert(project, p, error, &dependents))
                return false;
            m_taken.remove(to[i].id);
        }
        order << to[i].id;
    }
    // Personas neither side knows (added by another program and read since) keep their order, last.
    for (const Persona &p : current)
        if (!order.contains(p.id) && !find(from, p.id))
            order << p.id;
    return PersonaRepository::reorder(project, order, error);
}

WriteStatus ProposalChange::undo(Project &project, const QList<Persona> &known, Error *error)
{
    Transaction tx(project, QStringLiteral("undo_proposal"));
    if (!tx.isActive()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    if (const WriteStatus status = check(project, known, m_runId, error); status != WriteStatus::Written)
        return status;
    if (runScores(project, m_runId) != m_runScores)
        return conflict(error, tr("Another program merged or split its segments since"));
    QSet<qint64> ours;
    for (const Persona &p : std::as_const(m_after))
        ours.insert(p.id);
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT id FROM personas WHERE run_id = ?"));
    q.addBindValue(m_runId);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return WriteStatus::Failed;
    }
    while (q.next())
        if (!ours.contains(q.value(0).toLongLong()))
            return conflict(error, tr("Another program linked a persona to its segments since"));

    // The run, kept for redo.
    q.prepare(QStringLiteral("SELECT * FROM segmentation_runs WHERE id = ?"));
    q.addBindValue(m_runId);
    if (!q.exec() || !q.next()) {
        fail(error, q.lastError().text());
        return WriteStatus::Failed;
    }
    QStringList columns;
    QVariantList values;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        values << q.value(i);
    }
    QList<qint64> people;
    std::vector<int> segments;
    q.prepare(QStringLiteral("SELECT person_id, segment FROM assignments WHERE run_id = ? ORDER BY person_id"));
    q.addBindValue(m_runId);
    q.setForwardOnly(true);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return WriteStatus::Failed;
    }
    while (q.next()) {
        people << q.value(0).toLongLong();
        segments.push_back(q.value(1).toInt());
    }

    if (!writePersonas(project, m_after, m_before, error)
        || !PersonaVersions::recordAll(project, VersionCause::Undo, m_previousRunId, error)
        || !project.exec(QStringLiteral("DELETE FROM assignments WHERE run_id = ?"), {m_runId}, error)
        || !project.exec(QStringLiteral("DELETE FROM segmentation_runs WHERE id = ?"), {m_runId}, error))
        return WriteStatus::Failed;
    if (!tx.commit()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    m_runColumns = columns;
    m_runValues = values;
    m_assignedPeople = std::move(people);
    m_assignedSegments = std::move(segments);
    return WriteStatus::Written;
}

WriteStatus ProposalChange::redo(Project &project, const QList<Persona> &known, Error *error)
{
    if (m_runColumns.isEmpty()) {
        fail(error, tr("The proposal is stored already"));
        return WriteStatus::Failed;
    }
    Transaction tx(project, QStringLiteral("redo_proposal"));
    if (!tx.isActive()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    if (const WriteStatus status = check(project, known, m_previousRunId, error); status != WriteStatus::Written)
        return status;
    QStringList placeholders;
    for (qsizetype i = 0; i < m_runColumns.size(); ++i)
        placeholders << QStringLiteral("?");
    QStringList quoted;
    for (const QString &c : std::as_const(m_runColumns))
        quoted << quoteIdentifier(c);
    if (!project.exec(QStringLiteral("INSERT INTO segmentation_runs(%1) VALUES(%2)")
                          .arg(quoted.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))),
                      m_runValues, error))
        return WriteStatus::Failed;
    if (const QString problem = insertAssignments(project, m_runId, m_assignedPeople, m_assignedSegments);
        !problem.isEmpty()) {
        fail(error, problem);
        return WriteStatus::Failed;
    }
    // The personas' revisions change as they are written again: m_after keeps the stored ones
    // only for what it holds of them, never as a base.
    if (!writePersonas(project, m_before, m_after, error) || !RunHistory::record(project, m_runId, error)
        || !PersonaVersions::recordAll(project, VersionCause::Refresh, m_runId, error))
        return WriteStatus::Failed;
    if (!tx.commit()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    m_runColumns.clear();
    m_runValues.clear();
    m_assignedPeople.clear();
    m_assignedSegments.clear();
    return WriteStatus::Written;
}

bool ProposalChange::stillApplies(Project &project, bool applied) const
{
    if (applied)
        return latestRunId(project) == m_runId && runScores(project, m_runId) == m_runScores;
    return latestRunId(project) == m_previousRunId;
}

} // namespace pw
