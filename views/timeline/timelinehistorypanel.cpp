// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinehistorypanel.h"

#include "analysis/featurecatalog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pw {

namespace {

bool noBuyers(const PersonaStats &s)
{
    return std::isnan(s.buyerShare) ? s.ordersPerPerson <= 0 : s.buyerShare <= 0;
}

std::optional<double> measured(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

TimelineHistoryPanel::TimelineHistoryPanel(QWidget *parent)
    : QWidget(parent), m_metric(new QComboBox), m_threshold(new QDoubleSpinBox), m_chartView(new QChartView),
      m_figures(new QTableWidget), m_drifts(new QTableWidget), m_driftSummary(new QLabel)
{
    setObjectName(QStringLiteral("timelineHistory"));
    m_metric->setObjectName(QStringLiteral("historyMetric"));
    m_metric->addItem(tr("People"), int(Metric::People));
    m_metric->addItem(tr("Share of people"), int(Metric::SharePeople));
    m_metric->addItem(tr("Share of revenue"), int(Metric::ShareRevenue));
    m_metric->addItem(tr("Order value"), int(Metric::OrderValue));
    m_metric->addItem(tr("Orders per person"), int(Metric::OrdersPerPerson));
    m_metric->addItem(tr("Days since the last order"), int(Metric::Recency));
    m_threshold->setObjectName(QStringLiteral("driftThreshold"));
    m_threshold->setRange(0.05, 10.0);
    m_threshold->setSingleStep(0.1);
    m_threshold->setDecimals(2);
    m_threshold->setValue(RunHistory::defaultThreshold);
    m_threshold->setToolTip(tr("How far a persona's profile must move from one run to the next to be flagged, in "
                               "standard deviations of the store's people across the features together"));
    m_threshold->setAccessibleName(tr("Drift threshold"));

    auto *metricLabel = new QLabel(tr("&Figure:"));
    metricLabel->setBuddy(m_metric);
    auto *thresholdLabel = new QLabel(tr("&Drift threshold:"));
    thresholdLabel->setBuddy(m_threshold);
    auto *controls = new QHBoxLayout;
    controls->addWidget(metricLabel);
    controls->addWidget(m_metric);
    controls->addSpacing(16);
    controls->addWidget(thresholdLabel);
    controls->addWidget(m_threshold);
    controls->addStretch();

    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // QChartView() made a default chart that setChart() releases without deleting (QT-NOTES).
    QChart *initial = m_chartView->chart();
    m_chartView->setChart(chart);
    delete initial;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    // Time runs left to right in the chart in every language (Qt Charts do not mirror): the
    // tables below follow the layout direction.
    m_chartView->setLayoutDirection(Qt::LeftToRight);

    for (QTableWidget *t : {m_figures, m_drifts}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->setWordWrap(false);
    }
    m_figures->setObjectName(QStringLiteral("historyFigures"));
    m_figures->setAccessibleName(tr("Figures per run"));
    m_drifts->setObjectName(QStringLiteral("driftFlags"));
    m_drifts->setAccessibleName(tr("Drift flags"));
    m_drifts->setColumnCount(5);
    m_drifts->setHorizontalHeaderLabels({tr("Persona"), tr("Run"), tr("Distance"), tr("What moved"), tr("Stayed")});
    m_drifts->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_driftSummary->setObjectName(QStringLiteral("driftSummary"));
    m_driftSummary->setWordWrap(true);

    auto *drifts = new QWidget;
    auto *driftsLayout = new QVBoxLayout(drifts);
    driftsLayout->setContentsMargins(0, 0, 0, 0);
    driftsLayout->addWidget(m_driftSummary);
    driftsLayout->addWidget(m_drifts);
    auto *tables = new QSplitter(Qt::Horizontal);
    tables->addWidget(m_figures);
    tables->addWidget(drifts);
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chartView);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        rebuildChart();
        rebuildFigures();
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &TimelineHistoryPanel::reread);
}

TimelineHistoryPanel::~TimelineHistoryPanel() = default;

QChart *TimelineHistoryPanel::chart() const
{
    return m_chartView->chart();
}

double TimelineHistoryPanel::threshold() const
{
    return m_threshold->value();
}

void TimelineHistoryPanel::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

TimelineHistoryPanel::Metric TimelineHistoryPanel::metric() const
{
    return Metric(m_metric->currentData().toInt());
}

void TimelineHistoryPanel::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

std::optional<double> TimelineHistoryPanel::value(const PersonaStats &stats, Metric metric)
{
    switch (metric) {
    case Metric::People:
        return double(stats.size);
    case Metric::SharePeople:
        return measured(stats.sharePeople * 100.0);
    case Metric::ShareRevenue:
        return measured(stats.shareRevenue * 100.0);
    case Metric::OrderValue:
        return noBuyers(stats) ? std::nullopt : measured(stats.averageOrderValue);
    case Metric::OrdersPerPerson:
        return measured(stats.ordersPerPerson);
    case Metric::Recency:
        return noBuyers(stats) ? std::nullopt : measured(stats.recencyDays);
    }
    return std::nullopt;
}

QString TimelineHistoryPanel::format(double v) const
{
    const QLocale locale;
    switch (metric()) {
    case Metric::People:
        return locale.toString(qint64(std::llround(v)));
    case Metric::SharePeople:
    case Metric::ShareRevenue:
        return tr("%1 %").arg(locale.toString(v, 'f', 1));
    case Metric::OrderValue:
        return locale.toString(v, 'f', 2);
    case Metric::OrdersPerPerson:
        return locale.toString(v, 'f', 2);
    case Metric::Recency:
        return tr("%1 days").arg(locale.toString(v, 'f', 0));
    }
    return QString();
}

void TimelineHistoryPanel::setSource(const TimelineSource &source)
{
    m_source = source;
    if (std::abs(m_source.history.threshold - threshold()) > 1e-9) {
        reread();
        return;
    }
    rebuild();
}

void TimelineHistoryPanel::clear()
{
    m_source = TimelineSource();
    rebuild();
}

void TimelineHistoryPanel::reread()
{
    if (!m_source.project) {
        rebuild();
        return;
    }
    Error error;
    if (auto h = RunHistory::history(*m_source.project, threshold(), &error)) {
        m_source.history = *h;
        rebuild();
    } else {
        m_driftSummary->setText(error.toString());
    }
}

void TimelineHistoryPanel::rebuild()
{
    rebuildChart();
    rebuildFigures();
    rebuildDrifts();
}

void TimelineHistoryPanel::rebuildChart()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(m_metric->currentText());
    const History &h = m_source.history;
    if (h.runs.isEmpty())
        return;
    QHash<qint64, QDate> dateOf;
    for (const SegmentationRun &run : h.runs)
        dateOf.insert(run.id, m_source.dateOf(run));
    auto x = [&](qint64 runId) {
        return double(QDateTime(dateOf.value(runId), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    };
    auto *axisX = new QDateTimeAxis;
    // Months, not days: the ticks are evenly spaced and fall near the runs' dates, not on them
    // (the table below gives the exact dates).
    axisX->setFormat(QStringLiteral("yyyy-MM"));
    axisX->setTickCount(std::clamp(int(h.runs.size()), 2, 8));
    const QDate first = dateOf.value(h.runs.first().id), last = dateOf.value(h.runs.last().id);
    axisX->setRange(QDateTime(first.addDays(-3), QTime(0, 0), QTimeZone::utc()),
                    QDateTime((last > first ? last : first.addDays(1)).addDays(3), QTime(0, 0), QTimeZone::utc()));
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(metric() == Metric::People ? QStringLiteral("%d") : QStringLiteral("%.1f"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    double low = 0, high = 0;
    bool any = false;
    for (const PersonaHistory &ph : h.personas) {
        const QColor color = m_source.colorOf(ph.personaId);
        auto *line = new QLineSeries;
        line->setName(m_source.nameOf(ph.personaId));
        QPen pen(color);
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        auto *drift = new QScatterSeries;
        drift->setName(tr("%1: drifted").arg(line->name()));
        drift->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        drift->setMarkerSize(13);
        drift->setColor(color);
        drift->setBorderColor(palette().color(QPalette::Text));
        for (const HistoryPoint &pt : ph.points) {
            const auto v = value(pt.stats, metric());
            if (!v)
                continue;
            line->append(x(pt.runId), *v);
            if (pt.drift)
                drift->append(x(pt.runId), *v);
            low = any ? std::min(low, *v) : *v;
            high = any ? std::max(high, *v) : *v;
            any = true;
        }
        const QString name = line->name();
        connect(line, &QLineSeries::hovered, this, [this, name](const QPointF &point, bool state) {
            if (!state)
                return;
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3")
                                                   .arg(name, TimelineSource::isoDate(QDateTime::fromMSecsSinceEpoch(
                                                                  qint64(point.x()), QTimeZone::utc()).date()),
                                                        format(point.y())));
        });
        c->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        c->addSeries(drift);
        drift->attachAxis(axisX);
        drift->attachAxis(axisY);
        for (QLegendMarker *marker : c->legend()->markers(drift))
            marker->setVisible(false);
    }
    const double pad = any ? std::max(1e-6, (high - low) * 0.08) : 1;
    axisY->setRange(any ? std::min(0.0, low) : 0, any ? high + pad : 1);
    axisY->applyNiceNumbers();
}

void TimelineHistoryPanel::rebuildFigures()
{
    const History &h = m_source.history;
    m_figures->clear();
    m_figures->setRowCount(int(h.personas.size()));
    m_figures->setColumnCount(int(h.runs.size()) + 1);
    QStringList headers {tr("Persona")};
    QHash<qint64, int> column;
    for (int i = 0; i < h.runs.size(); ++i) {
        headers << m_source.dateOf(h.runs[i]).toString(Qt::ISODate);
        column.insert(h.runs[i].id, i + 1);
    }
    m_figures->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (int row = 0; row < h.personas.size(); ++row) {
        const PersonaHistory &ph = h.personas[row];
        auto *name = new QTableWidgetItem(m_source.nameOf(ph.personaId));
        name->setData(Qt::DecorationRole, m_source.colorOf(ph.personaId));
        name->setData(Qt::UserRole, ph.personaId);
        m_figures->setItem(row, 0, name);
        for (int col = 1; col <= h.runs.size(); ++col) {
            auto *absent = new QTableWidgetItem(QStringLiteral("—"));
            absent->setToolTip(tr("Not in this run"));
            absent->setTextAlignment(Qt::AlignCenter);
            m_figures->setItem(row, col, absent);
        }
        for (const HistoryPoint &pt : ph.points) {
            const auto v = value(pt.stats, metric());
            auto *item = new QTableWidgetItem(v ? format(*v) : tr("no data"));
            item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            QStringList tip;
            tip << (std::isnan(pt.distance) ? tr("Profile distance from the run before: no data")
                                            : tr("Profile distance from the run before: %1").arg(locale.toString(pt.distance, 'f', 2)));
            tip << (std::isnan(pt.stayed) ? tr("Stayed from the run before: no data")
                                          : tr("Stayed from the run before: %1 %").arg(locale.toString(pt.stayed * 100.0, 'f', 0)));
            if (pt.drift) {
                item->setText(QStringLiteral("⚑ ") + item->text());
                item->setBackground(QColor(255, 224, 178));
                item->setForeground(QColor(Qt::black));
                tip << tr("Drifted past the threshold");
            }
            item->setToolTip(tip.join(u'\n'));
            m_figures->setItem(row, column.value(pt.runId), item);
        }
    }
    m_figures->resizeColumnsToContents();
}

void TimelineHistoryPanel::rebuildDrifts()
{
    const History &h = m_source.history;
    QHash<qint64, QString> runLabel;
    for (const SegmentationRun &run : h.runs)
        runLabel.insert(run.id, TimelineSource::runLabel(run));
    const QLocale locale;
    const FeatureCatalog &catalog = FeatureCatalog::instance();
    m_drifts->setRowCount(0);
    int flags = 0;
    for (const PersonaHistory &ph : h.personas)
        for (const HistoryPoint &pt : ph.points) {
            if (!pt.drift)
                continue;
            const int row = m_drifts->rowCount();
            m_drifts->insertRow(row);
            auto *name = new QTableWidgetItem(m_source.nameOf(ph.personaId));
            name->setData(Qt::DecorationRole, m_source.colorOf(ph.personaId));
            name->setData(Qt::UserRole, ph.personaId);
            m_drifts->setItem(row, 0, name);
            auto *run = new QTableWidgetItem(runLabel.value(pt.runId));
            run->setData(Qt::UserRole, pt.runId);
            m_drifts->setItem(row, 1, run);
            auto *distance = new QTableWidgetItem(locale.toString(pt.distance, 'f', 2));
            distance->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            m_drifts->setItem(row, 2, distance);
            QStringList moved;
            for (const FeatureMove &m : pt.moved)
                moved << tr("%1 %2 → %3")
                             .arg(catalog.name(m.feature, m_source.language),
                                  TimelineSource::ltr(locale.toString(m.before, 'f', 2)),
                                  TimelineSource::ltr(locale.toString(m.after, 'f', 2)));
            auto *what = new QTableWidgetItem(moved.isEmpty() ? tr("no data") : moved.join(QStringLiteral("; ")));
            what->setToolTip(tr("The features that moved most, in standard deviations of the store's people "
                                "(before → after)"));
            m_drifts->setItem(row, 3, what);
            auto *stayed = new QTableWidgetItem(std::isnan(pt.stayed)
                                                    ? tr("no data")
                                                    : tr("%1 %").arg(locale.toString(pt.stayed * 100.0, 'f', 0)));
            stayed->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            stayed->setToolTip(tr("The share of its people in the run before who are in it again"));
            m_drifts->setItem(row, 4, stayed);
            ++flags;
        }
    if (h.runs.size() < 2)
        m_driftSummary->setText(tr("Drift is measured between consecutive runs: this timeline has one run."));
    else if (flags == 0)
        m_driftSummary->setText(tr("No persona moved as far as the threshold (%1) between two runs.")
                                    .arg(locale.toString(h.threshold, 'f', 2)));
    else
        m_driftSummary->setText(tr("Drift flags at threshold %1: %2. A persona is flagged on the run where its profile "
                                   "moved at least that far from the run before.")
                                    .arg(locale.toString(h.threshold, 'f', 2), locale.toString(flags)));
    m_drifts->resizeColumnsToContents();
    m_drifts->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

} // namespace pw
