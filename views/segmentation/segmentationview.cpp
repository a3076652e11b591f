// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationview.h"

#include "analysis/featurecatalog.h"
#include "analysis/featurelabels.h"
#include "analysis/personarefresh.h"
#include "analysis/runstore.h"
#include "analysis/segmentation.h"
#include "language.h"
#include "persona/archetypecatalog.h"
#include "persona/persona.h"
#include "store/project.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace pw {

namespace {

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeading | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setTextAlignment(alignment);
    return i;
}

QTableWidgetItem *number(const QString &text)
{
    return item(text, Qt::AlignTrailing | Qt::AlignVCenter);
}

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}

} // namespace

SegmentationView::SegmentationView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_scores(table({tr("Personas"), tr("Silhouette"), tr("Stability"), tr("Calinski–Harabasz"),
          tr("Kinds of customer"), tr("Chosen")}))
    , m_segments(table({tr("Persona"), tr("Fit"), tr("People"), tr("Share of people"), tr("Share of revenue"),
          tr("Median order value"), tr("Median orders"), tr("Why this name"),
          tr("What sets it apart (segment vs store average)")}))
    , m_chart(new QChartView)
    , m_leftOut(new QLabel)
{
    setObjectName(QStringLiteral("SegmentationView"));
    m_summary->setWordWrap(true);
    m_leftOut->setWordWrap(true);
    m_scores->setObjectName(QStringLiteral("kScores"));
    m_segments->setObjectName(QStringLiteral("segmentEvidence"));
    m_chart->setObjectName(QStringLiteral("coverageChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    // Qt Charts do not mirror: the curve reads left to right (1, 2, 3 … personas) in every language.
    m_chart->setLayoutDirection(Qt::LeftToRight);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_scores);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({620, 560});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_segments);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_leftOut);
    reload(nullptr);
}

QString SegmentationView::summaryText() const
{
    return m_summary->text();
}

void SegmentationView::reload(Project *project)
{
    m_scores->setRowCount(0);
    m_segments->setRowCount(0);
    m_leftOut->clear();
    const QLocale locale;
    const QString lang = applicationLanguage();
    std::optional<SegmentationRun> run;
    if (project)
        run = RunStore::latestRun(*project, nullptr);
    if (!run) {
        m_summary->setText(tr("No proposal yet: choose Personas › Propose Personas to cluster the project's people."));
        showCoverage({});
        return;
    }

    // Why this k.
    const int chosen = run->scores.value(QStringLiteral("chosen_k")).toInt(run->k);
    const QJsonObject silhouettes = run->scores.value(QStringLiteral("silhouette")).toObject();
    const QJsonObject stabilities = run->scores.value(QStringLiteral("stability")).toObject();
    // Every k tried has its kinds; a timeline's run may have kept the k before without measuring
    // the others' silhouettes (see SegmentationOptions::previousRun).
    const QJsonObject kindsByK = run->scores.value(QStringLiteral("kinds")).toObject();
    QList<int> ks;
    for (const QString &key : (kindsByK.isEmpty() ? silhouettes : kindsByK).keys())
        ks << key.toInt();
    std::sort(ks.begin(), ks.end());
    for (int k : ks) {
        const int row = m_scores->rowCount();
        m_scores->insertRow(row);
        const QString key = QString::number(k);
        m_scores->setItem(row, 0, number(locale.toString(k)));
        m_scores->setItem(row, 1,
            number(silhouettes.contains(key) ? locale.toString(silhouettes.value(key).toDouble(), 'f', 3) : QStringLiteral("–")));
        m_scores->setItem(row, 2,
            number(stabilities.contains(key) ? locale.toString(stabilities.value(key).toDouble(), 'f', 3) : QStringLiteral("–")));
        const QJsonObject calinski = run->scores.value(QStringLiteral("calinski_harabasz")).toObject();
        m_scores->setItem(row, 3,
            number(calinski.contains(key) ? locale.toString(calinski.value(key).toDouble(), 'f', 0) : QStringLiteral("–")));
        QStringList kinds;
        for (const QJsonValue &v : run->scores.value(QStringLiteral("kinds")).toObject().value(key).toArray()) {
            const Archetype *a = ArchetypeCatalog::instance().find(v.toString());
            kinds << (a ? a->name.text(lang) : v.toString());
        }
        m_scores->setItem(row, 4, item(kinds.join(QStringLiteral("; ")) /* names may hold a comma */));
        m_scores->setItem(row, 5, item(k == chosen ? tr("✔ chosen") : QString()));
    }
    m_scores->resizeColumnsToContents();
    // The kinds of customer wrap in a column of their own width, so that "Chosen" stays in view.
    m_scores->setColumnWidth(4, std::min(m_scores->columnWidth(4), 260));
    m_scores->resizeRowsToContents();
    const QString explained = explainK(run->scores, lang);
    const QString why = !explained.isEmpty() ? explained
        : ks.size() > 1
        ? tr("%1 personas were chosen among %2 to %3: the smallest number whose people are stable across re-runs and "
             "separated nearly as well as the best (silhouette).")
              .arg(chosen)
              .arg(ks.first())
              .arg(ks.last())
        : tr("%1 personas, as asked.").arg(chosen);
    const QString made = locale.toString(QDateTime::fromSecsSinceEpoch(run->createdAt), QLocale::ShortFormat);
    m_summary->setText(run->asOf ? tr("Run %1 of %2, of the data as of %3: %4 people, %5 features. %6")
                                       .arg(run->id)
                                       .arg(made, locale.toString(*run->asOf, QLocale::ShortFormat))
                                       .arg(locale.toString(run->people))
                                       .arg(run->features.size())
                                       .arg(why)
                                 : tr("Run %1 of %2: %3 people, %4 features. %5")
                                       .arg(run->id)
                                       .arg(made)
                                       .arg(locale.toString(run->people))
                                       .arg(run->features.size())
                                       .arg(why));

    // Each segment's evidence.
    QList<Persona> personas;
    for (const Persona &p : PersonaRepository::load(*project, nullptr))
        if (p.runId == run->id)
            personas << p;
    const FeatureCatalog &catalog = FeatureCatalog::instance();
    const QHash<QString, QString> labels = FeatureLabels::load(*project);
    for (const Persona &p : personas) {
        const int row = m_segments->rowCount();
        m_segments->insertRow(row);
        const PersonaStats &s = p.stats;
        auto *name = item(p.displayName(lang));
        name->setForeground(QColor(p.color));
        m_segments->setItem(row, 0, name);
        m_segments->setItem(row, 1, number(locale.toString(s.confidence * 100, 'f', 0) + QLatin1Char('%')));
        m_segments->setItem(row, 2, number(locale.toString(s.size)));
        m_segments->setItem(row, 3, number(locale.toString(s.sharePeople * 100, 'f', 1) + QLatin1Char('%')));
        m_segments->setItem(row, 4, number(std::isnan(s.shareRevenue) ? tr("no data")
                                                                      : locale.toString(s.shareRevenue * 100, 'f', 1) + QLatin1Char('%')));
        m_segments->setItem(row, 5,
            number(s.medianOrders <= 0             ? QStringLiteral("–")
                    : std::isnan(s.medianOrderValue) ? tr("no data")
                                                     : locale.toString(s.medianOrderValue, 'f', 2)));
        m_segments->setItem(row, 6, number(s.medianOrders > 0 ? locale.toString(s.medianOrders, 'g', 3) : QStringLiteral("–")));
        QStringList apart;
        for (const FeatureEvidence &f : s.distinguishing)
            apart << tr("%1: %2 vs %3").arg(p.featureName(f.feature, lang), locale.toString(f.segmentMean, 'g', 3),
                locale.toString(f.overallMean, 'g', 3));
        m_segments->setItem(row, 7, item(p.nameReason(lang)));
        m_segments->setItem(row, 8, item(apart.join(QLatin1Char('\n'))));
    }
    m_segments->resizeColumnsToContents();
    // The reason for a name is a sentence: it wraps instead of widening the table.
    m_segments->setColumnWidth(7, std::min(m_segments->columnWidth(7), 340));
    m_segments->resizeRowsToContents();

    // Features the data could not support, or the user switched off.
    const QJsonObject reasons = run->scores.value(QStringLiteral("left_out_reasons")).toObject();
    QStringList noData, flat, off;
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        const QString name = catalog.name(it.key(), lang, labels);
        if (it.value().toString() == QLatin1String("no_data"))
            noData << name;
        else if (it.value().toString() == QLatin1String("switched_off"))
            off << name;
        else
            flat << name;
    }
    QStringList notes;
    if (!noData.isEmpty())
        notes << tr("Not in the data, so left out: %1.").arg(noData.join(QStringLiteral(", ")));
    if (!flat.isEmpty())
        notes << tr("The same for everyone, so left out: %1.").arg(flat.join(QStringLiteral(", ")));
    if (!off.isEmpty())
        notes << tr("Switched off: %1.").arg(off.join(QStringLiteral(", ")));
    m_leftOut->setText(notes.join(QLatin1Char(' ')));
    showCoverage(revenueCoverage(personas));
}

void SegmentationView::showCoverage(const QList<double> &coverage)
{
    m_coverage = coverage;
    auto *chart = new QChart;
    chart->setTitle(coverage.isEmpty() ? tr("No revenue in the data: no share of it to cover")
                                       : tr("Revenue covered by the first personas"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *curve = new QLineSeries;
    curve->setName(tr("Revenue covered"));
    curve->setPointsVisible(true);
    curve->append(0, 0);
    for (qsizetype i = 0; i < coverage.size(); ++i)
        curve->append(double(i + 1), coverage[i] * 100);
    auto *rule = new QLineSeries;
    rule->setName(tr("90% rule of thumb"));
    rule->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    rule->append(0, 90);
    rule->append(double(std::max<qsizetype>(1, coverage.size())), 90);
    chart->addSeries(curve);
    chart->addSeries(rule);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Personas, by revenue"));
    x->setRange(0, double(std::max<qsizetype>(1, coverage.size())));
    x->setTickCount(int(std::max<qsizetype>(1, coverage.size())) + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("% of revenue"));
    // Credit notes can carry the first personas past all of the net revenue (a persona's net
    // revenue below zero brings the curve back to 100 %).
    double top = 100;
    for (const double v : coverage)
        top = std::max(top, std::ceil(v * 100));
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {curve, rule}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart); // does not delete the previous chart
    delete old;
}

} // namespace pw
