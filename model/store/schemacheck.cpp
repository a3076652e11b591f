// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "project.h"
#include "schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>

#include <sqlite3.h>

namespace pw::schema {

namespace {

/// One object of sqlite_schema, with what defines it (from SQLite's pragmas, not the SQL text).
struct SchemaObject
{
    QString type;  ///< table, index, view, trigger
    QString name;
    QString table; ///< tbl_name
    bool isVirtual = false;
    QString definition;
    bool optional = false; ///< one of schema::optionalObjects(): may be absent
};

/// Objects by lower-cased name (SQLite's names are case-insensitive).
using Description = QMap<QString, SchemaObject>;

/// The rows of `sql` (with `args` bound as text) as one line per row, columns joined by '|'.
QString rowsOf(sqlite3 *db, const char *sql, const QStringList &args)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return QStringLiteral("?error");
    QList<QByteArray> bound; // kept alive until the statement is done
    for (int i = 0; i < args.size(); ++i) {
        bound.append(args[i].toUtf8());
        sqlite3_bind_text(stmt, i + 1, bound.last().constData(), int(bound.last().size()), SQLITE_STATIC);
    }
    QString out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            out += text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, c)) : QStringLiteral("\u2205");
            out += QLatin1Char('|');
        }
        out += QLatin1Char('\n');
    }
    if (rc != SQLITE_DONE)
        out += QStringLiteral("?error");
    sqlite3_finalize(stmt);
    return out;
}

QString definitionOf(sqlite3 *db, const SchemaObject &o)
{
    if (o.type == QLatin1String("table")) {
        if (o.isVirtual)
            return QStringLiteral("virtual");
        return rowsOf(db, "SELECT type, ncol, wr, strict FROM pragma_table_list WHERE schema = 'main' AND name = ?1",
                      {o.name})
            + rowsOf(db, "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)",
                     {o.name})
            + rowsOf(db,
                     "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\""
                     " FROM pragma_foreign_key_list(?1)",
                     {o.name});
    }
    if (o.type == QLatin1String("index"))
        return rowsOf(db, "SELECT \"unique\", origin, partial FROM pragma_index_list(?1) WHERE name = ?2",
                      {o.table, o.name})
            + rowsOf(db, "SELECT seqno, cid, name, \"desc\", coll, \"key\" FROM pragma_index_xinfo(?1)", {o.name});
    return QString();
}

/// SQLite's own tables, which it makes itself (AUTOINCREMENT, ANALYZE).
bool isInternal(const QString &lowerName)
{
    return lowerName == QLatin1String("sqlite_sequence") || lowerName.startsWith(QLatin1String("sqlite_stat"));
}

Description describe(sqlite3 *db, bool *ok)
{
    Description d;
    sqlite3_stmt *stmt = nullptr;
    *ok = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema", -1, &stmt, nullptr) == SQLITE_OK;
    if (!*ok)
        return d;
    auto text = [stmt](int c) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
        return t ? QString::fromUtf8(t, sqlite3_column_bytes(stmt, c)) : QString();
    };
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        SchemaObject o{text(0), text(1), text(2), false, QString(), false};
        o.isVirtual = text(3).simplified().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive);
        d.insert(o.name.toLower(), o);
    }
    *ok = rc == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return d;
}

/// The schema the migrations 1..version make, built once per version in an in-memory database.
const Description &expected(int version)
{
    static QMutex mutex;
    static QHash<int, Description> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it != cache.end())
        return *it;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const auto &steps = migrations();
    for (int v = 0; v < version && v < steps.size(); ++v)
        for (const QString &sql : steps[v])
            sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    bool ok = false;
    const Description required = describe(db, &ok);
    for (const QString &sql : optionalObjects())
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    Description d = describe(db, &ok);
    for (SchemaObject &o : d) {
        o.definition = definitionOf(db, o);
        o.optional = !required.contains(o.name.toLower());
    }
    sqlite3_close(db);
    return *cache.insert(version, d);
}

/// A name from the file as shown in a message: no control characters, at most 60 characters.
QString shown(const QString &name)
{
    QString s;
    for (const QChar c : name)
        s += c.isPrint() ? c : QChar(0xFFFD);
    return s.size() > 60 ? s.left(59) + QChar(0x2026) : s;
}

Finding foreign(const SchemaObject &o)
{
    const QString name = shown(o.name);
    const QString table = shown(o.table);
    const QString quoted = quoteIdentifier(o.name);
    if (o.type == QLatin1String("trigger"))
        return {QCoreApplication::translate("Project", "The project contains a trigger “%1” on table %2 that Persona "
                                                       "Workbench did not create")
                    .arg(name, table),
                QStringLiteral("DROP TRIGGER IF EXISTS ") + quoted};
    if (o.type == QLatin1String("view"))
        return {QCoreApplication::translate("Project", "The project contains a view “%1” that Persona Workbench did not "
                                                       "create")
                    .arg(name),
                QStringLiteral("DROP VIEW IF EXISTS ") + quoted};
    if (o.type == QLatin1String("index")) {
        // An index SQLite made for a UNIQUE or PRIMARY KEY constraint cannot be dropped alone:
        // the table itself was changed.
        if (o.name.startsWith(QLatin1String("sqlite_autoindex_"), Qt::CaseInsensitive))
            return {QCoreApplication::translate("Project", "The table “%1” of the project was changed: it is not as "
                                                           "Persona Workbench made it")
                        .arg(table),
                    QString()};
        return {QCoreApplication::translate("Project", "The project contains an index “%1” on table %2 that Persona "
                                                       "Workbench did not create")
                    .arg(name, table),
                QStringLiteral("DROP INDEX IF EXISTS ") + quoted};
    }
    return {QCoreApplication::translate("Project", "The project contains a table “%1” that Persona Workbench did not "
                                                   "create")
                .arg(name),
            QStringLiteral("DROP TABLE IF EXISTS ") + quoted};
}

QList<Finding> compare(sqlite3 *db, int version);

} // namespace

void harden(sqlite3 *db)
{
    if (!db)
        return;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Our schema has neither: whatever the check on open would miss cannot run either.
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_exec(db, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
}

QList<Finding> check(sqlite3 *db, int version)
{
    QList<Finding> findings = compare(db, version);
    if (findings.isEmpty())
        return findings;
    // The tables of another format under this format's number: the number was changed, and
    // removing "foreign" tables would lose data.
    for (int other = 1; other <= migrations().size(); ++other) {
        if (other != version && compare(db, other).isEmpty())
            return {{QCoreApplication::translate("Project", "The project file is damaged: its format number (%1) does not "
                                                            "match its tables, which are those of format %2")
                         .arg(version)
                         .arg(other),
                     QString()}};
    }
    return findings;
}

namespace {

QList<Finding> compare(sqlite3 *db, int version)
{
    QList<Finding> findings;
    bool ok = false;
    const Description actual = describe(db, &ok);
    if (!ok) {
        findings.append({QCoreApplication::translate("Project", "The list of tables of the project cannot be read"),
                         QString()});
        return findings;
    }
    const Description &want = expected(version);
    // Foreign objects first, in the order they can be removed: triggers and views before the
    // tables they name, virtual tables before their shadow tables.
    QList<Finding> triggersViews, tables, indexes, changed;
    for (const SchemaObject &o : actual) {
        const QString key = o.name.toLower();
        if (isInternal(key))
            continue;
        const auto w = want.constFind(key);
        if (w == want.cend() || w->type != o.type) {
            const Finding f = foreign(o);
            if (o.type == QLatin1String("trigger") || o.type == QLatin1String("view"))
                triggersViews.append(f);
            else if (o.type == QLatin1String("index"))
                indexes.append(f);
            else if (o.isVirtual)
                tables.prepend(f);
            else
                tables.append(f);
            continue;
        }
        if (o.isVirtual || definitionOf(db, o) != w->definition) {
            const QString name = shown(o.name);
            changed.append({o.type == QLatin1String("index")
                                ? QCoreApplication::translate("Project", "The index “%1” of the project was changed: it "
                                                                         "is not as Persona Workbench made it")
                                      .arg(name)
                                : QCoreApplication::translate("Project", "The table “%1” of the project was changed: it "
                                                                         "is not as Persona Workbench made it")
                                      .arg(name),
                            QString()});
        }
    }
    for (const SchemaObject &w : want) {
        const auto a = actual.constFind(w.name.toLower());
        if ((a == actual.cend() && !w.optional) || (a != actual.cend() && a->type != w.type))
            changed.append({w.type == QLatin1String("index")
                                ? QCoreApplication::translate("Project", "The index “%1” is missing from the project")
                                      .arg(w.name)
                                : QCoreApplication::translate("Project", "The table “%1” is missing from the project")
                                      .arg(w.name),
                            QString()});
    }
    return triggersViews + tables + indexes + changed;
}

} // namespace

} // namespace pw::schema
