// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "editor/cardview.h"
#include "editor/comparisonview.h"
#include "editor/editorcontroller.h"
#include "editor/personaeditor.h"
#include "export/exportcontroller.h"
#include "presentation/presentationcontroller.h"
#include "import/importcontroller.h"
#include "journey/journeycontroller.h"
#include "editor/personadocument.h"
#include "language.h"
#include "languagecontroller.h"
#include "actionicons.h"
#include "backgroundtask.h"
#include "editor/personalistdelegate.h"
#include "editor/personalistmodel.h"
#include "recentprojects.h"
#include "projectcontroller.h"
#include "projectwatcher.h"
#include "segmentation/segmentationcontroller.h"
#include "segmentation/segmentationview.h"
#include "timeline/timelinecontroller.h"
#include "timeline/timelineview.h"
#include "welcomepage.h"
#include "store/summary.h"

#include <QCloseEvent>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace pw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_projects(new ProjectController(this)), m_import(new ImportController(this, m_projects)),
      m_segmentation(new SegmentationController(this, m_projects)), m_timeline(new TimelineController(this, m_projects)),
      m_export(new ExportController(this, m_projects)),
      m_language(new LanguageController(this)), m_editor(new EditorController(this, m_projects)), m_model(new PersonaListModel(this)), m_list(new QListView),
      m_card(new CardView), m_welcome(new WelcomePage), m_stack(new QStackedWidget), m_watcher(new ProjectWatcher(m_projects, this)), m_status(new QLabel)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Persona Workbench"));

    m_list->setObjectName(QStringLiteral("personaList"));
    m_list->setModel(m_model);
    // Each persona with its colour, size and share of revenue.
    m_list->setItemDelegate(new PersonaListDelegate(m_list));
    m_list->setSpacing(1);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(200); // wide tabs must not squeeze the persona names
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Personas"));
    m_splitter = new QSplitter;
    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_list);
    // One history for the window: journey notes and stage rules are undone with Edit › Undo too.
    m_journey = new JourneyController(this, m_editor->document()->undoStack());
    connect(m_journey, &JourneyController::failed, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Journey"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("journeyFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    // The cards show the funnels the Journey feature computes in the background: computed once.
    connect(m_journey, &JourneyController::funnelsChanged, this, [this] {
        m_funnels.clear();
        if (const auto &report = m_journey->report())
            for (const PersonaFunnel &pf : report->personas)
                m_funnels.insert(pf.personaId, pf.funnel);
        showCurrentPersona();
    });
    m_card->setObjectName(QStringLiteral("cardView"));
    auto *tabs = m_tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("personaTabs"));
    tabs->addTab(m_card, tr("Card"));
    tabs->addTab(m_journey->widget(), tr("Journey"));
    tabs->addTab(m_editor->editor(), tr("Edit"));
    tabs->addTab(m_editor->comparison(), tr("Compare"));
    tabs->addTab(m_segmentation->proposalView(), tr("Proposal"));
    tabs->addTab(m_timeline->view(), tr("Timeline"));
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 900});
    // Without a project the welcome page; with one, the persona list and the tabs.
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(splitter);
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_status, 1);
    m_presentation = new PresentationController(this, m_projects, m_card);

    buildToolBar();
    buildMenus();
    connect(m_welcome, &WelcomePage::openDemoRequested, m_projects, &ProjectController::openDemoStore);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProjectAndImport);
    connect(m_welcome, &WelcomePage::openProjectRequested, m_projects, &ProjectController::openWithDialog);
    connect(m_welcome, &WelcomePage::openRecentRequested, m_projects,
            [this](const QString &path) { m_projects->openProject(path); });
    connect(m_welcome, &WelcomePage::removeRecentRequested, m_projects, &ProjectController::removeRecent);
    connect(m_welcome, &WelcomePage::clearRecentRequested, m_projects, &ProjectController::clearRecent);
    connect(m_projects, &ProjectController::recentChanged, this,
            [this] { m_welcome->setRecent(RecentProjects::list()); });
    m_welcome->setRecent(RecentProjects::list());
    m_import->setProposeAction(m_segmentation->proposeAction());
    connect(m_projects, &ProjectController::projectChanged, this, &MainWindow::refresh);
    connect(m_import, &ImportController::imported, this, &MainWindow::refresh);
    // A proposal is one undo step: the personas are re-read through the document, whose undo
    // and redo of it reload the proposal view too.
    connect(m_segmentation, &SegmentationController::proposed, m_editor->document(),
            &PersonaDocument::recordProposal);
    connect(m_editor->document(), &PersonaDocument::segmentationChanged, this, [this] {
        m_segmentation->proposalView()->reload(m_projects->project());
        m_timeline->view()->reload(m_projects->project());
    });
    connect(m_timeline, &TimelineController::made, this, &MainWindow::timelineMade);
    connect(m_timeline, &TimelineController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentPersona);
    connect(m_editor, &EditorController::personasEdited, this, [this](qint64 id, bool listChanged) {
        if (listChanged) {
            refresh();
        } else if (Project *project = m_projects->project()) {
            m_model->reload(*project, applicationLanguage());
            QList<Persona> shown;
            for (int i = 0; i < m_model->rowCount(); ++i)
                shown << m_model->persona(i);
            m_journey->setPersonas(shown); // the funnels' titles follow a rename
            m_timeline->view()->reload(project); // and the timeline's names
        }
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (m_model->persona(i).id == id)
                m_list->setCurrentIndex(m_model->index(i));
        showCurrentPersona();
    });
    connect(m_watcher, &ProjectWatcher::changedElsewhere, this, &MainWindow::reloadAfterExternalChange);
    connect(m_editor, &EditorController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    restoreLayout();
    refresh();
}

MainWindow::~MainWindow() = default;

bool MainWindow::start(const QString &projectPath, bool offerDemo, QString *error)
{
    if (!projectPath.isEmpty())
        return m_projects->openProject(projectPath, !QFileInfo::exists(projectPath), error);
    const QString last = m_projects->lastProject();
    if (!last.isEmpty())
        return m_projects->openProject(last, false, error);
    if (offerDemo)
        m_welcome->demoButton()->setFocus();
    return true;
}

void MainWindow::newProjectAndImport()
{
    if (m_projects->newProject())
        m_import->importAction()->trigger();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_projects->newAction());
    file->addAction(m_projects->openAction());
    file->addMenu(m_projects->recentMenu());
    file->addAction(m_projects->closeAction());
    file->addSeparator();
    file->addAction(m_import->importAction());
    file->addAction(m_export->exportAction());
    file->addAction(m_presentation->printAction());
    file->addSeparator();
    file->addAction(m_projects->quitAction());

    m_editor->editMenu()->addSeparator();
    m_editor->editMenu()->addAction(m_presentation->copyCardAction());
    menuBar()->addMenu(m_editor->editMenu());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_presentation->presentAction());
    view->addMenu(m_presentation->screenMenu());
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());

    QMenu *personas = menuBar()->addMenu(tr("&Personas"));
    personas->addAction(m_segmentation->proposeAction());
    personas->addAction(m_timeline->makeAction());
    m_editor->addPersonaActions(personas);

    menuBar()->addMenu(m_journey->menu());
    menuBar()->addMenu(m_language->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Persona Workbench"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Main Toolbar"), this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() knows it by this name
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(24, 24));
    // The features' own actions: enabled, disabled and triggered exactly as in the menus. The
    // toolbar shows short words; the menus keep their full texts.
    const struct
    {
        QAction *action;
        ActionIcon icon;
        QString label;
    } actions[] = {
        {m_import->importAction(), ActionIcon::Import, tr("Import")},
        {m_segmentation->proposeAction(), ActionIcon::Propose, tr("Propose Personas")},
        {m_export->exportAction(), ActionIcon::Export, tr("Export")},
        {m_presentation->presentAction(), ActionIcon::Present, tr("Present")},
    };
    for (const auto &entry : actions) {
        entry.action->setIcon(actionIcon(entry.icon));
        entry.action->setIconText(entry.label);
        const QString shortcut = entry.action->shortcut().toString(QKeySequence::NativeText);
        entry.action->setToolTip(shortcut.isEmpty() ? entry.label
                                                    : QStringLiteral("%1 (%2)").arg(entry.label, shortcut));
        m_toolBar->addAction(entry.action);
    }
    addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 780);
    // A window saved on a larger or another screen must still fit and show on this one.
    if (QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (!isMaximized() && !isFullScreen()) {
            const QSize size = this->size().boundedTo(available.size() * 0.96);
            if (size != this->size())
                resize(size);
            const QRect frame = frameGeometry();
            if (!available.intersects(frame) || !available.contains(frame.topLeft()))
                move(available.left() + (available.width() - frame.width()) / 2,
                     available.top() + (available.height() - frame.height()) / 2);
        }
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    // The tab by its widget's name (tabs may be added or reordered between versions).
    const QString tab = settings.value(QStringLiteral("window/tab")).toString();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (!tab.isEmpty() && m_tabs->widget(i)->objectName() == tab)
            m_tabs->setCurrentIndex(i);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentWidget()->objectName());
}

void MainWindow::refresh()
{
    Project *project = m_projects->project();
    const bool open = project != nullptr;
    // A project in a read-only place is shown, exported and presented, never changed.
    const bool writable = open && !project->isReadOnly();
    m_import->importAction()->setEnabled(writable);
    m_segmentation->proposeAction()->setEnabled(writable);
    m_timeline->makeAction()->setEnabled(writable);
    m_editor->editor()->setEnabled(!open || writable);
    m_editor->editMenu()->setEnabled(!open || writable);
    m_journey->menu()->setEnabled(!open || writable);
    m_journey->widget()->setEnabled(!open || writable);
    m_export->exportAction()->setEnabled(open);
    m_presentation->setProjectOpen(open);
    m_stack->setCurrentIndex(open ? 1 : 0);
    if (!project) {
        m_welcome->setRecent(RecentProjects::list()); // files may have gone meanwhile
        m_funnels.clear();
        m_peopleTotal = 0;
        m_dataChanged = false;
        m_dataPeriod.clear();
        m_model->clear();
        m_card->clear();
        m_editor->reload();
        m_journey->reload(nullptr, {});
        m_status->setText(tr("No project open"));
        return;
    }
    m_watcher->sync(); // what other connections committed so far is read now
    m_editor->reload();
    reloadViews(project);
}

void MainWindow::reloadAfterExternalChange()
{
    Project *project = m_projects->project();
    if (!project)
        return;
    const QString dropped = m_editor->reloadAfterExternalChange();
    m_segmentation->proposalView()->reload(project);
    reloadViews(project);
    // The steps dropped from the undo history matter more than the reload itself: the next
    // Undo is not what the user last did.
    statusBar()->showMessage(dropped.isEmpty()
                                 ? tr("Another program changed the project: the window shows it as it is now.")
                                 : dropped,
                             15000);
}

void MainWindow::reloadViews(Project *project)
{
    m_funnels.clear();
    m_peopleTotal = 0;
    m_dataChanged = false;
    m_dataPeriod.clear();
    const qint64 previousId = m_card->persona() ? m_card->persona()->id : 0;
    m_model->reload(*project, applicationLanguage());
    QList<Persona> shownPersonas;
    for (int i = 0; i < m_model->rowCount(); ++i)
        shownPersonas << m_model->persona(i);
    m_journey->reload(project, shownPersonas);
    m_timeline->view()->reload(project);
    Error error;
    const auto state = segmentationState(*project, &error);
    const auto period = state ? dataPeriod(*project, &error) : std::nullopt;
    const quint64 generation = ++m_statusGeneration;
    if (period) {
        m_peopleTotal = state->segmentedPeople;
        m_dataChanged = state->segmentationOutdated && state->personas > 0;
        if (period->first.isValid() && period->second.isValid())
            m_dataPeriod = period->first.date().toString(Qt::ISODate) + QStringLiteral(" – ")
                + period->second.date().toString(Qt::ISODate);
        // The counts and revenue read every order: on a worker with its own connection, shown
        // when they arrive (seconds on a million people); what the state says shows at once.
        QString suffix;
        if (m_dataChanged)
            suffix += QStringLiteral("  ·  ")
                + tr("The personas are from earlier data (%1 people): Personas › Propose Personas takes in the new data.")
                      .arg(QLocale().toString(state->segmentedPeople));
        QString prefix;
        if (project->isReadOnly())
            prefix = tr("Read-only (the file or its folder cannot be written): nothing can be changed.") + QStringLiteral("  ·  ");
        m_status->setText(prefix + tr("Counting people, orders and revenue…") + suffix);
        const QString path = project->path();
        auto *watcher = new QFutureWatcher<std::optional<ProjectSummary>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, prefix, suffix] {
            watcher->deleteLater();
            if (generation != m_statusGeneration)
                return;
            const std::optional<ProjectSummary> summary = watcher->result();
            if (!summary) {
                m_status->setText(prefix + tr("The project's figures cannot be read."));
                return;
            }
            const QLocale locale;
            m_status->setText(prefix
                              + tr("%1 people · %2 orders · revenue %3")
                                    .arg(locale.toString(summary->people), locale.toString(summary->orders),
                                         locale.toString(summary->revenue, 'f', 2))
                              + suffix);
        });
        watcher->setFuture(QtConcurrent::run(backgroundPool(), [path]() -> std::optional<ProjectSummary> {
            // A connection is bound to its thread: the worker opens its own, read-only.
            Error openError;
            Project::OpenOptions options;
            options.readOnly = true;
            auto own = Project::open(path, Project::OpenMode::OpenExisting, &openError, options);
            return own ? summarize(*own, nullptr) : std::nullopt;
        }));
    } else {
        m_status->setText(error.toString());
    }

    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->persona(i).id == previousId)
            row = i;
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row));
    showCurrentPersona();
}

void MainWindow::timelineMade(int runs)
{
    Project *project = m_projects->project();
    if (!project)
        return;
    // The timeline refreshed the personas run after run: undo steps that no longer apply go.
    const QString dropped = m_editor->reloadAfterExternalChange();
    m_segmentation->proposalView()->reload(project);
    m_watcher->sync();
    reloadViews(project);
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("personaTabs")))
        tabs->setCurrentWidget(m_timeline->view());
    QString text = tr("A timeline of %1 runs was made: the personas are those of its last run.").arg(runs);
    if (!dropped.isEmpty())
        text += QStringLiteral(" ") + tr("Undo steps that no longer apply were dropped.");
    statusBar()->showMessage(text, 20000);
}

void MainWindow::showCurrentPersona()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        m_card->clear();
        return;
    }
    const Persona &persona = m_model->persona(index.row());
    CardContext context;
    context.language = applicationLanguage();
    context.projectName = m_projects->project() ? QFileInfo(m_projects->project()->path()).completeBaseName()
                                                : QString();
    if (m_funnels.contains(persona.id))
        context.funnel = m_funnels.value(persona.id);
    context.peopleTotal = m_peopleTotal;
    context.dataChanged = m_dataChanged;
    context.dataPeriod = m_dataPeriod;
    m_card->setPersona(persona, context);
    m_editor->setCurrent(persona.id, context);
    m_journey->setCurrentPersona(persona.id);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Persona Workbench"),
                       tr("<h3>Persona Workbench %1</h3>"
                          "<p>Turns your own customer data into buyer personas, on your own machine.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace pw
