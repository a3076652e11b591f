// SPDX-License-Identifier: GPL-3.0-or-later
// Project::open on the input written as a project file (an SQLite database, or not).
#include "entrypoints.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::check(pw::fuzz::feedProject(pw::fuzz::writeInput(data, size, ".personas")));
    return 0;
}
