// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pw {

/// While one lives, the C library keeps the memory the program frees for its next allocations
/// instead of giving it back to the system; when the last one ends, what is free is given back.
///
/// For work that makes the same large allocations again and again, as the runs of a timeline do
/// (a feature matrix, the people's activity, the clustering's buffers, each tens to hundreds of
/// megabytes at a million people): glibc serves every block over its mmap threshold (at most
/// 32 MB) with fresh pages from the system, which the kernel faults in and zeroes one by one, and
/// unmaps it on free. On a monthly timeline of 1M people that was a quarter of the time. Other
/// C libraries: no effect.
class KeepFreedMemory
{
public:
    KeepFreedMemory();
    ~KeepFreedMemory();
    KeepFreedMemory(const KeepFreedMemory &) = delete;
    KeepFreedMemory &operator=(const KeepFreedMemory &) = delete;
};

} // namespace pw
