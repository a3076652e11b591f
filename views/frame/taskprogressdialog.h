// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QElapsedTimer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pw {

/// The window-modal progress of one background task (see runInBackground): a label, the stage,
/// a bar and Cancel. Unlike QProgressDialog it has no timer of its own, never shows itself and
/// never spins an event loop: whoever owns it decides when it appears, and deleting it ends it.
/// Cancel, Esc and the close button ask to cancel (canceled()); the dialog stays until the task
/// stops, saying that it is stopping.
class TaskProgressDialog : public QDialog
{
    Q_OBJECT

public:
    TaskProgressDialog(const QString &label, QWidget *parent = nullptr);

    /// `done` of `total` (total 0: unknown, a busy bar) in `stage` (may be empty). Once a stage
    /// has run a few seconds and measurably moved, the time it has left is estimated from its pace
    /// so far and shown under it ("About 40 seconds left in this step").
    void setProgress(qint64 done, qint64 total, const QString &stage);
    /// setProgress() at `nowMs` on the dialog's own clock (for the tests).
    void setProgressAt(qint64 done, qint64 total, const QString &stage, qint64 nowMs);
    bool wasCanceled() const { return m_canceled; }

    /// The seconds a stage has left at its pace so far: `elapsedMs` since it began at `startDone`,
    /// now at `done` of `total`. None until it has run 3 s and done 2 % of what it had left.
    static std::optional<qint64> secondsLeft(qint64 elapsedMs, qint64 startDone, qint64 done, qint64 total);
    /// "About 40 seconds left in this step", "About 3 minutes left in this step", in the user's language.
    static QString timeLeftText(qint64 seconds);

Q_SIGNALS:
    void canceled();

public Q_SLOTS:
    /// Esc and the close button: ask to cancel, stay open until the task stops.
    void reject() override;

private:
    QString m_text;
    QLabel *m_label;
    QLabel *m_stage;
    QLabel *m_timeLeft;
    QString m_stageName;        ///< the stage being timed
    qint64 m_stageStartMs = 0;  ///< when it began, on m_clock
    qint64 m_stageStartDone = 0;
    QElapsedTimer m_clock;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_canceled = false;
};

} // namespace pw
