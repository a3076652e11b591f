// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "persona/persona.h"
#include "persona/personadependents.h"
#include "store/writestatus.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace pw {

class Project;

/// What storing a segmentation run did to a project, so that a re-proposal can be undone and
/// redone as one step without clustering again: the run it stored (the latest, which the rest of
/// the application reads as the current segmentation) and the personas before and after it.
///
/// Undo makes the previous run the latest again (the proposal's run and its assignments are
/// taken out of the project and kept here), gives the personas back the archetype, run, segment,
/// figures and order they had, puts back the personas the proposal deleted (with what hung on
/// them) and deletes the ones it added. What is written on a persona is never touched: the
/// proposal kept it. Redo stores the same run and personas again.
///
/// Both are refused (Conflict, with the reason) when the project is not as the caller last read
/// it: a persona added, deleted or written since (its revision), another run stored since, or the
/// run corrected (merged or split) since.
class ProposalChange
{
public:
    /// Reads the personas and the latest run before a proposal is stored (in its transaction).
    bool recordBefore(Project &project, Error *error);
    /// Reads what the proposal stored: its run `runId` and the personas after it; `removed` holds
    /// what hung on each persona it deleted.
    bool recordAfter(Project &project, qint64 runId, const QHash<qint64, PersonaDependents> &removed,
                     Error *error);

    qint64 runId() const { return m_runId; }
    /// The run that was the latest before the proposal (0: none).
    qint64 previousRunId() const { return m_previousRunId; }
    const QList<Persona> &before() const { return m_before; }
    const QList<Persona> &after() const { return m_after; }

    /// Undoes the proposal, if the stored personas are `known` (as the caller read them: ids and
    /// revisions) and its run is still the latest and unchanged.
    WriteStatus undo(Project &project, const QList<Persona> &known, Error *error);
    /// Stores the proposal again, if the stored personas are `known` and the previous run is the
    /// latest.
    WriteStatus redo(Project &project, const QList<Persona> &known, Error *error);
    /// Whether undo() (when `applied`) or redo() could still work on the project as it is now,
    /// leaving the personas aside: the runs are as they were.
    bool stillApplies(Project &project, bool applied) const;

private:
    WriteStatus check(Project &project, const QList<Persona> &known, qint64 latestRun, Error *error) const;
    bool writePersonas(Project &project, const QList<Persona> &from, const QList<Persona> &to, Error *error);

    qint64 m_runId = 0;
    qint64 m_previousRunId = 0;
    QString m_runScores; ///< the run's scores as stored: merges and splits change them
    QList<Persona> m_before;
    QList<Persona> m_after;
    /// The personas that are not in the project now, as they were when taken out, with what hung
    /// on them (by id).
    QHash<qint64, Persona> m_taken;
    QHash<qint64, PersonaDependents> m_dependents;
    // The run while it is undone.
    QStringList m_runColumns;
    QVariantList m_runValues;
    QList<qint64> m_assignedPeople;
    std::vector<int> m_assignedSegments;
};

} // namespace pw
