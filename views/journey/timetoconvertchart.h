// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"

#include <QChartView>
#include <QColor>
#include <QList>

namespace pw {

/// The time from awareness to the first purchase drawn with Qt Charts: one bar per bucket of
/// timeToConvertBuckets() and per group (a persona and everyone else), each bar the group's
/// share of its buyers, with the count on the bar. A group whose funnel cannot measure the
/// time (no awareness or no conversion data) is left out and said so in the title. In a
/// right-to-left layout the buckets run from right to left and the value axis stands on the right.
class TimeToConvertChart : public QChartView
{
    Q_OBJECT

public:
    struct Group
    {
        QString name;
        Funnel funnel;
        QColor color;
    };

    explicit TimeToConvertChart(QWidget *parent = nullptr);

    void setGroups(const QList<Group> &groups);
    const QList<Group> &groups() const { return m_groups; }
    /// Per group shown, the share of its buyers in each bucket (for tests).
    QList<QList<double>> shares() const { return m_shares; }
    /// The bucket names along the axis, in the order drawn (for tests).
    QStringList categories() const { return m_categories; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Group> m_groups;
    QList<QList<double>> m_shares;
    QStringList m_categories;
};

} // namespace pw
