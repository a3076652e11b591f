// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/mainwindow.h"
#include "presentation/presentationcontroller.h"
#include "presentation/presentationwindow.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QFileInfo>
#include <QPointer>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace pw;

TEST(PresentationController, PresentCopyCardAndPrintWorkOnTheOpenProject)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::projectWithSamplePersonas(dir);
    MainWindow window;
    window.start(path, false);
    auto *controller = window.findChild<PresentationController *>();
    ASSERT_TRUE(controller);
    EXPECT_EQ(controller->presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(controller->copyCardAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    ASSERT_TRUE(controller->presentAction()->isEnabled());

    // Edit > Copy Card: the shown card, slide-wide, on the clipboard.
    QApplication::clipboard()->clear();
    ASSERT_TRUE(controller->copyCard());
    const QImage copied = QApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.width(), 1920);

    // View > Present: the deck, full screen; Esc leaves.
    QPointer<PresentationWindow> presentation = controller->present();
    ASSERT_TRUE(presentation);
    EXPECT_TRUE(presentation->isVisible());
    EXPECT_EQ(presentation->slideCount(), 8);
    QTest::keyClick(presentation.data(), Qt::Key_End);
    EXPECT_EQ(presentation->slideCount() - 1, presentation->currentSlide());
    QTest::keyClick(presentation.data(), Qt::Key_Escape);
    EXPECT_TRUE(!presentation || !presentation->isVisible()); // closed, and deleted on close

    // File > Print…: the deck on a printer (a PDF file, as a print dialog's "print to file").
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.path(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    ASSERT_TRUE(controller->printDeck(printer));
    if (QFileInfo::exists(QStringLiteral("/usr/bin/pdfinfo"))) {
        const test::ProcessResult info = test::runProgram(QStringLiteral("/usr/bin/pdfinfo"), {pdf});
        EXPECT_TRUE(QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+8\\b"))))
            << info.out.constData();
    }
}
