// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinesource.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace pw {

/// Each persona's history over a timeline: a line chart of one figure (a line per persona in
/// its colour, a marker where it drifted), the figures as a table, and the drift flags at an
/// adjustable threshold with what moved and the share of its people who stayed.
class TimelineHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Metric { People, SharePeople, ShareRevenue, OrderValue, OrdersPerPerson, Recency };

    explicit TimelineHistoryPanel(QWidget *parent = nullptr);
    ~TimelineHistoryPanel() override;

    /// Shows `source`; its history is read again at this panel's threshold when that differs.
    void setSource(const TimelineSource &source);
    void clear();

    double threshold() const;
    void setThreshold(double threshold);
    Metric metric() const;
    void setMetric(Metric metric);

    /// The value of `metric` in `stats`, or nullopt when it cannot be measured ("no data").
    static std::optional<double> value(const PersonaStats &stats, Metric metric);

    QChart *chart() const;
    QTableWidget *figuresTable() const { return m_figures; }
    QTableWidget *driftTable() const { return m_drifts; }
    const History &history() const { return m_source.history; }

private:
    void reread();
    void rebuild();
    void rebuildChart();
    void rebuildFigures();
    void rebuildDrifts();
    QString format(double value) const;

    TimelineSource m_source;
    QComboBox *m_metric;
    QDoubleSpinBox *m_threshold;
    QChartView *m_chartView;
    QTableWidget *m_figures;
    QTableWidget *m_drifts;
    QLabel *m_driftSummary;
};

} // namespace pw
