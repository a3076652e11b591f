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
#include <QMessageBox>

namespace pw {

namespace {

struct ExportOutcome
{
    bool ok = false;
    Error error;
};

ExportOutcome runExport(const QString &projectPath, const ExportRequest &request, Progress &progress)
{
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
    // The exporters translate through the application's translators: those of the export's
    // language stand in for the interface's while it runs (no widget is built meanwhile: the
    // progress dialog is modal).
    const QString interfaceLanguage = applicationLanguage();
    const bool switchLanguage = request.options.language != interfaceLanguage
        && supportedLanguages().contains(request.options.language);
    if (switchLanguage)
        setApplicationLanguage(request.options.language);
    runInBackground<ExportOutcome>(
        m_window, label, [projectPath, request](Progress &progress) { return runExport(projectPath, request, progress); },
        [this, request, switchLanguage, interfaceLanguage](const ExportOutcome &outcome, bool canceled) {
            if (switchLanguage)
                setApplicationLanguage(interfaceLanguage);
            const QString path = QDir::toNativeSeparators(request.path);
            Q_EMIT exported(request.path, outcome.ok && !canceled);
            if (canceled)
                return;
            if (!outcome.ok) {
                QMessageBox::warning(m_window, tr("Export"),
                                     tr("The export to %1 failed.\n\n%2").arg(path, outcome.error.toString()));
                return;
            }
            QMessageBox::information(m_window, tr("Export"), tr("The export was written to %1.").arg(path));
        });
}

} // namespace pw
