// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeycontroller.h"

#include "frame/backgroundtask.h"
#include "funnelview.h"
#include "journey/stagepeople.h"
#include "journeymapmodel.h"
#include "language.h"
#include "stagerulesdialog.h"
#include "store/project.h"
#include "timetoconvertchart.h"

#include <QAction>

#include <tuple>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>

#include <tuple>

namespace pw {

namespace {

struct Computed
{
    std::optional<FunnelReport> report;
    Error error;
};

} // namespace

/// The project's stage rules changed as one undoable step: redo stores the new rules, undo the
/// old ones; each recomputes the funnels.
class SetStageRulesCommand : public QUndoCommand
{
public:
    SetStageRulesCommand(JourneyController *controller, const StageDefinitions &before, const StageDefinitions &after,
                         qint64 revision)
        : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change Journey Stage Rules")),
          m_controller(controller), m_before(before), m_after(after), m_revision(revision)
    {
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    // Written only over the rules this step last saw: rules another program saved since are
    // kept, the user is told, and the step leaves the history.
    void apply(const StageDefinitions &rules)
    {
        Project *project = m_controller->m_project;
        if (!project) {
            setObsolete(true);
            return;
        }
        // Based on what the window last wrote or read of the rules, whichever step wrote them.
        qint64 &base = m_controller->m_rulesRevision;
        if (base < 0)
            base = m_revision;
        Error error;
        const WriteStatus status = rules.saveUnchanged(*project, base, &error);
        if (status != WriteStatus::Written)
            base = -1;
        if (status == WriteStatus::Conflict)
            error.message = JourneyController::tr("%1; the funnels show the rules as stored now, and this change "
                                                  "was not saved.")
                                .arg(error.message);
        if (status != WriteStatus::Written)
            Q_EMIT m_controller->failed(error.message);
        setObsolete(status != WriteStatus::Written);
        m_controller->recompute();
    }

    JourneyController *m_controller;
    StageDefinitions m_before;
    StageDefinitions m_after;
    qint64 m_revision; ///< the stored rules' revision when the step was made
};

JourneyController::JourneyController(QWidget *window, QUndoStack *undoStack)
    : QObject(window), m_window(window), m_undo(undoStack ? undoStack : new QUndoStack(this)), m_ownUndo(!undoStack),
      m_mapModel(new JourneyMapModel(m_undo, this)),
      m_tabs(new QTabWidget), m_funnels(new FunnelView(m_mapModel)), m_map(new QTableView), m_menu(new QMenu),
      m_exportPng(new QAction(this)), m_exportTimePng(new QAction(this)), m_stageRules(new QAction(this)),
      m_timeChart(new TimeToConvertChart)
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
    m_tabs->addTab(m_timeChart, QString());
    m_stageRules->setObjectName(QStringLiteral("editStageRules"));
    m_menu->addAction(m_stageRules);
    m_menu->addSeparator();
    m_menu->addAction(m_exportPng);
    m_menu->addAction(m_exportTimePng);
    if (m_ownUndo) {
        m_menu->addSeparator();
        m_menu->addAction(m_undo->createUndoAction(this));
        m_menu->addAction(m_undo->createRedoAction(this));
    }
    connect(m_exportPng, &QAction::triggered, this, &JourneyController::exportPngWithDialog);
    connect(m_exportTimePng, &QAction::triggered, this, &JourneyController::exportTimeToConvertWithDialog);
    connect(m_stageRules, &QAction::triggered, this, &JourneyController::editStageRules);
    connect(m_funnels, &FunnelView::stageRulesRequested, this, &JourneyController::editStageRules);
    connect(m_funnels, &FunnelView::timeToConvertRequested, this, [this] { m_tabs->setCurrentWidget(m_timeChart); });
    connect(m_funnels, &FunnelView::peopleRequested, this, &JourneyController::exportPeople);
    connect(m_mapModel, &JourneyMapModel::failed, this, &JourneyController::failed);
    connect(qApp, &QApplication::focusChanged, m_mapModel, &JourneyMapModel::finishTyping);
    m_tabs->installEventFilter(this);
    retranslate();
    m_exportPng->setEnabled(false);
    m_exportTimePng->setEnabled(false);
    m_stageRules->setEnabled(false);
}

JourneyController::~JourneyController()
{
    delete m_menu;
    // The tabs hold views of this controller's models: unless a window took them (and deletes
    // them with itself), they go with the controller rather than outlive its models.
    if (QTabWidget *tabs = m_tabs; tabs && !tabs->parent()) {
        tabs->removeEventFilter(this); // a controller being destroyed hears nothing of it
        tabs->disconnect(this);
        delete tabs;
    }
}

QWidget *JourneyController::widget() const
{
    return m_tabs;
}

void JourneyController::retranslate()
{
    m_tabs->setTabText(0, tr("Funnel"));
    m_tabs->setTabText(1, tr("Journey map"));
    m_tabs->setTabText(2, tr("Time to convert"));
    m_menu->setTitle(tr("&Journey"));
    m_stageRules->setText(tr("&Stage Rules…"));
    m_exportPng->setText(tr("Export Funnel Chart as &PNG…"));
    m_exportTimePng->setText(tr("Export &Time-to-Convert Chart as PNG…"));
}

bool JourneyController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == m_tabs.get())
        retranslate();
    return QObject::eventFilter(watched, event);
}

void JourneyController::reload(Project *project, const QList<Persona> &personas)
{
    if (project != m_project) {
        m_rulesRevision = -1;
        if (m_ownUndo)
            m_undo->clear();
    }
    m_project = project;
    m_personas = personas;
    m_report.reset();
    m_mapModel->setPersona(project, m_currentPersona, applicationLanguage());
    m_exportPng->setEnabled(false);
    m_exportTimePng->setEnabled(false);
    m_stageRules->setEnabled(project != nullptr);
    if (!project) {
        m_funnels->clear(QString());
        updateTimeToConvert();
        return;
    }
    recompute();
}

void JourneyController::recompute()
{
    if (!m_project)
        return;
    m_report.reset();
    m_exportPng->setEnabled(false);
    m_exportTimePng->setEnabled(false);
    m_funnels->clear(tr("Computing the journey funnels…"));
    updateTimeToConvert();
    const QString path = m_project->path();
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
            self->m_exportTimePng->setEnabled(true);
            self->updateTimeToConvert();
            Q_EMIT self->funnelsChanged();
        });
}

void JourneyController::setPersonas(const QList<Persona> &personas)
{
    // A persona linked to another segment (or unlinked) has other people: its funnel is
    // computed again.
    const auto links = [](const QList<Persona> &list) {
        QList<std::tuple<qint64, qint64, int>> result;
        for (const Persona &p : list)
            result.append({p.id, p.runId, p.segment});
        return result;
    };
    const bool relinked = links(personas) != links(m_personas);
    m_personas = personas;
    if (relinked) {
        recompute();
        return;
    }
    if (!m_report)
        return;
    m_funnels->setReport(*m_report, m_personas, applicationLanguage());
    m_funnels->setCurrentPersona(m_currentPersona);
    updateTimeToConvert();
}

void JourneyController::updateTimeToConvert()
{
    QList<TimeToConvertChart::Group> groups;
    if (m_report) {
        const QColor neutral(0x5b, 0x6b, 0x7d);
        const PersonaFunnel *pf = m_report->persona(m_currentPersona);
        const Persona *persona = nullptr;
        for (const Persona &p : std::as_const(m_personas))
            if (p.id == m_currentPersona)
                persona = &p;
        if (pf && persona) {
            groups.append({persona->displayName(applicationLanguage()), pf->funnel, QColor(persona->color)});
            groups.append({tr("Everyone else"), pf->others, neutral});
        } else {
            groups.append({tr("Everyone"), m_report->everyone, neutral});
        }
    }
    m_timeChart->setGroups(groups);
}

void JourneyController::editStageRules()
{
    if (!m_project)
        return;
    const qint64 revision = StageDefinitions::revision(*m_project);
    const StageDefinitions before = StageDefinitions::load(*m_project);
    StageRulesDialog dialog(before, m_report ? m_report->eventTypes : QStringList(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Error error;
    if (!changeStageRules(dialog.definitions(), &error, revision))
        QMessageBox::warning(m_window, tr("Journey Stage Rules"), error.message);
}

bool JourneyController::changeStageRules(const StageDefinitions &rules, Error *error, std::optional<qint64> baseRevision)
{
    if (!m_project)
        return false;
    if (const QStringList problems = rules.problems(); !problems.isEmpty()) {
        if (error)
            error->message = problems.join(u'\n');
        return false;
    }
    const qint64 revision = StageDefinitions::revision(*m_project);
    if (baseRevision && *baseRevision != revision) {
        if (error)
            error->message = tr("Another program changed the journey stage rules while you edited them; yours were "
                                "not saved. Open the rules again to see them as stored now.");
        recompute();
        return false;
    }
    const StageDefinitions before = StageDefinitions::load(*m_project);
    if (rules == before)
        return true;
    m_rulesRevision = revision;
    auto *command = new SetStageRulesCommand(this, before, rules, revision);
    m_undo->push(command); // runs redo(), which stores the rules
    return m_undo->command(m_undo->count() - 1) == command; // a step that could not be written is gone
}

void JourneyController::setCurrentPersona(qint64 personaId)
{
    if (personaId == m_currentPersona && m_mapModel->personaId() == personaId)
        return;
    m_currentPersona = personaId;
    m_mapModel->setPersona(m_project, personaId, applicationLanguage());
    m_funnels->setCurrentPersona(personaId);
    updateTimeToConvert();
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

bool JourneyController::writeTimeToConvertPng(const QString &path, Error *error) const
{
    // Drawn by a chart of its own at a fixed size, whether or not the tab was ever shown.
    TimeToConvertChart chart;
    chart.setLayoutDirection(m_timeChart->layoutDirection());
    chart.setGroups(m_timeChart->groups());
    chart.resize(960, 540);
    QImage image(chart.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.QWidget::render(&painter);
    }
    QSaveFile file(path);
    if (!m_report || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            error->message = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void JourneyController::exportTimeToConvertWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Time-to-Convert Chart"),
                                                      tr("time-to-convert.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    Error error;
    if (!writeTimeToConvertPng(path, &error))
        QMessageBox::warning(m_window, tr("Export Time-to-Convert Chart"), error.message);
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
