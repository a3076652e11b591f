// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "stagedefinition.h"

#include <QStringList>

#include <optional>

namespace pw {

class Project;

/// The customer ids (as stored: pseudonymised by the import where configured) of the people at
/// one journey stage, sorted. `personaId` 0 means everyone. Returns nullopt and fills `error`
/// for an unknown stage or persona, a stage the data cannot measure, or a failure.
std::optional<QStringList> stagePeople(Project &project, const StageDefinitions &definitions,
                                       const QString &stageKey, qint64 personaId, Error *error);

/// Writes `customerIds` as a one-column CSV (`customer_id`) to `path` through QSaveFile.
bool writeStagePeopleCsv(const QString &path, const QStringList &customerIds, Error *error);

} // namespace pw
