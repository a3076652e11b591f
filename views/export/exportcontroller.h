// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pw {

class Project;
class ProjectController;
struct ChangeChoice;
struct ExportRequest;

/// File > Export… (Ctrl+E): asks with an ExportDialog what to export and writes it in the
/// background (progress and cancel): PDF deck, PowerPoint deck, PNG per card, JSON or CSV.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(QWidget *window, ProjectController *projects);

    QAction *exportAction() const { return m_exportAction; }

    /// Exports the open project as `request` asks, in the background, in the request's language
    /// (the interface keeps its own meanwhile). Success is told in the status bar, failure in a
    /// message box.
    void exportTo(const ExportRequest &request);
    /// Exports the open project's PDF deck to `path` in the interface language.
    void exportPdf(const QString &path);

    /// What the export dialog offers for the "What changed" page of `project`'s decks: the last
    /// workshop's run, each earlier run with a record of its personas, and none; each with a
    /// note of what the deck will hold.
    static QList<ChangeChoice> changeChoices(Project &project);

Q_SIGNALS:
    /// An export ended; `ok` false when it failed or was canceled.
    void exported(const QString &path, bool ok);

private:
    void exportWithDialog();

    QWidget *m_window;
    ProjectController *m_projects;
    QAction *m_exportAction;
};

} // namespace pw
