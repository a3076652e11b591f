// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "language.h"
#include "personadocument.h"
#include "store/project.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pw {

namespace {

/// Paints the comparison page scaled to the widget.
class ComparisonPage : public QWidget
{
public:
    explicit ComparisonPage(const ComparisonContent &content) : m_content(content)
    {
        setMinimumSize(420, 300);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(0xdf, 0xe3, 0xe8));
        const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
        const QSizeF natural = ComparisonRenderer::naturalSize();
        const qreal scale = qMin(area.width() / natural.width(), area.height() / natural.height());
        const QSizeF size = natural * scale;
        const QRectF page(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                          size.height());
        painter.fillRect(page.translated(3, 4), QColor(0, 0, 0, 40));
        ComparisonRenderer::paint(painter, page, m_content);
    }

private:
    const ComparisonContent &m_content;
};

} // namespace

ComparisonView::ComparisonView(PersonaDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_figures(new QListWidget), m_sections(new QListWidget),
      m_page(new ComparisonPage(m_content))
{
    setObjectName(QStringLiteral("comparisonView"));
    m_figures->setObjectName(QStringLiteral("comparisonFigures"));
    m_sections->setObjectName(QStringLiteral("comparisonSections"));
    m_figures->setAccessibleName(tr("Figures to compare"));
    m_sections->setAccessibleName(tr("Sections to compare"));
    auto *side = new QVBoxLayout;
    auto *figuresLabel = new QLabel(tr("&Figures:"));
    figuresLabel->setBuddy(m_figures);
    auto *sectionsLabel = new QLabel(tr("&Sections:"));
    sectionsLabel->setBuddy(m_sections);
    side->addWidget(figuresLabel);
    side->addWidget(m_figures, 1);
    side->addWidget(sectionsLabel);
    side->addWidget(m_sections, 2);
    auto *sideWidget = new QWidget;
    sideWidget->setLayout(side);
    sideWidget->setMaximumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(m_page, 1);
    connect(m_figures, &QListWidget::itemChanged, this, &ComparisonView::storeChoice);
    connect(m_sections, &QListWidget::itemChanged, this, &ComparisonView::storeChoice);
    connect(m_document, &PersonaDocument::personaChanged, this, &ComparisonView::reload);
    connect(m_document, &PersonaDocument::listChanged, this, &ComparisonView::reload);
}

void ComparisonView::reload()
{
    m_content = ComparisonContent();
    if (Project *project = m_document->project())
        m_content = ComparisonContent::fromProject(*project, m_document->personas(), applicationLanguage());
    fillChoices();
    m_page->update();
}

void ComparisonView::fillChoices()
{
    const QSignalBlocker a(m_figures);
    const QSignalBlocker b(m_sections);
    m_figures->clear();
    for (const QString &key : figureKeys()) {
        auto *item = new QListWidgetItem(figureName(key), m_figures);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_content.figures.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    // Every text or scale section of the personas' templates, in template order, once.
    m_sections->clear();
    QStringList seen;
    for (const Persona &p : m_content.personas) {
        for (const TemplateSection &s : p.effectiveTemplate().sections) {
            if (seen.contains(s.key) || !(isTextType(s.type) || s.type == SectionType::Scale))
                continue;
            seen << s.key;
            auto *item = new QListWidgetItem(s.displayTitle(), m_sections);
            item->setData(Qt::UserRole, s.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_content.sections.contains(s.key) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ComparisonView::storeChoice()
{
    QStringList figures;
    for (int i = 0; i < m_figures->count(); ++i)
        if (m_figures->item(i)->checkState() == Qt::Checked)
            figures << m_figures->item(i)->data(Qt::UserRole).toString();
    QStringList sections;
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked)
            sections << m_sections->item(i)->data(Qt::UserRole).toString();
    m_content.figures = figures;
    m_content.sections = sections;
    if (Project *project = m_document->project())
        ComparisonContent::storeChoice(*project, figures, sections);
    m_page->update();
}

} // namespace pw
