// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeycontroller.h"

#include "backgroundtask.h"
#include "funnelview.h"
#include "journey/stagepeople.h"
#include "journeymapmodel.h"
#include "language.h"
#include "store/project.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace pw {

namespace {

struct Computed
{
    std::optional<FunnelReport> report;
    Error error;
};

} // namespace

JourneyController::JourneyController(QWidget *window)
    : QObject(window), m_window(window), m_undo(new QUndoStack(this)), m_mapModel(new JourneyMapModel(m_undo, this)),
      m_tabs(new QTabWidget), m_funnels(new FunnelView(m_mapModel)), m_map(new QTableView), m_menu(new QMenu),
      m_exportPng(new QAction(this)), m_undoAction(m_undo->createUndoAction(this)),
      m_redoAction(m_undo->createRedoAction(this))
{
    m_tabs->setObjectName(QStringLiteral("journeyTabs"));
    m_map->setObjectName(QStringLiteral("journeyMap"));
    m_map->setModel(m_mapModel);
    m_map->setWordWrap(true);
    m_map->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_map->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_map->verticalHeader()->setMinimumSectionSize(56);
    m_map->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    m_tabs->addTab(m_funnels, QString());
    m_tabs->addTab(m_map, QString());
    m_menu->addAction(m_exportPng);
    m_menu->addSeparator();
    m_menu->addAction(m_undoAction);
    m_menu->addAction(m_redoAction);
    connect(m_exportPng, &QAction::triggered, this, &JourneyController::exportPngWithDialog);
    connect(m_funnels, &FunnelView::peopleRequested, this, &JourneyController::exportPeople);
    connect(m_mapModel, &JourneyMapModel::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Journey notes"), message);
    });
    m_tabs->installEventFilter(this);
    retranslate();
    m_exportPng->setEnabled(false);
}

JourneyController::~JourneyController()
{
    delete m_menu;
}

QWidget *JourneyController::widget() const
{
    return m_tabs;
}

void JourneyController::retranslate()
{
    m_tabs->setTabText(0, tr("Funnel"));
    m_tabs->setTabText(1, tr("Journey map"));
    m_menu->setTitle(tr("&Journey"));
    m_exportPng->setText(tr("Export Funnel Chart as &PNG…"));
    m_undoAction->setText(tr("Undo Note Edit"));
    m_redoAction->setText(tr("Redo Note Edit"));
}

bool JourneyController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void JourneyController::reload(Project *project, const QList<Persona> &personas)
{
    m_project = project;
    m_personas = personas;
    m_report.reset();
    m_undo->clear();
    m_mapModel->setPersona(project, m_currentPersona, applicationLanguage());
    m_exportPng->setEnabled(false);
    if (!project) {
        m_funnels->clear(QString());
        return;
    }
    m_funnels->clear(tr("Computing the journey funnels…"));
    const QString path = project->path();
    const int generation = ++m_generation;
    QPointer<JourneyController> self(this);
    runInBackground<Computed>(
        m_window, tr("Computing the journey funnels…"),
        [path](Progress &progress) {
            Computed c;
            auto worker = Project::open(path, Project::OpenMode::OpenExisting, &c.error);
            if (worker)
                c.report = computeFunnels(*worker, &c.error, &progress);
            return c;
        },
        [self, generation](const Computed &c, bool canceled) {
            if (!self || generation != self->m_generation)
                return;
            if (canceled || !c.report) {
                self->m_funnels->clear(canceled ? tr("The funnel computation was canceled.") : c.error.message);
                return;
            }
            self->m_report = c.report;
            self->m_funnels->setReport(*c.report, self->m_personas, applicationLanguage());
            self->m_funnels->setCurrentPersona(self->m_currentPersona);
            self->m_exportPng->setEnabled(true);
            Q_EMIT self->funnelsChanged();
        });
}

void JourneyController::setCurrentPersona(qint64 personaId)
{
    if (personaId == m_currentPersona && m_mapModel->personaId() == personaId)
        return;
    m_currentPersona = personaId;
    m_mapModel->setPersona(m_project, personaId, applicationLanguage());
    m_funnels->setCurrentPersona(personaId);
}

bool JourneyController::writeChartPng(const QString &path, Error *error) const
{
    const QImage image = m_funnels->chartImage();
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            error->message = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void JourneyController::exportPngWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Funnel Chart"), tr("funnel.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    Error error;
    if (!writeChartPng(path, &error))
        QMessageBox::warning(m_window, tr("Export Funnel Chart"), error.message);
}

void JourneyController::exportPeople(const QString &stage, qint64 personaId)
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the People at a Stage"),
                                                      stage + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Error error;
    const StageDefinitions definitions = m_report ? m_report->definitions : StageDefinitions::load(*m_project);
    const auto ids = stagePeople(*m_project, definitions, stage, personaId, &error);
    if (!ids || !writeStagePeopleCsv(path, *ids, &error))
        QMessageBox::warning(m_window, tr("Export the People at a Stage"), error.message);
}

} // namespace pw
