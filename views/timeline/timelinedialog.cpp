// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedialog.h"

#include "timelinesource.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace pw {

TimelineDialog::TimelineDialog(const QDate &first, const QDate &last, QWidget *parent)
    : QDialog(parent), m_every(new QComboBox), m_from(new QDateEdit(first)), m_to(new QDateEdit(last)),
      m_kMin(new QSpinBox), m_kMax(new QSpinBox), m_count(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("TimelineDialog"));
    setWindowTitle(tr("Make Timeline"));
    m_every->setObjectName(QStringLiteral("timelineEvery"));
    m_every->addItem(tr("Every month"), int(TimelinePeriod::Month));
    m_every->addItem(tr("Every quarter"), int(TimelinePeriod::Quarter));
    // Quarters by default over more than two years of data: fewer runs, each with more to say.
    m_every->setCurrentIndex(first.isValid() && last.isValid() && first.daysTo(last) > 730 ? 1 : 0);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(first, last);
    }
    m_from->setObjectName(QStringLiteral("timelineFrom"));
    m_to->setObjectName(QStringLiteral("timelineTo"));
    m_from->setDate(first);
    m_to->setDate(last);
    m_kMin->setObjectName(QStringLiteral("timelineKMin"));
    m_kMax->setObjectName(QStringLiteral("timelineKMax"));
    m_kMin->setRange(2, 8);
    m_kMax->setRange(2, 8);
    m_kMin->setValue(3);
    m_kMax->setValue(4);
    connect(m_kMin, &QSpinBox::valueChanged, this, [this](int v) { m_kMax->setValue(std::max(v, m_kMax->value())); });
    connect(m_kMax, &QSpinBox::valueChanged, this, [this](int v) { m_kMin->setValue(std::min(v, m_kMin->value())); });
    m_count->setObjectName(QStringLiteral("timelineRunCount"));
    m_count->setWordWrap(true);

    auto *intro = new QLabel(tr("The data is segmented as it stood at the end of every month or quarter, each run "
                                "matched to the personas of the one before, so that you can see how the personas "
                                "changed and where their people went. The data runs from %1 to %2.")
                                 .arg(TimelineSource::isoDate(first), TimelineSource::isoDate(last)));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Runs:"), m_every);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *k = new QHBoxLayout;
    k->addWidget(m_kMin);
    k->addWidget(new QLabel(tr("and")));
    k->addWidget(m_kMax);
    k->addStretch();
    auto *kLabel = new QLabel(tr("&Personas per run, between:"));
    kLabel->setBuddy(m_kMin);
    form->addRow(kLabel, k);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Timeline"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_every, &QComboBox::currentIndexChanged, this, &TimelineDialog::update);
    connect(m_from, &QDateEdit::dateChanged, this, &TimelineDialog::update);
    connect(m_to, &QDateEdit::dateChanged, this, &TimelineDialog::update);
    update();
    resize(480, sizeHint().height());
}

TimelinePeriod TimelineDialog::every() const
{
    return TimelinePeriod(m_every->currentData().toInt());
}

QDate TimelineDialog::from() const
{
    return m_from->date();
}

QDate TimelineDialog::to() const
{
    return m_to->date();
}

QList<QDate> TimelineDialog::ends() const
{
    return periodEnds(every(), from(), to());
}

int TimelineDialog::kMin() const
{
    return m_kMin->value();
}

int TimelineDialog::kMax() const
{
    return m_kMax->value();
}

void TimelineDialog::update()
{
    const QList<QDate> dates = ends();
    if (from() > to())
        m_count->setText(tr("The first day is after the last one."));
    else if (dates.isEmpty())
        m_count->setText(every() == TimelinePeriod::Month ? tr("No month ends between these dates: choose a longer period.")
                                                          : tr("No quarter ends between these dates: choose a longer period."));
    else if (dates.size() == 1)
        m_count->setText(tr("One run, as of %1. A timeline of two runs or more shows movement.")
                             .arg(TimelineSource::isoDate(dates.first())));
    else
        m_count->setText(tr("%1 runs, as of %2 to %3. Each takes about as long as Propose Personas.")
                             .arg(QLocale().toString(dates.size()), TimelineSource::isoDate(dates.first()),
                                  TimelineSource::isoDate(dates.last())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!dates.isEmpty());
}

} // namespace pw
