// SPDX-License-Identifier: GPL-3.0-or-later
// Stores for the warehouse recipes' tests: a project with the demo store and the edge cases of the
// features' definitions, its canonical tables exported as a warehouse would hold them, and the
// app's own raw features and assignments to compare the SQL's with.
#pragma once

#include "analysis/runstore.h"
#include "persona/persona.h"
#include "store/project.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace pw::test {

class TempDir;

/// A project with `people` people of the demo store and the edge cases (cancelled, refunded and
/// undiscounted orders, NPS and undated reviews, a sign-up only, anonymous events, mobile
/// devices); fails the test if it cannot be made.
std::unique_ptr<Project> warehouseStore(const TempDir &dir, int people);

/// A project of an event stream without orders (purchase events make the purchases).
std::unique_ptr<Project> eventOnlyStore(const TempDir &dir);

/// Writes the canonical tables of `project` (customers, orders, order_items, events, reviews,
/// with customer ids and ISO 8601 UTC timestamps) into a new SQLite file at `path`.
bool exportCanonical(Project &project, const QString &path, QString *error);

/// Writes each canonical table of the SQLite file `path` as `<table>.csv` in `folder` (a header,
/// every value quoted, NULL as an empty unquoted cell: PostgreSQL's COPY reads it as NULL).
bool exportCsv(const QString &path, const QString &folder, QString *error);

/// Every person's values by customer id: one value per column (NULL → NaN).
using Rows = QHash<QString, QList<double>>;

/// The app's raw features (scanFeatures()) of `keys`, by customer id.
std::optional<Rows> appFeatures(Project &project, const QStringList &keys, QString *error);

/// What the recipe writes besides the features (FeatureDefinitions::recipeColumns()), as the app
/// computes it from `project`, by customer id.
std::optional<Rows> appRecipeColumns(Project &project, QString *error);

/// Runs `query` on the SQLite file `path` and writes its result as CSV to `csvPath` as a
/// warehouse's export does: the column names as header, numbers with every digit of a double
/// (17 significant), NULL as an empty cell, rows in the query's order.
bool exportQueryCsv(const QString &path, const QString &query, const QString &csvPath, QString *error);

/// Compares the rows of `sql` with `app` (both by customer id) to 1e-9 (relative above 1);
/// returns a description of the first differences, empty when they agree on every person and
/// column. `keys` names the columns.
QString compareRows(const Rows &app, const Rows &sql, const QStringList &keys);

/// Runs `query` on the SQLite file `path` and reads its rows: the first column is the customer
/// id, the others numbers (NULL → NaN).
std::optional<Rows> sqliteRows(const QString &path, const QString &query, QString *error);

/// The same, with the other columns kept as text (NULL → an invalid QVariant).
std::optional<QHash<QString, QList<QVariant>>> sqliteValues(const QString &path, const QString &query, QString *error);

/// Compares the SQL's `customer_id → (persona_id, persona_name)` rows with the app's
/// assignments and the English names of `personas`; a description of the differences, empty when
/// every person has the app's persona.
QString compareAssignments(const QList<PersonAssignment> &app, const QList<Persona> &personas,
    const QHash<QString, QList<QVariant>> &sql);

} // namespace pw::test
