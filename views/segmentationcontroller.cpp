// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationcontroller.h"

#include "analysis/segmentation.h"
#include "backgroundtask.h"
#include "projectcontroller.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>

namespace pw {

namespace {

struct SegmentationOutcome
{
    std::optional<SegmentationResult> result;
    Error error;
};

} // namespace

SegmentationController::SegmentationController(QWidget *window, ProjectController *projects)
    : QObject(window), m_window(window), m_projects(projects),
      m_proposeAction(new QAction(tr("&Propose Personas"), this))
{
    m_proposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_proposeAction, &QAction::triggered, this, &SegmentationController::propose);
}

void SegmentationController::propose()
{
    Project *project = m_projects->project();
    if (!project) {
        QMessageBox::information(m_window, tr("Propose Personas"), tr("Open or create a project first."));
        return;
    }
    if (project->scalar(QStringLiteral("SELECT COUNT(*) FROM personas")).toLongLong() > 0) {
        const auto answer = QMessageBox::question(
            m_window, tr("Propose Personas"),
            tr("The project's personas will be replaced by new ones proposed from the data. Continue?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    const QString path = project->path();
    runInBackground<SegmentationOutcome>(
        m_window, tr("Proposing personas…"),
        [path](Progress &progress) {
            SegmentationOutcome outcome;
            auto own = Project::open(path, Project::OpenMode::OpenExisting, &outcome.error);
            if (own)
                outcome.result = runSegmentation(*own, SegmentationOptions(), &progress, &outcome.error);
            return outcome;
        },
        [this](const SegmentationOutcome &outcome, bool canceled) {
            if (canceled)
                return;
            if (!outcome.result) {
                QMessageBox::warning(m_window, tr("Propose Personas"),
                                     tr("No personas could be proposed.\n\n%1").arg(outcome.error.toString()));
                return;
            }
            const QLocale locale;
            QMessageBox::information(m_window, tr("Propose Personas"),
                                     tr("%1 people were split into %2 personas (silhouette %3).")
                                         .arg(locale.toString(outcome.result->people))
                                         .arg(outcome.result->k)
                                         .arg(locale.toString(outcome.result->silhouette, 'f', 2)));
            Q_EMIT personasChanged();
        });
}

} // namespace pw
