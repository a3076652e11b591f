// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemovementpanel.h"

#include "journey/stagepeople.h"
#include "sankeywidget.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace pw {

namespace {

const QColor kOutside(0x9e, 0x9e, 0x9e);

} // namespace

TimelineMovementPanel::TimelineMovementPanel(QWidget *parent)
    : QWidget(parent), m_fromRun(new QComboBox), m_toRun(new QComboBox), m_sankey(new SankeyWidget),
      m_flows(new QTableWidget), m_profile(new QLabel), m_status(new QLabel),
      m_export(new QPushButton(tr("&Export Customer IDs…")))
{
    setObjectName(QStringLiteral("timelineMovement"));
    m_fromRun->setObjectName(QStringLiteral("movementFrom"));
    m_toRun->setObjectName(QStringLiteral("movementTo"));
    auto *fromLabel = new QLabel(tr("F&rom:"));
    fromLabel->setBuddy(m_fromRun);
    auto *toLabel = new QLabel(tr("T&o:"));
    toLabel->setBuddy(m_toRun);
    auto *controls = new QHBoxLayout;
    controls->addWidget(fromLabel);
    controls->addWidget(m_fromRun);
    controls->addSpacing(16);
    controls->addWidget(toLabel);
    controls->addWidget(m_toRun);
    controls->addSpacing(16);
    controls->addWidget(m_status, 1);

    m_flows->setObjectName(QStringLiteral("movementFlows"));
    m_flows->setAccessibleName(tr("Flows between the runs"));
    m_flows->setColumnCount(4);
    m_flows->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("People"), tr("Share of from")});
    m_flows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flows->verticalHeader()->hide();
    m_flows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_flows->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_profile->setObjectName(QStringLiteral("flowProfile"));
    m_profile->setWordWrap(true);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("exportFlowIds"));
    m_export->setToolTip(tr("Write the customer ids of the selected flow's people to a CSV file, e.g. for a win-back campaign"));
    m_export->setEnabled(false);
    auto *profileBox = new QGroupBox(tr("The flow's people"));
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->addWidget(m_profile, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    profileLayout->addLayout(exportRow);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_flows);
    bottom->addWidget(profileBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_sankey);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(m_fromRun, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_toRun, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_flows, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetSelectionRange> ranges = m_flows->selectedRanges();
        const int row = ranges.isEmpty() ? -1 : ranges.first().topRow();
        if (row != m_selected)
            selectFlow(row);
    });
    connect(m_sankey, &SankeyWidget::flowClicked, this, &TimelineMovementPanel::selectFlow);
    connect(m_export, &QPushButton::clicked, this, &TimelineMovementPanel::exportWithDialog);
    showProfile();
}

void TimelineMovementPanel::setSource(const TimelineSource &source)
{
    const qint64 from = m_fromRun->currentData().toLongLong(), to = m_toRun->currentData().toLongLong();
    m_source = source;
    fillRunBoxes();
    if (from == 0 || !chooseRuns(from, to))
        chooseLastTwo();
}

void TimelineMovementPanel::clear()
{
    setSource(TimelineSource());
}

void TimelineMovementPanel::fillRunBoxes()
{
    m_filling = true;
    m_fromRun->clear();
    m_toRun->clear();
    for (const SegmentationRun &run : m_source.history.runs) {
        const QString label = tr("%1 · %2 personas").arg(TimelineSource::runLabel(run)).arg(run.k);
        m_fromRun->addItem(label, run.id);
        m_toRun->addItem(label, run.id);
    }
    m_filling = false;
}

void TimelineMovementPanel::chooseLastTwo()
{
    const int n = m_fromRun->count();
    m_filling = true;
    m_fromRun->setCurrentIndex(std::max(0, n - 2));
    m_toRun->setCurrentIndex(n - 1);
    m_filling = false;
    reload();
}

bool TimelineMovementPanel::chooseRuns(qint64 fromRun, qint64 toRun)
{
    const int a = m_fromRun->findData(fromRun), b = m_toRun->findData(toRun);
    if (a < 0 || b < 0)
        return false;
    m_filling = true;
    m_fromRun->setCurrentIndex(a);
    m_toRun->setCurrentIndex(b);
    m_filling = false;
    reload();
    return true;
}

QString TimelineMovementPanel::nodeName(const std::optional<qint64> &persona, bool from) const
{
    if (!persona)
        return from ? tr("New to the store") : tr("Left the store");
    return m_source.nameOf(*persona);
}

void TimelineMovementPanel::reload()
{
    const int keep = m_selected;
    const Movement previous = m_movement;
    m_movement = Movement();
    m_selected = -1;
    m_flows->setRowCount(0);
    m_sankey->clear();
    const qint64 from = m_fromRun->currentData().toLongLong(), to = m_toRun->currentData().toLongLong();
    if (!m_source.project || from == 0 || to == 0) {
        m_status->setText(m_source.history.runs.size() < 2 ? tr("Movement needs two runs.") : QString());
        showProfile();
        return;
    }
    if (from == to) {
        m_status->setText(tr("Choose two different runs."));
        showProfile();
        return;
    }
    Error error;
    const auto m = RunHistory::movement(*m_source.project, from, to, &error);
    if (!m) {
        m_status->setText(error.toString());
        showProfile();
        return;
    }
    m_movement = *m;
    const QLocale locale;
    m_status->setText(tr("%1 people then, %2 now.").arg(locale.toString(m->peopleBefore), locale.toString(m->peopleAfter)));

    // The diagram: the personas of each run in their order, and the store's outside.
    QList<SankeyWidget::Node> before, after;
    QHash<qint64, int> beforeIndex, afterIndex;
    for (const RunPersona &p : m->fromPersonas) {
        beforeIndex.insert(p.personaId, int(before.size()));
        before << SankeyWidget::Node {m_source.nameOf(p.personaId), m_source.colorOf(p.personaId), 0, false};
    }
    // The later run's personas in the order of the earlier run's where they were in it (fewer
    // bands crossing), the new ones after them.
    QList<RunPersona> later = m->toPersonas;
    std::stable_sort(later.begin(), later.end(), [&beforeIndex](const RunPersona &x, const RunPersona &y) {
        return beforeIndex.value(x.personaId, INT_MAX) < beforeIndex.value(y.personaId, INT_MAX);
    });
    for (const RunPersona &p : later) {
        afterIndex.insert(p.personaId, int(after.size()));
        after << SankeyWidget::Node {m_source.nameOf(p.personaId), m_source.colorOf(p.personaId), 0, false};
    }
    const int newcomers = int(before.size()), leavers = int(after.size());
    before << SankeyWidget::Node {nodeName(std::nullopt, true), kOutside, 0, true};
    after << SankeyWidget::Node {nodeName(std::nullopt, false), kOutside, 0, true};
    QHash<int, qint64> outOf; // people per earlier node
    QList<SankeyWidget::Link> links;
    for (const Flow &f : m->flows) {
        const int a = f.from ? int(beforeIndex.value(*f.from, newcomers)) : newcomers;
        const int b = f.to ? int(afterIndex.value(*f.to, leavers)) : leavers;
        links << SankeyWidget::Link {a, b, f.people};
        outOf[a] += f.people;
    }
    m_sankey->setFlows(TimelineSource::runLabel(m->fromRun), before, TimelineSource::runLabel(m->toRun), after, links);

    m_flows->setRowCount(int(m->flows.size()));
    for (int row = 0; row < m->flows.size(); ++row) {
        const Flow &f = m->flows[row];
        auto *a = new QTableWidgetItem(nodeName(f.from, true));
        a->setData(Qt::DecorationRole, f.from ? m_source.colorOf(*f.from) : kOutside);
        auto *b = new QTableWidgetItem(nodeName(f.to, false));
        b->setData(Qt::DecorationRole, f.to ? m_source.colorOf(*f.to) : kOutside);
        auto *people = new QTableWidgetItem;
        people->setData(Qt::DisplayRole, f.people);
        people->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        const qint64 total = outOf.value(links[row].from);
        auto *share = new QTableWidgetItem(total > 0 ? tr("%1 %").arg(locale.toString(100.0 * double(f.people) / double(total), 'f', 1))
                                                     : tr("no data"));
        share->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        share->setToolTip(f.from ? tr("Of the persona's people in the earlier run") : tr("Of the people new to the store"));
        m_flows->setItem(row, 0, a);
        m_flows->setItem(row, 1, b);
        m_flows->setItem(row, 2, people);
        m_flows->setItem(row, 3, share);
    }
    m_flows->resizeColumnToContents(2);
    m_flows->resizeColumnToContents(3);
    // The same flow stays selected when the same runs are shown again (a rename, a reload).
    int again = -1;
    if (keep >= 0 && keep < previous.flows.size() && previous.fromRun.id == from && previous.toRun.id == to)
        for (int i = 0; i < m_movement.flows.size(); ++i)
            if (m_movement.flows[i].from == previous.flows[keep].from && m_movement.flows[i].to == previous.flows[keep].to)
                again = i;
    selectFlow(again);
}

void TimelineMovementPanel::selectFlow(int index)
{
    m_selected = index >= 0 && index < m_movement.flows.size() ? index : -1;
    m_sankey->setSelectedFlow(m_selected);
    {
        const QSignalBlocker block(m_flows);
        if (m_selected >= 0)
            m_flows->selectRow(m_selected);
        else
            m_flows->clearSelection();
    }
    if (m_selected >= 0)
        m_flows->scrollToItem(m_flows->item(m_selected, 0));
    showProfile();
}

void TimelineMovementPanel::showProfile()
{
    m_export->setEnabled(false);
    if (m_selected < 0) {
        m_profile->setText(m_movement.flows.isEmpty()
                               ? QString()
                               : tr("Select a flow, in the table or in the diagram, to see what its people did."));
        return;
    }
    const Flow &f = m_movement.flows[m_selected];
    Error error;
    const auto profile = RunHistory::flowProfile(*m_source.project, m_movement.fromRun.id, m_movement.toRun.id, f.from,
                                                 f.to, &error);
    const QLocale locale;
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("%1 → %2: %3 people")
                                .arg(nodeName(f.from, true).toHtmlEscaped(), nodeName(f.to, false).toHtmlEscaped(),
                                     locale.toString(f.people)));
    if (!profile) {
        m_profile->setText(html + QStringLiteral("<p>%1</p>").arg(error.toString().toHtmlEscaped()));
        return;
    }
    const QString noData = tr("no data");
    const QString date = profile->asOf ? TimelineSource::isoDate(*profile->asOf) : tr("the data's end");
    html += QStringLiteral("<p>%1</p>").arg(f.to ? tr("As of %1, the later run:").arg(date)
                                                 : tr("As of %1, the earlier run (they are not in the later one):").arg(date));
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    html += row(tr("Bought"), profile->people > 0
                                  ? tr("%1 of %2 (%3 %)")
                                        .arg(locale.toString(profile->buyers), locale.toString(profile->people),
                                             locale.toString(100.0 * double(profile->buyers) / double(profile->people), 'f', 0))
                                  : noData);
    html += row(tr("Orders per person"),
                std::isnan(profile->ordersPerPerson) ? noData : locale.toString(profile->ordersPerPerson, 'f', 2));
    html += row(tr("Order value"),
                std::isnan(profile->averageOrderValue) ? noData : locale.toString(profile->averageOrderValue, 'f', 2));
    html += row(tr("Days since the last order"),
                std::isnan(profile->recencyDays) ? noData : locale.toString(profile->recencyDays, 'f', 0));
    html += row(tr("Orders between the runs"),
                profile->hasPeriod ? tr("%1, by %2 of them")
                                         .arg(locale.toString(profile->purchasesBetween), locale.toString(profile->buyersBetween))
                                   : noData);
    html += QStringLiteral("</table>");
    m_profile->setText(html);
    m_export->setEnabled(true);
}

bool TimelineMovementPanel::exportFlow(const QString &path, QString *error)
{
    if (m_selected < 0 || !m_source.project) {
        if (error)
            *error = tr("Select a flow first.");
        return false;
    }
    const Flow &f = m_movement.flows[m_selected];
    Error e;
    const auto ids = RunHistory::flowPeople(*m_source.project, m_movement.fromRun.id, m_movement.toRun.id, f.from, f.to, &e);
    if (!ids || !writeStagePeopleCsv(path, *ids, &e)) {
        if (error)
            *error = e.toString();
        return false;
    }
    return true;
}

void TimelineMovementPanel::exportWithDialog()
{
    if (m_selected < 0)
        return;
    const Flow &f = m_movement.flows[m_selected];
    auto fileName = [](QString text) {
        for (QChar &c : text)
            if (!c.isLetterOrNumber())
                c = u'-';
        return text;
    };
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(fileName(nodeName(f.from, true)) + QStringLiteral("_to_") + fileName(nodeName(f.to, false))
                                            + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Customer IDs"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFlow(path, &error)) {
        QMessageBox::warning(this, tr("Export Customer IDs"), error);
        return;
    }
    m_status->setText(tr("%1 customer ids written to %2.").arg(QLocale().toString(f.people), QDir::toNativeSeparators(path)));
}

} // namespace pw
