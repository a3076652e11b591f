// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace pw {

ImportStatement::~ImportStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

sqlite3 *ImportStatement::handle(QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

bool ImportStatement::fail(Error &error)
{
    error.message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    return false;
}

bool ImportStatement::prepare(sqlite3 *db, const QString &sql, Error &error)
{
    m_db = db;
    if (!db) {
        error.message = QStringLiteral("not an SQLite database");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        return fail(error);
    return true;
}

void ImportStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index + 1);
}

void ImportStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void ImportStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index + 1, value);
}

void ImportStatement::bindText(int index, const char *utf8, int size)
{
    sqlite3_bind_text(m_stmt, index + 1, utf8, size, SQLITE_TRANSIENT);
}

void ImportStatement::bind(int index, const BoundValue &value)
{
    switch (value.kind) {
    case BoundValue::Kind::Null:
        sqlite3_bind_null(m_stmt, index + 1);
        return;
    case BoundValue::Kind::Integer:
        sqlite3_bind_int64(m_stmt, index + 1, value.integer);
        return;
    case BoundValue::Kind::Real:
        sqlite3_bind_double(m_stmt, index + 1, value.real);
        return;
    case BoundValue::Kind::Text:
        sqlite3_bind_text(m_stmt, index + 1, value.text, value.size, SQLITE_STATIC);
        return;
    }
}

void ImportStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Double:
        bind(index, value.toDouble());
        return;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_stmt, index + 1, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    }
}

bool ImportStatement::exec(Error &error)
{
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE)
        return fail(error);
    sqlite3_reset(m_stmt);
    return true;
}

bool ImportStatement::exec(Error &error, bool &conflict)
{
    conflict = false;
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return true;
    }
    if (sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE) {
        sqlite3_reset(m_stmt);
        conflict = true;
        return false;
    }
    return fail(error);
}

bool ImportStatement::first(qint64 &integer, bool &found, Error &error)
{
    const int rc = sqlite3_step(m_stmt);
    found = rc == SQLITE_ROW;
    if (found)
        integer = sqlite3_column_int64(m_stmt, 0);
    else if (rc != SQLITE_DONE)
        return fail(error);
    sqlite3_reset(m_stmt);
    return found;
}

int ImportStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 ImportStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace pw
