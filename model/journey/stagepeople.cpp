// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagepeople.h"

#include "common/savefile.h"
#include "funnel.h"
#include "persona/persona.h"
#include "sqlitestatement.h"
#include "stagemembership.h"
#include "store/project.h"

#include <QCoreApplication>

#include <vector>

namespace pw {

namespace {

bool failWith(Error *error, const QString &message)
{
    if (error)
        error->message = message;
    return false;
}

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        utf8 = '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

} // namespace

std::optional<QStringList> stagePeople(Project &project, const StageDefinitions &definitions,
                                       const QString &stageKey, qint64 personaId, Error *error)
{
    const int stage = int(journeyStageKeys().indexOf(stageKey));
    if (stage < 0) {
        failWith(error, QCoreApplication::translate("Funnel", "Unknown journey stage '%1'.").arg(stageKey));
        return std::nullopt;
    }
    std::optional<Persona> persona;
    const QList<Persona> personas = PersonaRepository::load(project, error);
    if (personaId != 0) {
        for (const Persona &p : personas)
            if (p.id == personaId)
                persona = p;
        if (!persona || persona->runId <= 0 || persona->segment < 0) {
            failWith(error, QCoreApplication::translate("Funnel", "There is no persona %1 with a segment.").arg(personaId));
            return std::nullopt;
        }
    }
    // As the funnels count them: as of the day the personas' run was made as of, if it was.
    const JourneyRun run = journeyRun(project, personas);
    const auto membership = StageMembership::compute(project, definitions, error, nullptr, run.until());
    if (!membership)
        return std::nullopt;
    if (!membership->measured[size_t(stage)]) {
        failWith(error, QCoreApplication::translate("Funnel", "The data cannot measure the stage '%1': no data.")
                            .arg(journeyStageName(stageKey)));
        return std::nullopt;
    }
    SqliteStatement q(project.db(), persona
        ? QStringLiteral("SELECT p.id, p.customer_id FROM people p JOIN assignments a ON a.person_id = p.id"
                         " WHERE a.run_id = ? AND a.segment = ? ORDER BY p.customer_id")
        : run.asOf ? QStringLiteral("SELECT p.id, p.customer_id FROM people p JOIN assignments a ON a.person_id = p.id"
                                    " WHERE a.run_id = ? ORDER BY p.customer_id")
                   : QStringLiteral("SELECT id, customer_id FROM people ORDER BY customer_id"));
    if (persona) {
        q.bind(1, persona->runId);
        q.bind(2, persona->segment);
    } else if (run.asOf) {
        q.bind(1, run.runId);
    }
    QStringList ids;
    while (q.next()) {
        const qint64 id = q.integer(0);
        if (id >= 0 && size_t(id) < membership->byPerson.size() && membership->byPerson[size_t(id)].has(stage)) {
            const std::string_view text = q.text(1);
            ids << QString::fromUtf8(text.data(), qsizetype(text.size()));
        }
    }
    if (!q.errorString().isEmpty()) {
        failWith(error, q.errorString());
        return std::nullopt;
    }
    return ids;
}

bool writeStagePeopleCsv(const QString &path, const QStringList &customerIds, Error *error)
{
    QByteArray out = "customer_id\n";
    for (const QString &id : customerIds)
        out += csvField(id) + '\n';
    if (QString problem; !writeWholeFile(path, out, &problem))
        return failWith(error, QCoreApplication::translate("Funnel", "Cannot write %1: %2").arg(path, problem));
    return true;
}

} // namespace pw
