// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "backgroundtask.h"
#include "deckexporter.h"
#include "language.h"
#include "projectcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace pw {

namespace {

struct ExportOutcome
{
    bool ok = false;
    Error error;
};

} // namespace

ExportController::ExportController(QWidget *window, ProjectController *projects)
    : QObject(window), m_window(window), m_projects(projects),
      m_exportPdfAction(new QAction(tr("&Export PDF…"), this))
{
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPdfAction, &QAction::triggered, this, &ExportController::exportWithDialog);
}

void ExportController::exportWithDialog()
{
    Project *project = m_projects->project();
    if (!project) {
        QMessageBox::information(m_window, tr("Export PDF"), tr("Open or create a project first."));
        return;
    }
    const QFileInfo info(project->path());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF"),
                                                info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    exportPdf(path);
}

void ExportController::exportPdf(const QString &path)
{
    Project *project = m_projects->project();
    if (!project)
        return;
    const QString projectPath = project->path();
    DeckOptions options;
    options.language = applicationLanguage();
    runInBackground<ExportOutcome>(
        m_window, tr("Exporting the persona deck…"),
        [projectPath, path, options](Progress &progress) {
            ExportOutcome outcome;
            auto own = Project::open(projectPath, Project::OpenMode::OpenExisting, &outcome.error);
            if (own)
                outcome.ok = exportPdfDeck(*own, path, options, &progress, &outcome.error);
            return outcome;
        },
        [this, path](const ExportOutcome &outcome, bool canceled) {
            if (canceled)
                return;
            if (!outcome.ok) {
                QMessageBox::warning(m_window, tr("Export PDF"),
                                     tr("The deck cannot be exported.\n\n%1").arg(outcome.error.toString()));
                return;
            }
            QMessageBox::information(m_window, tr("Export PDF"),
                                     tr("The persona deck was written to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace pw
