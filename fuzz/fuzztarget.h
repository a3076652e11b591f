// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

/// What every libFuzzer target of fuzz/ shares: a QCoreApplication made once (in
/// LLVMFuzzerInitialize, fuzztarget.cpp), the input as bytes or as a file, and the failure of
/// an invariant as a crash libFuzzer records.
namespace pw::fuzz {

QByteArray bytes(const uint8_t *data, size_t size);
/// Writes the input to this process's scratch file (name ending in `suffix`), removing what an
/// earlier input left beside it (SQLite's -wal, -shm and -journal files), and returns its path.
QString writeInput(const uint8_t *data, size_t size, const char *suffix);
/// Aborts with `problem` on standard error unless it is empty.
void check(const QString &problem);

} // namespace pw::fuzz
