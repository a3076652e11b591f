// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, items 1 and 2: the progress dialog of a background task must be gone before its
// result box opens, and must not come back over it (QProgressDialog's auto-show timer and its
// reset on Cancel used to show it again, which left the window without an answer).
#include "analysis/runstore.h"
#include "demo/demostore.h"
#include "import/importer.h"
#include "import/importcontroller.h"
#include "frame/mainwindow.h"
#include "frame/projectcontroller.h"
#include "segmentation/segmentationcontroller.h"
#include "segmentation/segmentationdialog.h"
#include "store/summary.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Watches the top-level widgets while a result box is open: notes every other visible dialog
/// (a progress dialog outliving its task), and closes the box after `keepOpenMs` (long enough
/// for QProgressDialog's 400 ms auto-show to have fired).
class ResultBoxWatch
{
public:
    explicit ResultBoxWatch(int keepOpenMs = 900) : m_keepOpenMs(keepOpenMs)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start(20);
    }

    int boxesClosed() const { return m_closed; }
    QStringList strays() const { return m_strays; }
    QString lastText() const { return m_lastText; }

private:
    void poll()
    {
        QMessageBox *box = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *b = qobject_cast<QMessageBox *>(w); b && b->isVisible())
                box = b;
        if (!box) {
            m_open.invalidate();
            return;
        }
        if (!m_open.isValid())
            m_open.start();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != box && w->isVisible() && qobject_cast<QDialog *>(w)) {
                const QString name = QString::fromLatin1(w->metaObject()->className());
                if (!m_strays.contains(name))
                    m_strays << name;
            }
        }
        if (m_open.elapsed() >= m_keepOpenMs) {
            m_lastText = box->text();
            ++m_closed;
            m_open.invalidate();
            // Straight to the box: a modal dialog shown over it must not keep the test waiting.
            box->done(QMessageBox::Ok);
        }
    }

    QTimer m_timer;
    QElapsedTimer m_open;
    int m_keepOpenMs;
    int m_closed = 0;
    QStringList m_strays;
    QString m_lastText;
};

/// The visible dialog other than a message box (the progress dialog), if any.
QDialog *visibleProgressDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && !qobject_cast<QMessageBox *>(w))
            return d;
    return nullptr;
}

class BackgroundTaskDialogs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        DemoOptions options;
        options.people = 400;
        Error error;
        const QStringList files = writeDemoStore(m_dir.path(), options, &error);
        ASSERT_FALSE(files.isEmpty()) << qPrintable(error.message);
        m_path = m_dir.path(QStringLiteral("dialogs.personas"));
        auto project = Project::open(m_path, Project::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(project);
        ASSERT_TRUE(importFiles(*project, files, ImportOptions(), nullptr).ok());
        project.reset();
        m_window.start(m_path, false);
        m_window.resize(1000, 700);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    }

    /// Waits until `boxes` result boxes were closed, then a little longer; then nothing may be
    /// left open and the window must take input.
    void expectCleanEnd(const ResultBoxWatch &watch, int boxes)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return watch.boxesClosed() >= boxes; }, 60000));
        QTest::qWait(600);
        EXPECT_TRUE(watch.strays().isEmpty()) << "shown over the result box: " << qPrintable(watch.strays().join(u' '));
        EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
        EXPECT_EQ(visibleProgressDialog(), nullptr);
    }

    test::TempDir m_dir;
    QString m_path;
    MainWindow m_window;
};

} // namespace

TEST_F(BackgroundTaskDialogs, ATinyImportLeavesNoDialogOverItsResult)
{
    const QString csv = m_dir.write(QStringLiteral("tiny.csv"),
                                    "customer_id,email\nt1,t1@example.com\nt2,t2@example.com\nt3,t3@example.com\n");
    auto *controller = m_window.findChild<ImportController *>();
    ASSERT_TRUE(controller);
    ResultBoxWatch watch;
    for (int i = 0; i < 3; ++i) {
        controller->importFiles({csv});
        expectCleanEnd(watch, i + 1);
    }
}

TEST_F(BackgroundTaskDialogs, ACanceledImportLeavesNoDialogOverItsResult)
{
    QByteArray rows = "customer_id,email,first_name\n";
    for (int i = 0; i < 600000; ++i)
        rows += "big" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com,Name\n";
    const QString csv = m_dir.write(QStringLiteral("large.csv"), rows);
    auto *controller = m_window.findChild<ImportController *>();
    ASSERT_TRUE(controller);
    ResultBoxWatch watch;
    controller->importFiles({csv});
    QDialog *progress = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (progress = visibleProgressDialog()) != nullptr; }, 20000))
        << "the progress dialog of a long import never showed";
    auto *cancel = progress->findChild<QPushButton *>();
    ASSERT_TRUE(cancel);
    cancel->click();
    expectCleanEnd(watch, 1);
    EXPECT_TRUE(watch.lastText().contains(QStringLiteral("canceled"))) << qPrintable(watch.lastText());
    // Nothing of the canceled file was written.
    EXPECT_EQ(m_window.projects()->project()->scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE customer_id LIKE 'big%'"))
                  .toLongLong(),
              0);
}

TEST_F(BackgroundTaskDialogs, ProposingLeavesNoDialogOverItsResult)
{
    auto *controller = m_window.findChild<SegmentationController *>();
    ASSERT_TRUE(controller);
    ResultBoxWatch watch;
    SegmentationOptions options;
    options.k = 3;
    options.restarts = 2;
    options.stabilityRuns = 0;
    for (int i = 0; i < 2; ++i) {
        controller->run(options);
        expectCleanEnd(watch, i + 1);
    }
}

// Propose Personas as of a day chosen in its dialog: the run is of the store as it was then, and
// the dialog offers only the data's own dates.
TEST_F(BackgroundTaskDialogs, ProposingAsOfADateSegmentsTheStoreAsItWasThen)
{
    auto *controller = m_window.findChild<SegmentationController *>();
    ASSERT_TRUE(controller);
    Project *project = m_window.projects()->project();
    const auto summary = summarize(*project, nullptr);
    ASSERT_TRUE(summary && summary->firstDate.isValid());
    const QDate first = summary->firstDate.date(), last = summary->lastDate.date();
    const QDate middle = first.addDays(first.daysTo(last) / 2);
    std::optional<QDate> offered, tooLate;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<SegmentationDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        offered = dialog->asOf(); // all the data unless asked
        dialog->setAsOf(last.addDays(30));
        tooLate = dialog->asOf(); // past the data: its last day
        dialog->setFixedK(3);
        dialog->setAsOf(middle);
        dialog->accept();
    });
    answer.start(50);
    ResultBoxWatch watch;
    controller->propose();
    expectCleanEnd(watch, 1);
    EXPECT_FALSE(offered.has_value());
    EXPECT_EQ(tooLate, last);
    Error error;
    const auto run = RunStore::latestRun(*project, &error);
    ASSERT_TRUE(run) << qPrintable(error.message);
    EXPECT_EQ(run->asOf, middle);
    const qint64 present = project->scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM orders WHERE order_date < ?"),
                                           {middle.addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch()})
                               .toLongLong();
    EXPECT_GE(run->people, present); // everyone who had ordered by then, and visitors
    EXPECT_LT(run->people, 400);     // not those who came later
}
