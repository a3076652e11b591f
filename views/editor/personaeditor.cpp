// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaeditor.h"

#include "cardview.h"
#include "personadocument.h"
#include "personaform.h"

#include <QApplication>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pw {

PersonaEditor::PersonaEditor(PersonaDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_form(new PersonaForm(document)), m_preview(new CardView)
{
    setObjectName(QStringLiteral("personaEditor"));
    // Typing is one undo step per field until the focus moves: what is typed after coming back
    // is a step of its own.
    connect(qApp, &QApplication::focusChanged, m_document, &PersonaDocument::finishTyping);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(440);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_preview->setMinimumSize(300, 220);
    auto *splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 520});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_document, &PersonaDocument::personaChanged, this, [this](qint64 id) {
        if (id == personaId())
            updatePreview();
    });
}

void PersonaEditor::setPersona(qint64 id, const CardContext &context)
{
    m_context = context;
    m_form->setPersona(id);
    updatePreview();
}

qint64 PersonaEditor::personaId() const
{
    return m_form->personaId();
}

void PersonaEditor::updatePreview()
{
    if (const Persona *p = m_document->persona(personaId()))
        m_preview->setPersona(*p, m_context);
    else
        m_preview->clear();
}

} // namespace pw
