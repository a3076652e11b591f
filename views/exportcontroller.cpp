// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "backgroundtask.h"
#include "deckexporter.h"
#include "exportdialog.h"
#include "language.h"
#include "pptxexporter.h"
#include "projectcontroller.h"
#include "summaryexporter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace pw {

namespace {

struct ExportOutcome
{
    bool ok = false;
    Error error;
};

ExportOutcome runExport(const QString &projectPath, const ExportRequest &request, Progress &progress)
{
    // The export speaks its own language on this thread; the interface keeps its own.
    const ScopedThreadLanguage language(request.options.language);
    ExportOutcome outcome;
    auto project = Project::open(projectPath, Project::OpenMode::OpenExisting, &outcome.error);
    if (!project)
        return outcome;
    const QString path = QDir::fromNativeSeparators(request.path);
    switch (request.format) {
    case ExportRequest::Format::Pdf:
        outcome.ok = exportPdfDeck(*project, path, request.options, &progress, &outcome.error);
        break;
    case ExportRequest::Format::Pptx:
        outcome.ok = exportPptxDeck(*project, path, request.options, &progress, &outcome.error);
        break;
    case ExportRequest::Format::Png:
        outcome.ok = exportCardPngs(*project, path, request.options, nullptr, &progress, &outcome.error);
        break;
    case ExportRequest::Format::Json:
        outcome.ok = exportSummaryJson(*project, path, request.options, &outcome.error);
        break;
    case ExportRequest::Format::Csv:
        outcome.ok = exportSummaryCsv(*project, path, request.options, &outcome.error);
        break;
    }
    return outcome;
}

} // namespace

ExportController::ExportController(QWidget *window, ProjectController *projects)
    : QObject(window), m_window(window), m_projects(projects), m_exportAction(new QAction(tr("&Export…"), this))
{
    installThreadLanguageSupport();
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export the personas as a PDF or PowerPoint deck, card images or summaries"));
    connect(m_exportAction, &QAction::triggered, this, &ExportController::exportWithDialog);
}

void ExportController::exportWithDialog()
{
    Project *project = m_projects->project();
    if (!project) {
        QMessageBox::information(m_window, tr("Export"), tr("Open or create a project first."));
        return;
    }
    const QString projectPath = project->path();
    ExportDialog dialog(projectPath, m_window);
    dialog.setRequest(ExportDialog::storedRequest(projectPath));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request();
    ExportDialog::storeRequest(projectPath, request);
    exportTo(request);
}

void ExportController::exportPdf(const QString &path)
{
    ExportRequest request;
    request.path = path;
    request.options.language = applicationLanguage();
    exportTo(request);
}

void ExportController::exportTo(const ExportRequest &request)
{
    Project *project = m_projects->project();
    if (!project)
        return;
    const QString projectPath = project->path();
    const QString label = tr("Exporting the personas…");
    runInBackground<ExportOutcome>(
        m_window, label, [projectPath, request](Progress &progress) { return runExport(projectPath, request, progress); },
        [this, request](const ExportOutcome &outcome, bool canceled) {
            const QString path = QDir::toNativeSeparators(request.path);
            // A cancel that came too late to stop the work leaves a whole export: say so.
            Q_EMIT exported(request.path, outcome.ok);
            auto *window = qobject_cast<QMainWindow *>(m_window);
            if (canceled && !outcome.ok) {
                // What a cancel left behind (nothing): said where it does not stop the work.
                const QString said = outcome.error.message.isEmpty() ? tr("The export was canceled; nothing was written.")
                                                                     : outcome.error.message;
                if (window)
                    window->statusBar()->showMessage(said, 15000);
                else
                    QMessageBox::information(m_window, tr("Export"), said);
                return;
            }
            if (!outcome.ok) {
                QMessageBox::warning(m_window, tr("Export"),
                                     tr("The export to %1 failed.\n\n%2").arg(isolated(path), outcome.error.toString()));
                return;
            }
            // Success is said where it does not stop the work; a failure needs an answer.
            if (window)
                window->statusBar()->showMessage(tr("The export was written to %1.").arg(isolated(path)), 15000);
        });
}

} // namespace pw
