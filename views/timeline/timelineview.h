// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace pw {

class Project;
class TimelineHistoryPanel;
class TimelineMovementPanel;

/// The Timeline tab: without a timeline, what one is and a button to make it; with one, each
/// persona's history (TimelineHistoryPanel) and the movement between two runs
/// (TimelineMovementPanel). Re-read whenever the project changes, when it is next shown.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    /// Follows `project` (null: none); read now if shown, else when next shown.
    void reload(Project *project);
    /// Reads the project now, if it changed since it was last read.
    void refreshNow();
    /// Whether the project holds a timeline (as last read).
    bool hasTimeline() const { return m_hasTimeline; }
    /// Shows the movement between the last two runs.
    void showLatestMovement();

    TimelineHistoryPanel *historyPanel() const { return m_history; }
    TimelineMovementPanel *movementPanel() const { return m_movement; }
    QTabWidget *sections() const { return m_sections; }
    QPushButton *makeButton() const { return m_makeButton; }

Q_SIGNALS:
    /// The user asked to make a timeline (the buttons of this view).
    void makeRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Project *m_project = nullptr;
    bool m_dirty = true;
    bool m_hasTimeline = false;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QPushButton *m_makeButton;
    QLabel *m_summary;
    QTabWidget *m_sections;
    TimelineHistoryPanel *m_history;
    TimelineMovementPanel *m_movement;
};

} // namespace pw
