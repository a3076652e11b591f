// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkloadsettings.h"

#include "store/project.h"

#include <QSqlQuery>
#include <QVariant>

namespace pw {

namespace {

QString pragma(Project &project, const QString &sql)
{
    QSqlQuery q(project.db());
    if (!q.exec(sql) || !q.next())
        return QString();
    return q.value(0).toString();
}

} // namespace

BulkLoadSettings::BulkLoadSettings(Project &project, bool bulk) : m_project(project)
{
    m_foreignKeys = pragma(project, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1");
    if (m_foreignKeys)
        QSqlQuery(project.db()).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // The index sorts at the end of a bulk load spill their runs to temporary files, not to memory
    // (the project's temp_store): in memory every run was malloc'd and faulted in, which took
    // twice as long and added the runs' size to the import's peak. Set outside the transaction,
    // where SQLite allows it.
    if (bulk && pragma(project, QStringLiteral("PRAGMA temp_store")) == QLatin1String("2")) {
        QSqlQuery(project.db()).exec(QStringLiteral("PRAGMA temp_store = FILE"));
        m_tempInMemory = true;
    }
    if (bulk && pragma(project, QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal")) {
        // With another connection open (the GUI's) the switch fails as busy: at once, not after
        // the busy timeout.
        const QString timeout = pragma(project, QStringLiteral("PRAGMA busy_timeout"));
        QSqlQuery(project.db()).exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        m_rollbackJournal = pragma(project, QStringLiteral("PRAGMA journal_mode = DELETE")) == QLatin1String("delete");
        QSqlQuery(project.db()).exec(QStringLiteral("PRAGMA busy_timeout = ") + QString::number(timeout.toInt()));
    }
}

BulkLoadSettings::~BulkLoadSettings()
{
    if (m_tempInMemory)
        QSqlQuery(m_project.db()).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (m_rollbackJournal)
        pragma(m_project, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (m_foreignKeys)
        QSqlQuery(m_project.db()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace pw
