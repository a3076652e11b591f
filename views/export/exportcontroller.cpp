// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "analysis/workshoprun.h"
#include "frame/backgroundtask.h"
#include "changerenderer.h"
#include "deckexporter.h"
#include "exportdialog.h"
#include "language.h"
#include "htmlexporter.h"
#include "pptxexporter.h"
#include "frame/projectcontroller.h"
#include "summaryexporter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace pw {

namespace {

struct ExportOutcome
{
    bool ok = false;
    Error error;
    DeckChangesOutcome changes; ///< of a PDF or PowerPoint deck
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
    // The deck's run is noted as the last workshop's on the window's connection, once the deck
    // is written: a write here would look like another program's change to the window.
    DeckOptions options = request.options;
    options.noteWorkshop = false;
    switch (request.format) {
    case ExportRequest::Format::Pdf:
        outcome.ok = exportPdfDeck(*project, path, options, &progress, &outcome.error, &outcome.changes);
        break;
    case ExportRequest::Format::Pptx:
        outcome.ok = exportPptxDeck(*project, path, options, &progress, &outcome.error, &outcome.changes);
        break;
    case ExportRequest::Format::Html:
        outcome.ok = exportHtmlDeck(*project, path, options, &progress, &outcome.error, &outcome.changes);
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

QList<ChangeChoice> ExportController::changeChoices(Project &project)
{
    QList<ChangeChoice> choices;
    Error error;
    const std::optional<QList<SegmentationRun>> runs = RunStore::allRuns(project, &error); // newest first
    const SegmentationRun now = runs && !runs->isEmpty() ? runs->first() : SegmentationRun();
    const QLocale locale;
    const auto noteOf = [&](const ChangesSince &since) {
        QString reason;
        Error problem;
        if (const std::optional<qint64> then = ChangeContent::resolve(project, now, since, &reason, &problem))
            return tr("The deck gets a page of what changed since run %1.").arg(locale.toString(*then));
        return tr("The deck gets no \"What changed\" page: %1").arg(problem.isSet() ? problem.toString() : reason);
    };
    ChangeChoice workshop{tr("The last workshop"), ChangesSince(), QString()};
    if (const std::optional<qint64> baseline = WorkshopRun::baseline(project, now.id))
        for (const SegmentationRun &run : runs.value_or(QList<SegmentationRun>()))
            if (run.id == *baseline)
                workshop.text = tr("The last workshop (%1)").arg(ChangeRenderer::runLabel(run, locale));
    workshop.note = noteOf(workshop.since);
    choices << workshop;
    if (runs)
        for (int i = 1; i < runs->size(); ++i) {
            const SegmentationRun &run = (*runs)[i];
            if (project.scalar(QStringLiteral("SELECT count(*) FROM run_personas WHERE run_id = ?"), {run.id}).toLongLong() <= 0)
                continue; // a run that kept no record of its personas cannot be compared with
            ChangesSince since;
            since.mode = ChangesSince::Mode::Run;
            since.run = run.id;
            choices << ChangeChoice{tr("%1, %2 segments").arg(ChangeRenderer::runLabel(run, locale), locale.toString(run.k)),
                                    since, noteOf(since)};
        }
    ChangesSince none;
    none.mode = ChangesSince::Mode::None;
    choices << ChangeChoice{tr("No \"What changed\" page"), none, QString()};
    return choices;
}

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
    dialog.setChangeChoices(changeChoices(*project));
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
            QString said = tr("The export was written to %1.").arg(isolated(path));
            const bool deck = request.format == ExportRequest::Format::Pdf || request.format == ExportRequest::Format::Pptx
                || request.format == ExportRequest::Format::Html;
            if (deck && outcome.changes.hasPage)
                said += QLatin1Char(' ') + tr("It shows what changed since run %1.").arg(outcome.changes.sinceRun);
            if (deck && outcome.changes.deckRun > 0) {
                Project *open = m_projects->project();
                Error error;
                if (open && !WorkshopRun::note(*open, outcome.changes.deckRun, &error))
                    said += QLatin1Char(' ') + tr("Its run could not be noted as the last workshop's: %1").arg(error.toString());
            }
            // Success is said where it does not stop the work; a failure needs an answer.
            if (window)
                window->statusBar()->showMessage(said, 15000);
        });
}

} // namespace pw
