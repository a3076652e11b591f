// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"
#include "persona/persona.h"

#include <QObject>

class QAction;
class QMenu;
class QTabWidget;
class QTableView;
class QUndoStack;
class QWidget;

namespace pw {

class FunnelView;
class JourneyMapModel;
class Project;

/// The Journey feature: the funnel view and the journey map of the current persona in one tab
/// widget, the Journey menu (export the chart as PNG, the people at a stage as CSV, undo and
/// redo of note edits), and the funnel computation, run in the background.
class JourneyController : public QObject
{
    Q_OBJECT

public:
    explicit JourneyController(QWidget *window);
    ~JourneyController() override;

    /// The tab widget with the funnel view and the journey map.
    QWidget *widget() const;
    QMenu *menu() const { return m_menu; }
    FunnelView *funnelView() const { return m_funnels; }
    JourneyMapModel *mapModel() const { return m_mapModel; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *exportPngAction() const { return m_exportPng; }

    /// Recomputes the funnels of `project` (null: none open) for `personas`, in the background.
    void reload(Project *project, const QList<Persona> &personas);
    /// Shows the notes and the comparison of persona `personaId`.
    void setCurrentPersona(qint64 personaId);
    /// The last computed report, if any.
    const std::optional<FunnelReport> &report() const { return m_report; }

    /// Writes the funnel chart(s) shown as a PNG through QSaveFile; fills `error` on failure.
    bool writeChartPng(const QString &path, Error *error) const;

Q_SIGNALS:
    /// New funnels are shown.
    void funnelsChanged();

private:
    void exportPngWithDialog();
    void exportPeople(const QString &stage, qint64 personaId);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
    QUndoStack *m_undo;
    JourneyMapModel *m_mapModel;
    QTabWidget *m_tabs;
    FunnelView *m_funnels;
    QTableView *m_map;
    QMenu *m_menu;
    QAction *m_exportPng;
    QAction *m_undoAction;
    QAction *m_redoAction;
    Project *m_project = nullptr;
    QList<Persona> m_personas;
    std::optional<FunnelReport> m_report;
    qint64 m_currentPersona = 0;
    int m_generation = 0;
};

} // namespace pw
