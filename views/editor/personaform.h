// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace pw {

class PersonaDocument;

/// The form of one persona, generated from its template: name, colour, archetype, template and
/// linked segment, then one editor per section (a line for short text, tags and the quote, plain
/// text lines for long text, bullet lists and tactics, a slider for a scale, the avatar controls
/// for the first image and a picture of its own for any other, read-only figures and journey),
/// each with its evidence. Every edit goes to the
/// document as an undoable command; the form follows the document's changes.
class PersonaForm : public QWidget
{
    Q_OBJECT

public:
    explicit PersonaForm(PersonaDocument *document, QWidget *parent = nullptr);

    /// Shows persona `id` (0: none).
    void setPersona(qint64 id);
    qint64 personaId() const { return m_id; }
    /// Rebuilds the form (after the templates changed).
    void rebuild();

protected:
    /// Sends Undo and Redo typed in a field to the document's undo stack rather than the field's own.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        TemplateSection section;
        QWidget *editor = nullptr;
        QComboBox *evidence = nullptr;
        QPushButton *reset = nullptr;
        QLabel *info = nullptr;
        bool picture = false; ///< an Image section after the avatar's: it holds its own picture
    };

    void buildHeader(const Persona &persona);
    void addSection(const Persona &persona, const TemplateSection &section);
    QWidget *createEditor(const TemplateSection &section, Row &row);
    void sync();
    bool needsRebuild(const Persona &persona) const;
    void fillTemplates();
    void fillSegments();
    void syncRow(const Persona &persona, Row &row);
    void choosePhoto();
    void choosePicture(const QString &key);
    /// Asks for a picture file and returns it cropped to a square as the avatar photo is (empty
    /// if canceled or unreadable, after telling the user why).
    QByteArray readSquarePicture(const QString &title);
    void chooseColor();
    void clearLayout();

    PersonaDocument *m_document;
    qint64 m_id = 0;
    qint64 m_builtTemplate = -1;
    QString m_builtShape;
    quint64 m_templatesRead = 0; ///< the document's generation the template list was read at
    QVBoxLayout *m_layout;
    QLineEdit *m_name = nullptr;
    QPushButton *m_color = nullptr;
    QComboBox *m_archetype = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_segment = nullptr;
    QList<Row> m_rows;
};

} // namespace pw
