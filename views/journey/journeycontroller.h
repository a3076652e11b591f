// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"
#include "persona/persona.h"

#include <QObject>
#include <QPointer>
#include <QTabWidget>

class QAction;
class QMenu;
class QTableView;
class QUndoStack;
class QWidget;

namespace pw {

class FunnelView;
class JourneyMapModel;
class Project;
class TimeToConvertChart;

/// The Journey feature: the funnel view and the journey map of the current persona in one tab
/// widget, the Journey menu (export the chart as PNG, the people at a stage as CSV, undo and
/// redo of note edits), and the funnel computation, run in the background.
class JourneyController : public QObject
{
    Q_OBJECT

public:
    /// Journey notes and stage rules go onto `undoStack` (the window's one history, whose Undo
    /// and Redo are in the Edit menu) or, without one, onto a stack of the controller's own whose
    /// Undo and Redo are in the Journey menu.
    explicit JourneyController(QWidget *window, QUndoStack *undoStack = nullptr);
    ~JourneyController() override;

    /// The tab widget with the funnel view and the journey map.
    QWidget *widget() const;
    QMenu *menu() const { return m_menu; }
    FunnelView *funnelView() const { return m_funnels; }
    JourneyMapModel *mapModel() const { return m_mapModel; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *stageRulesAction() const { return m_stageRules; }
    TimeToConvertChart *timeToConvertChart() const { return m_timeChart; }

    /// Recomputes the funnels of `project` (null: none open) for `personas`, in the background.
    void reload(Project *project, const QList<Persona> &personas);
    /// Shows the funnels computed last under the names and colours of `personas` (after a rename or
    /// a recolouring: the same people, so nothing is recomputed); a persona linked to another
    /// segment recomputes them.
    void setPersonas(const QList<Persona> &personas);
    /// Shows the notes and the comparison of persona `personaId`.
    void setCurrentPersona(qint64 personaId);
    /// The last computed report, if any.
    const std::optional<FunnelReport> &report() const { return m_report; }

    /// Writes the funnel chart(s) shown as a PNG through QSaveFile; fills `error` on failure.
    bool writeChartPng(const QString &path, Error *error) const;
    /// Writes the time-to-convert chart as a PNG through QSaveFile; fills `error` on failure.
    bool writeTimeToConvertPng(const QString &path, Error *error) const;
    /// Makes `rules` the project's stage rules as one undoable step (undo puts the rules before
    /// back) and recomputes the funnels in the background. False (with `error`) if they cannot
    /// be used or saved, or if another program changed the stored rules since `baseRevision`
    /// (StageDefinitions::revision() when the user began editing them).
    bool changeStageRules(const StageDefinitions &rules, Error *error, std::optional<qint64> baseRevision = {});

Q_SIGNALS:
    /// New funnels are shown.
    void funnelsChanged();
    /// A journey note or the stage rules could not be written (another program changed them, or
    /// the project cannot be written); `message` says which, in the interface language.
    void failed(const QString &message);

private:
    void exportPngWithDialog();
    void exportTimeToConvertWithDialog();
    void editStageRules();
    void recompute();
    void updateTimeToConvert();
    friend class SetStageRulesCommand;
    void exportPeople(const QString &stage, qint64 personaId);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
    QUndoStack *m_undo;
    bool m_ownUndo; ///< m_undo is the controller's own (cleared when the project changes)
    JourneyMapModel *m_mapModel;
    QPointer<QTabWidget> m_tabs; // deleted with the window that took it, else with the controller
    FunnelView *m_funnels;
    QTableView *m_map;
    QMenu *m_menu;
    QAction *m_exportPng;
    QAction *m_exportTimePng;
    QAction *m_stageRules;
    TimeToConvertChart *m_timeChart;
    Project *m_project = nullptr;
    QList<Persona> m_personas;
    std::optional<FunnelReport> m_report;
    qint64 m_currentPersona = 0;
    int m_generation = 0;
    /// The stage rules' revision this window last wrote or read (-1: none yet): the base of the
    /// next write of its undo history.
    qint64 m_rulesRevision = -1;
};

} // namespace pw
