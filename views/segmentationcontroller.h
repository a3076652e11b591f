// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pw {

class ProjectController;

/// Personas > Propose personas: clusters the open project in the background (k chosen by the
/// data) with progress and cancel, replacing its personas.
class SegmentationController : public QObject
{
    Q_OBJECT

public:
    SegmentationController(QWidget *window, ProjectController *projects);

    QAction *proposeAction() const { return m_proposeAction; }

    /// Runs the segmentation of the open project.
    void propose();

Q_SIGNALS:
    /// The project's personas were replaced.
    void personasChanged();

private:
    QWidget *m_window;
    ProjectController *m_projects;
    QAction *m_proposeAction;
};

} // namespace pw
