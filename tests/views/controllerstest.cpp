// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtask.h"
#include "cardview.h"
#include "exportcontroller.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "personalistmodel.h"
#include "projectcontroller.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Closes every modal dialog (message boxes) that comes up while it lives.
class DialogCloser
{
public:
    DialogCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
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
