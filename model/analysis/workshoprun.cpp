// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoprun.h"

#include "store/project.h"

namespace pw::WorkshopRun {

namespace {

std::optional<qint64> runSetting(const Project &project, const char *key)
{
    bool ok = false;
    const qint64 run = project.setting(QLatin1String(key)).toLongLong(&ok);
    if (!ok || run <= 0)
        return std::nullopt;
    return run;
}

} // namespace

std::optional<qint64> noted(const Project &project)
{
    return runSetting(project, settingKey);
}

std::optional<qint64> baseline(const Project &project, qint64 deckRun)
{
    const std::optional<qint64> last = noted(project);
    if (last && *last != deckRun)
        return last;
    const std::optional<qint64> previous = runSetting(project, previousKey);
    if (last && previous && *previous != deckRun)
        return previous;
    return std::nullopt;
}

bool note(Project &project, qint64 runId, Error *error, bool *written)
{
    if (written)
        *written = false;
    const std::optional<qint64> last = noted(project);
    if (runId <= 0 || project.isReadOnly() || last == runId)
        return true;
    Transaction tx(project, QStringLiteral("workshop"));
    if (!tx.isActive())
        return fail(error, tx.lastError());
    if (last && !project.setSetting(QLatin1String(previousKey), *last, error))
        return false;
    if (!project.setSetting(QLatin1String(settingKey), runId, error))
        return false;
    if (!tx.commit())
        return fail(error, tx.lastError());
    if (written)
        *written = true;
    return true;
}

} // namespace pw::WorkshopRun
