// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "writestatus.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace pw {

/// An open project file (`NAME.personas`), which is an SQLite database: the document is the
/// database and every write is committed in a transaction, so nothing is lost on a crash.
///
/// A Project owns one connection and must be used from the thread that opened it. Work on
/// another thread opens its own Project on the same path.
class Project
{
public:
    enum class OpenMode {
        OpenExisting,   ///< fail if the file does not exist
        CreateIfMissing ///< create and initialise a new project if the file does not exist
    };

    /// How a project is opened besides its mode.
    struct OpenOptions
    {
        /// Never write to the file (commands that only read): its journal mode stays as it is.
        /// An older format still needs its upgrade, which is written when the place allows it.
        bool readOnly = false;
        /// Drop the triggers, views, tables and indexes that the check on open finds and
        /// Persona Workbench did not create, then open. Only after the user agreed to it.
        bool removeForeignObjects = false;
    };

    /// The schema version this build writes (`PRAGMA user_version`).
    static int currentSchemaVersion();
    /// The SQLite `application_id` that marks a file as a Persona Workbench project.
    static constexpr int applicationId = 0x50574231; // "PWB1"

    /// Opens (and, if needed, migrates) the project at `path`, as input from someone else: the
    /// connection is hardened (schema::harden) and the file's schema is compared with the one of
    /// its format before anything is written. On failure returns null and fills `error`; a file
    /// that is not a project, is damaged, holds objects Persona Workbench did not create, or
    /// comes from a newer version is left untouched, its journal mode included. A file or
    /// folder that cannot be written opens read-only (isReadOnly()). When the only reason for a
    /// refusal is objects that can be removed, `removable` (if given) receives one line per
    /// object, for asking the user before opening again with `removeForeignObjects`.
    static std::unique_ptr<Project> open(const QString &path, OpenMode mode, Error *error,
                                         const OpenOptions &options, QStringList *removable = nullptr);
    /// open() with the default options.
    static std::unique_ptr<Project> open(const QString &path, OpenMode mode, Error *error);

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    /// True when nothing may be written: asked for, or the file or its folder is read-only.
    bool isReadOnly() const { return m_readOnly; }

    /// A project setting (the `meta` table); `fallback` when unset.
    QVariant setting(const QString &key, const QVariant &fallback = QVariant()) const;
    /// Stores a setting and stamps it with a new revision.
    bool setSetting(const QString &key, const QVariant &value, Error *error = nullptr);
    /// The revision setting `key` was last written with (0: never, or before revisions existed).
    qint64 settingRevision(const QString &key) const;
    /// Stores a setting (an invalid `value` removes it) if it still has revision `baseRevision`;
    /// its new revision (0 when removed) goes in `revision`.
    WriteStatus setSettingUnchanged(const QString &key, const QVariant &value, qint64 baseRevision,
                                    Error *error = nullptr, qint64 *revision = nullptr);
    /// Takes the next value of the project's revision counter, for a write in progress (call it
    /// inside the write's transaction). 0 and `error` on failure.
    qint64 nextRevision(Error *error = nullptr);
    /// Whether another connection (another program, or another thread's Project) committed a
    /// change since the last call (SQLite's `PRAGMA data_version`); the first call says false.
    bool changedElsewhere();

    /// Runs `sql` with positional bound values; returns false and fills `error` on failure.
    bool exec(const QString &sql, const QVariantList &values = {}, Error *error = nullptr);
    /// The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

private:
    Project() = default;
    bool initialise(bool isNew, const OpenOptions &options, Error *error, QStringList *removable);
    /// The schema check on open; removes what it found when `remove` and every finding allows it.
    bool checkSchema(int version, bool remove, Error *error, QStringList *removable);
    bool migrate(int fromVersion, Error *error);
    /// The connection's SQLite handle (QSQLITE uses the system library), or null.
    sqlite3 *handle() const;
    /// Keeps the write-ahead log and its index when this connection closes (see project.cpp).
    void keepWriteAheadLog();

    QSqlDatabase m_db;
    QString m_path;
    qint64 m_dataVersion = -1;
    bool m_readOnly = false;
    bool m_needsUpgrade = false; ///< a read-only open met an older format
    QString m_connectionName;
};

/// A transaction (or, nested, a named SAVEPOINT) that rolls back unless committed.
class Transaction
{
public:
    Transaction(Project &project, const QString &name);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString lastError() const { return m_error; }

private:
    Project &m_project;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

/// Quotes an SQL identifier ("name" with embedded quotes doubled). Values are always bound.
QString quoteIdentifier(const QString &name);

} // namespace pw
