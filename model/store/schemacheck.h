// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

struct sqlite3;

namespace pw::schema {

/// Turns on SQLite's defences on a connection to a file that may come from someone else:
/// defensive mode (no writes to the schema, no corrupting pragmas), `trusted_schema = OFF`
/// (functions with side effects cannot run from a view, trigger or default) and no extension
/// loading, and triggers and views off (Persona Workbench's schema has none). Call it right
/// after opening, before any other statement.
void harden(sqlite3 *db);

/// One difference between a project file's schema and the schema of its version.
struct Finding
{
    QString message;   ///< translated, names the object, e.g. "a trigger “e” on table personas …"
    QString dropSql;   ///< the statement that removes the object, empty when it cannot be removed
};

/// Compares the schema of `db` (a project of format `version`, 1..current) with the schema the
/// migrations 1..`version` make: every trigger, view, table or index that they do not make, and
/// every table or index whose definition (columns, types, defaults, keys, foreign keys, indexed
/// columns) differs, is a finding. Reads only; runs nothing stored in the file. SQLite's own
/// tables (sqlite_sequence, sqlite_stat*) are accepted. A file whose tables are those of another
/// format gives one finding (damaged) that cannot be removed.
QList<Finding> check(sqlite3 *db, int version);

} // namespace pw::schema
