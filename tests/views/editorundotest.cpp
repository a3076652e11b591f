// SPDX-License-Identifier: GPL-3.0-or-later
// Undo in the editors: deleting a persona gives everything back; section pictures; template edits.
#include "analysis/personarefresh.h"
#include "avatarpainter.h"
#include "cardbody.h"
#include "editor/editorcontroller.h"
#include "journey/journeycontroller.h"
#include "journey/journeymapmodel.h"
#include "journey/journeynotes.h"
#include "frame/mainwindow.h"
#include "editor/personadocument.h"
#include "editor/personaform.h"
#include "persona/templaterepository.h"
#include "frame/projectcontroller.h"
#include "editor/templateeditor.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;

namespace {

QByteArray picture(const QColor &color)
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(color);
    return AvatarPainter::squarePng(image);
}

/// A project with one user template that has the avatar and a second Image section.
qint64 moodboardTemplate(Project &project)
{
    PersonaTemplate t = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::Lean);
    t.builtin = PersonaTemplate::Builtin::None;
    t.name = QStringLiteral("With moodboard");
    TemplateSection moodboard;
    moodboard.key = QStringLiteral("moodboard");
    moodboard.title = QStringLiteral("Moodboard");
    moodboard.type = SectionType::Image;
    t.sections << moodboard;
    EXPECT_TRUE(TemplateRepository::save(project, t));
    return t.id;
}

} // namespace

TEST(PersonaDocument, UndoingADeleteBringsBackNotesLockPhotoAndPictures)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const qint64 templateId = moodboardTemplate(*project);
    PersonaDocument document;
    document.setProject(project.get());
    const qint64 id = document.addPersona();
    document.addPersona();
    document.setTemplate(id, templateId);
    document.setPhoto(id, picture(Qt::red));
    document.setSectionImage(id, QStringLiteral("moodboard"), picture(Qt::blue));
    Error error;
    ASSERT_EQ(JourneyNotes::store(*project, id, QStringLiteral("awareness"), QStringLiteral("touchpoints"),
                                    QStringLiteral("Instagram ads"), 0, &error), WriteStatus::Written);
    ASSERT_TRUE(setPersonaLocked(*project, id, true, &error));
    document.reread();
    const Persona before = *document.persona(id);

    document.removePersona(id);
    EXPECT_FALSE(document.persona(id));
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT COUNT(*) FROM journey_notes")).toInt(), 0);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Delete Persona"));

    for (int round = 0; round < 2; ++round) { // undo, redo, undo again
        document.undoStack()->undo();
        const Persona *p = document.persona(id);
        ASSERT_TRUE(p);
        EXPECT_EQ(p->position, 0);
        EXPECT_EQ(p->templateId, templateId);
        EXPECT_EQ(p->photo, before.photo);
        EXPECT_EQ(p->images, before.images);
        EXPECT_EQ(p->fields, before.fields);
        EXPECT_TRUE(lockedPersonas(*project).contains(id));
        const std::optional<JourneyNotes> notes = JourneyNotes::load(*project, id, &error);
        ASSERT_TRUE(notes);
        EXPECT_EQ(notes->written(QStringLiteral("awareness"), QStringLiteral("touchpoints")), QStringLiteral("Instagram ads"));
        if (round == 0) {
            document.undoStack()->redo();
            EXPECT_FALSE(document.persona(id));
            EXPECT_FALSE(lockedPersonas(*project).contains(id));
        }
    }
}

TEST(PersonaDocument, AnImageSectionHoldsItsOwnPictureWithUndo)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const qint64 templateId = moodboardTemplate(*project);
    PersonaDocument document;
    document.setProject(project.get());
    const qint64 id = document.addPersona();
    document.setTemplate(id, templateId);
    PersonaForm form(&document);
    form.setPersona(id);
    auto *remove = form.findChild<QPushButton *>(QStringLiteral("removePicture_moodboard"));
    ASSERT_TRUE(remove); // the second Image section has picture controls; the first keeps the avatar's
    EXPECT_FALSE(form.findChild<QPushButton *>(QStringLiteral("removePicture_photo")));
    EXPECT_FALSE(remove->isEnabled());
    auto hasPicture = [&] {
        for (const CardBlock &b : CardBody::blocks(*document.persona(id), QStringLiteral("en")))
            if (b.kind == CardBlock::Kind::Picture)
                return !QImage::fromData(b.picture).isNull();
        return false;
    };
    EXPECT_FALSE(hasPicture()); // without a picture the section shows nothing rather than the avatar again

    document.setSectionImage(id, QStringLiteral("moodboard"), picture(Qt::darkGreen));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Change Picture of Moodboard"));
    EXPECT_TRUE(hasPicture());
    EXPECT_TRUE(remove->isEnabled());
    EXPECT_TRUE(document.persona(id)->photo.isEmpty()); // the avatar is untouched
    QImage stored = QImage::fromData(PersonaRepository::load(*project).first().images.value(QStringLiteral("moodboard")));
    EXPECT_EQ(stored.width(), stored.height()); // cropped square like the avatar photo
    EXPECT_LE(stored.width(), 512);

    remove->click();
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Remove Picture of Moodboard"));
    EXPECT_FALSE(hasPicture());
    document.undoStack()->undo();
    EXPECT_TRUE(hasPicture());
    document.undoStack()->undo();
    EXPECT_FALSE(hasPicture());
    EXPECT_TRUE(PersonaRepository::load(*project).first().images.isEmpty());
    document.undoStack()->redo();
    EXPECT_TRUE(hasPicture());
}

TEST(TemplateEditor, EveryChangeCanBeUndoneAndRedone)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    TemplateEditor editor(project.get());
    QUndoStack *stack = editor.undoStack();
    const QList<PersonaTemplate> original = TemplateRepository::all(*project);

    editor.selectTemplate(TemplateRepository::builtinId(*project, PersonaTemplate::Builtin::Lean));
    const qint64 copy = editor.duplicateTemplate();
    ASSERT_GT(copy, 0);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Duplicate Template"));
    editor.renameTemplate(QStringLiteral("Workshop"));
    EXPECT_EQ(stack->undoText(), QStringLiteral("Rename Template"));
    editor.addSection(SectionType::Scale);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Add Section Scale"));
    editor.setSectionTitle(QStringLiteral("Planner or impulsive"));
    EXPECT_EQ(stack->undoText(), QStringLiteral("Rename Section Scale"));
    editor.setSectionPoles(QStringLiteral("Planner"), QStringLiteral("Impulsive"));
    editor.moveSection(-1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Move Section Planner or impulsive"));
    editor.addSection(SectionType::Figures);
    editor.setSectionFigures({QStringLiteral("channel_mix"), QStringLiteral("top_categories")});
    EXPECT_EQ(stack->undoText(), QStringLiteral("Change Figures of Figures from the data"));
    editor.setSectionType(SectionType::Tags);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Change Type of Figures from the data"));
    editor.removeSection();
    const PersonaTemplate edited = *TemplateRepository::find(*project, copy);
    EXPECT_EQ(edited.name, QStringLiteral("Workshop"));

    // A persona on the template: deleting the template and undoing puts it back on it.
    QList<Persona> personas(1);
    personas[0].templateId = copy;
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas));
    editor.selectTemplate(copy);
    ASSERT_TRUE(editor.deleteTemplate());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Delete Template"));
    EXPECT_FALSE(TemplateRepository::find(*project, copy));
    EXPECT_EQ(PersonaRepository::load(*project).first().templateId, 0);
    stack->undo();
    ASSERT_TRUE(TemplateRepository::find(*project, copy));
    EXPECT_EQ(TemplateRepository::find(*project, copy)->sections, edited.sections);
    EXPECT_EQ(PersonaRepository::load(*project).first().templateId, copy);
    EXPECT_EQ(editor.current()->id, copy);

    // Undo everything: the project's templates are as they were; redo everything: as edited.
    while (stack->canUndo())
        stack->undo();
    const QList<PersonaTemplate> undone = TemplateRepository::all(*project);
    ASSERT_EQ(undone.size(), original.size());
    for (int i = 0; i < undone.size(); ++i)
        EXPECT_EQ(undone[i].sections, original[i].sections);
    EXPECT_EQ(PersonaRepository::load(*project).first().templateId, 0); // the template is gone again
    while (stack->canRedo())
        stack->redo();
    EXPECT_FALSE(TemplateRepository::find(*project, copy)); // the deletion was the last step
    stack->undo();
    ASSERT_TRUE(TemplateRepository::find(*project, copy));
    EXPECT_EQ(TemplateRepository::find(*project, copy)->sections, edited.sections);
    EXPECT_EQ(TemplateRepository::find(*project, copy)->name, QStringLiteral("Workshop"));
    EXPECT_EQ(PersonaRepository::load(*project).first().templateId, copy);
}

TEST(EditorController, TheEditMenuUndoesTemplateEditsWhileTheTemplateEditorIsOpen)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("t.personas"));
    {
        auto project = test::newProject(dir, QStringLiteral("t.personas"));
    }
    MainWindow window;
    window.start(path, false);
    EditorController *controller = window.editorController();
    ASSERT_TRUE(controller->undoGroup());
    EXPECT_EQ(controller->undoGroup()->activeStack(), controller->document()->undoStack());
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    ASSERT_TRUE(undo);

    bool sawEditor = false;
    QString undoText;
    QTimer::singleShot(0, [&] {
        auto *editor = qobject_cast<TemplateEditor *>(QApplication::activeModalWidget());
        if (!editor)
            return;
        sawEditor = true;
        EXPECT_EQ(controller->undoGroup()->activeStack(), editor->undoStack());
        editor->selectTemplate(TemplateRepository::builtinId(*window.projects()->project(), PersonaTemplate::Builtin::B2B));
        editor->duplicateTemplate();
        undoText = undo->text();
        const int before = int(TemplateRepository::all(*window.projects()->project()).size());
        undo->trigger(); // the window's Undo undoes the template edit
        EXPECT_EQ(TemplateRepository::all(*window.projects()->project()).size(), before - 1);
        editor->close();
    });
    controller->templatesAction()->trigger();
    EXPECT_TRUE(sawEditor);
    EXPECT_EQ(undoText, QStringLiteral("&Undo Duplicate Template"));
    EXPECT_EQ(controller->undoGroup()->activeStack(), controller->document()->undoStack());
}

TEST(EditorController, OneHistoryForTheWindowAndTypingAtTwoMomentsIsTwoSteps)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("t.personas"));
    qint64 id = 0;
    {
        auto project = test::newProject(dir, QStringLiteral("t.personas"));
        Persona p;
        p.archetype = QStringLiteral("repeat_buyer");
        QList<Persona> list{p};
        ASSERT_TRUE(PersonaRepository::replaceAll(*project, list));
        id = list.first().id;
    }
    MainWindow window;
    window.start(path, false);
    PersonaDocument *document = window.editorController()->document();
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    ASSERT_TRUE(undo);

    // Typing a name letter by letter is one step; typing again after the focus moved is another.
    document->setName(id, QStringLiteral("A"));
    document->setName(id, QStringLiteral("An"));
    document->finishTyping(); // what a focus change does
    document->setName(id, QStringLiteral("Ann"));
    EXPECT_EQ(document->undoStack()->count(), 2);

    // A journey note is on the same history: Edit › Undo undoes the note, not the rename.
    JourneyMapModel *map = window.journey()->mapModel();
    window.journey()->setCurrentPersona(id);
    const int row = map->rowOfField(QStringLiteral("touchpoints"));
    ASSERT_TRUE(map->setData(map->index(row, 1), QStringLiteral("Newsletter")));
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Edit Journey Note"));
    undo->trigger();
    EXPECT_TRUE(map->data(map->index(row, 1), Qt::EditRole).toString().isEmpty());
    EXPECT_EQ(document->persona(id)->customName, QStringLiteral("Ann"));
    undo->trigger();
    EXPECT_EQ(document->persona(id)->customName, QStringLiteral("An"));
}
