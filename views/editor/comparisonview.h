// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonrenderer.h"

#include <QWidget>

class QListWidget;

namespace pw {

class PersonaDocument;

/// The personas side by side: the comparison page (drawn by ComparisonRenderer, as in the PDF
/// deck) beside the choice of figures and sections to compare, which is kept in the project.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(PersonaDocument *document, QWidget *parent = nullptr);

    /// Re-reads the personas and the stored choice.
    void reload();
    const ComparisonContent &content() const { return m_content; }
    QWidget *page() const { return m_page; }

private:
    void fillChoices();
    void storeChoice();

    PersonaDocument *m_document;
    QListWidget *m_figures;
    QListWidget *m_sections;
    QWidget *m_page;
    ComparisonContent m_content;
};

} // namespace pw
