// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/freedmemory.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <memory>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#endif

namespace pw {
namespace {

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
/// Bytes held by the allocator, free or not (heap and mapped blocks).
size_t heldBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return info.arena + info.hblkhd;
}

/// Allocates and touches `bytes`, then frees them.
void allocateAndFree(size_t bytes)
{
    auto *block = static_cast<char *>(std::malloc(bytes));
    ASSERT_NE(block, nullptr);
    std::memset(block, 1, bytes);
    asm volatile("" : : "r"(block) : "memory"); // the block is used: no compiler may leave it out
    std::free(block);
}
#endif

TEST(KeepFreedMemory, AFreedLargeBlockStaysForTheNextAllocationUntilTheLastHolderEnds)
{
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "glibc's own allocator is tuned (not another C library's, nor a sanitizer's)";
#else
    constexpr size_t big = size_t(96) << 20; // beyond glibc's largest mmap threshold (32 MB)
    malloc_trim(0);
    const size_t before = heldBytes();
    // Without a holder, a block this large is mapped and unmapped: nothing stays.
    allocateAndFree(big);
    EXPECT_LT(heldBytes(), before + big / 2);
    {
        auto outer = std::make_unique<KeepFreedMemory>();
        allocateAndFree(big);
        EXPECT_GE(heldBytes(), before + big) << "the freed block is kept";
        {
            const KeepFreedMemory inner;
        }
        EXPECT_GE(heldBytes(), before + big) << "an inner holder's end does not give it back";
        outer.reset();
        EXPECT_LT(heldBytes(), before + big / 2) << "the last holder's end gives it back";
    }
#endif
}

} // namespace
} // namespace pw
