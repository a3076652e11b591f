// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "lockholder.h"
#include "schema.h"
#include "schemacheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

#include <sqlite3.h>

namespace pw {

namespace {

/// Files up to this size are fully checked for damage when opened (about a second of reading).
constexpr qint64 kQuickCheckLimit = 256LL * 1024 * 1024;


/// The project files this process has open, with their number of connections. Closing any
/// descriptor of a file drops every POSIX lock the process holds on it, SQLite's included (a
/// pitfall SQLite's documentation warns of): a file open here is therefore never opened again
/// outside SQLite, e.g. to read its header when a worker thread opens a second connection.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

bool isOpenHere(const QString &path)
{
    const QMutexLocker lock(&openFilesMutex);
    return openFiles.value(path) > 0;
}

void noteOpened(const QString &path)
{
    const QMutexLocker lock(&openFilesMutex);
    ++openFiles[path];
}

void noteClosed(const QString &path)
{
    const QMutexLocker lock(&openFilesMutex);
    if (--openFiles[path] <= 0)
        openFiles.remove(path);
}

/// True if the first 16 bytes are SQLite's header; an empty file counts as "not SQLite".
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

/// How long a connection waits for another program's write to finish before giving up.
/// PW_BUSY_TIMEOUT_MS overrides it (tests of two programs on one project).
int busyTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("PW_BUSY_TIMEOUT_MS", &ok);
    return ok && ms >= 0 ? ms : 5000;
}

/// SQLITE_BUSY or SQLITE_LOCKED (any extended code): another connection holds the lock.
bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

/// "Busy" for a project another program is writing to, naming that program when it can be told.
QString busyMessage(const QString &path)
{
    const QString holder = projectLockHolder(path);
    const double seconds = busyTimeoutMs() / 1000.0;
    return holder.isEmpty()
        ? QCoreApplication::translate("Project", "The project is busy: another program is changing it (waited %1 s). "
                                                  "Try again when it has finished.").arg(seconds)
        : QCoreApplication::translate("Project", "The project is busy: %1 is changing it (waited %2 s). "
                                                  "Try again when it has finished.").arg(holder).arg(seconds);
}

} // namespace

int Project::currentSchemaVersion()
{
    return int(schema::migrations().size());
}

std::unique_ptr<Project> Project::open(const QString &path, OpenMode mode, Error *error)
{
    return open(path, mode, error, OpenOptions());
}

std::unique_ptr<Project> Project::open(const QString &path, OpenMode mode, Error *error, const OpenOptions &options,
                                       QStringList *removable)
{
    Error local;
    Error &err = error ? *error : local;
    err = Error();
    err.file = path;
    if (removable)
        removable->clear();

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::OpenExisting) {
        err.message = QCoreApplication::translate("Project", "The project file does not exist");
        return nullptr;
    }
    if (exists && info.isDir()) {
        err.message = QCoreApplication::translate("Project", "This is a folder, not a project file");
        return nullptr;
    }
    if (exists && info.size() > 0 && !isOpenHere(info.absoluteFilePath()) && !hasSqliteHeader(path)) {
        err.message = QCoreApplication::translate("Project", "This file is not a Persona Workbench project (it is not an SQLite database)");
        return nullptr;
    }
    if (!exists && !info.absoluteDir().exists()) {
        err.message = QCoreApplication::translate("Project", "The folder for the project file does not exist");
        return nullptr;
    }
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!exists && !folderWritable) {
        err.message = QCoreApplication::translate("Project", "The folder of the project file is read-only (a project writes its "
                                                             "journal next to it)");
        return nullptr;
    }
    // A project in a read-only place opens read-only; so does one only read. SQLite then needs
    // no journal and cannot change the file. In a folder it cannot write to, SQLite could not
    // make the write-ahead log's index either: the file is read as immutable.
    const bool placeReadOnly = exists && (!info.isWritable() || !folderWritable);
    const bool readOnly = exists && (options.readOnly || placeReadOnly);
    if (readOnly && info.size() == 0) {
        err.message = QCoreApplication::translate("Project", "The project file is empty");
        return nullptr;
    }

    std::unique_ptr<Project> project(new Project);
    project->m_path = info.absoluteFilePath();
    project->m_readOnly = readOnly;
    project->m_connectionName = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    project->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), project->m_connectionName);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(busyTimeoutMs());
    if (readOnly) {
        project->m_db.setDatabaseName(QUrl::fromLocalFile(project->m_path).toString(QUrl::FullyEncoded)
                                      + (folderWritable ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1")));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        project->m_db.setDatabaseName(project->m_path);
    }
    project->m_db.setConnectOptions(connectOptions);
    if (!project->m_db.open()) {
        err.message = QCoreApplication::translate("Project", "The project file cannot be opened: %1").arg(project->m_db.lastError().text());
        return nullptr;
    }
    noteOpened(project->m_path);
    if (!project->initialise(!exists || info.size() == 0, options, &err, removable)) {
        if (project->m_needsUpgrade && !placeReadOnly) {
            // Only read, but an older format: its upgrade is written first, as any open does.
            project.reset();
            OpenOptions writable = options;
            writable.readOnly = false;
            return open(path, mode, error, writable, removable);
        }
        return nullptr;
    }
    return project;
}

Project::~Project()
{
    if (m_db.isValid()) {
        if (m_db.isOpen())
            noteClosed(m_path);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Project::initialise(bool isNew, const OpenOptions &options, Error *error, QStringList *removable)
{
    schema::harden(handle());
    QSqlQuery q(m_db);
    auto pragma = [&](const QString &sql) -> QVariant {
        if (!q.exec(sql))
            return QVariant();
        const QVariant value = q.next() ? q.value(0) : QVariant(0);
        q.finish(); // a statement left active would lock the tables a migration drops
        return value;
    };

    int version = 0;
    if (!isNew) {
        // Check what the file is before changing anything in it. quick_check reads every page,
        // which takes a minute on a store of millions of rows: large files get the structural
        // checks below and report damage when a damaged page is read.
        const QVariant check = QFileInfo(m_path).size() <= kQuickCheckLimit
            ? pragma(QStringLiteral("PRAGMA quick_check"))
            : pragma(QStringLiteral("SELECT 'ok' FROM sqlite_schema LIMIT 1"));
        if (!check.isValid() && isBusy(q.lastError())) {
            error->message = busyMessage(m_path);
            return false;
        }
        if (!check.isValid() || check.toString() != QLatin1String("ok")) {
            error->message = QCoreApplication::translate("Project", "The project file is damaged (SQLite reports: %1)")
                                 .arg(check.isValid() ? check.toString() : q.lastError().text());
            return false;
        }
        const int appId = pragma(QStringLiteral("PRAGMA application_id")).toInt();
        const int tables = pragma(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
        version = pragma(QStringLiteral("PRAGMA user_version")).toInt();
        if (appId != applicationId) {
            if (appId != 0 || tables > 0) {
                error->message = QCoreApplication::translate("Project", "This SQLite database is not a Persona Workbench project");
                return false;
            }
            isNew = true; // an empty database: initialise it
            if (m_readOnly) {
                error->message = QCoreApplication::translate("Project", "The project file is empty");
                return false;
            }
        } else if (version > currentSchemaVersion()) {
            error->message = QCoreApplication::translate("Project", "This project was saved by a newer version of Persona Workbench "
                                "(format %1; this version reads up to %2)")
                                 .arg(version)
                                 .arg(currentSchemaVersion());
            return false;
        } else if (version < 1) {
            error->message = QCoreApplication::translate("Project", "The project file is damaged: its format number (%1) is not "
                                                                    "one Persona Workbench has ever written")
                                 .arg(version);
            return false;
        } else if (!checkSchema(version, options.removeForeignObjects, error, removable)) {
            return false;
        }
    }
    if (isNew)
        version = 0;

    if (m_readOnly) {
        if (version < currentSchemaVersion()) {
            m_needsUpgrade = true;
            error->message = QCoreApplication::translate("Project", "This project was made by an older version of Persona "
                                                                    "Workbench and is read-only, so it cannot be upgraded: "
                                                                    "copy it to a folder you can write to");
            return false;
        }
        keepWriteAheadLog();
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
        q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
        return true;
    }

    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    keepWriteAheadLog();
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    q.exec(QStringLiteral("PRAGMA cache_size=-65536"));

    // The foreign keys are switched on after the migrations: some make a table again (a new one
    // filled from the old, the old dropped), and dropping a table with them on would first delete
    // its rows, cascading into every table that refers to it.
    if (version < currentSchemaVersion() && !migrate(version, error))
        return false;
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (isNew) {
        setSetting(QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch());
        setSetting(QStringLiteral("created_by"), QCoreApplication::applicationVersion());
    }
    return true;
}

bool Project::checkSchema(int version, bool remove, Error *error, QStringList *removable)
{
    QList<schema::Finding> findings = schema::check(handle(), version);
    if (findings.isEmpty())
        return true;
    const bool allRemovable = !m_readOnly && std::all_of(findings.cbegin(), findings.cend(), [](const schema::Finding &f) {
        return !f.dropSql.isEmpty();
    });
    if (remove && allRemovable) {
        Transaction tx(*this, QStringLiteral("remove_foreign"));
        bool ok = tx.isActive();
        QSqlQuery q(m_db);
        for (const schema::Finding &f : std::as_const(findings))
            ok = ok && q.exec(f.dropSql);
        const QString failure = ok ? QString() : (tx.isActive() ? q.lastError().text() : tx.lastError());
        if (ok && tx.commit())
            return checkSchema(version, false, error, removable);
        error->message = QCoreApplication::translate("Project", "What Persona Workbench did not create could not be removed "
                                                                "from the project: %1")
                             .arg(failure.isEmpty() ? tx.lastError() : failure);
        return false;
    }
    if (allRemovable && removable) {
        for (const schema::Finding &f : std::as_const(findings))
            removable->append(f.message);
    }
    // The first three findings name the problem; a long list of them would bury it.
    constexpr qsizetype kNamed = 3;
    QStringList named;
    for (qsizetype i = 0; i < findings.size() && i < kNamed; ++i)
        named << findings[i].message;
    QString first = named.join(QStringLiteral("; "));
    if (findings.size() > kNamed)
        first += QCoreApplication::translate("Project", "; and %1 more").arg(findings.size() - kNamed);
    error->message = QCoreApplication::translate("Project", "%1; it was not opened").arg(first);
    return false;
}

sqlite3 *Project::handle() const
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

void Project::keepWriteAheadLog()
{
    // POSIX drops every lock a process holds on a file when it closes any descriptor of that
    // file, and a file dialog (or anything reading the file to guess its type) does just that
    // while the window has the project open. Another program then takes itself for the last
    // one, and on closing would delete the write-ahead log and its index under the window, which
    // goes on in files no other program sees. Kept, they stay shared; on closing the log is still
    // checkpointed into the project and truncated (journal_size_limit), so the .personas file
    // alone is the whole project.
    if (sqlite3 *db = handle()) {
        int keep = 1;
        sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &keep);
    }
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_size_limit=67108864"));
}

bool Project::migrate(int fromVersion, Error *error)
{
    Transaction tx(*this, QStringLiteral("migrate"));
    if (!tx.isActive()) {
        error->message = QCoreApplication::translate("Project", "The project file cannot be written: %1").arg(tx.lastError());
        return false;
    }
    const auto &steps = schema::migrations();
    QSqlQuery q(m_db);
    for (int v = fromVersion; v < steps.size(); ++v) {
        for (const QString &sql : steps[v]) {
            if (!q.exec(sql)) {
                error->message = QCoreApplication::translate("Project", "The project could not be upgraded to format %1: %2")
                                     .arg(v + 1)
                                     .arg(q.lastError().text());
                return false;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId))
        || !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(steps.size()))) {
        error->message = QCoreApplication::translate("Project", "The project file cannot be written: %1").arg(q.lastError().text());
        return false;
    }
    if (!tx.commit()) {
        error->message = QCoreApplication::translate("Project", "The project file cannot be written: %1").arg(tx.lastError());
        return false;
    }
    return true;
}

int Project::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QVariant Project::setting(const QString &key, const QVariant &fallback) const
{
    const QVariant v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v.isValid() ? v : fallback;
}

bool Project::setSetting(const QString &key, const QVariant &value, Error *error)
{
    Transaction tx(*this, QStringLiteral("setting"));
    Error failure;
    const qint64 revision = tx.isActive() ? nextRevision(&failure) : 0;
    if (!tx.isActive())
        failure.message = tx.lastError();
    if (revision > 0
        && exec(QStringLiteral("INSERT INTO meta(key, value, revision) VALUES(?, ?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value, revision = excluded.revision"),
                {key, value, revision}, &failure)
        && tx.commit())
        return true;
    if (error)
        error->message = failure.isSet() ? failure.message : tx.lastError();
    return false;
}

qint64 Project::settingRevision(const QString &key) const
{
    return scalar(QStringLiteral("SELECT revision FROM meta WHERE key = ?"), {key}).toLongLong();
}

WriteStatus Project::setSettingUnchanged(const QString &key, const QVariant &value, qint64 baseRevision, Error *error,
                                         qint64 *revision)
{
    Transaction tx(*this, QStringLiteral("setting"));
    if (!tx.isActive()) {
        if (error)
            error->message = tx.lastError();
        return WriteStatus::Failed;
    }
    if (settingRevision(key) != baseRevision) {
        if (error)
            error->message = QCoreApplication::translate("Project", "Another program changed this setting since it was read");
        return WriteStatus::Conflict;
    }
    const bool ok = value.isValid() ? setSetting(key, value, error)
                                    : exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {key}, error);
    if (!ok)
        return WriteStatus::Failed;
    const qint64 written = settingRevision(key);
    if (!tx.commit()) {
        if (error)
            error->message = tx.lastError();
        return WriteStatus::Failed;
    }
    if (revision)
        *revision = written;
    return WriteStatus::Written;
}

qint64 Project::nextRevision(Error *error)
{
    // The counter is a setting of its own; its row's revision column is not used.
    if (!exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('revision', 1) "
                             "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"),
              {}, error))
        return 0;
    return scalar(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision'")).toLongLong();
}

bool Project::changedElsewhere()
{
    const qint64 version = scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

bool Project::exec(const QString &sql, const QVariantList &values, Error *error)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        if (error)
            error->message = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            error->message = q.lastError().text();
        return false;
    }
    return true;
}

QVariant Project::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return QVariant();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

// ---------------------------------------------------------------------------------------------

// The outermost Transaction is BEGIN IMMEDIATE ... COMMIT, with m_name left empty: it takes the
// write lock at once, waiting up to the busy timeout for another program's write to end. A
// SAVEPOINT would start a deferred transaction whose first read and later write fail at once as
// busy (SQLite does not wait when a reader upgrades). Nested ones are named SAVEPOINTs.
Transaction::Transaction(Project &project, const QString &name)
    : m_project(project)
{
    QSqlQuery q(m_project.db());
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
        return;
    }
    if (isBusy(q.lastError())) {
        m_error = busyMessage(m_project.path());
        return;
    }
    m_name = QStringLiteral("pw_") + name; // already inside a transaction
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + quoteIdentifier(m_name));
    if (!m_active)
        m_error = q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_project.db());
    if (!q.exec(m_name.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + quoteIdentifier(m_name))) {
        m_error = isBusy(q.lastError()) ? busyMessage(m_project.path()) : q.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_project.db());
    if (m_name.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + quoteIdentifier(m_name));
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + quoteIdentifier(m_name));
    }
    m_active = false;
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace pw
