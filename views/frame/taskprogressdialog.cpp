// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskprogressdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw {

TaskProgressDialog::TaskProgressDialog(const QString &label, QWidget *parent)
    : QDialog(parent), m_text(label), m_label(new QLabel(label)), m_stage(new QLabel), m_bar(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("taskProgressDialog"));
    setWindowTitle(label);
    setWindowModality(Qt::WindowModal);
    m_stage->setObjectName(QStringLiteral("taskStage"));
    m_stage->setWordWrap(true);
    m_bar->setRange(0, 0);
    m_bar->setMinimumWidth(320);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgressDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
}

void TaskProgressDialog::setProgress(qint64 done, qint64 total, const QString &stage)
{
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
