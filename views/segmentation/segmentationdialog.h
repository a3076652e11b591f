// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/features.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace pw {

/// Personas › Propose Personas: how many personas (chosen by the data within a range, or a fixed
/// number) and which behavioural features to cluster on, with their weights.
class SegmentationDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts from the project's saved feature settings. `first` and `last` are the data's dates
    /// (invalid without dated data: no as-of choice).
    SegmentationDialog(const FeatureSettings &settings, QWidget *parent = nullptr, const QDate &first = QDate(),
        const QDate &last = QDate());

    /// 0 for automatic.
    int k() const;
    int kMin() const;
    int kMax() const;
    /// The features switched off and the weights, as set in the dialog.
    FeatureSettings featureSettings() const;
    /// The day to segment the data as of, if the user chose one.
    std::optional<QDate> asOf() const;

    /// For tests: switch the automatic choice and the fixed number.
    void setFixedK(int k);
    /// For tests: choose an as-of day (invalid: all the data).
    void setAsOf(const QDate &day);

private:
    QRadioButton *m_auto;
    QRadioButton *m_fixed;
    QSpinBox *m_kMin;
    QSpinBox *m_kMax;
    QSpinBox *m_k;
    QTableWidget *m_features;
    QCheckBox *m_asOfChoice;
    QDateEdit *m_asOf;
};

} // namespace pw
