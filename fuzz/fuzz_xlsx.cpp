// SPDX-License-Identifier: GPL-3.0-or-later
// XlsxReader on the input written as a workbook file, then the import preview of it.
#include "entrypoints.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::check(pw::fuzz::feedXlsx(pw::fuzz::writeInput(data, size, ".xlsx")));
    return 0;
}
