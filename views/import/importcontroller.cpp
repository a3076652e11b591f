// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "frame/backgroundtask.h"
#include "importwizard.h"
#include "import/importer.h"
#include "frame/projectcontroller.h"
#include "store/project.h"
#include "store/summary.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>

namespace pw {

namespace {

constexpr int shownErrors = 10;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

} // namespace

ImportController::ImportController(QWidget *window, ProjectController *projects)
    : QObject(window), m_window(window), m_projects(projects),
      m_importAction(new QAction(tr("&Import…"), this))
{
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &ImportController::importWithDialog);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (m_projects->project() && !localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            importWithWizard(files);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ImportController::importWithDialog()
{
    if (!m_projects->project()) {
        QMessageBox::information(m_window, tr("Import"), tr("Open or create a project first."));
        return;
    }
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Customer Data"), folder,
        tr("Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(files.first()).absolutePath());
    importWithWizard(files);
}

void ImportController::importFiles(const QStringList &files)
{
    QList<QPair<QString, ImportOptions>> jobs;
    for (const QString &file : files)
        jobs.append({file, ImportOptions()});
    runImports(jobs);
}

void ImportController::importWithWizard(const QStringList &files)
{
    Project *project = m_projects->project();
    if (!project)
        return;
    QList<QPair<QString, ImportOptions>> jobs;
    for (const QString &file : files) {
        ImportWizard wizard(*project, file, m_window);
        if (wizard.exec() != QDialog::Accepted)
            continue;
        wizard.rememberMapping();
        jobs.append({file, wizard.options()});
    }
    runImports(jobs);
}

void ImportController::runImports(QList<QPair<QString, ImportOptions>> jobs)
{
    Project *project = m_projects->project();
    if (!project || jobs.isEmpty())
        return;
    const QString path = project->path();
    // The project file's setting is not the user's choice (the file may come from a colleague):
    // ask once per opened project before keeping identifiers readable.
    if (projectKeepsIdentifiers(*project) && m_keepConfirmedFor != path) {
        QMessageBox box(QMessageBox::Question, tr("Import"),
                        tr("This project is set to keep customers' e-mail addresses and names readable instead of "
                           "pseudonymising them. The setting is stored in the project file, perhaps by whoever sent it "
                           "to you."),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("keepIdentifiersBox"));
        box.setInformativeText(tr("Keep e-mail addresses and names readable in this import?"));
        QPushButton *pseudonymise = box.addButton(tr("Pseudonymise"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("Keep Readable"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(pseudonymise);
        box.exec();
        if (box.clickedButton() != pseudonymise && box.clickedButton() != keep)
            return;
        for (auto &job : jobs)
            if (!job.second.keepIdentifiers)
                job.second.keepIdentifiers = box.clickedButton() == keep;
        if (box.clickedButton() == keep)
            m_keepConfirmedFor = path;
    } else if (m_keepConfirmedFor == path) {
        for (auto &job : jobs)
            if (!job.second.keepIdentifiers)
                job.second.keepIdentifiers = true;
    }
    runInBackground<ImportReport>(
        m_window, tr("Importing customer data…"),
        [path, jobs](Progress &progress) {
            // A connection is bound to its thread: the worker opens its own.
            ImportReport total;
            auto own = Project::open(path, Project::OpenMode::OpenExisting, &total.fatal);
            if (!own)
                return total;
            for (const auto &job : jobs) {
                const ImportReport report = pw::importFiles(*own, {job.first}, job.second, &progress);
                total.rowsRead += report.rowsRead;
                total.rowsImported += report.rowsImported;
                total.rowsRejected += report.rowsRejected;
                total.rowsSkipped += report.rowsSkipped;
                total.rowErrors += report.rowErrors;
                total.warnings += report.warnings;
                total.identifiersKept = report.identifiersKept;
                total.fatal = report.fatal;
                total.canceled = report.canceled;
                if (!report.ok())
                    break;
            }
            return total;
        },
        [this](const ImportReport &report, bool canceled) {
            if (canceled || report.canceled) {
                QMessageBox::information(m_window, tr("Import"), tr("The import was canceled; nothing was imported."));
                return;
            }
            if (report.fatal.isSet()) {
                QMessageBox::warning(m_window, tr("Import failed"),
                                     tr("Nothing was imported.\n\n%1").arg(report.fatal.toString()));
                return;
            }
            const QLocale locale;
            QString text = tr("%1 of %2 rows imported.")
                               .arg(locale.toString(report.rowsImported), locale.toString(report.rowsRead));
            text += QLatin1Char('\n')
                + (report.identifiersKept ? tr("E-mail addresses and names were kept readable.")
                                          : tr("E-mail addresses and names were pseudonymised."));
            if (report.rowsRejected > 0) {
                text += QLatin1Char('\n') + tr("%1 rows were rejected:").arg(locale.toString(report.rowsRejected));
                for (int i = 0; i < report.rowErrors.size() && i < shownErrors; ++i)
                    text += QStringLiteral("\n• ") + report.rowErrors[i].toString();
            }
            // Personas proposed before keep the earlier data's segments: say so, offer to propose again.
            QPushButton *propose = nullptr;
            Project *open = m_projects->project();
            const auto summary = open && report.rowsImported > 0 ? segmentationState(*open, nullptr) : std::nullopt;
            const bool stale = summary && summary->segmentationOutdated && summary->personas > 0;
            if (stale) {
                text += QStringLiteral("\n\n")
                    + tr("The personas are from the earlier data (%1 people). Propose personas again to take in "
                         "what was imported; what you wrote on them is kept.")
                          .arg(locale.toString(summary->segmentedPeople));
            }
            QMessageBox box(report.rowsRejected > 0 ? QMessageBox::Warning : QMessageBox::Information,
                            tr("Import"), text, QMessageBox::Ok, m_window);
            box.setObjectName(QStringLiteral("importResultBox"));
            if (stale && m_proposeAction) {
                propose = box.addButton(tr("Propose Personas…"), QMessageBox::AcceptRole);
                box.setEscapeButton(QMessageBox::Ok); // Esc and closing the box still mean OK
            }
            box.exec();
            Q_EMIT imported();
            if (propose && box.clickedButton() == propose)
                m_proposeAction->trigger();
        });
}

} // namespace pw
