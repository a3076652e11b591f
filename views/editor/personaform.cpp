// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaform.h"

#include "avatarpainter.h"
#include "language.h"
#include "persona/archetypecatalog.h"
#include "persona/templaterepository.h"
#include "personadocument.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSlider>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

#include <algorithm>

namespace pw {

namespace {

QStringList toLines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color.isValid() ? color : QColor(Qt::gray));
    return QIcon(pixmap);
}

/// Text for a Figures section: one figure per line.
QString figuresText(const Persona &persona, const TemplateSection &section)
{
    const QLocale locale;
    QStringList lines;
    for (const QString &key : section.figures)
        lines << figureValue(persona.stats, key, locale) + QStringLiteral("  ") + figureName(key);
    return lines.join(QLatin1Char('\n'));
}

/// Empties `layout`, its sub-layouts included: their widgets (the section headers sit in
/// sub-layouts) are hidden at once and deleted later, as one of them may be the sender of the
/// change that rebuilds the form.
void clearItems(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        } else if (QLayout *sub = item->layout()) {
            clearItems(sub);
        }
        delete item; // a sub-layout is its own item
    }
}

constexpr int kRunRole = Qt::UserRole + 1;
constexpr int kSegmentRole = Qt::UserRole + 2;

/// What the form's rows are built from: a template changed elsewhere (a section added, removed,
/// retyped or renamed) rebuilds the form even when the persona keeps its template.
QString shapeOf(const Persona &persona)
{
    QStringList parts{QString::number(persona.templateId)};
    for (const TemplateSection &s : persona.effectiveTemplate().sections)
        parts << s.key + QLatin1Char('/') + QString::number(int(s.type)) + QLatin1Char('/') + s.displayTitle()
                + QLatin1Char('/') + s.figures.join(QLatin1Char(','));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

PersonaForm::PersonaForm(PersonaDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("personaForm"));
    m_layout->setSpacing(6);
    connect(m_document, &PersonaDocument::personaChanged, this, [this](qint64 id) {
        if (id != m_id)
            return;
        const Persona *p = m_document->persona(id);
        if (p && needsRebuild(*p))
            rebuild();
        else
            sync();
    });
}

void PersonaForm::setPersona(qint64 id)
{
    if (id == m_id && m_document->persona(id) && !needsRebuild(*m_document->persona(id))) {
        sync();
        return;
    }
    m_id = id;
    rebuild();
}

void PersonaForm::clearLayout()
{
    m_rows.clear();
    m_name = nullptr;
    m_color = nullptr;
    m_archetype = m_template = m_segment = nullptr;
    clearItems(m_layout);
}

void PersonaForm::rebuild()
{
    // Keep the focus on the same kind of field where possible (the form is rebuilt only when
    // the persona or its template changes).
    clearLayout();
    const Persona *p = m_document->persona(m_id);
    if (!p) {
        m_builtTemplate = -1;
        m_builtShape.clear();
        auto *hint = new QLabel(tr("Choose a persona in the list, or create one with Personas › New Persona."));
        hint->setWordWrap(true);
        m_layout->addWidget(hint);
        m_layout->addStretch(1);
        return;
    }
    m_builtTemplate = p->templateId;
    m_builtShape = shapeOf(*p);
    buildHeader(*p);
    for (const TemplateSection &s : p->effectiveTemplate().sections)
        addSection(*p, s);
    m_layout->addStretch(1);
    for (QWidget *field : findChildren<QWidget *>())
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field))
            field->installEventFilter(this);
    for (QPlainTextEdit *text : findChildren<QPlainTextEdit *>())
        text->setUndoRedoEnabled(false);
    // Long names must not widen the form beyond its column.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    sync();
}

void PersonaForm::buildHeader(const Persona &)
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 6);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { m_document->setName(m_id, text); });
    form->addRow(tr("&Name:"), m_name);

    m_color = new QPushButton;
    m_color->setObjectName(QStringLiteral("colorButton"));
    connect(m_color, &QPushButton::clicked, this, &PersonaForm::chooseColor);
    form->addRow(tr("&Colour:"), m_color);

    m_archetype = new QComboBox;
    m_archetype->setObjectName(QStringLiteral("archetypeCombo"));
    m_archetype->addItem(tr("None"), QString());
    for (const Archetype &a : ArchetypeCatalog::instance().archetypes())
        m_archetype->addItem(a.name.text(applicationLanguage()), a.key);
    connect(m_archetype, &QComboBox::activated, this,
            [this](int index) { m_document->setArchetype(m_id, m_archetype->itemData(index).toString()); });
    form->addRow(tr("&Archetype:"), m_archetype);

    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("templateCombo"));
    connect(m_template, &QComboBox::activated, this,
            [this](int index) { m_document->setTemplate(m_id, m_template->itemData(index).toLongLong()); });
    form->addRow(tr("&Template:"), m_template);

    m_segment = new QComboBox;
    m_segment->setObjectName(QStringLiteral("segmentCombo"));
    connect(m_segment, &QComboBox::activated, this, [this](int index) {
        m_document->linkSegment(m_id, m_segment->itemData(index).toLongLong(),
                                SegmentKey{m_segment->itemData(index, kRunRole).toLongLong(),
                                           m_segment->itemData(index, kSegmentRole).toInt()});
    });
    form->addRow(tr("Linked &segment:"), m_segment);
    m_layout->addWidget(box);
}

void PersonaForm::addSection(const Persona &, const TemplateSection &section)
{
    Row row;
    row.section = section;
    row.picture = section.type == SectionType::Image
        && std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.section.type == SectionType::Image; });
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(section.displayTitle().toHtmlEscaped()));
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    if (isDataBound(section.type)) {
        head->addWidget(new QLabel(evidenceName(Evidence::Data)));
    } else if (section.type != SectionType::Image) {
        row.reset = new QPushButton(tr("Use suggestion"));
        row.reset->setObjectName(QStringLiteral("reset_") + section.key);
        connect(row.reset, &QPushButton::clicked, this, [this, key = section.key] { m_document->resetSection(m_id, key); });
        head->addWidget(row.reset);
        row.evidence = new QComboBox;
        row.evidence->setObjectName(QStringLiteral("evidence_") + section.key);
        row.evidence->setAccessibleName(tr("Evidence of %1").arg(section.displayTitle()));
        row.evidence->addItem(evidenceName(Evidence::Suggested), evidenceKey(Evidence::Suggested));
        row.evidence->addItem(evidenceName(Evidence::Assumed), evidenceKey(Evidence::Assumed));
        row.evidence->addItem(evidenceName(Evidence::Research), evidenceKey(Evidence::Research));
        connect(row.evidence, &QComboBox::activated, this, [this, key = section.key, combo = row.evidence](int index) {
            const auto e = evidenceFromKey(combo->itemData(index).toString());
            if (e && *e != Evidence::Suggested)
                m_document->setEvidence(m_id, key, *e);
        });
        head->addWidget(row.evidence);
    }
    m_layout->addLayout(head);
    row.editor = createEditor(section, row);
    title->setBuddy(row.editor);
    m_layout->addWidget(row.editor);
    m_rows << row;
}

QWidget *PersonaForm::createEditor(const TemplateSection &section, Row &row)
{
    const QString key = section.key;
    QWidget *editor = nullptr;
    switch (section.type) {
    case SectionType::ShortText:
    case SectionType::Quote:
    case SectionType::Tags: {
        auto *line = new QLineEdit;
        if (section.type == SectionType::Tags)
            line->setPlaceholderText(tr("Tags, separated by commas"));
        const bool tags = section.type == SectionType::Tags;
        connect(line, &QLineEdit::textEdited, this, [this, key, tags](const QString &text) {
            m_document->setLines(m_id, key, tags ? text.split(QLatin1Char(',')) : QStringList{text});
        });
        editor = line;
        break;
    }
    case SectionType::LongText:
    case SectionType::BulletList:
    case SectionType::Tactics: {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        // The text reads in the interface's direction (Hebrew right to left).
        QTextOption option = text->document()->defaultTextOption();
        option.setTextDirection(QGuiApplication::layoutDirection());
        option.setAlignment(QGuiApplication::isRightToLeft() ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft);
        text->document()->setDefaultTextOption(option);
        text->setFixedHeight(section.type == SectionType::LongText ? 70 : 96);
        if (section.type != SectionType::LongText)
            text->setPlaceholderText(tr("One point per line"));
        connect(text, &QPlainTextEdit::textChanged, this, [this, key, text] {
            const Persona *p = m_document->persona(m_id);
            const TemplateSection *s = p ? p->effectiveTemplate().find(key) : nullptr;
            if (s && p->lines(*s, applicationLanguage()).join(QLatin1Char('\n')) != text->toPlainText())
                m_document->setLines(m_id, key, toLines(text->toPlainText()));
        });
        editor = text;
        break;
    }
    case SectionType::Scale: {
        auto *box = new QWidget;
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(QStringLiteral("slider_") + key);
        slider->setRange(0, 100);
        slider->setPageStep(10);
        slider->setAccessibleName(section.displayTitle());
        layout->addWidget(new QLabel(section.displayLeftPole()));
        layout->addWidget(slider, 1);
        layout->addWidget(new QLabel(section.displayRightPole()));
        connect(slider, &QSlider::valueChanged, this, [this, key](int value) { m_document->setScale(m_id, key, value); });
        box->setFocusProxy(slider);
        editor = box;
        break;
    }
    case SectionType::Image: {
        auto *box = new QWidget;
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        row.info = new QLabel;
        row.info->setFixedSize(56, 56);
        if (row.picture) {
            row.info->setAlignment(Qt::AlignCenter);
            layout->addWidget(row.info);
            auto *choose = new QPushButton(tr("Choose picture…"));
            choose->setObjectName(QStringLiteral("choosePicture_") + key);
            connect(choose, &QPushButton::clicked, this, [this, key] { choosePicture(key); });
            layout->addWidget(choose);
            auto *remove = new QPushButton(tr("Remove picture"));
            remove->setObjectName(QStringLiteral("removePicture_") + key);
            connect(remove, &QPushButton::clicked, this,
                    [this, key] { m_document->setSectionImage(m_id, key, QByteArray()); });
            layout->addWidget(remove);
            layout->addStretch(1);
            box->setFocusProxy(choose);
            editor = box;
            break;
        }
        layout->addWidget(row.info);
        auto *style = new QComboBox;
        style->setObjectName(QStringLiteral("avatarStyleCombo"));
        style->addItem(tr("Initials"), QStringLiteral("initials"));
        style->addItem(tr("Illustration"), QStringLiteral("illustration"));
        connect(style, &QComboBox::activated, this,
                [this, style](int index) { m_document->setAvatarStyle(m_id, style->itemData(index).toString()); });
        layout->addWidget(style);
        auto *photo = new QPushButton(tr("Choose &photo…"));
        connect(photo, &QPushButton::clicked, this, &PersonaForm::choosePhoto);
        layout->addWidget(photo);
        auto *remove = new QPushButton(tr("Remove photo"));
        remove->setObjectName(QStringLiteral("removePhoto"));
        connect(remove, &QPushButton::clicked, this, [this] { m_document->setPhoto(m_id, QByteArray()); });
        layout->addWidget(remove);
        layout->addStretch(1);
        box->setFocusProxy(style);
        editor = box;
        break;
    }
    case SectionType::Figures:
    case SectionType::Journey: {
        row.info = new QLabel;
        row.info->setWordWrap(true);
        row.info->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        editor = row.info;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("section_") + key);
    return editor;
}

bool PersonaForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // not for the field: the window's Undo and Redo actions take it
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PersonaForm::needsRebuild(const Persona &persona) const
{
    return persona.templateId != m_builtTemplate || shapeOf(persona) != m_builtShape;
}

void PersonaForm::fillTemplates()
{
    m_template->clear();
    if (Project *project = m_document->project())
        for (const PersonaTemplate &t : TemplateRepository::all(*project))
            m_template->addItem(t.displayName(), t.id);
}

void PersonaForm::fillSegments()
{
    // Read again at every sync: another program may have re-segmented the project, and a stale
    // list would link the persona to a segment that is no longer what it says.
    m_segment->clear();
    m_segment->addItem(tr("None (a proto-persona)"), 0);
    const QLocale locale;
    QSet<QPair<qint64, int>> listed;
    for (const Persona &other : m_document->personas()) {
        if (other.runId <= 0 || other.segment < 0 || listed.contains({other.runId, other.segment}))
            continue;
        listed.insert({other.runId, other.segment});
        m_segment->addItem(tr("Segment %1: %2 (%3 people)")
                               .arg(other.segment + 1)
                               .arg(isolated(other.displayName(applicationLanguage())), locale.toString(other.stats.size)),
                           other.id);
        m_segment->setItemData(m_segment->count() - 1, other.runId, kRunRole);
        m_segment->setItemData(m_segment->count() - 1, other.segment, kSegmentRole);
    }
}

void PersonaForm::sync()
{
    const Persona *p = m_document->persona(m_id);
    if (!p || !m_name)
        return;
    const QString language = applicationLanguage();
    if (m_name->text() != p->customName) {
        const QSignalBlocker block(m_name);
        m_name->setText(p->customName);
    }
    m_name->setPlaceholderText(p->displayName(language));
    m_color->setIcon(swatch(QColor::fromString(p->color)));
    m_color->setText(p->color);
    {
        const QSignalBlocker a(m_archetype);
        m_archetype->setCurrentIndex(qMax(0, m_archetype->findData(p->archetype)));
        const QSignalBlocker t(m_template);
        // The templates are read again only when the project was (another program may have
        // renamed one), not at every keystroke.
        if (m_templatesRead != m_document->generation() || m_template->count() == 0) {
            fillTemplates();
            m_templatesRead = m_document->generation();
        }
        m_template->setCurrentIndex(qMax(0, m_template->findData(p->templateId)));
        const QSignalBlocker s(m_segment);
        fillSegments();
        int segmentRow = 0;
        for (int i = 1; i < m_segment->count(); ++i)
            if (p->runId > 0 && m_segment->itemData(i, kRunRole).toLongLong() == p->runId
                && m_segment->itemData(i, kSegmentRole).toInt() == p->segment)
                segmentRow = i;
        m_segment->setCurrentIndex(segmentRow);
    }
    for (Row &row : m_rows)
        syncRow(*p, row);
}

void PersonaForm::syncRow(const Persona &p, Row &row)
{
    const TemplateSection &s = row.section;
    const QString language = applicationLanguage();
    const Evidence evidence = p.evidenceOf(s);
    if (row.evidence) {
        const QSignalBlocker block(row.evidence);
        row.evidence->setCurrentIndex(qMax(0, row.evidence->findData(evidenceKey(evidence))));
        // "suggested" describes unedited starting text; it cannot be chosen for written text.
        if (auto *model = qobject_cast<QStandardItemModel *>(row.evidence->model()))
            model->item(0)->setEnabled(evidence == Evidence::Suggested);
    }
    if (row.reset) {
        Persona plain = p;
        plain.clearSection(s.key);
        row.reset->setVisible(p.fields.contains(s.key) && !plain.lines(s, language).isEmpty());
        if (s.type == SectionType::Scale)
            row.reset->setVisible(false);
    }
    switch (s.type) {
    case SectionType::ShortText:
    case SectionType::Quote:
    case SectionType::Tags: {
        auto *line = static_cast<QLineEdit *>(row.editor);
        const QStringList lines = p.lines(s, language);
        const QString text = s.type == SectionType::Tags ? lines.join(QLatin1Char(',')) : lines.join(QLatin1Char(' '));
        if (line->text() != text) {
            const QSignalBlocker block(line);
            line->setText(text);
        }
        break;
    }
    case SectionType::LongText:
    case SectionType::BulletList:
    case SectionType::Tactics: {
        auto *edit = static_cast<QPlainTextEdit *>(row.editor);
        const QString text = p.lines(s, language).join(QLatin1Char('\n'));
        if (edit->toPlainText() != text) {
            const QSignalBlocker block(edit);
            edit->setPlainText(text);
        }
        break;
    }
    case SectionType::Scale: {
        auto *slider = row.editor->findChild<QSlider *>();
        if (slider && slider->value() != p.scale(s.key)) {
            const QSignalBlocker block(slider);
            slider->setValue(p.scale(s.key));
        }
        break;
    }
    case SectionType::Image: {
        if (row.picture) {
            const QImage picture = QImage::fromData(p.images.value(s.key));
            if (picture.isNull()) {
                row.info->setPixmap(QPixmap());
                row.info->setText(tr("No picture"));
            } else {
                const qreal ratio = row.info->devicePixelRatioF();
                QPixmap pixmap = QPixmap::fromImage(
                    picture.scaled(row.info->size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
                pixmap.setDevicePixelRatio(ratio);
                row.info->setPixmap(pixmap);
            }
            if (auto *remove = row.editor->findChild<QPushButton *>(QStringLiteral("removePicture_") + s.key))
                remove->setEnabled(!picture.isNull());
            break;
        }
        QPixmap pixmap(row.info->size() * row.info->devicePixelRatioF());
        pixmap.setDevicePixelRatio(row.info->devicePixelRatioF());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        AvatarPainter::paint(painter, QRectF(1, 1, 54, 54), p, p.displayName(language));
        painter.end();
        row.info->setPixmap(pixmap);
        if (auto *style = row.editor->findChild<QComboBox *>()) {
            const QSignalBlocker block(style);
            style->setCurrentIndex(qMax(0, style->findData(p.avatarStyle)));
            style->setEnabled(p.photo.isEmpty());
        }
        if (auto *remove = row.editor->findChild<QPushButton *>(QStringLiteral("removePhoto")))
            remove->setEnabled(!p.photo.isEmpty());
        break;
    }
    case SectionType::Figures:
        row.info->setText(p.runId > 0 ? figuresText(p, s)
                                      : tr("No figures: this persona is not linked to a segment of the data."));
        break;
    case SectionType::Journey:
        row.info->setText(p.runId > 0 ? tr("The journey funnel of the linked segment, computed from the data.")
                                      : tr("No journey: this persona is not linked to a segment of the data."));
        break;
    }
}

void PersonaForm::chooseColor()
{
    const Persona *p = m_document->persona(m_id);
    if (!p)
        return;
    const QColor color = QColorDialog::getColor(QColor::fromString(p->color), this, tr("Persona Colour"));
    if (color.isValid())
        m_document->setColor(m_id, color.name());
}

QByteArray PersonaForm::readSquarePicture(const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(this, title, QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"));
    if (path.isEmpty())
        return {};
    // A camera's photo is a few megabytes; anything far larger is not a picture for a card.
    constexpr qint64 maxFileBytes = 40 * 1024 * 1024;
    if (QFileInfo(path).size() > maxFileBytes) {
        QMessageBox::warning(this, title, tr("%1 is larger than %2 MB.").arg(path).arg(maxFileBytes / (1024 * 1024)));
        return {};
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        QMessageBox::warning(this, title, tr("%1 cannot be read as an image: %2").arg(path, reader.errorString()));
        return {};
    }
    return AvatarPainter::squarePng(image);
}

void PersonaForm::choosePhoto()
{
    const QByteArray png = readSquarePicture(tr("Choose a Photo"));
    if (!png.isEmpty())
        m_document->setPhoto(m_id, png);
}

void PersonaForm::choosePicture(const QString &key)
{
    const QByteArray png = readSquarePicture(tr("Choose a Picture"));
    if (!png.isEmpty())
        m_document->setSectionImage(m_id, key, png);
}

} // namespace pw
