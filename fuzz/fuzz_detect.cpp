// SPDX-License-Identifier: GPL-3.0-or-later
// Encoding guess, delimiter sniffing, format detection and the import preview on the input as a file.
#include "entrypoints.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::check(pw::fuzz::feedDetect(pw::fuzz::writeInput(data, size, ".csv")));
    return 0;
}
