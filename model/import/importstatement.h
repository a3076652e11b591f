// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace pw {

/// A typed value for ImportStatement::bind() on the import's hot path. Text is UTF-8 bytes that
/// the caller keeps alive until the statement has run.
struct BoundValue
{
    enum class Kind : unsigned char { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    const char *text = nullptr;
    int size = 0;

    void setNull() { kind = Kind::Null; }
    void setInteger(qint64 v) { kind = Kind::Integer; integer = v; }
    void setReal(double v) { kind = Kind::Real; real = v; }
    void setText(const char *utf8, int length) { kind = Kind::Text; text = utf8; size = length; }
};

/// A prepared write statement on the SQLite connection under a project's QSqlDatabase, used
/// through SQLite's C API: an import runs millions of statements, and QSqlQuery's per-value
/// bookkeeping would cost more than SQLite itself. Values are always bound.
class ImportStatement
{
public:
    ImportStatement() = default;
    ~ImportStatement();
    ImportStatement(const ImportStatement &) = delete;
    ImportStatement &operator=(const ImportStatement &) = delete;

    /// The sqlite3 handle of `db`, or null if it is not an SQLite connection.
    static sqlite3 *handle(QSqlDatabase &db);

    bool prepare(sqlite3 *db, const QString &sql, Error &error);
    /// Binds `value` (null, integer, real or text) to the 0-based parameter `index`.
    void bind(int index, const QVariant &value);
    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindText(int index, const char *utf8, int size);
    /// Binds `value`; its text is not copied and must stay alive until exec().
    void bind(int index, const BoundValue &value);
    /// Runs the statement to its end and resets it for the next use.
    bool exec(Error &error);
    /// As exec(), but a UNIQUE constraint failure is not an error: it returns false with `error`
    /// unset and `conflict` true (the statement changed nothing, being a one-row write).
    bool exec(Error &error, bool &conflict);
    /// Steps to the first row of a query; `integer` gets its first column. Returns false with
    /// `found` false when there is no row, with `error` set on failure. Resets the statement.
    bool first(qint64 &integer, bool &found, Error &error);
    /// Rows changed by the last exec().
    int changes() const;
    /// The rowid of the last inserted row on this connection.
    qint64 lastInsertId() const;

private:
    bool fail(Error &error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace pw
