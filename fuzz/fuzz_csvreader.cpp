// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader and ByteCsvReader on the input, compared; the value parsers and both orders mappers.
#include "entrypoints.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::check(pw::fuzz::feedCsv(pw::fuzz::bytes(data, size)));
    return 0;
}
