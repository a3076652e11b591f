// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelchart.h"

#include "funnelpainter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>
#include <QtMath>

namespace pw {

namespace {

QString percentText(const QLocale &locale, double share)
{
    return FunnelPainter::percentText(locale, share);
}

/// The smallest font the labels shrink to before they are elided.
constexpr double kMinFontScale = 0.8;

/// The white plate of `chart` (inside its layout's margins), in the chart's coordinates.
QRectF plateRect(const QChart *chart)
{
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (chart->layout())
        chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    return chart->rect().adjusted(left, top, -right, -bottom);
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
    // QChartView(parent) made a default chart that setChart() releases without deleting
    // (LeakSanitizer found it).
    QChart *initial = chart();
    setChart(c);
    delete initial;
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
    qDeleteAll(m_dropMedians);
    qDeleteAll(m_stageLabels);
    m_barLabels.clear();
    m_dropLabels.clear();
    m_dropMedians.clear();
    m_stageLabels.clear();
    delete m_titleItem;
    m_titleItem = nullptr;
    m_dropTexts.clear();
    m_barTexts.clear();
    m_dropParts[0].clear();
    m_dropParts[1].clear();
    m_series = nullptr;
    c->setTitle(m_title);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    // Qt Charts would elide a long title to the plot's width: its own title stays (invisible,
    // for the chart's text) and an item over the whole width wraps it on two lines.
    c->setTitleBrush(Qt::transparent);
    m_titleItem = new QGraphicsTextItem(c);
    m_titleItem->setFont(titleFont);
    m_titleItem->setPlainText(m_title);
    m_titleItem->setDefaultTextColor(QColor(0x22, 0x26, 0x2b));
    m_titleItem->document()->setDocumentMargin(0);
    QTextOption centred(Qt::AlignHCenter);
    centred.setTextDirection(layoutDirection());
    m_titleItem->document()->setDefaultTextOption(centred);
    m_titleItem->setZValue(10);
    const int n = int(m_funnel.stages.size());
    if (n == 0)
        return;

    qint64 widest = 0;
    for (const FunnelStage &s : m_funnel.stages)
        if (s.measured)
            widest = qMax(widest, s.people);
    widest = qMax(widest, m_funnel.base()); // without a first stage, bars are of the group's people
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
    // The axis would elide long stage names: they are drawn by placeLabels() instead, in a
    // margin as wide as the longest one.
    stagesAxis->setLabelsVisible(false);
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
    const double first = double(m_funnel.base());
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
        m_barTexts << text;
        auto *label = new QGraphicsSimpleTextItem(text, c);
        label->setFont(labelFont);
        label->setZValue(10);
        m_barLabels << label;
    }
    for (int i = 0; i < n; ++i) {
        auto *label = new QGraphicsSimpleTextItem(journeyStageName(m_funnel.stages[i].key), c);
        label->setBrush(QColor(0x33, 0x38, 0x3f));
        label->setZValue(10);
        m_stageLabels << label;
    }
    for (int i = 0; i + 1 < n; ++i) {
        QString drop;
        QString median;
        if (const auto d = m_funnel.dropOffToNext(i)) {
            drop = *d >= 0 ? tr("▼ %1 lost").arg(percentText(locale, *d))
                           : tr("▲ %1 more").arg(percentText(locale, -*d));
            if (m_funnel.stages[i].medianHoursToNext) {
                const double h = *m_funnel.stages[i].medianHoursToNext;
                median = h < 48 ? tr("median %1 h").arg(locale.toString(h, 'f', 1))
                                : tr("median %1 days").arg(locale.toString(h / 24.0, 'f', 1));
            }
        }
        m_dropParts[0] << drop;
        m_dropParts[1] << median;
        m_dropTexts << (median.isEmpty() ? drop : drop + QStringLiteral(" · ") + median);
        for (auto *list : {&m_dropLabels, &m_dropMedians}) {
            auto *label = new QGraphicsSimpleTextItem(c);
            label->setBrush(QColor(0x9b, 0x2c, 0x2c));
            label->setZValue(10);
            *list << label;
        }
    }
    placeLabels();
}

void FunnelChart::fitStageLabels()
{
    // The stage names take at most 45% of the chart's width: a smaller font first, then elided.
    QChart *c = chart();
    const double room = qMax(40.0, plateRect(c).width() * 0.45);
    QFont f = font();
    const double base = f.pointSizeF();
    auto widest = [this](const QFont &font) {
        const QFontMetricsF fm(font);
        double w = 0;
        for (const FunnelStage &s : m_funnel.stages)
            w = qMax(w, fm.horizontalAdvance(journeyStageName(s.key)));
        return w;
    };
    double w = widest(f);
    if (w > room) {
        f.setPointSizeF(qMax(base * kMinFontScale, base * room / w));
        w = qMin(widest(f), room);
    }
    const QFontMetricsF fm(f);
    for (int i = 0; i < m_stageLabels.size(); ++i) {
        const QString name = journeyStageName(m_funnel.stages[i].key);
        const QString shown = fm.elidedText(name, Qt::ElideRight, room);
        m_stageLabels[i]->setFont(f);
        m_stageLabels[i]->setText(shown);
        m_stageLabels[i]->setToolTip(shown == name ? QString() : name);
    }
    const int side = qCeil(w) + 6;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // The invisible Qt title takes one line: one more line above it for the wrapped title.
    const int top = 4 + (m_titleItem ? qCeil(QFontMetricsF(m_titleItem->font()).lineSpacing()) : 0);
    const QMargins wanted(rtl ? 4 : side, top, rtl ? side : 4, 4);
    if (c->margins() != wanted)
        c->setMargins(wanted); // lays the chart out again, then placeLabels() runs again
}

void FunnelChart::fitDropLabels()
{
    // One line if it fits the plot's width, else the median on a second line; then a smaller
    // font, then elided (the whole text as a tool tip).
    const double room = qMax(20.0, chart()->plotArea().width() - 4);
    QFont f = font();
    const double base = f.pointSizeF() * 0.85;
    for (int i = 0; i < m_dropLabels.size(); ++i) {
        f.setPointSizeF(base);
        QStringList lines{m_dropTexts[i]};
        if (QFontMetricsF(f).horizontalAdvance(m_dropTexts[i]) > room && !m_dropParts[1][i].isEmpty())
            lines = QStringList{m_dropParts[0][i], m_dropParts[1][i]};
        double w = 0;
        for (const QString &line : std::as_const(lines))
            w = qMax(w, QFontMetricsF(f).horizontalAdvance(line));
        if (w > room)
            f.setPointSizeF(qMax(base * kMinFontScale, base * room / w));
        const QFontMetricsF fm(f);
        bool elided = false;
        for (QString &line : lines) {
            const QString shown = fm.elidedText(line, Qt::ElideRight, room);
            elided = elided || shown != line;
            line = shown;
        }
        m_dropLabels[i]->setFont(f);
        m_dropLabels[i]->setText(lines.value(0));
        m_dropMedians[i]->setFont(f);
        m_dropMedians[i]->setText(lines.value(1));
        m_dropMedians[i]->setVisible(lines.size() > 1);
        m_dropLabels[i]->setToolTip(elided ? m_dropTexts[i] : QString());
        m_dropMedians[i]->setToolTip(elided ? m_dropTexts[i] : QString());
    }
}

void FunnelChart::placeLabels()
{
    if (!m_series || m_barLabels.isEmpty())
        return;
    QChart *c = chart();
    fitStageLabels();
    fitDropLabels();
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
    const QRectF room = plateRect(c).adjusted(2, 2, -2, -2);
    for (int i = 0; i < n; ++i) {
        QFont barFont = font();
        barFont.setBold(true);
        m_barLabels[i]->setFont(barFont);
        m_barLabels[i]->setText(m_barTexts[i]);
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
            // If it overflows the chart, the share goes under the count, then a smaller font.
            QGraphicsSimpleTextItem *item = m_barLabels[i];
            const QPointF edge = c->mapToPosition(QPointF(centre + half, rowOfStage(i)), m_series);
            const double x = edge.x() + 6;
            const double pitch = qAbs(c->mapToPosition(QPointF(0, 1), m_series).y()
                                      - c->mapToPosition(QPointF(0, 0), m_series).y());
            const double twoLines = 2 * QFontMetricsF(barFont).lineSpacing();
            if (x + item->boundingRect().width() > room.right() && twoLines <= pitch * m_series->barWidth())
                item->setText(QString(m_barTexts[i]).replace(QStringLiteral(" · "), QStringLiteral("\n")));
            const double w = item->boundingRect().width();
            if (x + w > room.right()) {
                const double base = barFont.pointSizeF();
                barFont.setPointSizeF(qMax(base * kMinFontScale, base * (room.right() - x) / w));
                item->setFont(barFont);
            }
            const QRectF r = item->boundingRect();
            item->setPos(qMin(x, room.right() - r.width()), edge.y() - r.height() / 2.0);
        }
    }
    for (int i = 0; i < m_dropLabels.size(); ++i) {
        place(m_dropLabels[i], rowOfStage(i) - 0.5);
        if (m_dropMedians[i]->isVisible()) {
            // Two lines centred on the gap.
            place(m_dropMedians[i], rowOfStage(i) - 0.5);
            const double h = m_dropLabels[i]->boundingRect().height();
            m_dropLabels[i]->moveBy(0, -h / 2.0);
            m_dropMedians[i]->moveBy(0, h / 2.0);
        }
    }
    // The stage names beside the plot: right-aligned on its left (left-aligned on its right in
    // a right-to-left layout), clear of the axis line.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QRectF plot = c->plotArea();
    if (m_titleItem) {
        const QRectF area = plateRect(c).adjusted(4, 4, -4, 0);
        m_titleItem->setTextWidth(area.width());
        m_titleItem->setPos(area.left(), area.top());
    }
    for (int i = 0; i < m_stageLabels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_stageLabels[i];
        const QRectF r = item->boundingRect();
        const double y = c->mapToPosition(QPointF(0, rowOfStage(i)), m_series).y() - r.height() / 2.0;
        item->setPos(rtl ? plot.right() + 6 : plot.left() - 6 - r.width(), y);
    }
}

QList<FunnelChart::LabelBox> FunnelChart::labelBoxes() const
{
    QList<LabelBox> boxes;
    if (m_titleItem && !m_title.isEmpty()) {
        // The lines' extent, not the text width the item wraps to.
        const QRectF r = m_titleItem->mapRectToParent(m_titleItem->boundingRect());
        const double w = qMin(r.width(), m_titleItem->document()->idealWidth());
        boxes << LabelBox{m_titleItem->toPlainText(), QRectF(r.center().x() - w / 2.0, r.top(), w, r.height())};
    }
    for (const auto *list : {&m_stageLabels, &m_barLabels, &m_dropLabels, &m_dropMedians})
        for (const QGraphicsSimpleTextItem *item : *list)
            if (item->isVisible() && !item->text().isEmpty())
                boxes << LabelBox{item->text(), item->mapRectToParent(item->boundingRect())};
    return boxes;
}

QStringList FunnelChart::barTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_barLabels.size(); ++i) {
        texts << m_barTexts[i];
        if (i < m_dropTexts.size())
            texts << m_dropTexts[i];
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
