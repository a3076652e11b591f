// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace pw {
class Project;
}

namespace pw {

class CardView;
class EditorController;
class ExportController;
class PresentationController;
class ImportController;
class JourneyController;
class LanguageController;
class PersonaListModel;
class ProjectController;
class ProjectWatcher;
class SegmentationController;
class TimelineController;
class WelcomePage;

/// The main window: a frame that wires the feature controllers, the persona list and the card.
/// Without a project it shows the welcome page; its size, toolbar, splitter and tab come back at
/// the next start (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `projectPath` if given, else the last project; with neither, the welcome page stays
    /// (with `offerDemo`, its demo button has the keyboard focus). A project that cannot be opened
    /// is shown in a message box, or, when `error` is given, told there (and false is returned).
    bool start(const QString &projectPath, bool offerDemo, QString *error = nullptr);

    ProjectController *projects() const { return m_projects; }
    PersonaListModel *personaModel() const { return m_model; }
    QListView *personaList() const { return m_list; }
    CardView *cardView() const { return m_card; }
    EditorController *editorController() const { return m_editor; }
    JourneyController *journey() const { return m_journey; }
    TimelineController *timeline() const { return m_timeline; }
    ProjectWatcher *watcher() const { return m_watcher; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    QTabWidget *personaTabs() const { return m_tabs; }
    QSplitter *mainSplitter() const { return m_splitter; }
    /// Creates a project (asking for its file) and starts the import of its data.
    void newProjectAndImport();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    /// The window's size and place, toolbar, splitter and tab as the last session left them,
    /// kept on the screen; and saving them.
    void restoreLayout();
    void saveLayout() const;
    void refresh();
    /// Shows the project as another program left it, keeping the selection and the undo steps
    /// that still apply.
    void reloadAfterExternalChange();
    void reloadViews(Project *project);
    void showCurrentPersona();
    void about();
    /// After a timeline was stored: the personas and runs are read again.
    void timelineMade(int runs);

    ProjectController *m_projects;
    ImportController *m_import;
    SegmentationController *m_segmentation;
    TimelineController *m_timeline;
    ExportController *m_export;
    PresentationController *m_presentation = nullptr;
    LanguageController *m_language;
    EditorController *m_editor;
    PersonaListModel *m_model;
    QListView *m_list;
    CardView *m_card;
    WelcomePage *m_welcome;
    QStackedWidget *m_stack;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_toolBar = nullptr;
    JourneyController *m_journey = nullptr;
    ProjectWatcher *m_watcher;
    QLabel *m_status;
    QHash<qint64, Funnel> m_funnels; ///< persona id -> its funnel
    qint64 m_peopleTotal = 0; ///< people of the latest segmentation run
    bool m_dataChanged = false; ///< data imported since that run
    QString m_dataPeriod;
    /// The status bar's counts are read on a worker thread (they read every order); a reload
    /// before they arrive makes them stale.
    quint64 m_statusGeneration = 0;
};

} // namespace pw
