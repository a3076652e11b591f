// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace {

/// Qt's debug and warning messages would drown libFuzzer's output; critical ones are kept.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

QString scratchDir()
{
    static const QString dir = [] {
        const QString path = QDir::temp().filePath(QStringLiteral("pw-fuzz-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(path);
        return path;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    // Never destroyed: libFuzzer exits from inside its loop, after Qt's own statics are gone.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app)
    return 0;
}

namespace pw::fuzz {

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString writeInput(const uint8_t *data, size_t size, const char *suffix)
{
    const QString path = QDir(scratchDir()).filePath(QStringLiteral("input") + QLatin1String(suffix));
    for (const char *extra : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(extra));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write the fuzz input to %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

void check(const QString &problem)
{
    if (problem.isEmpty())
        return;
    std::fprintf(stderr, "invariant broken: %s\n", qPrintable(problem));
    std::abort();
}

} // namespace pw::fuzz
