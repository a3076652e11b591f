// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

/// Which other program holds the write lock of the SQLite database at `path`, e.g.
/// "persona-cli (process 1234)", or an empty string when that cannot be told (not Linux, no
/// writer, or the writer is this process). Read from /proc/locks: SQLite's write lock is a POSIX
/// lock on byte 120 of the `-shm` file (WAL) or on the reserved byte of the database (rollback
/// journal). Nothing is opened, so none of this process's own SQLite locks can be disturbed.
QString projectLockHolder(const QString &path);

} // namespace pw
