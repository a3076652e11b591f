// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QRegularExpression>

namespace pw::SqlDialects {

namespace {

struct Entry
{
    SqlDialect dialect;
    const char *name;
    const char *doubleType;
};

constexpr Entry kDialects[] = {
    {SqlDialect::Postgres, "postgres", "DOUBLE PRECISION"},
    {SqlDialect::BigQuery, "bigquery", "FLOAT64"},
    {SqlDialect::Snowflake, "snowflake", "DOUBLE"},
    {SqlDialect::Spark, "spark", "DOUBLE"},
    {SqlDialect::DuckDb, "duckdb", "DOUBLE"},
    {SqlDialect::Sqlite, "sqlite", "REAL"},
};

const Entry &entry(SqlDialect dialect)
{
    for (const Entry &e : kDialects)
        if (e.dialect == dialect)
            return e;
    return kDialects[0];
}

} // namespace

QStringList names()
{
    QStringList all;
    for (const Entry &e : kDialects)
        all << QString::fromLatin1(e.name);
    return all;
}

std::optional<SqlDialect> fromName(const QString &name)
{
    for (const Entry &e : kDialects)
        if (name.trimmed().compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.dialect;
    return std::nullopt;
}

QString name(SqlDialect dialect)
{
    return QString::fromLatin1(entry(dialect).name);
}

QString doubleType(SqlDialect dialect)
{
    return QString::fromLatin1(entry(dialect).doubleType);
}

QString epochSeconds(SqlDialect dialect, const QString &e)
{
    switch (dialect) {
    case SqlDialect::Postgres:
        return QStringLiteral("CAST(FLOOR(EXTRACT(EPOCH FROM %1)) AS BIGINT)").arg(e);
    case SqlDialect::BigQuery:
        return QStringLiteral("UNIX_SECONDS(CAST(%1 AS TIMESTAMP))").arg(e);
    case SqlDialect::Snowflake:
        return QStringLiteral("DATE_PART(EPOCH_SECOND, CAST(%1 AS TIMESTAMP_NTZ))").arg(e);
    case SqlDialect::Spark:
        // In the session's time zone: run with spark.sql.session.timeZone=UTC.
        return QStringLiteral("UNIX_TIMESTAMP(CAST(%1 AS TIMESTAMP))").arg(e);
    case SqlDialect::DuckDb:
        return QStringLiteral("CAST(FLOOR(EPOCH(CAST(%1 AS TIMESTAMP))) AS BIGINT)").arg(e);
    case SqlDialect::Sqlite:
        return QStringLiteral("CASE WHEN typeof(%1) IN ('integer', 'real') THEN CAST(%1 AS INTEGER)"
                              " ELSE CAST(strftime('%s', %1) AS INTEGER) END")
            .arg(e);
    }
    return e;
}

bool isTableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,2}$"));
    return pattern.match(name).hasMatch();
}

} // namespace pw::SqlDialects
