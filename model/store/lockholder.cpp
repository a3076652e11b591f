// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockholder.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

#ifdef Q_OS_LINUX
#include <sys/stat.h> // the file's inode, as /proc/locks names it
#endif

namespace pw {

namespace {

#ifdef Q_OS_LINUX

constexpr qint64 kWalWriteLockByte = 120;             // UNIX_SHM_BASE + WAL_WRITE_LOCK
constexpr qint64 kReservedByte = 0x40000000LL + 1;    // PENDING_BYTE + 1

/// The process holding a write lock on byte `offset` of `file`, or 0.
qint64 writeLockOwner(const QString &file, qint64 offset)
{
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 120 120"
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
    const qint64 self = QCoreApplication::applicationPid();
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f.at(1) != "POSIX" || f.at(3) != "WRITE" || !f.at(5).endsWith(inode))
            continue;
        const qint64 pid = f.at(4).toLongLong();
        const qint64 start = f.at(6).toLongLong();
        const qint64 end = f.at(7) == "EOF" ? std::numeric_limits<qint64>::max() : f.at(7).toLongLong();
        if (pid > 0 && pid != self && start <= offset && offset <= end)
            return pid;
    }
    return 0;
}

/// The name of the program running as process `pid`, or an empty string.
QString programName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed()) : QString();
}

#else
// Other systems have no /proc/locks: the busy message then names no program.
qint64 writeLockOwner(const QString &, qint64)
{
    return 0;
}

QString programName(qint64)
{
    return QString();
}
#endif

} // namespace

QString projectLockHolder(const QString &path)
{
    qint64 pid = writeLockOwner(path + QStringLiteral("-shm"), kWalWriteLockByte);
    if (pid == 0)
        pid = writeLockOwner(path, kReservedByte);
    if (pid == 0)
        return QString();
    const QString name = programName(pid);
    return name.isEmpty() ? QCoreApplication::translate("Project", "process %1").arg(pid)
                          : QCoreApplication::translate("Project", "%1 (process %2)").arg(name).arg(pid);
}

} // namespace pw
