// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/segmentation.h"

#include <QObject>

class QAction;
class QWidget;

namespace pw {

class ProjectController;
class SegmentationView;

/// Personas > Propose personas: asks for k and the features (SegmentationDialog), clusters the
/// open project in the background with progress and cancel, refreshing its personas, and shows
/// the latest proposal's evidence (SegmentationView).
class SegmentationController : public QObject
{
    Q_OBJECT

public:
    SegmentationController(QWidget *window, ProjectController *projects);

    QAction *proposeAction() const { return m_proposeAction; }
    /// The proposal view (for a tab of the main window); follows the open project.
    SegmentationView *proposalView() const { return m_view; }

    /// Asks for the options, then runs the segmentation of the open project.
    void propose();
    /// Runs it with `options` (the dialog's), in the background.
    void run(const SegmentationOptions &options);

Q_SIGNALS:
    /// A proposal was stored: the project's personas and its latest run changed (`change` says
    /// how, to undo it).
    void proposed(const pw::ProposalChange &change);

private:
    QWidget *m_window;
    ProjectController *m_projects;
    QAction *m_proposeAction;
    SegmentationView *m_view;
};

} // namespace pw
