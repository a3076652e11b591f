// SPDX-License-Identifier: GPL-3.0-or-later
// Template JSON import (PersonaTemplate::fromJson) and the round trip of what it accepts.
#include "entrypoints.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::check(pw::fuzz::feedTemplate(pw::fuzz::bytes(data, size)));
    return 0;
}
