// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QSaveFile>

#include <cerrno>

namespace pw {

namespace {

/// The device's own reason when it has one, else the system's for `code`.
QString reason(const QSaveFile &file, int code)
{
    if (file.error() != QFileDevice::NoError && file.errorString() != QLatin1String("Unknown error"))
        return file.errorString();
    return code != 0 ? qt_error_string(code) : file.errorString();
}

} // namespace

bool commitWholeFile(QSaveFile &file, QString *problem)
{
    errno = 0;
    // A failed write is remembered by QSaveFile but its reason is not: flushing again tells it.
    const bool flushed = file.flush();
    const int flushCode = errno;
    const QString flushReason = flushed ? QString() : reason(file, flushCode);
    errno = 0;
    if (file.commit() && flushed)
        return true;
    if (problem)
        *problem = flushed ? reason(file, errno) : flushReason;
    file.cancelWriting();
    return false;
}

bool writeWholeFile(const QString &path, const QByteArray &bytes, QString *problem)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        if (problem)
            *problem = reason(file, errno);
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        if (problem)
            *problem = reason(file, errno);
        file.cancelWriting();
        return false;
    }
    return commitWholeFile(file, problem);
}

} // namespace pw
