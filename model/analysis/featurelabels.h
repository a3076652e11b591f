// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pw {

class Project;

/// What the features imported per person (the columns of a feature table, clustered as
/// "imported:<column>") are called where people read them: a persona's name, its evidence, the
/// deck, the command line's text and JSON. A column has the label the user gave it in the
/// project, else its name made readable (humanise()); its key is never shown.
namespace FeatureLabels {

/// The project setting (`meta`) holding the user's labels: a JSON object, column name -> label.
inline constexpr const char *kSettingKey = "feature_labels";

/// A column's name made readable: words split at `_`, `-`, spaces and changes of case
/// (CamelCase), lower case but for acronyms, the first word capitalised: "BounceRates" ->
/// "Bounce rates", "page_values" -> "Page values", "avg-order-value" -> "Avg order value",
/// "customerID" -> "Customer ID", "HTMLPages" -> "HTML pages".
QString humanise(const QString &column);

/// The label of the column `column` given the user's `labels` (column -> label): theirs, else
/// humanise(column).
QString label(const QString &column, const QHash<QString, QString> &labels);

/// The user's labels stored in `project` (empty when none was given or the setting is unreadable).
QHash<QString, QString> load(const Project &project);

/// The names of the columns imported per person in `project` (the `person_features` features),
/// sorted; an empty list with `error` set on a database error.
QStringList importedColumns(Project &project, Error *error);

/// Gives the imported column `column` (its name, or its key "imported:<name>") the label
/// `label` in `project`, replacing any earlier one; an empty `label` removes the user's label,
/// so that the readable name is shown again. Fails when the project has no such column.
bool setLabel(Project &project, const QString &column, const QString &label, Error *error);

} // namespace FeatureLabels

} // namespace pw
