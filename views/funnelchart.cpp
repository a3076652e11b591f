// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

namespace pw {

namespace {

QString percentText(const QLocale &locale, double share)
{
    const int decimals = share > 0 && share < 0.1 ? 1 : 0;
    return locale.toString(share * 100.0, 'f', decimals) + locale.percent();
}

bool isDark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.55;
}

} // namespace

FunnelChart::FunnelChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 300);
    auto *c = new QChart;
    c->legend()->hide();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    setChart(c);
    connect(c, &QChart::plotAreaChanged, this, &FunnelChart::placeLabels);
}

void FunnelChart::setFunnel(const QString &title, const Funnel &funnel, const QColor &color)
{
    m_title = title;
    m_funnel = funnel;
    m_color = color;
    rebuild();
}

void FunnelChart::setSelectedStage(int stage)
{
    if (stage == m_selected)
        return;
    m_selected = stage;
    rebuild();
}

void FunnelChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    qDeleteAll(m_barLabels);
    qDeleteAll(m_dropLabels);
    m_barLabels.clear();
    m_dropLabels.clear();
    m_series = nullptr;
    c->setTitle(m_title);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    const int n = int(m_funnel.stages.size());
    if (n == 0)
        return;

    qint64 widest = 0;
    for (const FunnelStage &s : m_funnel.stages)
        if (s.measured)
            widest = qMax(widest, s.people);
    const double full = widest > 0 ? double(widest) : 1.0;

    auto *offset = new QBarSet(QString());
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    auto *people = new QBarSet(tr("People"));
    people->setColor(m_color);
    people->setBorderColor(m_color.darker(120));
    auto *noData = new QBarSet(tr("No data"));
    noData->setBrush(QBrush(QColor(0xb8, 0xbe, 0xc6), Qt::BDiagPattern));
    noData->setBorderColor(QColor(0xb8, 0xbe, 0xc6));
    QStringList categories;
    // Qt puts the first category at the bottom: add the stages from advocacy up to awareness.
    for (int row = 0; row < n; ++row) {
        const FunnelStage &s = m_funnel.stages[n - 1 - row];
        const double value = s.measured ? double(s.people) : full;
        *offset << (full - value) / 2.0;
        *people << (s.measured ? value : 0.0);
        *noData << (s.measured ? 0.0 : value);
        categories << journeyStageName(s.key);
    }
    m_series = new QHorizontalStackedBarSeries;
    m_series->append(offset);
    m_series->append(people);
    m_series->append(noData);
    m_series->setBarWidth(0.62);
    c->addSeries(m_series);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto *stagesAxis = new QBarCategoryAxis;
    stagesAxis->append(categories);
    stagesAxis->setGridLineVisible(false);
    c->addAxis(stagesAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(stagesAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, full);
    valueAxis->setVisible(false);
    c->addAxis(valueAxis, Qt::AlignBottom);
    m_series->attachAxis(valueAxis);
    auto clicked = [this, n](int index) { Q_EMIT stageClicked(n - 1 - index); };
    connect(people, &QBarSet::clicked, this, clicked);
    connect(noData, &QBarSet::clicked, this, clicked);
    if (m_selected >= 0 && m_selected < n) {
        people->setSelectedColor(m_color.darker(135));
        people->selectBar(rowOfStage(m_selected));
        noData->setSelectedColor(QColor(0x8a, 0x92, 0x9c));
        noData->selectBar(rowOfStage(m_selected));
    }

    // The texts on the bars and in the gaps between them.
    const QLocale locale;
    double first = 0;
    for (const FunnelStage &s : m_funnel.stages)
        if (s.measured) {
            first = double(s.people);
            break;
        }
    QFont labelFont = font();
    labelFont.setBold(true);
    for (int i = 0; i < n; ++i) {
        const FunnelStage &s = m_funnel.stages[i];
        QString text = tr("no data");
        if (s.measured) {
            text = locale.toString(s.people);
            if (first > 0)
                text += QStringLiteral(" · ") + percentText(locale, double(s.people) / first);
        }
        auto *label = new QGraphicsSimpleTextItem(text, c);
        label->setFont(labelFont);
        label->setZValue(10);
        m_barLabels << label;
    }
    for (int i = 0; i + 1 < n; ++i) {
        QString text;
        if (const auto drop = m_funnel.dropOffToNext(i)) {
            text = *drop >= 0 ? tr("▼ %1 lost").arg(percentText(locale, *drop))
                              : tr("▲ %1 more").arg(percentText(locale, -*drop));
            if (m_funnel.stages[i].medianHoursToNext) {
                const double h = *m_funnel.stages[i].medianHoursToNext;
                text += QStringLiteral(" · ")
                    + (h < 48 ? tr("median %1 h").arg(locale.toString(h, 'f', 1))
                              : tr("median %1 days").arg(locale.toString(h / 24.0, 'f', 1)));
            }
        }
        auto *label = new QGraphicsSimpleTextItem(text, c);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
        label->setBrush(QColor(0x9b, 0x2c, 0x2c));
        label->setZValue(10);
        m_dropLabels << label;
    }
    placeLabels();
}

void FunnelChart::placeLabels()
{
    if (!m_series || m_barLabels.isEmpty())
        return;
    QChart *c = chart();
    const QValueAxis *axis = nullptr;
    for (QAbstractAxis *a : c->axes(Qt::Horizontal))
        axis = qobject_cast<QValueAxis *>(a);
    if (!axis)
        return;
    const double centre = axis->max() / 2.0;
    auto place = [&](QGraphicsSimpleTextItem *item, double row) {
        const QPointF p = c->mapToPosition(QPointF(centre, row), m_series);
        const QRectF r = item->boundingRect();
        item->setPos(p.x() - r.width() / 2.0, p.y() - r.height() / 2.0);
    };
    const int n = int(m_barLabels.size());
    for (int i = 0; i < n; ++i) {
        place(m_barLabels[i], rowOfStage(i));
        // White on a dark bar only where the bar is wider than the text.
        const FunnelStage &s = m_funnel.stages[i];
        const double half = s.measured ? double(s.people) / 2.0 : 0.0;
        const double barPixels = c->mapToPosition(QPointF(centre + half, 0), m_series).x()
            - c->mapToPosition(QPointF(centre - half, 0), m_series).x();
        const bool onBar = barPixels > m_barLabels[i]->boundingRect().width() + 8;
        m_barLabels[i]->setBrush(onBar && isDark(m_color) ? QColor(Qt::white) : QColor(0x22, 0x26, 0x2b));
        if (!onBar && s.measured && s.people > 0) {
            // Too narrow to hold its text: the label goes beside the bar, not over it.
            const QPointF edge = c->mapToPosition(QPointF(centre + half, rowOfStage(i)), m_series);
            m_barLabels[i]->setPos(edge.x() + 6, m_barLabels[i]->pos().y());
        }
    }
    for (int i = 0; i < m_dropLabels.size(); ++i)
        place(m_dropLabels[i], rowOfStage(i) - 0.5);
}

QStringList FunnelChart::barTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_barLabels.size(); ++i) {
        texts << m_barLabels[i]->text();
        if (i < m_dropLabels.size())
            texts << m_dropLabels[i]->text();
    }
    return texts;
}

void FunnelChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void FunnelChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        rebuild();
}

} // namespace pw
