// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace pw {

/// Personas › Make Timeline: every month or quarter, and the dates it covers (within the data's
/// first and last dates); says how many runs that makes before anything is run.
class TimelineDialog : public QDialog
{
    Q_OBJECT

public:
    TimelineDialog(const QDate &first, const QDate &last, QWidget *parent = nullptr);

    TimelinePeriod every() const;
    QDate from() const;
    QDate to() const;
    /// The as-of dates of the runs the choice makes (periodEnds()).
    QList<QDate> ends() const;
    /// The number of personas each run chooses between (the data chooses).
    int kMin() const;
    int kMax() const;

private:
    void update();

    QComboBox *m_every;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_kMin;
    QSpinBox *m_kMax;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace pw
