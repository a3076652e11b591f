// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/backgroundtask.h"
#include "editor/cardview.h"
#include "export/exportcontroller.h"
#include "import/importcontroller.h"
#include "frame/mainwindow.h"
#include "editor/personalistmodel.h"
#include "frame/projectcontroller.h"
#include "samplepersonas.h"
#include "store/project.h"
#include "frame/taskprogressdialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QThreadPool>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <atomic>

using namespace pw;

namespace {

/// Closes every modal dialog (message boxes) that comes up while it lives.
class DialogCloser
{
public:
    DialogCloser()
    {
        // A progress dialog is left alone: closing it cancels the work (on a loaded machine the
        // export is slow enough for its progress dialog to show, and the PDF was never written).
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && !qobject_cast<TaskProgressDialog *>(modal))
                modal->close();
        });
        m_timer.start(50);
    }

private:
    QTimer m_timer;
};

} // namespace

TEST(BackgroundTask, RunsOffTheGuiThreadAndReportsTheResult)
{
    QWidget parent;
    std::optional<int> result;
    bool wasCanceled = true;
    QThread *workerThread = nullptr;
    runInBackground<int>(
        &parent, QStringLiteral("Working"),
        [&workerThread](Progress &progress) {
            workerThread = QThread::currentThread();
            for (int i = 0; i < 5; ++i)
                progress.report(i, 5, QStringLiteral("step"));
            return 42;
        },
        [&](const int &value, bool canceled) {
            result = value;
            wasCanceled = canceled;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    EXPECT_EQ(*result, 42);
    EXPECT_FALSE(wasCanceled);
    EXPECT_NE(workerThread, QThread::currentThread());
}

TEST(BackgroundTask, LongWorkLeavesQtsGlobalPoolToThePainting)
{
    // Qt's raster painting borrows threads of the global pool and waits for them: two long tasks
    // there (on two cores) left a million-people project's window blank until they ended.
    QWidget parent;
    std::atomic<bool> release {false};
    int finished = 0;
    for (int task = 0; task < 2; ++task)
        runInBackground<int>(
            &parent, QStringLiteral("Working"),
            [&release](Progress &) {
                while (!release.load())
                    QThread::msleep(5);
                return 0;
            },
            [&finished](const int &, bool) { ++finished; });
    ASSERT_TRUE(QTest::qWaitFor([] { return backgroundPool()->activeThreadCount() == 2; }, 5000));
    EXPECT_EQ(QThreadPool::globalInstance()->activeThreadCount(), 0);
    // And painting does not wait for them: a large image is drawn and converted while they run.
    QImage image(2000, 2000, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawLine(0, 0, 1999, 1999);
    painter.end();
    EXPECT_FALSE(image.convertToFormat(QImage::Format_RGB888).isNull());
    release = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 2; }, 10000));
}

TEST(BackgroundTask, CancelStopsTheWork)
{
    QWidget parent;
    std::optional<int> result;
    bool wasCanceled = false;
    runInBackground<int>(
        &parent, QStringLiteral("Working"),
        [](Progress &progress) {
            int steps = 0;
            while (progress.report(steps, 0, QString()) && steps < 1000) {
                QThread::msleep(10);
                ++steps;
            }
            return steps;
        },
        [&](const int &value, bool canceled) {
            result = value;
            wasCanceled = canceled;
        });
    QTest::qWait(100);
    auto *dialog = parent.findChild<TaskProgressDialog *>();
    ASSERT_TRUE(dialog);
    auto *cancelButton = dialog->findChild<QPushButton *>();
    ASSERT_TRUE(cancelButton);
    cancelButton->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    EXPECT_TRUE(wasCanceled);
    EXPECT_LT(*result, 1000);
}

TEST(ImportController, ImportsFilesInTheBackgroundAndSignalsTheChange)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::newProject(dir)->path();
    const QString csv = dir.write(QStringLiteral("customers.csv"),
                                  "customer_id,email,first_name\nc1,a@example.com,Ann\nc2,b@example.com,Ben\n");
    MainWindow window;
    window.start(path, false);
    auto *controller = window.findChild<ImportController *>();
    ASSERT_TRUE(controller);
    QSignalSpy imported(controller, &ImportController::imported);
    DialogCloser closer;
    controller->importFiles({csv});
    ASSERT_TRUE(imported.wait(20000));
    EXPECT_EQ(window.projects()->project()->scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toLongLong(), 2);
}

// An import under an existing segmentation says the personas are of the earlier data and offers
// to propose them again; the card counts the people segmented, not the data's.
TEST(ImportController, AnImportUnderExistingPersonasOffersToProposeAgain)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::projectWithSamplePersonas(dir);
    {
        auto project = Project::open(path, Project::OpenMode::OpenExisting, nullptr);
        ASSERT_TRUE(project);
        ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO segmentation_runs(created_at, k, seed, restarts, people,"
                                                 " features, scores, centroids, timings) VALUES(?, 3, 1, 1, 474, '[]',"
                                                 " '{}', '{}', '{}')"),
                                  {QDateTime::currentSecsSinceEpoch() - 60}));
    }
    const QString csv = dir.write(QStringLiteral("customers.csv"), "customer_id\nc1\nc2\nc3\n");
    MainWindow window;
    window.start(path, false);
    ASSERT_FALSE(window.cardView()->context().dataChanged);
    EXPECT_EQ(window.cardView()->context().peopleTotal, 474);
    auto *controller = window.findChild<ImportController *>();
    ASSERT_TRUE(controller);
    QString told;
    bool offered = false, proposing = false;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            told = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QStringLiteral("Propose Personas…")) {
                    offered = true;
                    button->click();
                    return;
                }
            }
            box->close();
        } else if (modal && modal->inherits("pw::SegmentationDialog")) {
            proposing = true;
            modal->close();
        }
    });
    watcher.start(50);
    QSignalSpy imported(controller, &ImportController::imported);
    controller->importFiles({csv});
    ASSERT_TRUE(imported.wait(20000));
    EXPECT_TRUE(told.contains(QLatin1String("The personas are from the earlier data (474 people)"))) << qPrintable(told);
    EXPECT_TRUE(offered);
    ASSERT_TRUE(QTest::qWaitFor([&] { return proposing; }, 5000));
    watcher.stop();
    // The card's footer counts the people segmented and says the data changed since.
    EXPECT_EQ(window.cardView()->context().peopleTotal, 474);
    EXPECT_TRUE(window.cardView()->context().dataChanged);
    bool statusSays = false;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        statusSays = statusSays || label->text().contains(QLatin1String("The personas are from earlier data"));
    EXPECT_TRUE(statusSays);
}

TEST(ExportController, ExportsThePdfInTheBackground)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::projectWithSamplePersonas(dir);
    MainWindow window;
    window.start(path, false);
    auto *controller = window.findChild<ExportController *>();
    ASSERT_TRUE(controller);
    DialogCloser closer;
    const QString pdf = dir.path(QStringLiteral("out.pdf"));
    controller->exportPdf(pdf);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(pdf); }, 20000));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}

TEST(ProjectController, CreatesAndOpensTheDemoStore)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    MainWindow window;
    window.start(QString(), false);
    QSignalSpy changed(window.projects(), &ProjectController::projectChanged);
    const QString path = dir.path(QStringLiteral("demo.personas"));
    window.projects()->openDemo(path);
    ASSERT_TRUE(changed.wait(120000));
    ASSERT_TRUE(window.projects()->project());
    EXPECT_EQ(window.projects()->project()->path(), path);
    EXPECT_GE(window.personaModel()->rowCount(), 3);
    EXPECT_TRUE(window.cardView()->persona().has_value());
}
