// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace pw {

class Project;

/// What hangs on a persona in other tables: the rows of every table with a foreign key to
/// personas(id) (journey notes, the lock, section pictures, and any such table added later),
/// which deleting the persona removes with it. Kept by an undoable deletion to put them back.
struct PersonaDependents
{
    struct Table
    {
        QString name;
        QStringList columns;
        QString personaColumn;   ///< the column that holds the persona's id
        QList<QVariantList> rows; ///< values in the order of `columns`
    };
    QList<Table> tables; ///< only tables with rows for the persona

    bool isEmpty() const { return tables.isEmpty(); }
    qsizetype rowCount() const;
};

namespace PersonaRepository {
/// The rows of other tables that refer to persona `id`; nullopt (and `error`) if they cannot be read.
std::optional<PersonaDependents> dependents(Project &project, qint64 id, Error *error = nullptr);
/// Writes `dependents` back for persona `id` (which may differ from the id they were read with),
/// replacing rows with the same keys. Runs in the caller's transaction, if any.
bool restoreDependents(Project &project, qint64 id, const PersonaDependents &dependents, Error *error = nullptr);
} // namespace PersonaRepository

} // namespace pw
