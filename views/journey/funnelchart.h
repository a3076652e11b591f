// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"

#include <QChartView>
#include <QColor>
#include <QList>

class QBarSet;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QHorizontalStackedBarSeries;

namespace pw {

/// One journey funnel drawn with Qt Charts: centred horizontal bars (a stacked series whose
/// first, invisible set is the offset), awareness at the top, the count and the share of the
/// first measured stage on each bar, and the drop-off between bars. A stage the data cannot
/// measure is a hatched grey bar labelled "no data". In a right-to-left layout the stage names
/// stand on the right and the texts read right to left.
class FunnelChart : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    /// Shows `funnel` under `title` in `color`.
    void setFunnel(const QString &title, const Funnel &funnel, const QColor &color);
    const Funnel &funnel() const { return m_funnel; }
    /// The stage highlighted (-1 for none).
    void setSelectedStage(int stage);
    int selectedStage() const { return m_selected; }
    /// The label texts on and between the bars, top to bottom (for tests).
    QStringList barTexts() const;
    /// A label as shown: its text and its rectangle in the chart's coordinates.
    struct LabelBox
    {
        QString text;
        QRectF rect;
    };
    /// Every visible label (title, stage names, bar and drop-off texts), for tests.
    QList<LabelBox> labelBoxes() const;

Q_SIGNALS:
    /// The user clicked the bar of stage `stage` (0 = awareness).
    void stageClicked(int stage);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeLabels();
    void fitStageLabels();
    void fitDropLabels();
    int rowOfStage(int stage) const { return int(m_funnel.stages.size()) - 1 - stage; }

    Funnel m_funnel;
    QString m_title;
    QColor m_color;
    int m_selected = -1;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QList<QGraphicsSimpleTextItem *> m_barLabels;  ///< one per stage
    QGraphicsTextItem *m_titleItem = nullptr;       ///< the title, on up to two lines
    QList<QGraphicsSimpleTextItem *> m_stageLabels; ///< the stage names beside the bars, one per stage
    QList<QGraphicsSimpleTextItem *> m_dropLabels;  ///< one per gap between stages (the first line)
    QList<QGraphicsSimpleTextItem *> m_dropMedians; ///< the median, when it does not fit on the first line
    QStringList m_barTexts;                         ///< the bar texts on one line
    QStringList m_dropTexts;                        ///< the drop-off texts on one line
    QStringList m_dropParts[2];                     ///< the same split into drop-off and median
};

} // namespace pw
