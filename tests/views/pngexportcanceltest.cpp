// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, item 8: a canceled PNG export keeps none of its images (it left 3 of 4 cards) and
// says so; its progress names the card being drawn.
#include "common/progress.h"
#include "deckexporter.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "language.h"
#include "frame/mainwindow.h"
#include "samplepersonas.h"
#include "frame/taskprogressdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace pw;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

/// Records the stages and cancels when one of them starts with `cancelAt`.
class CancelingProgress : public Progress
{
public:
    explicit CancelingProgress(QString cancelAt) : m_cancelAt(std::move(cancelAt)) {}
    bool report(qint64, qint64, const QString &stage) override
    {
        if (!stage.isEmpty() && (stages.isEmpty() || stages.last() != stage))
            stages << stage;
        if (!m_cancelAt.isEmpty() && stage.startsWith(m_cancelAt))
            m_canceled = true;
        return !m_canceled;
    }
    QStringList stages;

private:
    QString m_cancelAt;
    bool m_canceled = false;
};

} // namespace

TEST(PngExport, ACanceledExportKeepsNoImageAndSaysSo)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    auto project = Project::open(test::projectWithSamplePersonas(dir), Project::OpenMode::OpenExisting, nullptr);
    ASSERT_TRUE(project);
    DeckOptions options;
    options.pngWidth = 400;

    // Canceled while the third card is drawn: the first two are not left behind.
    const QString folder = dir.path(QStringLiteral("cards"));
    CancelingProgress third(QStringLiteral("Drawing card 3 of 3"));
    QStringList written;
    Error error;
    EXPECT_FALSE(exportCardPngs(*project, folder, options, &written, &third, &error));
    EXPECT_TRUE(written.isEmpty());
    EXPECT_TRUE(filesIn(folder).isEmpty()) << qPrintable(filesIn(folder).join(u' '));
    EXPECT_FALSE(QDir(folder).exists()) << "the folder the export made is left empty";
    EXPECT_TRUE(error.message.contains(QStringLiteral("canceled"))) << qPrintable(error.message);
    EXPECT_TRUE(error.message.contains(QStringLiteral("2 images"))) << qPrintable(error.message);
    // The stages name the card being drawn and saved.
    EXPECT_EQ(third.stages.value(0), QStringLiteral("Drawing card 1 of 3: ") + isolated(QStringLiteral("Loyal Lena")));
    EXPECT_EQ(third.stages.value(1), QStringLiteral("Saving card 1 of 3: ") + isolated(QStringLiteral("Loyal Lena")));

    // Cards of an earlier export in the same folder stay as they were.
    const QString kept = dir.path(QStringLiteral("kept"));
    ASSERT_TRUE(exportCardPngs(*project, kept, options, nullptr, nullptr, &error));
    const QStringList before = filesIn(kept);
    ASSERT_EQ(before.size(), 3);
    const QByteArray first = test::fileHash(QDir(kept).filePath(before.first()));
    options.pngWidth = 500;
    CancelingProgress last(QStringLiteral("Saving card 3 of 3"));
    EXPECT_FALSE(exportCardPngs(*project, kept, options, nullptr, &last, &error));
    EXPECT_EQ(filesIn(kept), before);
    EXPECT_EQ(test::fileHash(QDir(kept).filePath(before.first())), first);

    // Canceled before anything was drawn.
    CancelingProgress at(QStringLiteral("Drawing card 1"));
    EXPECT_FALSE(exportCardPngs(*project, folder, options, nullptr, &at, &error));
    EXPECT_EQ(error.message, QStringLiteral("The export was canceled; no image was written."));
}

TEST(PngExport, CancelInTheWindowSaysWhatWasRemoved)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::projectWithSamplePersonas(dir);
    MainWindow window;
    window.start(path, false);
    window.show();
    auto *controller = window.findChild<ExportController *>();
    ASSERT_TRUE(controller);
    QSignalSpy exported(controller, &ExportController::exported);
    ExportRequest request;
    request.format = ExportRequest::Format::Png;
    request.path = dir.path(QStringLiteral("cards"));
    request.options.pngWidth = 6000; // slow enough to cancel in the middle
    controller->exportTo(request);
    TaskProgressDialog *progress = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        progress = window.findChild<TaskProgressDialog *>();
        return progress && progress->isVisible();
    }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return progress->findChild<QLabel *>(QStringLiteral("taskStage"))->text().startsWith(QStringLiteral("Drawing card")); }, 20000));
    progress->findChild<QPushButton *>()->click();
    ASSERT_TRUE(exported.wait(60000));
    EXPECT_FALSE(exported.first().at(1).toBool());
    EXPECT_TRUE(filesIn(request.path).isEmpty()) << qPrintable(filesIn(request.path).join(u' '));
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("The export was canceled")))
        << qPrintable(window.statusBar()->currentMessage());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}
