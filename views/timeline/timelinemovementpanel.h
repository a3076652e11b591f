// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinesource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pw {

class SankeyWidget;

/// Movement between two runs of a timeline: a flow diagram (SankeyWidget) and a table of the
/// flows (from, to, people, share of from); a selected flow shows its people's profile
/// (RunHistory::flowProfile()) and can export their customer ids as CSV.
class TimelineMovementPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineMovementPanel(QWidget *parent = nullptr);

    /// Shows `source`, keeping the chosen runs where they still exist (by default the last two).
    void setSource(const TimelineSource &source);
    void clear();
    /// Chooses the runs compared: the last two of the history.
    void chooseLastTwo();
    /// Chooses the runs compared by id; false when either is not in the history.
    bool chooseRuns(qint64 fromRun, qint64 toRun);

    /// The movement shown (empty flows when none).
    const Movement &movement() const { return m_movement; }
    /// Selects flow `index` of movement().flows (-1: none), in the table and the diagram.
    void selectFlow(int index);
    int selectedFlow() const { return m_selected; }
    /// Writes the selected flow's customer ids to `path` (CSV); false with `error` on failure.
    bool exportFlow(const QString &path, QString *error);

    SankeyWidget *sankey() const { return m_sankey; }
    QTableWidget *flowTable() const { return m_flows; }
    QLabel *profileLabel() const { return m_profile; }
    QComboBox *fromRunBox() const { return m_fromRun; }
    QComboBox *toRunBox() const { return m_toRun; }

private:
    void fillRunBoxes();
    void reload();
    void showProfile();
    void exportWithDialog();
    QString nodeName(const std::optional<qint64> &persona, bool from) const;

    TimelineSource m_source;
    Movement m_movement;
    int m_selected = -1;
    bool m_filling = false;
    QComboBox *m_fromRun;
    QComboBox *m_toRun;
    SankeyWidget *m_sankey;
    QTableWidget *m_flows;
    QLabel *m_profile;
    QLabel *m_status;
    QPushButton *m_export;
};

} // namespace pw
