// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace pw {

/// Rows are processed in blocks of this many; the partition never depends on the number of
/// threads, so per-block partial results combined in block order give the same answer on any
/// machine.
inline constexpr qsizetype kRowBlock = 4096;

/// The number of blocks of kRowBlock rows covering `n` rows.
inline qsizetype blockCount(qsizetype n)
{
    return (n + kRowBlock - 1) / kRowBlock;
}

/// The number of worker threads to use: `requested` if positive, else the machine's.
inline int threadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

/// Calls `fn(block)` for every block index in [0, blocks) on up to `threads` threads (the caller's
/// included). Blocks are handed out dynamically; `fn` must only write to its own block's outputs.
template<typename Fn>
void forEachBlock(qsizetype blocks, int threads, Fn &&fn)
{
    const int workers = int(std::min<qsizetype>(std::max(1, threads), blocks));
    if (workers <= 1) {
        for (qsizetype b = 0; b < blocks; ++b)
            fn(b);
        return;
    }
    std::atomic<qsizetype> next {0};
    auto loop = [&]() {
        for (qsizetype b = next.fetch_add(1); b < blocks; b = next.fetch_add(1))
            fn(b);
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(workers - 1));
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(loop);
    loop();
    for (std::thread &t : pool)
        t.join();
}

} // namespace pw
