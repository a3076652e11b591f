// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/features.h"

#include <QDialog>

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
    /// Starts from the project's saved feature settings.
    SegmentationDialog(const FeatureSettings &settings, QWidget *parent = nullptr);

    /// 0 for automatic.
    int k() const;
    int kMin() const;
    int kMax() const;
    /// The features switched off and the weights, as set in the dialog.
    FeatureSettings featureSettings() const;

    /// For tests: switch the automatic choice and the fixed number.
    void setFixedK(int k);

private:
    QRadioButton *m_auto;
    QRadioButton *m_fixed;
    QSpinBox *m_kMin;
    QSpinBox *m_kMax;
    QSpinBox *m_k;
    QTableWidget *m_features;
};

} // namespace pw
