// SPDX-License-Identifier: GPL-3.0-or-later
// Project::open on the input written as a project file, or on a real project the input edits.
#include "entrypoints.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // An input that is an SQLite file is opened as it is; any other is a script of edits of a
    // real project (feedProjectEdits): bytes alone are mostly refused as "not a database".
    pw::fuzz::check(pw::fuzz::feedFile(QStringLiteral("project"), pw::fuzz::writeInput(data, size, ".personas")));
    return 0;
}
