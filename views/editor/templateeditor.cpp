// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateeditor.h"

#include "persona/templaterepository.h"
#include "store/project.h"
#include "templatecommands.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pw {

TemplateEditor::TemplateEditor(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project), m_templateList(new QListWidget), m_name(new QLineEdit),
      m_sectionList(new QListWidget), m_title(new QLineEdit), m_type(new QComboBox), m_leftPole(new QLineEdit),
      m_rightPole(new QLineEdit), m_figures(new QListWidget), m_builtinHint(new QLabel),
      m_deleteButton(new QPushButton(tr("&Delete"))), m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Templates"));
    resize(860, 560);

    // Left: the templates.
    auto *newButton = new QPushButton(tr("&New"));
    auto *duplicateButton = new QPushButton(tr("D&uplicate"));
    auto *importButton = new QPushButton(tr("&Import…"));
    auto *exportButton = new QPushButton(tr("E&xport…"));
    connect(newButton, &QPushButton::clicked, this, &TemplateEditor::createTemplate);
    connect(duplicateButton, &QPushButton::clicked, this, &TemplateEditor::duplicateTemplate);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplateEditor::deleteTemplate);
    connect(importButton, &QPushButton::clicked, this, &TemplateEditor::importWithDialog);
    connect(exportButton, &QPushButton::clicked, this, &TemplateEditor::exportWithDialog);
    auto *templatesLabel = new QLabel(tr("&Templates:"));
    templatesLabel->setBuddy(m_templateList);
    auto *left = new QGridLayout;
    left->addWidget(templatesLabel, 0, 0, 1, 2);
    left->addWidget(m_templateList, 1, 0, 1, 2);
    left->addWidget(newButton, 2, 0);
    left->addWidget(duplicateButton, 2, 1);
    left->addWidget(m_deleteButton, 3, 0);
    left->addWidget(importButton, 4, 0);
    left->addWidget(exportButton, 4, 1);

    // Middle: the template's name and sections.
    auto *addButton = new QPushButton(tr("&Add Section"));
    auto *addMenu = new QMenu(addButton);
    for (SectionType type : allSectionTypes())
        addMenu->addAction(sectionTypeName(type), this, [this, type] { addSection(type); });
    addButton->setMenu(addMenu);
    auto *removeButton = new QPushButton(tr("&Remove"));
    auto *upButton = new QPushButton(tr("Move &Up"));
    auto *downButton = new QPushButton(tr("Move Do&wn"));
    connect(removeButton, &QPushButton::clicked, this, &TemplateEditor::removeSection);
    connect(upButton, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveSection(1); });
    auto *middle = new QVBoxLayout;
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("&Name:"), m_name);
    middle->addLayout(nameRow);
    m_builtinHint->setWordWrap(true);
    m_builtinHint->setText(tr("Built-in templates cannot be changed: duplicate one to make it your own."));
    middle->addWidget(m_builtinHint);
    auto *sectionsLabel = new QLabel(tr("&Sections:"));
    sectionsLabel->setBuddy(m_sectionList);
    middle->addWidget(sectionsLabel);
    middle->addWidget(m_sectionList, 1);
    auto *sectionButtons = new QHBoxLayout;
    for (QPushButton *b : {addButton, removeButton, upButton, downButton})
        sectionButtons->addWidget(b);
    middle->addLayout(sectionButtons);

    // Right: the selected section.
    for (SectionType type : allSectionTypes())
        m_type->addItem(sectionTypeName(type), sectionTypeKey(type));
    for (const QString &key : figureKeys()) {
        auto *item = new QListWidgetItem(figureName(key), m_figures);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *right = new QFormLayout;
    right->addRow(tr("T&itle:"), m_title);
    right->addRow(tr("T&ype:"), m_type);
    right->addRow(tr("&Left pole:"), m_leftPole);
    right->addRow(tr("Ri&ght pole:"), m_rightPole);
    right->addRow(tr("&Figures:"), m_figures);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(middle, 3);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_editing = {m_name, m_sectionList, addButton, removeButton, upButton, downButton, m_title, m_type,
                 m_leftPole, m_rightPole, m_figures, m_deleteButton};

    connect(m_templateList, &QListWidget::currentRowChanged, this, &TemplateEditor::showTemplate);
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_sectionRow = row;
        showSection();
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] { renameTemplate(m_name->text()); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { setSectionTitle(m_title->text()); });
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        if (const auto type = sectionTypeFromKey(m_type->itemData(index).toString()))
            setSectionType(*type);
    });
    auto savePoles = [this] { setSectionPoles(m_leftPole->text(), m_rightPole->text()); };
    connect(m_leftPole, &QLineEdit::editingFinished, this, savePoles);
    connect(m_rightPole, &QLineEdit::editingFinished, this, savePoles);
    connect(m_figures, &QListWidget::itemChanged, this, [this] {
        QStringList figures;
        for (int i = 0; i < m_figures->count(); ++i)
            if (m_figures->item(i)->checkState() == Qt::Checked)
                figures << m_figures->item(i)->data(Qt::UserRole).toString();
        setSectionFigures(figures);
    });
    reloadTemplates(0);
}

const PersonaTemplate *TemplateEditor::current() const
{
    const int row = m_templateList->currentRow();
    return row >= 0 && row < m_templates.size() ? &m_templates[row] : nullptr;
}

void TemplateEditor::reloadTemplates(qint64 selectId)
{
    m_templates = TemplateRepository::all(*m_project);
    for (const PersonaTemplate &t : std::as_const(m_templates))
        if (!m_seen.contains(t.id)) // what this editor wrote itself stays its base
            m_seen.insert(t.id, t.revision);
    const QSignalBlocker block(m_templateList);
    m_templateList->clear();
    int row = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const PersonaTemplate &t = m_templates[i];
        m_templateList->addItem(t.builtin != PersonaTemplate::Builtin::None ? tr("%1 (built-in)").arg(t.displayName())
                                                                            : t.displayName());
        if (t.id == selectId)
            row = i;
    }
    m_templateList->setCurrentRow(m_templates.isEmpty() ? -1 : row);
    // Every name is read in full ("E-commerce buyer (B2C) (built-in)"): the list is at least as
    // wide as its longest item, whatever the language.
    m_templateList->setMinimumWidth(m_templateList->sizeHintForColumn(0) + 2 * m_templateList->frameWidth()
                                    + m_templateList->verticalScrollBar()->sizeHint().width() + 8);
    showTemplate();
}

void TemplateEditor::selectTemplate(qint64 id)
{
    reloadTemplates(id);
}

void TemplateEditor::showTemplate()
{
    const PersonaTemplate *t = current();
    const bool editable = t && t->builtin == PersonaTemplate::Builtin::None;
    for (QWidget *w : std::as_const(m_editing))
        w->setEnabled(editable);
    m_sectionList->setEnabled(t != nullptr);
    m_builtinHint->setVisible(t && !editable);
    {
        const QSignalBlocker block(m_name);
        m_name->setText(t ? t->displayName() : QString());
    }
    const QSignalBlocker block(m_sectionList);
    const int keep = m_sectionRow;
    m_sectionList->clear();
    if (t)
        for (const TemplateSection &s : t->sections)
            m_sectionList->addItem(QStringLiteral("%1 — %2").arg(s.displayTitle(), sectionTypeName(s.type)));
    m_sectionRow = t && !t->sections.isEmpty() ? qBound(0, keep, int(t->sections.size()) - 1) : -1;
    m_sectionList->setCurrentRow(m_sectionRow);
    showSection();
}

void TemplateEditor::showSection()
{
    const PersonaTemplate *t = current();
    const bool valid = t && m_sectionRow >= 0 && m_sectionRow < t->sections.size();
    const TemplateSection s = valid ? t->sections[m_sectionRow] : TemplateSection();
    const QSignalBlocker a(m_title), b(m_type), c(m_leftPole), d(m_rightPole), e(m_figures);
    m_title->setText(valid ? s.displayTitle() : QString());
    m_type->setCurrentIndex(valid ? m_type->findData(sectionTypeKey(s.type)) : -1);
    m_leftPole->setText(valid && s.type == SectionType::Scale ? s.displayLeftPole() : QString());
    m_rightPole->setText(valid && s.type == SectionType::Scale ? s.displayRightPole() : QString());
    const bool editable = valid && t->builtin == PersonaTemplate::Builtin::None;
    m_leftPole->setEnabled(editable && s.type == SectionType::Scale);
    m_rightPole->setEnabled(editable && s.type == SectionType::Scale);
    m_figures->setEnabled(editable && s.type == SectionType::Figures);
    for (int i = 0; i < m_figures->count(); ++i)
        m_figures->item(i)->setCheckState(s.figures.contains(m_figures->item(i)->data(Qt::UserRole).toString())
                                              ? Qt::Checked
                                              : Qt::Unchecked);
}

void TemplateEditor::showEditMenu(QMenu *menu)
{
    if (!m_menuBar) {
        m_menuBar = new QMenuBar(this);
        layout()->setMenuBar(m_menuBar);
    }
    m_menuBar->addMenu(menu);
}

bool TemplateEditor::applyChange(const std::optional<PersonaTemplate> &from, std::optional<PersonaTemplate> &to,
                                 QList<qint64> &personaIds, int sectionRow)
{
    // The step's "from" is what this editor last wrote or read of the template, whichever step
    // wrote it: its content, at the revision the editor saw.
    std::optional<PersonaTemplate> base = from;
    if (base)
        base->revision = m_seen.value(base->id, base->revision);
    Error error;
    const WriteStatus status = TemplateRepository::change(*m_project, base, to, personaIds, &error);
    if (status == WriteStatus::Written) {
        if (to)
            m_seen.insert(to->id, to->revision);
        else if (from)
            m_seen.remove(from->id);
    } else {
        m_seen.clear(); // read again below: the user was told
    }
    if (status != WriteStatus::Written) {
        // The list is read again either way, so that what is shown is what is stored.
        QMessageBox::warning(this, windowTitle(),
                             status == WriteStatus::Conflict
                                 ? tr("%1. The templates were read again; your change was not saved.").arg(error.message)
                                 : tr("The template cannot be saved: %1").arg(error.message));
        reloadTemplates(current() ? current()->id : 0);
        return false;
    }
    m_sectionRow = sectionRow;
    m_lastId = to ? to->id : 0;
    reloadTemplates(m_lastId);
    return true;
}

bool TemplateEditor::change(const std::optional<PersonaTemplate> &before, const std::optional<PersonaTemplate> &after,
                            int sectionRowAfter, const QString &text)
{
    m_lastId = -1;
    m_undoStack->push(new TemplateChange(this, before, after, m_sectionRow, sectionRowAfter, text));
    return m_lastId >= 0; // set by applyChange when the change was written
}

const PersonaTemplate *TemplateEditor::editable(bool needSection) const
{
    const PersonaTemplate *c = current();
    if (!c || c->builtin != PersonaTemplate::Builtin::None)
        return nullptr;
    if (needSection && (m_sectionRow < 0 || m_sectionRow >= c->sections.size()))
        return nullptr;
    return c;
}

qint64 TemplateEditor::createTemplate()
{
    PersonaTemplate t;
    t.name = tr("New template");
    TemplateSection goals;
    goals.key = QStringLiteral("goals");
    goals.type = SectionType::BulletList;
    t.sections << goals;
    return change(std::nullopt, t, 0, QCoreApplication::translate("UndoCommands", "New Template")) ? m_lastId : 0;
}

qint64 TemplateEditor::duplicateTemplate()
{
    const PersonaTemplate *c = current();
    if (!c)
        return 0;
    PersonaTemplate t = *c;
    t.id = 0;
    t.name = tr("%1 (copy)").arg(c->displayName());
    t.builtin = PersonaTemplate::Builtin::None;
    // Keep the titles and poles as shown now, so that the copy reads the same in any language.
    for (TemplateSection &s : t.sections) {
        s.title = s.displayTitle();
        if (s.type == SectionType::Scale) {
            s.leftPole = s.displayLeftPole();
            s.rightPole = s.displayRightPole();
        }
    }
    return change(std::nullopt, t, m_sectionRow, QCoreApplication::translate("UndoCommands", "Duplicate Template")) ? m_lastId
                                                                                                              : 0;
}

bool TemplateEditor::deleteTemplate()
{
    const PersonaTemplate *c = editable(false);
    if (!c)
        return false;
    return change(*c, std::nullopt, 0, QCoreApplication::translate("UndoCommands", "Delete Template"));
}

void TemplateEditor::renameTemplate(const QString &name)
{
    const PersonaTemplate *c = editable(false);
    if (!c || name.trimmed().isEmpty() || name.trimmed() == c->name)
        return;
    PersonaTemplate t = *c;
    t.name = name.trimmed();
    change(*c, t, m_sectionRow, QCoreApplication::translate("UndoCommands", "Rename Template"));
}

void TemplateEditor::addSection(SectionType type)
{
    const PersonaTemplate *c = editable(false);
    if (!c)
        return;
    PersonaTemplate t = *c;
    TemplateSection s;
    s.type = type;
    s.title = sectionTypeName(type);
    s.key = t.uniqueKey(sectionTypeKey(type));
    if (type == SectionType::Figures)
        s.figures = {QStringLiteral("share_people"), QStringLiteral("share_revenue")};
    const int at = m_sectionRow < 0 ? int(t.sections.size()) : m_sectionRow + 1;
    t.sections.insert(at, s);
    change(*c, t, at, QCoreApplication::translate("UndoCommands", "Add Section %1").arg(s.title));
}

void TemplateEditor::removeSection()
{
    const PersonaTemplate *c = editable(true);
    if (!c)
        return;
    PersonaTemplate t = *c;
    const QString title = t.sections[m_sectionRow].displayTitle();
    t.sections.removeAt(m_sectionRow);
    change(*c, t, m_sectionRow, QCoreApplication::translate("UndoCommands", "Remove Section %1").arg(title));
}

void TemplateEditor::moveSection(int delta)
{
    const PersonaTemplate *c = editable(true);
    if (!c)
        return;
    const int to = m_sectionRow + delta;
    if (to < 0 || to >= c->sections.size())
        return;
    PersonaTemplate t = *c;
    t.sections.move(m_sectionRow, to);
    change(*c, t, to,
           QCoreApplication::translate("UndoCommands", "Move Section %1").arg(c->sections[m_sectionRow].displayTitle()));
}

void TemplateEditor::setSectionTitle(const QString &title)
{
    const PersonaTemplate *c = editable(true);
    if (!c || title == c->sections[m_sectionRow].displayTitle())
        return;
    PersonaTemplate t = *c;
    t.sections[m_sectionRow].title = title.trimmed();
    change(*c, t, m_sectionRow,
           QCoreApplication::translate("UndoCommands", "Rename Section %1").arg(c->sections[m_sectionRow].displayTitle()));
}

void TemplateEditor::setSectionType(SectionType type)
{
    const PersonaTemplate *c = editable(true);
    if (!c || c->sections[m_sectionRow].type == type)
        return;
    PersonaTemplate t = *c;
    t.sections[m_sectionRow].type = type;
    change(*c, t, m_sectionRow,
           QCoreApplication::translate("UndoCommands", "Change Type of %1").arg(c->sections[m_sectionRow].displayTitle()));
}

void TemplateEditor::setSectionPoles(const QString &left, const QString &right)
{
    const PersonaTemplate *c = editable(true);
    if (!c)
        return;
    const TemplateSection &s = c->sections[m_sectionRow];
    if (s.type != SectionType::Scale || (left == s.displayLeftPole() && right == s.displayRightPole()))
        return;
    PersonaTemplate t = *c;
    t.sections[m_sectionRow].leftPole = left;
    t.sections[m_sectionRow].rightPole = right;
    change(*c, t, m_sectionRow, QCoreApplication::translate("UndoCommands", "Change Poles of %1").arg(s.displayTitle()));
}

void TemplateEditor::setSectionFigures(const QStringList &figures)
{
    const PersonaTemplate *c = editable(true);
    if (!c || c->sections[m_sectionRow].figures == figures)
        return;
    PersonaTemplate t = *c;
    t.sections[m_sectionRow].figures = figures;
    change(*c, t, m_sectionRow,
           QCoreApplication::translate("UndoCommands", "Change Figures of %1").arg(c->sections[m_sectionRow].displayTitle()));
}

bool TemplateEditor::exportTo(const QString &path, QString *error)
{
    const PersonaTemplate *c = current();
    if (!c)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(c->toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

qint64 TemplateEditor::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return 0;
    }
    Error parseError;
    std::optional<PersonaTemplate> t = PersonaTemplate::fromJson(file.readAll(), &parseError);
    if (!t) {
        if (error)
            *error = parseError.message;
        return 0;
    }
    t->id = 0;
    if (!change(std::nullopt, *t, 0, QCoreApplication::translate("UndoCommands", "Import Template"))) {
        if (error)
            *error = tr("The template cannot be saved");
        return 0;
    }
    return m_lastId;
}

void TemplateEditor::exportWithDialog()
{
    const PersonaTemplate *c = current();
    if (!c)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Template"), c->displayName() + QStringLiteral(".json"),
                                                      tr("Persona templates (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Template"), tr("%1 cannot be written: %2").arg(path, error));
}

void TemplateEditor::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Template"), QString(),
                                                      tr("Persona templates (*.json)"));
    QString error;
    if (!path.isEmpty() && !importFrom(path, &error))
        QMessageBox::warning(this, tr("Import Template"), tr("%1 cannot be imported: %2").arg(path, error));
}

} // namespace pw
