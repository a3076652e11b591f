// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/personatemplate.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace pw {

class TemplateEditor;

/// One undoable change of a template in the template editor: the template goes from `before` to
/// `after`, where nullopt means absent (a creation has no before, a deletion no after). Redo and
/// undo write the project at once through the editor; undoing a deletion puts the template back
/// with its id and the personas that were on it back on it.
class TemplateChange : public QUndoCommand
{
public:
    TemplateChange(TemplateEditor *editor, std::optional<PersonaTemplate> before, std::optional<PersonaTemplate> after,
                   int sectionRowBefore, int sectionRowAfter, const QString &text);

    void redo() override;
    void undo() override;
    /// The template's id once stored (0 before the first redo or for a deletion that failed).
    qint64 templateId() const;
    /// False when the last redo or undo could not be written.
    bool succeeded() const { return m_succeeded; }

private:
    TemplateEditor *m_editor;
    std::optional<PersonaTemplate> m_before;
    std::optional<PersonaTemplate> m_after;
    int m_rowBefore;
    int m_rowAfter;
    QList<qint64> m_personaIds; ///< personas on the template when it was deleted
    bool m_succeeded = false;
};

} // namespace pw
