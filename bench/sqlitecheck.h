// SPDX-License-Identifier: GPL-3.0-or-later
// For the benchmark programs that write through SQLite's C API: a failed call prints SQLite's
// message after `what` and returns false.
#pragma once

#include <sqlite3.h>

#include <cstdio>

namespace pw::bench {

inline bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

/// Runs `sql` (statements without results).
inline bool exec(sqlite3 *db, const char *sql)
{
    return check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

} // namespace pw::bench
