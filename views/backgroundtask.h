// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

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

/// Runs `work` on a worker thread with a window-modal progress dialog whose Cancel button
/// cancels it through the Progress it is given; then calls `done` on the GUI thread with the
/// result and whether the user canceled. `work` must not touch widgets or the GUI's Project.
template <typename Result>
void runInBackground(QWidget *parent, const QString &label, std::function<Result(Progress &)> work,
                     std::function<void(const Result &, bool canceled)> done)
{
    auto state = std::make_shared<BackgroundState>();
    auto *dialog = new QProgressDialog(label, QCoreApplication::translate("BackgroundTask", "Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    auto *watcher = new QFutureWatcher<Result>(dialog);
    auto *timer = new QTimer(dialog);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [state] { state->progress().cancel(); });
    QObject::connect(timer, &QTimer::timeout, dialog, [dialog, state, label] {
        const qint64 total = state->total();
        if (total > 0) {
            // QProgressDialog counts in int: scale large totals down.
            const int scaled = int(qMin<qint64>(total, 1000000));
            dialog->setMaximum(scaled);
            dialog->setValue(int(state->done() * scaled / total));
        }
        const QString stage = state->stage();
        dialog->setLabelText(stage.isEmpty() ? label : label + QLatin1Char('\n') + stage);
    });
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, dialog, [dialog, watcher, state, done] {
        const Result result = watcher->result();
        const bool canceled = state->progress().isCanceled();
        dialog->hide();
        dialog->deleteLater();
        done(result, canceled);
    });
    watcher->setFuture(QtConcurrent::run([state, work] { return work(state->progress()); }));
    timer->start(100);
}

} // namespace pw
