// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationcontroller.h"

#include "analysis/segmentation.h"
#include "frame/backgroundtask.h"
#include "frame/projectcontroller.h"
#include "segmentationdialog.h"
#include "segmentationview.h"
#include "store/summary.h"

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
      m_proposeAction(new QAction(tr("&Propose Personas…"), this)), m_view(new SegmentationView)
{
    m_proposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_proposeAction, &QAction::triggered, this, &SegmentationController::propose);
    connect(m_projects, &ProjectController::projectChanged, this, [this] { m_view->reload(m_projects->project()); });
    connect(this, &QObject::destroyed, m_view, [view = m_view] {
        if (!view->parent())
            delete view;
    });
    m_view->reload(m_projects->project());
}

void SegmentationController::propose()
{
    Project *project = m_projects->project();
    if (!project) {
        QMessageBox::information(m_window, tr("Propose Personas"), tr("Open or create a project first."));
        return;
    }
    const qint64 read = project->settingRevision(QLatin1String(FeatureSettings::kSettingKey));
    // The data's dates bound the as-of choice.
    QDate first, last;
    if (const auto period = dataPeriod(*project, nullptr); period && period->first.isValid()) {
        first = period->first.date();
        last = period->second.date();
    }
    SegmentationDialog dialog(FeatureSettings::load(*project), m_window, first, last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FeatureSettings settings = dialog.featureSettings();
    Error error;
    switch (settings.saveUnchanged(*project, read, &error)) {
    case WriteStatus::Written:
        break;
    case WriteStatus::Conflict:
        // Proposing with settings the user did not see would be as wrong as overwriting them.
        QMessageBox::warning(m_window, tr("Propose Personas"),
                             tr("%1 while this dialog was open: nothing was proposed and yours were not saved. "
                                "Open Propose Personas again to see them as stored now.")
                                 .arg(error.message));
        return;
    case WriteStatus::Failed:
        QMessageBox::warning(m_window, tr("Propose Personas"), error.toString());
        return;
    }
    SegmentationOptions options;
    options.k = dialog.k();
    options.kMin = dialog.kMin();
    options.kMax = dialog.kMax();
    options.features = settings;
    options.asOf = dialog.asOf();
    run(options);
}

void SegmentationController::run(const SegmentationOptions &options)
{
    Project *project = m_projects->project();
    if (!project)
        return;
    const QString path = project->path();
    runInBackground<SegmentationOutcome>(
        m_window, tr("Proposing personas…"),
        [path, options](Progress &progress) {
            SegmentationOutcome outcome;
            auto own = Project::open(path, Project::OpenMode::OpenExisting, &outcome.error);
            if (own)
                outcome.result = runSegmentation(*own, options, &progress, &outcome.error);
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
            // Recorded (and the window re-read) before the box runs its own event loop, in which
            // the window would otherwise take the new personas for another program's change.
            Q_EMIT proposed(outcome.result->change);
            m_view->reload(m_projects->project());
            const QLocale locale;
            QMessageBox::information(m_window, tr("Propose Personas"),
                                     tr("%1 people were split into %2 personas (silhouette %3).")
                                         .arg(locale.toString(outcome.result->people))
                                         .arg(outcome.result->k)
                                         .arg(locale.toString(outcome.result->silhouette, 'f', 2)));
        });
}

} // namespace pw
