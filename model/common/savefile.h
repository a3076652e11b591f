// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace pw {

/// Writes `bytes` to `path` through QSaveFile: the whole file or, on failure, nothing (an older
/// file of that name is left as it was). On failure returns false and sets `problem` to the
/// system's reason ("File too large", "No space left on device", "Permission denied").
bool writeWholeFile(const QString &path, const QByteArray &bytes, QString *problem);

/// Commits `file` (opened and written by the caller). On failure returns false and sets
/// `problem` to the reason of the first thing that failed: QSaveFile alone says "Unknown error"
/// for a write that failed before the commit.
bool commitWholeFile(QSaveFile &file, QString *problem);

} // namespace pw
