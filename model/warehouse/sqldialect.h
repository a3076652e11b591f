// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

/// The SQL engines the warehouse recipes are written for, and what differs between them: the
/// double type, seconds since the epoch of a date or timestamp column, and the text of a table.
enum class SqlDialect { Postgres, BigQuery, Snowflake, Spark, DuckDb, Sqlite };

namespace SqlDialects {

/// The names `--dialect` takes: postgres, bigquery, snowflake, spark, duckdb, sqlite.
QStringList names();
std::optional<SqlDialect> fromName(const QString &name);
QString name(SqlDialect dialect);

/// The dialect's 64-bit floating-point type.
QString doubleType(SqlDialect dialect);

/// Whole seconds since 1970-01-01 UTC of a DATE or TIMESTAMP expression (a timestamp without a
/// time zone is read as UTC). In SQLite, a column of ISO 8601 text or of seconds since the epoch.
QString epochSeconds(SqlDialect dialect, const QString &expression);

/// Whether `name` may be used as a table name in the recipes: letters, digits and underscores,
/// optionally qualified by a schema or dataset (`analytics.persona_features`).
bool isTableName(const QString &name);

} // namespace SqlDialects

} // namespace pw
