// SPDX-License-Identifier: GPL-3.0-or-later
#include "personadependents.h"

#include "store/project.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pw {

qsizetype PersonaDependents::rowCount() const
{
    qsizetype n = 0;
    for (const Table &t : tables)
        n += t.rows.size();
    return n;
}

namespace PersonaRepository {

namespace {

bool fail(Error *error, const QSqlQuery &q)
{
    if (error)
        error->message = q.lastError().text();
    return false;
}

} // namespace

std::optional<PersonaDependents> dependents(Project &project, qint64 id, Error *error)
{
    QSqlQuery q(project.db());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'personas'"
                               " AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        fail(error, q);
        return std::nullopt;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();

    PersonaDependents result;
    for (const QString &table : std::as_const(tables)) {
        PersonaDependents::Table t;
        t.name = table;
        // Table names come from the schema itself; PRAGMA arguments cannot be bound.
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoteIdentifier(table)))) {
            fail(error, q);
            return std::nullopt;
        }
        while (q.next())
            if (q.value(2).toString() == QLatin1String("personas")
                && (q.value(4).isNull() || q.value(4).toString() == QLatin1String("id")))
                t.personaColumn = q.value(3).toString();
        if (t.personaColumn.isEmpty())
            continue;
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoteIdentifier(table)))) {
            fail(error, q);
            return std::nullopt;
        }
        QStringList quoted;
        while (q.next()) {
            t.columns << q.value(1).toString();
            quoted << quoteIdentifier(t.columns.last());
        }
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                      .arg(quoted.join(QStringLiteral(", ")), quoteIdentifier(table), quoteIdentifier(t.personaColumn)));
        q.addBindValue(id);
        if (!q.exec()) {
            fail(error, q);
            return std::nullopt;
        }
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < t.columns.size(); ++c)
                row << q.value(c);
            t.rows << row;
        }
        if (!t.rows.isEmpty())
            result.tables << t;
    }
    return result;
}

bool restoreDependents(Project &project, qint64 id, const PersonaDependents &dependents, Error *error)
{
    QSqlQuery q(project.db());
    for (const PersonaDependents::Table &t : dependents.tables) {
        QStringList quoted, marks;
        for (const QString &c : t.columns) {
            quoted << quoteIdentifier(c);
            marks << QStringLiteral("?");
        }
        const qsizetype key = t.columns.indexOf(t.personaColumn);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(%2) VALUES(%3)")
                      .arg(quoteIdentifier(t.name), quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const QVariantList &row : t.rows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                q.bindValue(int(c), c == key ? QVariant(id) : row[c]);
            if (!q.exec())
                return fail(error, q);
        }
    }
    return true;
}

} // namespace PersonaRepository

} // namespace pw
