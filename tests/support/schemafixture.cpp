// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemafixture.h"

#include "store/project.h"
#include "store/schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace pw::test::SchemaFixture {

namespace {

const QString kConnection = QStringLiteral("schema-fixture");

struct Statement
{
    int since; ///< the schema version that can hold it
    QString sql;
    QVariantList values;
};

QList<Statement> laterData()
{
    return {
        {2, QStringLiteral("INSERT INTO journey_notes (persona_id, stage, field, value) VALUES (1, 'awareness', 'touchpoints', ?)"),
         {journeyNote}},
        {3, QStringLiteral("UPDATE personas SET photo = ?, avatar_style = ?, evidence = ? WHERE id = 1"),
         {png(), avatarStyle, evidence}},
        {4, QStringLiteral("INSERT INTO persona_locks (persona_id, locked_at) VALUES (2, ?)"), {lockedAt.toLongLong()}},
        {5, QStringLiteral("INSERT INTO person_features (person_id, feature, value) VALUES (1, ?, ?)"), {featureName, featureValue}},
        {6, QStringLiteral("INSERT INTO persona_images (persona_id, section, image) VALUES (1, ?, ?)"), {imageSection, png()}},
        {7, QStringLiteral("INSERT INTO olist_customers VALUES ('06b8999e2fba1a1fbc88172c00ba8bc7',"
                           " '861eff4711a542e4b93843c6dd7febb0', 'franca', 'SP')"), {}},
        {7, QStringLiteral("INSERT INTO olist_orders VALUES (?, '06b8999e2fba1a1fbc88172c00ba8bc7', 'delivered', 1507578000)"),
         {olistOrder}},
        {7, QStringLiteral("INSERT INTO olist_order_items VALUES (?, 1, '87285b34884572647811a353c7ac498a', 29.99, 8.72)"),
         {olistOrder}},
        {7, QStringLiteral("INSERT INTO olist_order_payments VALUES (?, 1, 'credit_card', 38.71)"), {olistOrder}},
        {7, QStringLiteral("INSERT INTO olist_order_reviews VALUES ('a54f0611adc9ed256b57ede6b6eb5114', ?, 4, 1508198400)"),
         {olistOrder}},
        {7, QStringLiteral("INSERT INTO olist_products VALUES ('87285b34884572647811a353c7ac498a', 'utilidades_domesticas')"), {}},
        {7, QStringLiteral("INSERT INTO olist_category_names VALUES ('utilidades_domesticas', 'housewares')"), {}},
        {9, QStringLiteral("UPDATE personas SET revision = ? WHERE id = 1"), {personaRevision}},
        {9, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'revision'"), {personaRevision}},
        {10, QStringLiteral("UPDATE segmentation_runs SET as_of = ? WHERE id = 1"), {runAsOf}},
        {11, QStringLiteral("INSERT INTO run_personas (run_id, segment, persona_id, custom_name, archetype, color, stats)"
                            " SELECT run_id, segment, id, CASE id WHEN 1 THEN ? END, archetype, color, stats FROM personas"),
         {runPersonaName}},
        {11, QStringLiteral("INSERT INTO persona_versions (persona_id, created_at, cause, content) VALUES (1, 1793491200, 'edit', ?)"),
         {versionContent}},
        {12, QStringLiteral("INSERT INTO store_dates (id, orders_row, events_row, first, last)"
                            " SELECT 1, (SELECT coalesce(max(id), 0) FROM orders), (SELECT coalesce(max(id), 0) FROM events),"
                            " min(f), max(l) FROM (SELECT min(order_date) AS f, max(order_date) AS l FROM orders"
                            " UNION ALL SELECT min(timestamp), max(timestamp) FROM events)"), {}},
    };
}

QString run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sql + QStringLiteral(": ") + q.lastError().text();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sql + QStringLiteral(": ") + q.lastError().text();
    return QString();
}

QString build(QSqlDatabase &db, int version, const QString &v1Path)
{
    QString error;
    auto step = [&](const QString &sql, const QVariantList &values = {}) {
        if (error.isEmpty())
            error = run(db, sql, values);
        return error.isEmpty();
    };
    step(QStringLiteral("PRAGMA journal_mode = DELETE"));
    step(QStringLiteral("ATTACH DATABASE ? AS v1"), {v1Path}); // not inside a transaction
    step(QStringLiteral("BEGIN"));
    const auto &migrations = schema::migrations();
    for (int v = 0; v < version; ++v)
        for (const QString &sql : migrations[v])
            step(sql);
    // The data of schema-v1, table by table, into the columns version 1 had.
    QStringList tables;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM v1.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
        while (q.next())
            tables << q.value(0).toString();
    }
    if (tables.isEmpty() && error.isEmpty())
        error = QStringLiteral("no tables in ") + v1Path;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA v1.table_info(%1)").arg(quoteIdentifier(table)));
        while (q.next())
            columns << quoteIdentifier(q.value(1).toString());
        q.finish();
        step(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM v1.%1").arg(quoteIdentifier(table), columns.join(u',')));
    }
    for (const Statement &s : laterData())
        if (s.since <= version)
            step(s.sql, s.values);
    step(QStringLiteral("PRAGMA application_id = %1").arg(Project::applicationId));
    step(QStringLiteral("PRAGMA user_version = %1").arg(version));
    step(QStringLiteral("COMMIT"));
    step(QStringLiteral("DETACH DATABASE v1"));
    step(QStringLiteral("VACUUM"));
    return error;
}

} // namespace

QString fileName(int version)
{
    return QStringLiteral("schema-v%1.personas").arg(version);
}

QByteArray png()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c6300010000000500010d0a2db400000000"
                               "49454e44ae426082");
}

QString write(int version, const QString &v1Path, const QString &out)
{
    if (version < 1 || version > schema::migrations().size())
        return QStringLiteral("no schema version %1 (this build knows 1 to %2)").arg(version).arg(schema::migrations().size());
    if (QFile::exists(out))
        return out + QStringLiteral(" exists already");
    if (!QFile::exists(v1Path))
        return v1Path + QStringLiteral(" does not exist");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(out);
        error = db.open() ? build(db, version, v1Path) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
    if (!error.isEmpty())
        QFile::remove(out);
    return error;
}

} // namespace pw::test::SchemaFixture
