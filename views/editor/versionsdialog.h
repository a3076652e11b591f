// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/personaversions.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace pw {

class PersonaDocument;

/// Persona › Versions…: the versions of one persona (when, why, what changed, which run), two of
/// them compared side by side (each changed section's text with its changed lines marked, the
/// figures that moved) and Restore, an undo step of the window's (Ctrl+Z undoes it there and
/// here). One version selected is compared with the persona as it is now; two, the older with the
/// newer. It follows the document: a change of the persona adds to the list at once.
class VersionsDialog : public QDialog
{
    Q_OBJECT

public:
    VersionsDialog(PersonaDocument *document, qint64 personaId, QWidget *parent = nullptr);

    qint64 personaId() const { return m_personaId; }
    /// Shows persona `id`'s versions instead.
    void setPersona(qint64 id);
    /// The versions listed, oldest first; the last is the persona as it is now (id 0) when no
    /// version holds it yet.
    const QList<PersonaVersion> &versions() const { return m_versions; }
    /// Selects the versions at `rows` of versions() (one or two) for comparing.
    void selectRows(const QList<int> &rows);
    /// The comparison shown (empty when nothing is selected).
    const VersionDiff &shownDiff() const { return m_diff; }
    /// Restores the one version selected (as the Restore button does); false when none or it
    /// could not be stored.
    bool restoreSelected();

private:
    void reload();
    void compare();
    QList<int> selectedRows() const;
    QString comparisonHtml(const PersonaVersion &from, const PersonaVersion &to) const;
    QString versionTitle(const PersonaVersion &v) const;

    PersonaDocument *m_document;
    qint64 m_personaId;
    QList<PersonaVersion> m_versions;
    VersionDiff m_diff;
    QLabel *m_title;
    QTreeWidget *m_list;
    QLabel *m_hint;
    QTextBrowser *m_comparison;
    QPushButton *m_restore;
};

} // namespace pw
