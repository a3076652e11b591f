// SPDX-License-Identifier: GPL-3.0-or-later
#include "freedmemory.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pw {

namespace {

std::mutex holdersMutex;
int holders = 0;

} // namespace

KeepFreedMemory::KeepFreedMemory()
{
    const std::lock_guard lock(holdersMutex);
    if (holders++ > 0)
        return;
#if defined(__GLIBC__)
    // Blocks up to 1 GiB from the heap, and no trimming of its free top.
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

KeepFreedMemory::~KeepFreedMemory()
{
    const std::lock_guard lock(holdersMutex);
    if (--holders > 0)
        return;
#if defined(__GLIBC__)
    // glibc's initial settings (the threshold no longer adapts, as after any mallopt()).
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
    malloc_trim(0);
#endif
}

} // namespace pw
