// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"
#include "taskprogressdialog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

namespace pw {

/// The progress of one background task, shared by the worker (which reports) and the dialog
/// (which polls it on the GUI thread and cancels it).
class BackgroundState
{
public:
    BackgroundState()
        : m_progress([this](qint64 done, qint64 total, const QString &stage) {
              m_done.store(done, std::memory_order_relaxed);
              m_total.store(total, std::memory_order_relaxed);
              if (!stage.isEmpty()) {
                  QMutexLocker lock(&m_mutex);
                  m_stage = stage;
              }
          })
    {
    }
    CallbackProgress &progress() { return m_progress; }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }
    QString stage() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stage;
    }

private:
    CallbackProgress m_progress;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    mutable QMutex m_mutex;
    QString m_stage;
};

/// The threads that run the window's long work (imports, proposals, funnels, counts). Not Qt's
/// global pool: Qt's own painting borrows threads from that one and waits for them, so long work
/// there left the window unpainted until it ended (a million-people project opened to a blank
/// window for seconds). Owned by the application, which waits for its work when it ends.
inline QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

/// Runs `work` on a worker thread with a window-modal progress dialog (shown only if the work
/// takes longer than a moment) whose Cancel button cancels it through the Progress it is given;
/// then calls `done` on the GUI thread with the result and whether the user canceled.
/// The dialog and its timer are destroyed before `done` runs, so no message box that `done`
/// opens can have a progress dialog come back over it. `done` is not called if `parent` is
/// destroyed first. `work` must not touch widgets or the GUI's Project.
template <typename Result>
void runInBackground(QWidget *parent, const QString &label, std::function<Result(Progress &)> work,
                     std::function<void(const Result &, bool canceled)> done)
{
    constexpr int showAfterMs = 400;
    auto state = std::make_shared<BackgroundState>();
    auto *dialog = new TaskProgressDialog(label, parent);
    // The watcher and the timer die with the dialog (and so with `parent`); the watcher is
    // taken out of it when the work ends.
    auto *watcher = new QFutureWatcher<Result>(dialog);
    auto *timer = new QTimer(dialog);
    QElapsedTimer started;
    started.start();
    QObject::connect(dialog, &TaskProgressDialog::canceled, dialog, [state] { state->progress().cancel(); });
    QObject::connect(timer, &QTimer::timeout, dialog, [dialog, state, started] {
        dialog->setProgress(state->done(), state->total(), state->stage());
        if (!dialog->isVisible() && started.elapsed() >= showAfterMs)
            dialog->show();
    });
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, dialog, [dialog, watcher, state, done] {
        const Result result = watcher->result();
        const bool canceled = state->progress().isCanceled();
        // Gone, not hidden: the dialog never runs an event loop of its own, so it is not on the
        // stack here and can be deleted at once, with its timer.
        const auto finish = done;
        watcher->setParent(nullptr);
        watcher->deleteLater();
        delete dialog;
        finish(result, canceled);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [state, work] { return work(state->progress()); }));
    timer->start(100);
}

} // namespace pw
