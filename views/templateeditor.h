// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/personatemplate.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pw {

class Project;

/// The template editor: the project's templates; create, duplicate, rename and delete them; add,
/// remove and reorder their sections and set each section's title, type, scale poles or figures;
/// export a template to a JSON file and import one. Every change is saved to the project at once.
/// Built-in templates are read-only: duplicate one to make it your own.
class TemplateEditor : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateEditor(Project *project, QWidget *parent = nullptr);

    /// Selects the template with `id`.
    void selectTemplate(qint64 id);
    /// The template being edited (as last saved).
    const PersonaTemplate *current() const;

    // The operations behind the buttons (public for tests and automation).
    qint64 createTemplate();
    qint64 duplicateTemplate();
    bool deleteTemplate();
    void renameTemplate(const QString &name);
    void addSection(SectionType type);
    void removeSection();
    void moveSection(int delta);
    void setSectionTitle(const QString &title);
    void setSectionType(SectionType type);
    bool exportTo(const QString &path, QString *error);
    qint64 importFrom(const QString &path, QString *error);

private:
    void reloadTemplates(qint64 selectId);
    void showTemplate();
    void showSection();
    bool save(PersonaTemplate &t);
    void exportWithDialog();
    void importWithDialog();

    Project *m_project;
    QList<PersonaTemplate> m_templates;
    int m_sectionRow = -1;
    QListWidget *m_templateList;
    QLineEdit *m_name;
    QListWidget *m_sectionList;
    QLineEdit *m_title;
    QComboBox *m_type;
    QLineEdit *m_leftPole;
    QLineEdit *m_rightPole;
    QListWidget *m_figures;
    QLabel *m_builtinHint;
    QList<QWidget *> m_editing; ///< disabled for built-in templates
    QPushButton *m_deleteButton;
};

} // namespace pw
