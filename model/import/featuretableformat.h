// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

namespace pw {

/// A per-person feature table (short name `features`): data already aggregated elsewhere, one
/// row per person and one numeric column per feature (a warehouse query's output, the UCI
/// Online Shoppers Intention sessions, ...). It lands in the table
/// `person_features(person_id, feature, value)`, one row per person and feature, which the
/// engine can cluster on.
///
/// - The person is the column `customer_id` (or `person_id`, `user_id`, `id`) when there is
///   one. A table without such a column gets synthetic ids: the file's name without its
///   extension, `#` and the row number (the line of the file less the header's), so that
///   importing the same file again updates the same people.
/// - Every other column is a feature named by its header. A cell that is a number (decimal
///   comma, thousands separators and currency symbols allowed) is stored as it is, `TRUE`/
///   `FALSE`/`yes`/`no` as 1/0; empty cells and text (e.g. `Feb`, `Returning_Visitor`) are not
///   stored, so such a person simply lacks that feature.
/// - A column named as a purchase (`Revenue`, `converted`, `conversion`, `purchased`,
///   `purchase`, `bought`, `is_buyer`, `has_purchased`, in any case) whose every value is yes or
///   no (TRUE/FALSE, true/false, yes/no, 1/0) is the **conversion column**: a person with yes
///   bought (see Purchase: one purchase, without a moment or an amount), and the engine does not
///   cluster it. Its values are stored like the others; the import names such columns in the
///   project setting Purchase::kConversionSetting, decided from all the values the project holds,
///   and the import's warnings say that the column was read so. A purchase-named column with
///   other numbers (an amount of revenue) stays a feature.
/// - A table whose columns are a warehouse recipe's (FeatureDefinitions::isRecipeTable(): only
///   the app's feature keys and the recipe's own columns, all of those there) is the store's
///   features as the app computes them: the engine clusters its columns as the features of
///   Feature::all() and takes the people's activity from them (see scanFeatures()), and the
///   import's notes say so. Any other table, even with columns named as app features
///   (`frequency`), is imported features ("imported:<name>").
/// - Recognised automatically when the header has an id column and at least two other columns
///   none of which is a canonical column name (e.g. `customer_id,recency,frequency,monetary`),
///   unless the generic format reads them as purchases (a customer, a date and an amount:
///   `user_id,date,qty,amount`), or is that of the Online Shoppers Intention data; otherwise
///   choose it with `--format features`.
class FeatureTableFormat final : public ImportFormat
{
public:
    QString shortName() const override { return QStringLiteral("features"); }
    QString displayName() const override;
    std::optional<Entity> detectEntity(const QStringList &header, QString *why = nullptr) const override;
    /// Chosen explicitly, any header with a column besides the id is a feature table.
    std::optional<Entity> entityWhenChosen(const QStringList &header, QString *why = nullptr) const override;
    std::unique_ptr<RowMapper> createMapper(const QStringList &header, Entity entity,
                                            const MapContext &context) const override;
    QList<int> dateColumns(const QStringList &header, Entity entity) const override;
    /// Updates the project's conversion columns from the values it holds (see above).
    bool finishImport(Project &project, QHash<QString, qint64> &rowsPerEntity, QStringList &warnings,
                      Error &error) const override;

    /// Whether a column with this name is read as conversion when its values are yes/no.
    static bool isPurchaseColumnName(const QString &name);
    /// The columns of `project`'s `person_features` that are conversion columns by their values:
    /// named as a purchase, every value 0 or 1 (empty with `error` set on a database error).
    static QStringList conversionColumnsByValues(Project &project, Error *error);
};

} // namespace pw
