// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecommands.h"

#include "templateeditor.h"

namespace pw {

TemplateChange::TemplateChange(TemplateEditor *editor, std::optional<PersonaTemplate> before,
                               std::optional<PersonaTemplate> after, int sectionRowBefore, int sectionRowAfter,
                               const QString &text)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
      m_rowBefore(sectionRowBefore), m_rowAfter(sectionRowAfter)
{
}

void TemplateChange::redo()
{
    m_succeeded = m_editor->applyChange(m_before, m_after, m_personaIds, m_rowAfter);
    setObsolete(!m_succeeded); // a change that could not be written leaves the history
}

void TemplateChange::undo()
{
    m_succeeded = m_editor->applyChange(m_after, m_before, m_personaIds, m_rowBefore);
    setObsolete(!m_succeeded);
}

qint64 TemplateChange::templateId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

} // namespace pw
