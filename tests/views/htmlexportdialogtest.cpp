// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export offers the HTML deck and writes it in the background, in the export's language.
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "language.h"
#include "frame/mainwindow.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>

#include <gtest/gtest.h>

using namespace pw;

TEST(HtmlExportDialog, OffersTheHtmlDeckWithTheDecksOptions)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("shop.personas"));
    ExportDialog dialog(project);
    ExportRequest r;
    r.path = dir.path(QStringLiteral("shop.pdf"));
    dialog.setRequest(r);
    auto *format = dialog.findChildren<QComboBox *>().value(0);
    ASSERT_TRUE(format);
    const int html = format->findData(int(ExportRequest::Format::Html));
    ASSERT_GE(html, 0);
    format->setCurrentIndex(html);
    EXPECT_EQ(dialog.request().format, ExportRequest::Format::Html);
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.request().path), dir.path(QStringLiteral("shop.html")));
    // Back to a PDF: the suffix follows.
    format->setCurrentIndex(format->findData(int(ExportRequest::Format::Pdf)));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.request().path), dir.path(QStringLiteral("shop.pdf")));

    // The choice is remembered (the format is stored as a number: HTML came last).
    ExportRequest stored;
    stored.format = ExportRequest::Format::Html;
    stored.path = dir.path(QStringLiteral("deck.html"));
    ExportDialog::storeRequest(project, stored);
    EXPECT_EQ(ExportDialog::storedRequest(project).format, ExportRequest::Format::Html);
}

TEST(HtmlExportDialog, TheControllerWritesTheHtmlDeckInTheExportsLanguage)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = test::projectWithSamplePersonas(dir);
    MainWindow window;
    window.start(path, false);
    auto *controller = window.findChild<ExportController *>();
    ASSERT_TRUE(controller);
    QSignalSpy exported(controller, &ExportController::exported);
    ExportRequest request;
    request.format = ExportRequest::Format::Html;
    request.path = dir.path(QStringLiteral("deck.html"));
    request.options.language = QStringLiteral("he");
    controller->exportTo(request);
    ASSERT_TRUE(exported.wait(30000));
    ASSERT_TRUE(exported.first().at(1).toBool()) << qPrintable(window.statusBar()->currentMessage());
    QFile file(request.path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"he\" dir=\"rtl\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("סקירה כללית"))); // "Overview"
    for (const Persona &p : test::samplePersonas())
        EXPECT_TRUE(page.contains(QStringLiteral("<h2>%1</h2>").arg(p.displayName(QStringLiteral("he")))));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(request.path)));
}
