// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardrenderer.h"

#include <QWidget>

namespace pw {

class CardView;
class PersonaDocument;
class PersonaForm;

/// The persona editor: the form generated from the persona's template beside a live preview of
/// its card (drawn by the one CardRenderer).
class PersonaEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PersonaEditor(PersonaDocument *document, QWidget *parent = nullptr);

    /// Edits persona `id` (0: none); `context` is what its card shows besides the persona.
    void setPersona(qint64 id, const CardContext &context);
    qint64 personaId() const;
    PersonaForm *form() const { return m_form; }
    CardView *preview() const { return m_preview; }

private:
    void updatePreview();

    PersonaDocument *m_document;
    PersonaForm *m_form;
    CardView *m_preview;
    CardContext m_context;
};

} // namespace pw
