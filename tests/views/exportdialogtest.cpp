// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export…: the dialog's choices, remembered per project; the export in another language;
// the choice of the presentation's screen.
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "language.h"
#include "frame/mainwindow.h"
#include "presentation/presentationcontroller.h"
#include "presentation/presentationwindow.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Closes the message boxes that say how an export went (not its progress dialog, which
/// would cancel it).
class MessageCloser
{
public:
    MessageCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->close();
        });
        m_timer.start(50);
    }

private:
    QTimer m_timer;
};

QByteArray zipPart(const QString &zipPath, const QString &part)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        return QByteArray();
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ExportDialog, DefaultsToAPdfBesideTheProjectAndWideImages)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("never exported.personas"));
    const ExportRequest r = ExportDialog::storedRequest(project);
    EXPECT_EQ(r.format, ExportRequest::Format::Pdf);
    EXPECT_EQ(QDir::fromNativeSeparators(r.path), dir.path(QStringLiteral("never exported.pdf")));
    EXPECT_GE(r.options.pngWidth, 1600);
    EXPECT_EQ(r.options.minSegment, 10);
    EXPECT_EQ(r.options.language, applicationLanguage());
}

TEST(ExportDialog, RemembersTheChoicesPerProject)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("a.personas"));
    ExportRequest r;
    r.format = ExportRequest::Format::Pptx;
    r.path = dir.path(QStringLiteral("slides.pptx"));
    r.options.pageSize = DeckOptions::PageSize::Letter;
    r.options.landscape = false;
    r.options.minSegment = 25;
    r.options.pngWidth = 2400;
    r.options.language = QStringLiteral("ru");
    ExportDialog::storeRequest(project, r);

    const ExportRequest back = ExportDialog::storedRequest(project);
    EXPECT_EQ(back.format, r.format);
    EXPECT_EQ(back.path, r.path);
    EXPECT_EQ(back.options.pageSize, r.options.pageSize);
    EXPECT_EQ(back.options.landscape, r.options.landscape);
    EXPECT_EQ(back.options.minSegment, 25);
    EXPECT_EQ(back.options.pngWidth, 2400);
    EXPECT_EQ(back.options.language, QStringLiteral("ru"));

    const ExportRequest other = ExportDialog::storedRequest(dir.path(QStringLiteral("b.personas")));
    EXPECT_EQ(other.format, ExportRequest::Format::Pdf);
    EXPECT_EQ(other.options.minSegment, 10);

    // The dialog shows the stored choices and gives them back.
    ExportDialog dialog(project);
    dialog.setRequest(back);
    const ExportRequest shown = dialog.request();
    EXPECT_EQ(shown.format, r.format);
    EXPECT_EQ(shown.path, r.path);
    EXPECT_EQ(shown.options.minSegment, 25);
    EXPECT_EQ(shown.options.language, QStringLiteral("ru"));
    EXPECT_FALSE(shown.options.landscape);
}

TEST(ExportDialog, TheFormatChangesThePathAndWhichOptionsApply)
{
    test::TempDir dir;
    ExportDialog dialog(dir.path(QStringLiteral("shop.personas")));
    ExportRequest r;
    r.path = dir.path(QStringLiteral("shop.pdf"));
    dialog.setRequest(r);
    auto *format = dialog.findChildren<QComboBox *>().value(0);
    ASSERT_TRUE(format);
    const auto spins = dialog.findChildren<QSpinBox *>();
    ASSERT_EQ(spins.size(), 2);
    EXPECT_FALSE(spins[0]->isEnabled()); // the image width: only for PNGs

    format->setCurrentIndex(format->findData(int(ExportRequest::Format::Png)));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.request().path), dir.path(QStringLiteral("shop-cards")));
    EXPECT_TRUE(spins[0]->isEnabled());
    format->setCurrentIndex(format->findData(int(ExportRequest::Format::Pptx)));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.request().path), dir.path(QStringLiteral("shop.pptx")));
    EXPECT_EQ(dialog.request().format, ExportRequest::Format::Pptx);
    EXPECT_FALSE(spins[0]->isEnabled());
}

TEST(ScopedThreadLanguage, AnswersInItsLanguageOnItsThreadOnly)
{
    const QString before = applicationLanguage();
    ASSERT_TRUE(setApplicationLanguage(QStringLiteral("ru")));
    const auto overview = [] { return QCoreApplication::translate("Deck", "Overview"); };
    ASSERT_EQ(overview(), QStringLiteral("Обзор"));
    QString onWorker, onWorkerInEnglish, onMainMeanwhile;
    QThread *worker = QThread::create([&] {
        {
            const ScopedThreadLanguage hebrew(QStringLiteral("he"));
            onWorker = overview();
            {
                const ScopedThreadLanguage english(QStringLiteral("en"));
                onWorkerInEnglish = overview();
            }
            QMetaObject::invokeMethod(qApp, [&] { onMainMeanwhile = overview(); }, Qt::BlockingQueuedConnection);
        }
    });
    worker->start();
    while (!worker->wait(10))
        QCoreApplication::processEvents();
    delete worker;
    EXPECT_EQ(onWorker, QStringLiteral("סקירה כללית"));
    EXPECT_EQ(onWorkerInEnglish, QStringLiteral("Overview")) << "the interface's Russian showed through";
    EXPECT_EQ(onMainMeanwhile, QStringLiteral("Обзор"));
    EXPECT_EQ(overview(), QStringLiteral("Обзор"));
    setApplicationLanguage(before);
}

TEST(ExportController, WritesAPptxInTheExportsLanguageWhileTheInterfaceKeepsItsOwn)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::projectWithSamplePersonas(dir);
    const QString before = applicationLanguage();
    ASSERT_TRUE(setApplicationLanguage(QStringLiteral("ru")));
    MainWindow window;
    window.start(path, false);
    auto *controller = window.findChild<ExportController *>();
    ASSERT_TRUE(controller);
    int languageChanges = 0;
    struct LanguageChangeCounter : QObject
    {
        int *count;
        explicit LanguageChangeCounter(int *c) : count(c) {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::LanguageChange)
                ++*count;
            return false;
        }
    } counter(&languageChanges);
    QCoreApplication::sendPostedEvents(); // the language changes posted by setting Russian above
    qApp->installEventFilter(&counter);
    QSignalSpy exported(controller, &ExportController::exported);
    MessageCloser closer;
    ExportRequest request;
    request.format = ExportRequest::Format::Pptx;
    request.path = dir.path(QStringLiteral("deck.pptx"));
    request.options.language = QStringLiteral("he");
    controller->exportTo(request);
    ASSERT_TRUE(exported.wait(30000));
    qApp->removeEventFilter(&counter);
    EXPECT_TRUE(exported.first().at(1).toBool());
    EXPECT_EQ(applicationLanguage(), QStringLiteral("ru"));
    EXPECT_EQ(languageChanges, 0) << "the interface was switched to the export's language";
    EXPECT_EQ(QCoreApplication::translate("Deck", "Overview"), QStringLiteral("Обзор"));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(request.path)));
    const QString overview = QString::fromUtf8(zipPart(request.path, QStringLiteral("ppt/slides/slide2.xml")));
    EXPECT_TRUE(overview.contains(QStringLiteral("סקירה כללית"))) << qPrintable(overview.left(400));
    EXPECT_TRUE(overview.contains(QStringLiteral("rtl=\"1\"")));
    setApplicationLanguage(before);
}

TEST(PresentationController, ChoosesAnotherScreenThanTheWindowsUnlessOneIsChosen)
{
    const QStringList two = {QStringLiteral("HDMI-1"), QStringLiteral("eDP-1")};
    EXPECT_EQ(PresentationController::chooseScreen(two, 1, QString()), 0);
    EXPECT_EQ(PresentationController::chooseScreen(two, 0, QString()), 1);
    EXPECT_EQ(PresentationController::chooseScreen(two, 0, QStringLiteral("HDMI-1")), 0);
    EXPECT_EQ(PresentationController::chooseScreen(two, 1, QStringLiteral("gone")), 0);
    // One screen: present on it, whatever was chosen before.
    EXPECT_EQ(PresentationController::chooseScreen({QStringLiteral("eDP-1")}, 0, QString()), 0);
    EXPECT_EQ(PresentationController::chooseScreen({QStringLiteral("eDP-1")}, -1, QStringLiteral("HDMI-1")), 0);
    EXPECT_EQ(PresentationController::chooseScreen({}, -1, QString()), -1);
}

TEST(PresentationController, PresentsOnTheOnlyScreenAndListsItInTheMenu)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::projectWithSamplePersonas(dir);
    MainWindow window;
    window.start(path, false);
    auto *controller = window.findChild<PresentationController *>();
    ASSERT_TRUE(controller);
    controller->setChosenScreen(QStringLiteral("no such screen"));
    ASSERT_EQ(QGuiApplication::screens().size(), 1);
    EXPECT_EQ(controller->presentationScreen(), QGuiApplication::screens().first());
    Q_EMIT controller->screenMenu()->aboutToShow();
    int screenEntries = 0;
    for (const QAction *a : controller->screenMenu()->actions())
        screenEntries += a->isCheckable() ? 1 : 0;
    EXPECT_EQ(screenEntries, 2); // automatic and the one screen
    EXPECT_TRUE(controller->screenMenu()->actions().first()->isChecked());
    PresentationWindow *presentation = controller->present();
    ASSERT_TRUE(presentation);
    EXPECT_EQ(presentation->screen(), QGuiApplication::screens().first());
    presentation->close();
    controller->setChosenScreen(QString());
}
