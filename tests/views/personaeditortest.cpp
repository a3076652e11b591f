// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/segmentation.h"
#include "avatarpainter.h"
#include "demo/demostore.h"
#include "import/importer.h"
#include "editor/personadocument.h"
#include "editor/personaeditor.h"
#include "editor/personaform.h"
#include "persona/templaterepository.h"
#include "testsupport.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Everything of a persona that editing can change, comparable.
QString snapshot(const Persona &p)
{
    QJsonObject evidence;
    for (auto it = p.evidence.begin(); it != p.evidence.end(); ++it)
        evidence.insert(it.key(), evidenceKey(it.value()));
    const QJsonObject o{{QStringLiteral("name"), p.customName}, {QStringLiteral("color"), p.color},
                        {QStringLiteral("archetype"), p.archetype}, {QStringLiteral("template"), p.templateId},
                        {QStringLiteral("run"), p.runId}, {QStringLiteral("segment"), p.segment},
                        {QStringLiteral("fields"), p.fields}, {QStringLiteral("evidence"), evidence},
                        {QStringLiteral("photo"), QString::fromLatin1(p.photo.toBase64())},
                        {QStringLiteral("avatar"), p.avatarStyle}, {QStringLiteral("size"), p.stats.size}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The template of sections of every type that the test edits; keys shared with B2C where
/// the B2C template has the same kind of section.
PersonaTemplate everyTypeTemplate()
{
    PersonaTemplate t;
    t.name = QStringLiteral("Every type");
    const QList<QPair<const char *, SectionType>> sections = {
        {"role", SectionType::ShortText},        {"demographics", SectionType::LongText},
        {"goals", SectionType::BulletList},      {"interests", SectionType::Tags},
        {"quote", SectionType::Quote},           {"photo", SectionType::Image},
        {"price_quality", SectionType::Scale},   {"key_figures", SectionType::Figures},
        {"journey", SectionType::Journey},       {"tactics", SectionType::Tactics}};
    for (const auto &[key, type] : sections) {
        TemplateSection s;
        s.key = QString::fromLatin1(key);
        s.type = type;
        if (type == SectionType::Figures)
            s.figures = {QStringLiteral("size"), QStringLiteral("share_revenue")};
        t.sections << s;
    }
    return t;
}

class PersonaEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.people = 400;
        Error error;
        const QStringList files = writeDemoStore(m_dir.path(), options, &error);
        ASSERT_FALSE(files.isEmpty()) << qPrintable(error.message);
        m_path = m_dir.path(QStringLiteral("edit.personas"));
        m_project = Project::open(m_path, Project::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(m_project);
        ASSERT_TRUE(importFiles(*m_project, files, ImportOptions(), nullptr).ok());
        SegmentationOptions seg;
        seg.k = 3;
        seg.restarts = 2;
        seg.stabilityRuns = 0;
        ASSERT_TRUE(runSegmentation(*m_project, seg, nullptr, &error)) << qPrintable(error.message);
    }

    QWidget *field(PersonaForm *form, const QString &name)
    {
        QWidget *w = form->findChild<QWidget *>(name);
        EXPECT_TRUE(w) << qPrintable(name);
        return w;
    }

    test::TempDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

} // namespace

TEST_F(PersonaEditorTest, EditEverySectionTypeUndoRedoAndReopen)
{
    PersonaTemplate every = everyTypeTemplate();
    ASSERT_TRUE(TemplateRepository::save(*m_project, every));
    const qint64 b2c = TemplateRepository::builtinId(*m_project, PersonaTemplate::Builtin::B2C);

    PersonaDocument document;
    document.setProject(m_project.get());
    ASSERT_EQ(document.personas().size(), 3);
    const qint64 segmentPersona = document.personas()[0].id;
    ASSERT_GT(document.personas()[0].runId, 0);

    // A persona from a segment: a new proto-persona linked to the first persona's segment.
    const qint64 id = document.addPersona();
    ASSERT_GT(id, 0);
    ASSERT_EQ(document.personas().size(), 4);
    const QString created = snapshot(*document.persona(id));
    EXPECT_EQ(document.persona(id)->runId, 0);
    document.linkSegment(id, segmentPersona);
    EXPECT_EQ(document.persona(id)->segment, document.persona(segmentPersona)->segment);
    EXPECT_EQ(document.persona(id)->stats.size, document.persona(segmentPersona)->stats.size);
    EXPECT_EQ(document.persona(id)->archetype, document.persona(segmentPersona)->archetype);
    document.setTemplate(id, every.id);
    EXPECT_EQ(document.persona(id)->personaTemplate.name, QStringLiteral("Every type"));

    PersonaEditor editor(&document);
    editor.resize(1000, 700);
    editor.show();
    editor.setPersona(id, CardContext());
    PersonaForm *form = editor.form();

    // Typing a name is one undo step, with a readable name.
    const int before = document.undoStack()->count();
    QTest::keyClicks(field(form, QStringLiteral("nameEdit")), QStringLiteral("Dana"));
    EXPECT_EQ(document.undoStack()->count(), before + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Rename Persona"));
    EXPECT_EQ(document.persona(id)->customName, QStringLiteral("New personaDana"));

    // Every section type through its editor.
    auto *role = qobject_cast<QLineEdit *>(field(form, QStringLiteral("section_role")));
    ASSERT_TRUE(role);
    QTest::keyClicks(role, QStringLiteral("Office manager"));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Edit Role"));
    auto *demographics = qobject_cast<QPlainTextEdit *>(field(form, QStringLiteral("section_demographics")));
    ASSERT_TRUE(demographics);
    demographics->setFocus();
    QTest::keyClicks(demographics, QStringLiteral("35-44"));
    QTest::keyClick(demographics, Qt::Key_Return);
    QTest::keyClicks(demographics, QStringLiteral("Tel Aviv"));
    auto *goals = qobject_cast<QPlainTextEdit *>(field(form, QStringLiteral("section_goals")));
    ASSERT_TRUE(goals);
    EXPECT_FALSE(goals->toPlainText().isEmpty()); // the archetype's suggestion
    EXPECT_EQ(document.persona(id)->evidenceOf(*document.persona(id)->effectiveTemplate().find(QStringLiteral("goals"))),
              Evidence::Suggested);
    goals->selectAll();
    QTest::keyClicks(goals, QStringLiteral("Save time"));
    QTest::keyClick(goals, Qt::Key_Return);
    QTest::keyClicks(goals, QStringLiteral("Never pay for shipping"));
    QTest::keyClicks(field(form, QStringLiteral("section_interests")), QStringLiteral("running, cooking"));
    auto *quote = qobject_cast<QLineEdit *>(field(form, QStringLiteral("section_quote")));
    quote->selectAll();
    QTest::keyClicks(quote, QStringLiteral("Just make it easy."));
    auto *slider = form->findChild<QSlider *>(QStringLiteral("slider_price_quality"));
    ASSERT_TRUE(slider);
    slider->setValue(70);
    slider->setValue(85); // dragging merges into one step
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Edit Price or quality"));
    auto *style = form->findChild<QComboBox *>(QStringLiteral("avatarStyleCombo"));
    ASSERT_TRUE(style);
    style->setCurrentIndex(1);
    Q_EMIT style->activated(1);
    auto *tactics = qobject_cast<QPlainTextEdit *>(field(form, QStringLiteral("section_tactics")));
    tactics->selectAll();
    QTest::keyClicks(tactics, QStringLiteral("Free shipping over 50"));
    auto *evidence = form->findChild<QComboBox *>(QStringLiteral("evidence_tactics"));
    ASSERT_TRUE(evidence);
    evidence->setCurrentIndex(2);
    Q_EMIT evidence->activated(2);
    EXPECT_EQ(document.persona(id)->evidence.value(QStringLiteral("tactics")), Evidence::Research);
    auto *figures = qobject_cast<QLabel *>(field(form, QStringLiteral("section_key_figures")));
    ASSERT_TRUE(figures);
    EXPECT_TRUE(figures->text().contains(QLocale().toString(document.persona(id)->stats.size))) << qPrintable(figures->text());

    const Persona &edited = *document.persona(id);
    EXPECT_EQ(edited.fields.value(QStringLiteral("role")).toArray().first().toString(), QStringLiteral("Office manager"));
    EXPECT_EQ(edited.fields.value(QStringLiteral("demographics")).toArray().size(), 2);
    EXPECT_EQ(edited.fields.value(QStringLiteral("goals")).toArray(),
              (QJsonArray{QStringLiteral("Save time"), QStringLiteral("Never pay for shipping")}));
    EXPECT_EQ(edited.fields.value(QStringLiteral("quote")).toArray().first().toString(), QStringLiteral("Just make it easy."));
    EXPECT_EQ(edited.scale(QStringLiteral("price_quality")), 85);
    EXPECT_EQ(edited.avatarStyle, QStringLiteral("illustration"));
    EXPECT_EQ(edited.evidenceOf(*edited.effectiveTemplate().find(QStringLiteral("goals"))), Evidence::Assumed);

    // A photo, cropped square.
    {
        QImage wide(300, 100, QImage::Format_RGB32);
        wide.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        wide.save(&buffer, "PNG");
        document.setPhoto(id, AvatarPainter::squarePng(QImage::fromData(png), 64));
    }

    // Change the template to B2C: what still has a section stays.
    document.setTemplate(id, b2c);
    const Persona &onB2c = *document.persona(id);
    EXPECT_FALSE(onB2c.fields.contains(QStringLiteral("role")));
    for (const char *kept : {"demographics", "goals", "interests", "quote", "price_quality", "tactics"})
        EXPECT_TRUE(onB2c.fields.contains(QString::fromLatin1(kept))) << kept;
    EXPECT_EQ(onB2c.evidence.value(QStringLiteral("tactics")), Evidence::Research);
    EXPECT_TRUE(form->findChild<QWidget *>(QStringLiteral("section_motivations"))); // the form follows the template
    const QString final = snapshot(*document.persona(id));

    // Undo everything back to the persona as created, then redo it all.
    QUndoStack *stack = document.undoStack();
    while (stack->canUndo() && stack->index() > 1)
        stack->undo();
    EXPECT_EQ(snapshot(*document.persona(id)), created);
    stack->undo();
    EXPECT_FALSE(document.persona(id));
    EXPECT_EQ(document.personas().size(), 3);
    while (stack->canRedo())
        stack->redo();
    ASSERT_TRUE(document.persona(id));
    EXPECT_EQ(snapshot(*document.persona(id)), final);

    // Reopen the project: it is all there.
    editor.setPersona(0, CardContext());
    document.setProject(nullptr);
    m_project.reset();
    Error error;
    auto reopened = Project::open(m_path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(reopened) << qPrintable(error.toString());
    const QList<Persona> stored = PersonaRepository::load(*reopened);
    const Persona *found = nullptr;
    for (const Persona &p : stored)
        if (p.id == id)
            found = &p;
    ASSERT_TRUE(found);
    EXPECT_EQ(snapshot(*found), final);
    const QImage square = QImage::fromData(found->photo);
    EXPECT_EQ(square.width(), square.height());
}

TEST_F(PersonaEditorTest, DuplicateDeleteAndReorderWithUndo)
{
    PersonaDocument document;
    document.setProject(m_project.get());
    auto order = [&] {
        QList<qint64> ids;
        for (const Persona &p : document.personas())
            ids << p.id;
        return ids;
    };
    const QList<qint64> original = order();
    ASSERT_EQ(original.size(), 3);
    const qint64 copy = document.duplicatePersona(original[0]);
    EXPECT_EQ(order(), (QList<qint64>{original[0], copy, original[1], original[2]}));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Duplicate Persona"));
    EXPECT_EQ(document.persona(copy)->segment, document.persona(original[0])->segment);

    document.removePersona(original[1]);
    EXPECT_EQ(order(), (QList<qint64>{original[0], copy, original[2]}));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Delete Persona"));
    document.undoStack()->undo();
    EXPECT_EQ(order(), (QList<qint64>{original[0], copy, original[1], original[2]}));

    document.movePersona(original[2], -3);
    EXPECT_EQ(order(), (QList<qint64>{original[2], original[0], copy, original[1]}));
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(order(), original);
    EXPECT_EQ(PersonaRepository::load(*m_project).size(), 3);
}

TEST_F(PersonaEditorTest, CtrlZInAFieldUndoesThroughTheDocument)
{
    PersonaDocument document;
    document.setProject(m_project.get());
    const qint64 id = document.personas()[0].id;
    PersonaEditor editor(&document);
    QAction *undo = document.undoStack()->createUndoAction(&editor);
    undo->setShortcut(QKeySequence::Undo);
    editor.addAction(undo);
    editor.show();
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    editor.setPersona(id, CardContext());
    auto *name = editor.form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    ASSERT_TRUE(name);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Mia"));
    EXPECT_EQ(document.persona(id)->customName, QStringLiteral("Mia"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(document.persona(id)->customName.isEmpty());
    EXPECT_TRUE(name->text().isEmpty()); // the field follows the document
    EXPECT_TRUE(name->hasFocus());
}
