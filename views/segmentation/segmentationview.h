// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace pw {

class Project;

/// The proposal of the latest segmentation run, as evidence a marketer can check: why this number
/// of personas (silhouette and stability per k), each segment's size, shares, median order value
/// and frequency and the features that set it apart, and the curve of revenue covered against the
/// number of personas (with the 90% rule of thumb drawn in).
class SegmentationView : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentationView(QWidget *parent = nullptr);

    /// Shows the latest run of `project` (nothing to show when null or never clustered).
    void reload(Project *project);

    /// The figures shown, for tests: the k table and the segment table.
    const QTableWidget *scoresTable() const { return m_scores; }
    QString summaryText() const;
    const QTableWidget *segmentsTable() const { return m_segments; }
    /// The revenue coverage drawn, one value per number of personas.
    QList<double> coverage() const { return m_coverage; }

private:
    void showCoverage(const QList<double> &coverage);

    QLabel *m_summary;
    QTableWidget *m_scores;
    QTableWidget *m_segments;
    QChartView *m_chart;
    QLabel *m_leftOut;
    QList<double> m_coverage;
};

} // namespace pw
