// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/funnel.h"
#include "persona/persona.h"

#include <QColor>
#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pw {

class FunnelChart;
class JourneyMapModel;

/// The journey funnels: one chart per persona side by side, the selected persona against
/// everyone else, or everyone; under them the selected stage with its figures and its
/// touchpoints, key focus and improvement ideas for the current persona (editable: they are
/// cells of the persona's journey map, so edits share its undo stack).
class FunnelView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Personas, PersonaVsOthers, Everyone };

    explicit FunnelView(JourneyMapModel *notes, QWidget *parent = nullptr);

    /// Shows the funnels of `report` for `personas` (names and colours in `language`).
    void setReport(const FunnelReport &report, const QList<Persona> &personas, const QString &language);
    /// Shows nothing but a hint.
    void clear(const QString &hint);
    /// The persona whose notes the stage panel edits and that PersonaVsOthers compares.
    void setCurrentPersona(qint64 personaId);
    qint64 currentPersona() const { return m_currentPersona; }

    Mode mode() const;
    void setMode(Mode mode);
    void selectStage(int stage);
    int selectedStage() const { return m_stage; }
    const QList<FunnelChart *> &charts() const { return m_charts; }
    /// The charts as one image (what the PNG export writes).
    QImage chartImage() const;

Q_SIGNALS:
    /// The user asked for the list of the people at `stage` (of `personaId`, 0 = everyone).
    void peopleRequested(const QString &stage, qint64 personaId);
    /// The user asked to edit the stage rules.
    void stageRulesRequested();
    /// The user asked for the time-to-convert chart.
    void timeToConvertRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildCharts();
    void updateAsOf();
    void updateStagePanel();
    void retranslate();

    JourneyMapModel *m_notes;
    QComboBox *m_mode;
    QLabel *m_hint;
    QLabel *m_asOf; ///< which day the journeys are counted as of, when the run was made as of one
    QWidget *m_chartArea;
    QHBoxLayout *m_chartLayout;
    QList<FunnelChart *> m_charts;
    QLabel *m_stageTitle;
    QLabel *m_stageFigures;
    QLabel *m_noteLabels[3];
    QPlainTextEdit *m_editors[3];
    QPushButton *m_peopleButton;
    QPushButton *m_rulesButton;
    QPushButton *m_timeButton;

    FunnelReport m_report;
    QList<Persona> m_personas;
    QString m_language;
    qint64 m_currentPersona = 0;
    int m_stage = 0;
    bool m_updating = false;
};

} // namespace pw
