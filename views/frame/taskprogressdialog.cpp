// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskprogressdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw {

TaskProgressDialog::TaskProgressDialog(const QString &label, QWidget *parent)
    : QDialog(parent), m_text(label), m_label(new QLabel(label)), m_stage(new QLabel), m_timeLeft(new QLabel),
      m_bar(new QProgressBar), m_cancel(new QPushButton(tr("Cancel")))
{
    m_clock.start();
    setObjectName(QStringLiteral("taskProgressDialog"));
    setWindowTitle(label);
    setWindowModality(Qt::WindowModal);
    m_stage->setObjectName(QStringLiteral("taskStage"));
    m_stage->setWordWrap(true);
    m_timeLeft->setObjectName(QStringLiteral("taskTimeLeft"));
    m_bar->setRange(0, 0);
    m_bar->setMinimumWidth(320);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgressDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_timeLeft);
    layout->addWidget(buttons);
}

void TaskProgressDialog::setProgress(qint64 done, qint64 total, const QString &stage)
{
    setProgressAt(done, total, stage, m_clock.elapsed());
}

std::optional<qint64> TaskProgressDialog::secondsLeft(qint64 elapsedMs, qint64 startDone, qint64 done, qint64 total)
{
    constexpr qint64 kMinimumMs = 3000;
    const qint64 moved = done - startDone;
    if (total <= 0 || elapsedMs < kMinimumMs || moved <= 0 || done >= total
        || moved * 50 < total - startDone) // under 2 % of the stage: too early to tell its pace
        return std::nullopt;
    return (elapsedMs * (total - done) / moved + 999) / 1000;
}

QString TaskProgressDialog::timeLeftText(qint64 seconds)
{
    if (seconds < 5)
        return tr("A few seconds left in this step");
    if (seconds < 60)
        return tr("About %n seconds left in this step", nullptr, int((seconds + 4) / 5 * 5));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 2)
        return tr("About a minute left in this step");
    if (minutes < 60)
        return tr("About %n minutes left in this step", nullptr, int(minutes));
    const qint64 hours = (seconds + 1800) / 3600;
    if (hours < 2)
        return tr("About an hour left in this step");
    return tr("About %n hours left in this step", nullptr, int(hours));
}

void TaskProgressDialog::setProgressAt(qint64 done, qint64 total, const QString &stage, qint64 nowMs)
{
    // A new stage, or one that started over, is timed from here.
    if (stage != m_stageName || done < m_stageStartDone) {
        m_stageName = stage;
        m_stageStartMs = nowMs;
        m_stageStartDone = done;
    }
    const std::optional<qint64> left = secondsLeft(nowMs - m_stageStartMs, m_stageStartDone, done, total);
    m_timeLeft->setText(left && !m_canceled ? timeLeftText(*left) : QString());

    if (total > 0) {
        // QProgressBar counts in int: scale large totals down.
        const int scaled = int(qMin<qint64>(total, 1000000));
        m_bar->setRange(0, scaled);
        m_bar->setValue(int(qBound<qint64>(0, done, total) * scaled / total));
    } else {
        m_bar->setRange(0, 0);
    }
    if (!m_canceled)
        m_stage->setText(stage);
}

void TaskProgressDialog::reject()
{
    if (m_canceled)
        return;
    m_canceled = true;
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Stopping…"));
    Q_EMIT canceled();
}

} // namespace pw
