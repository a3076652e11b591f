// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pw {

/// A prepared statement on the SQLite connection under a QSqlDatabase, read through SQLite's
/// C API. The journey computation reads millions of aggregated rows; QSqlQuery's per-value
/// QVariant would cost more than the SQL itself. Values are bound, never spliced in.
class SqliteStatement
{
public:
    SqliteStatement(QSqlDatabase &db, const QString &sql);
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// False (with errorString()) if the database is not SQLite or the SQL does not compile.
    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value); ///< 1-based, like SQLite
    void bind(int index, const QString &value);
    /// Steps to the next row; false at the end or on an error (then errorString() is set).
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::string_view text(int column) const;
    QString errorString() const { return m_error; }

private:
    void prepare(const QString &sql);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/// A second, read-only connection to a project file, for reading in parallel on another
/// thread (it sees what is committed).
class SqliteReadConnection
{
public:
    explicit SqliteReadConnection(const QString &path);
    ~SqliteReadConnection();
    SqliteReadConnection(const SqliteReadConnection &) = delete;
    SqliteReadConnection &operator=(const SqliteReadConnection &) = delete;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace pw
