// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

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

    /// `done` of `total` (total 0: unknown, a busy bar) in `stage` (may be empty).
    void setProgress(qint64 done, qint64 total, const QString &stage);
    bool wasCanceled() const { return m_canceled; }

Q_SIGNALS:
    void canceled();

public Q_SLOTS:
    /// Esc and the close button: ask to cancel, stay open until the task stops.
    void reject() override;

private:
    QString m_text;
    QLabel *m_label;
    QLabel *m_stage;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_canceled = false;
};

} // namespace pw
