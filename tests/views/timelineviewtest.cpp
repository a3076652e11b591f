// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline tab: a timeline made in the window shows the planted movement of a small store,
// its drift flags follow the threshold, and the flow diagram selects the flow clicked.
#include "analysis/runhistory.h"
#include "analysis/timeline.h"
#include "changingstore.h"
#include "frame/mainwindow.h"
#include "frame/projectcontroller.h"
#include "frame/projectwatcher.h"
#include "timeline/sankeywidget.h"
#include "frame/taskprogressdialog.h"
#include "testsupport.h"
#include "timeline/timelinecontroller.h"
#include "timeline/timelinehistorypanel.h"
#include "timeline/timelinemovementpanel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pw;

namespace {

/// The changing store in a project open in a window, with a quarterly timeline made through the
/// window's Timeline controller (two to four personas per run, no stability re-runs: fast).
class TimelineTab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.path(QStringLiteral("changing.personas"));
        {
            Error error;
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
            ASSERT_TRUE(project) << qPrintable(error.message);
            test::buildChangingStore(*project);
        }
        window = std::make_unique<MainWindow>();
        QString error;
        ASSERT_TRUE(window->start(path, false, &error)) << qPrintable(error);
        window->resize(1400, 900);
        window->show();
        view = window->timeline()->view();
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("personaTabs"));
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentWidget(view);
        ASSERT_FALSE(view->hasTimeline());
        ASSERT_TRUE(view->makeButton()->isVisible()); // the explanation and its button
    }

    /// Makes the quarterly timeline of 2024 and waits for the view to show it.
    void makeTimeline()
    {
        QSignalSpy made(window->timeline(), &TimelineController::made);
        SegmentationOptions options;
        options.stabilityRuns = 0;
        options.kMin = 2;
        window->timeline()->run(periodEnds(TimelinePeriod::Quarter, QDate(2024, 1, 1), QDate(2024, 12, 31)), options);
        ASSERT_TRUE(made.wait(60000));
        ASSERT_EQ(made.first().first().toInt(), 4);
        ASSERT_TRUE(view->hasTimeline());
        runs = RunStore::allRuns(*window->projects()->project(), nullptr).value_or(QList<SegmentationRun>());
        ASSERT_EQ(runs.size(), 4);
        std::reverse(runs.begin(), runs.end()); // oldest first
    }

    Project &project() { return *window->projects()->project(); }

    /// The persona most of a planted group's people are in, in one run.
    std::optional<qint64> personaOfGroup(qint64 run, QChar group)
    {
        const QVariant id = project().scalar(
            QStringLiteral("SELECT rp.persona_id FROM assignments a JOIN people p ON p.id = a.person_id"
                           " JOIN run_personas rp ON rp.run_id = a.run_id AND rp.segment = a.segment"
                           " WHERE a.run_id = ? AND substr(p.customer_id, 1, 1) = ?"
                           " GROUP BY rp.persona_id ORDER BY count(*) DESC LIMIT 1"),
            {run, QString(group)});
        return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    }

    test::TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    TimelineView *view = nullptr;
    QList<SegmentationRun> runs;
};

int driftsIn(const History &h)
{
    int n = 0;
    for (const PersonaHistory &p : h.personas)
        for (const HistoryPoint &pt : p.points)
            n += pt.drift ? 1 : 0;
    return n;
}

} // namespace

TEST_F(TimelineTab, ShowsThePlantedMovementAndExportsAFlowsCustomers)
{
    makeTimeline();
    TimelineMovementPanel *movement = view->movementPanel();
    // By default the last two runs.
    EXPECT_EQ(movement->fromRunBox()->currentData().toLongLong(), runs[2].id);
    EXPECT_EQ(movement->toRunBox()->currentData().toLongLong(), runs[3].id);

    // June to September, around the change: the table is the model's movement, row for row.
    ASSERT_TRUE(movement->chooseRuns(runs[1].id, runs[2].id));
    Error error;
    const auto m = RunHistory::movement(project(), runs[1].id, runs[2].id, &error);
    ASSERT_TRUE(m) << qPrintable(error.message);
    QTableWidget *table = movement->flowTable();
    ASSERT_EQ(table->rowCount(), m->flows.size());
    ASSERT_EQ(movement->movement().flows.size(), m->flows.size());
    // Each persona is named as it is now (the history's latest), wherever it appears.
    const auto h = RunHistory::history(project(), -1, &error);
    ASSERT_TRUE(h);
    QHash<qint64, QString> names;
    for (const PersonaHistory &p : h->personas)
        names.insert(p.personaId, p.latest.displayName(QStringLiteral("en")));
    auto nameOf = [&](const std::optional<qint64> &id, const QList<RunPersona> &, const QString &outside) {
        return id ? names.value(*id) : outside;
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        const Flow &f = m->flows[row];
        // (a persona no longer in the project says until when it was: "… (until 2024-12-31)")
        EXPECT_TRUE(table->item(row, 0)->text().startsWith(nameOf(f.from, m->fromPersonas, QStringLiteral("New to the store"))))
            << row << qPrintable(table->item(row, 0)->text());
        EXPECT_TRUE(table->item(row, 1)->text().startsWith(nameOf(f.to, m->toPersonas, QStringLiteral("Left the store"))))
            << row << qPrintable(table->item(row, 1)->text());
        EXPECT_EQ(table->item(row, 2)->data(Qt::DisplayRole).toLongLong(), f.people) << row;
    }
    // And it is the planted one: thirty repeat buyers stopped, thirty newcomers came in.
    const auto repeat = personaOfGroup(runs[1].id, u'R');
    const auto lapsed = personaOfGroup(runs[2].id, u'L');
    const auto newcomers = personaOfGroup(runs[2].id, u'N');
    ASSERT_TRUE(repeat && lapsed && newcomers);
    int stoppedRow = -1;
    qint64 total = 0;
    for (int row = 0; row < m->flows.size(); ++row) {
        total += m->flows[row].people;
        if (m->flows[row].from == repeat && m->flows[row].to == lapsed)
            stoppedRow = row;
    }
    EXPECT_EQ(total, 120);
    ASSERT_GE(stoppedRow, 0);
    EXPECT_EQ(table->item(stoppedRow, 2)->data(Qt::DisplayRole).toLongLong(), 30);
    EXPECT_EQ(table->item(stoppedRow, 3)->text(), QStringLiteral("50.0 %")); // half of the repeat buyers

    // Selecting the row selects the band and shows the flow's people; export writes their ids.
    auto *exportButton = movement->findChild<QPushButton *>(QStringLiteral("exportFlowIds"));
    ASSERT_NE(exportButton, nullptr);
    EXPECT_FALSE(exportButton->isEnabled());
    table->selectRow(stoppedRow);
    EXPECT_EQ(movement->selectedFlow(), stoppedRow);
    EXPECT_EQ(movement->sankey()->selectedFlow(), stoppedRow);
    EXPECT_TRUE(exportButton->isEnabled());
    const QString profile = movement->profileLabel()->text();
    EXPECT_TRUE(profile.contains(QStringLiteral("30 of 30"))) << qPrintable(profile); // all had bought
    EXPECT_TRUE(profile.contains(QStringLiteral("0, by 0 of them"))) << qPrintable(profile); // none since June
    const QString csv = dir.path(QStringLiteral("winback.csv"));
    QString problem;
    ASSERT_TRUE(movement->exportFlow(csv, &problem)) << qPrintable(problem);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.takeFirst(), QStringLiteral("customer_id"));
    const auto ids = RunHistory::flowPeople(project(), runs[1].id, runs[2].id, repeat, lapsed, &error);
    ASSERT_TRUE(ids);
    EXPECT_EQ(lines, *ids);
    QStringList planted;
    for (int i = 0; i < 30; ++i)
        planted << QStringLiteral("L%1").arg(i);
    planted.sort();
    EXPECT_EQ(lines, planted);

    // A rename elsewhere reaches the view: names come from the personas as they are now.
    {
        Error e;
        auto other = Project::open(path, Project::OpenMode::OpenExisting, &e);
        ASSERT_TRUE(other) << qPrintable(e.message);
        ASSERT_TRUE(other->exec(QStringLiteral("UPDATE personas SET name = 'Win-back list' WHERE id = ?"), {*lapsed}, &e))
            << qPrintable(e.message);
    }
    window->watcher()->check();
    EXPECT_EQ(table->item(stoppedRow, 1)->text(), QStringLiteral("Win-back list"));
    EXPECT_EQ(movement->selectedFlow(), stoppedRow); // the same flow stays selected
}

TEST_F(TimelineTab, TheThresholdChangesTheDriftFlags)
{
    makeTimeline();
    TimelineHistoryPanel *history = view->historyPanel();
    EXPECT_DOUBLE_EQ(history->threshold(), RunHistory::defaultThreshold);
    Error error;
    const auto atDefault = RunHistory::history(project(), RunHistory::defaultThreshold, &error);
    ASSERT_TRUE(atDefault) << qPrintable(error.message);
    const int flagged = driftsIn(*atDefault);
    EXPECT_GE(flagged, 1); // the repeat buyers' persona, when the lapsed left it
    EXPECT_EQ(history->driftTable()->rowCount(), flagged);
    // One line per persona in the chart (and a hidden marker series each), a row per persona.
    EXPECT_EQ(history->figuresTable()->rowCount(), atDefault->personas.size());
    EXPECT_EQ(history->chart()->series().size(), atDefault->personas.size() * 2);

    history->setThreshold(9.5);
    EXPECT_EQ(history->driftTable()->rowCount(), 0);
    EXPECT_EQ(history->history().threshold, 9.5);
    history->setThreshold(0.05);
    const auto low = RunHistory::history(project(), 0.05, &error);
    ASSERT_TRUE(low);
    EXPECT_GT(driftsIn(*low), flagged);
    EXPECT_EQ(history->driftTable()->rowCount(), driftsIn(*low));

    // The figures follow the metric; the September newcomers never bought: no data.
    history->setMetric(TimelineHistoryPanel::Metric::OrderValue);
    bool noData = false;
    for (int r = 0; r < history->figuresTable()->rowCount(); ++r)
        for (int c = 1; c < history->figuresTable()->columnCount(); ++c)
            noData = noData || history->figuresTable()->item(r, c)->text() == QStringLiteral("no data");
    EXPECT_TRUE(noData);
}

TEST_F(TimelineTab, ASecondTimelineReplacesTheFirst)
{
    makeTimeline();
    const qint64 firstRuns = project().scalar(QStringLiteral("SELECT count(*) FROM segmentation_runs")).toLongLong();
    QSignalSpy made(window->timeline(), &TimelineController::made);
    SegmentationOptions options;
    options.stabilityRuns = 0;
    options.kMin = 2;
    window->timeline()->run(periodEnds(TimelinePeriod::Quarter, QDate(2024, 4, 1), QDate(2024, 12, 31)), options);
    ASSERT_TRUE(made.wait(60000));
    EXPECT_EQ(project().scalar(QStringLiteral("SELECT count(*) FROM segmentation_runs")).toLongLong(), firstRuns + 3);
    EXPECT_EQ(view->historyPanel()->history().runs.size(), 3);
    EXPECT_EQ(view->movementPanel()->fromRunBox()->count(), 3);
    EXPECT_EQ(view->historyPanel()->figuresTable()->columnCount(), 4); // the persona and three runs
}

// A failed timeline stores nothing: here its second date is before any data, so its run fails
// after the first one was made.
TEST_F(TimelineTab, AFailedTimelineLeavesTheProjectAsItWas)
{
    QSignalSpy made(window->timeline(), &TimelineController::made);
    SegmentationOptions options;
    options.stabilityRuns = 0;
    options.kMin = 2;
    window->timeline()->run({QDate(2024, 6, 30), QDate(2023, 1, 31)}, options);
    // The failure is told in a message box (its own event loop): a timer reads and closes it.
    QString told;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->close();
        }
    });
    closer.start(50);
    ASSERT_TRUE(QTest::qWaitFor([&told] { return !told.isEmpty(); }, 60000));
    EXPECT_TRUE(told.contains(QStringLiteral("2023-01-31"))) << qPrintable(told); // the run that failed
    EXPECT_EQ(made.count(), 0);
    EXPECT_EQ(project().scalar(QStringLiteral("SELECT count(*) FROM segmentation_runs")).toLongLong(), 0);
    EXPECT_EQ(project().scalar(QStringLiteral("SELECT count(*) FROM personas")).toLongLong(), 0);
    EXPECT_FALSE(view->hasTimeline());
}

// Cancel stops the timeline and stores none of its runs, however far it got.
TEST_F(TimelineTab, ACancelledTimelineLeavesTheProjectAsItWas)
{
    QSignalSpy made(window->timeline(), &TimelineController::made);
    QSignalSpy told(window->timeline(), &TimelineController::message);
    SegmentationOptions options;
    options.stabilityRuns = 0;
    options.kMin = 2;
    window->timeline()->run(periodEnds(TimelinePeriod::Month, QDate(2024, 1, 1), QDate(2024, 12, 31)), options);
    // The progress dialog exists from the start (it shows itself only after a moment): its
    // Cancel (Esc) is pressed at once.
    // (The window may run other background work, the funnels: the timeline's is the one that says so.)
    TaskProgressDialog *progress = nullptr;
    for (auto *dialog : window->findChildren<TaskProgressDialog *>())
        for (auto *label : dialog->findChildren<QLabel *>())
            if (label->text() == QStringLiteral("Making the timeline…"))
                progress = dialog;
    ASSERT_NE(progress, nullptr);
    progress->reject();
    ASSERT_TRUE(told.wait(60000));
    EXPECT_TRUE(told.first().first().toString().contains(QStringLiteral("cancelled")));
    EXPECT_EQ(made.count(), 0);
    EXPECT_EQ(project().scalar(QStringLiteral("SELECT count(*) FROM segmentation_runs")).toLongLong(), 0);
    EXPECT_EQ(project().scalar(QStringLiteral("SELECT count(*) FROM personas")).toLongLong(), 0);
    EXPECT_FALSE(view->hasTimeline());
}

namespace {

/// Three personas then, three now and the outside: six flows of different widths.
void fill(SankeyWidget &w)
{
    const QList<SankeyWidget::Node> before {{QStringLiteral("Repeat"), Qt::red, 0, false},
        {QStringLiteral("Bouncers"), Qt::blue, 0, false}, {QStringLiteral("New to the store"), Qt::gray, 0, true}};
    const QList<SankeyWidget::Node> after {{QStringLiteral("Repeat"), Qt::red, 0, false},
        {QStringLiteral("Lapsed"), Qt::green, 0, false}, {QStringLiteral("Bouncers"), Qt::blue, 0, false},
        {QStringLiteral("Left the store"), Qt::gray, 0, true}};
    w.setFlows(QStringLiteral("as of 2024-06-30"), before, QStringLiteral("as of 2024-09-30"), after,
               {{0, 0, 300}, {0, 1, 120}, {1, 2, 200}, {1, 3, 40}, {2, 0, 60}, {2, 2, 90}});
}

/// A point inside band `index` and inside no other band, or a null point.
QPointF onlyIn(const SankeyWidget &w, int index, int bands)
{
    const QRectF box = w.flowPath(index).boundingRect();
    // Whole pixels: a click lands on one.
    for (int y = int(box.top()) + 1; y < box.bottom(); y += 1)
        for (int x = int(box.left()) + 1; x < box.right(); x += 2) {
            const QPointF p(x, y);
            if (!w.flowPath(index).contains(p))
                continue;
            bool alone = true;
            for (int j = 0; j < bands && alone; ++j)
                alone = j == index || !w.flowPath(j).contains(p);
            if (alone)
                return p;
        }
    return {};
}

} // namespace

TEST(SankeyWidget, AClickSelectsTheFlowUnderIt)
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        SankeyWidget w;
        w.setLayoutDirection(direction);
        w.resize(700, 420);
        fill(w);
        w.show();
        QSignalSpy clicked(&w, &SankeyWidget::flowClicked);
        for (int i = 0; i < 6; ++i) {
            const QPointF p = onlyIn(w, i, 6);
            ASSERT_FALSE(p.isNull()) << i;
            EXPECT_EQ(w.flowAt(p), i);
            QTest::mouseClick(&w, Qt::LeftButton, {}, p.toPoint());
            EXPECT_EQ(w.selectedFlow(), i) << i << " direction " << direction;
            EXPECT_EQ(clicked.last().first().toInt(), i);
        }
        // Outside every band: nothing.
        QTest::mouseClick(&w, Qt::LeftButton, {}, QPoint(2, w.height() - 2));
        EXPECT_EQ(w.selectedFlow(), -1);
        // Widths follow the people: the 300 band is wider than the 40 one where they leave.
        EXPECT_GT(w.flowPath(0).boundingRect().height(), w.flowPath(3).boundingRect().height() * 0.5);
        // The earlier run is on the left, on the right in a right-to-left layout.
        const QRectF first = w.flowPath(0).boundingRect();
        const double startX = w.flowPath(0).elementAt(0).x;
        if (direction == Qt::LeftToRight)
            EXPECT_NEAR(startX, first.left(), 0.5);
        else
            EXPECT_NEAR(startX, first.right(), 0.5);
    }
}
