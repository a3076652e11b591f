// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetoconvertchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <climits>

namespace pw {

TimeToConvertChart::TimeToConvertChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("TimeToConvertChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 260);
    auto *c = new QChart;
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    // QChartView(parent) made a default chart that setChart() releases without deleting
    // (LeakSanitizer found it).
    QChart *initial = chart();
    setChart(c);
    delete initial;
}

void TimeToConvertChart::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    rebuild();
}

void TimeToConvertChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_shares.clear();
    m_categories.clear();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int buckets = int(timeToConvertBuckets().size()) + 1;
    QList<int> order;
    for (int b = 0; b < buckets; ++b)
        order << (rtl ? buckets - 1 - b : b); // Qt Charts do not mirror: the buckets run the reading way
    for (int b : std::as_const(order))
        m_categories << timeToConvertBucketName(b);

    auto *series = new QBarSeries;
    QStringList unmeasured;
    double highest = 0;
    for (const Group &g : std::as_const(m_groups)) {
        if (g.funnel.timeToConvert.size() != buckets) {
            unmeasured << g.name;
            continue;
        }
        qint64 buyers = 0;
        for (qint64 n : g.funnel.timeToConvert)
            buyers += n;
        QList<double> shares;
        auto *set = new QBarSet(tr("%1 (%n buyers)", nullptr, int(qMin<qint64>(buyers, INT_MAX))).arg(g.name));
        set->setColor(g.color);
        set->setBorderColor(g.color.darker(130));
        set->setLabelColor(QColor(0x1f, 0x29, 0x33)); // the labels stand above the bars, on white
        for (int b : std::as_const(order)) {
            const double share = buyers > 0 ? double(g.funnel.timeToConvert[b]) / double(buyers) : 0.0;
            shares << share;
            set->append(share * 100.0);
            highest = std::max(highest, share * 100.0);
        }
        m_shares << shares;
        series->append(set);
    }
    QString title = tr("Time from awareness to the first purchase");
    if (!unmeasured.isEmpty())
        title += QStringLiteral("\n") + tr("No data for: %1").arg(unmeasured.join(QStringLiteral(", ")));
    c->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(2);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(m_categories);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(10.0, std::min(100.0, highest * 1.15)));
    y->setLabelFormat(QStringLiteral("%.0f %"));
    y->setTitleText(tr("Share of the group's buyers"));
    c->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->setVisible(!m_shares.isEmpty());
}

void TimeToConvertChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace pw
