// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pw {

class ProjectController;

/// File > Export PDF…: writes the persona deck of the open project in the background.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(QWidget *window, ProjectController *projects);

    QAction *exportPdfAction() const { return m_exportPdfAction; }

    /// Exports the open project's deck to `path` in the interface language.
    void exportPdf(const QString &path);

private:
    void exportWithDialog();

    QWidget *m_window;
    ProjectController *m_projects;
    QAction *m_exportPdfAction;
};

} // namespace pw
