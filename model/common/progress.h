// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace pw {

/// Progress and cancel for long work. The engine and the importers call report() now and then;
/// it returns false when the user asked to cancel, and the work then stops and rolls back.
/// Implementations must be cheap and thread-safe: report() is called from worker threads.
class Progress
{
public:
    virtual ~Progress() = default;
    /// `done` of `total` units (total 0 = unknown) in the named stage. Returns false to cancel.
    virtual bool report(qint64 done, qint64 total, const QString &stage = QString()) = 0;
};

/// A Progress that never cancels and reports nowhere.
class NullProgress final : public Progress
{
public:
    bool report(qint64, qint64, const QString &) override { return true; }
};

/// A Progress that forwards to a callable; a cancel flag may be set from any thread.
class CallbackProgress final : public Progress
{
public:
    using Callback = std::function<void(qint64 done, qint64 total, const QString &stage)>;
    explicit CallbackProgress(Callback callback = {}) : m_callback(std::move(callback)) {}
    bool report(qint64 done, qint64 total, const QString &stage) override
    {
        if (m_callback)
            m_callback(done, total, stage);
        return !m_canceled.load(std::memory_order_relaxed);
    }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

private:
    Callback m_callback;
    std::atomic<bool> m_canceled{false};
};

} // namespace pw
