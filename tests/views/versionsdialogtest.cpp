// SPDX-License-Identifier: GPL-3.0-or-later
// Persona › Versions…: typing in one field keeps one version (as it makes one undo step), the
// dialog compares two versions, Restore is an undo step of the window's.
#include "editor/editorcontroller.h"
#include "frame/mainwindow.h"
#include "editor/personadocument.h"
#include "persona/personaversions.h"
#include "testsupport.h"
#include "editor/versionsdialog.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;

namespace {

const QString kGoals = QStringLiteral("goals");
const QString kQuote = QStringLiteral("quote");

} // namespace

TEST(PersonaVersionsInTheEditor, TypingInOneFieldKeepsOneVersionAsItMakesOneUndoStep)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    PersonaDocument document;
    document.setProject(project.get());
    const qint64 id = document.addPersona();
    document.finishTyping();
    for (const QString &text : {QStringLiteral("F"), QStringLiteral("Fi"), QStringLiteral("Find")})
        document.setLines(id, kGoals, {text});
    EXPECT_EQ(document.undoStack()->count(), 2); // the new persona, the typing
    QList<PersonaVersion> versions = PersonaVersions::list(*project, id);
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[1].section, kGoals);
    EXPECT_EQ(versions[1].persona().section(kGoals, QStringLiteral("en")), QStringList {QStringLiteral("Find")});

    // The focus moves (a new run of typing) and comes back: a new step, and a new version.
    document.finishTyping();
    document.setLines(id, kGoals, {QStringLiteral("Find it")});
    EXPECT_EQ(document.undoStack()->count(), 3);
    EXPECT_EQ(PersonaVersions::list(*project, id).size(), 3);
    // Another field in the same run of typing is another step and another version.
    document.setLines(id, kQuote, {QStringLiteral("Hello")});
    EXPECT_EQ(document.undoStack()->count(), 4);
    versions = PersonaVersions::list(*project, id);
    ASSERT_EQ(versions.size(), 4);
    EXPECT_EQ(versions[3].section, kQuote);

    // Undo keeps a version too: the persona as it is after it.
    document.undoStack()->undo();
    versions = PersonaVersions::list(*project, id);
    ASSERT_EQ(versions.size(), 5);
    EXPECT_EQ(versions[4].cause, VersionCause::Undo);
    EXPECT_TRUE(versions[4].persona().isSuggestion(kQuote));
}

TEST(VersionsDialog, ComparesTwoVersionsAndRestoreIsUndoneWithTheWindowsUndo)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("versions.personas"));
    qint64 id = 0;
    {
        auto project = test::newProject(dir, QStringLiteral("versions.personas"));
        Persona p;
        p.customName = QStringLiteral("Dana");
        p.archetype = QStringLiteral("repeat_buyer");
        p.color = QStringLiteral("#1565c0");
        ASSERT_TRUE(PersonaRepository::insert(*project, p));
        id = p.id;
    }
    MainWindow window;
    ASSERT_TRUE(window.start(path, false));
    EditorController *editor = window.editorController();
    PersonaDocument *document = editor->document();
    ASSERT_TRUE(document->persona(id));
    document->setLines(id, kGoals, {QStringLiteral("Old goal")});
    document->finishTyping();
    document->setLines(id, kGoals, {QStringLiteral("New goal"), QStringLiteral("Second goal")});
    document->finishTyping();

    editor->versionsAction()->trigger();
    VersionsDialog *dialog = editor->versionsDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->personaId(), id);
    ASSERT_EQ(dialog->versions().size(), 3);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("versionsList"));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->topLevelItemCount(), 3);
    // The newest version is compared with the one before it when the dialog opens.
    EXPECT_EQ(dialog->shownDiff().changedKeys(), QStringList {kGoals});
    const QString shown = dialog->findChild<QTextBrowser *>(QStringLiteral("versionsComparison"))->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Old goal"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("Second goal"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("Goals"))) << qPrintable(shown);

    // Restore the version with the old goal (the second), as the button does.
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    ASSERT_TRUE(restore);
    dialog->selectRows({0, 1});
    EXPECT_FALSE(restore->isEnabled()); // two versions selected: which one is meant?
    dialog->selectRows({1});
    ASSERT_TRUE(restore->isEnabled());
    const int steps = document->undoStack()->index();
    restore->click();
    EXPECT_EQ(document->undoStack()->index(), steps + 1);
    EXPECT_EQ(document->persona(id)->section(kGoals, QStringLiteral("en")), QStringList {QStringLiteral("Old goal")});
    ASSERT_EQ(dialog->versions().size(), 4); // the restore is a version of its own, listed at once
    EXPECT_EQ(dialog->versions().last().cause, VersionCause::Restore);

    // Ctrl+Z in the main window takes it back.
    dialog->close();
    QApplication::processEvents();
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document->undoStack()->index(), steps);
    EXPECT_EQ(document->persona(id)->section(kGoals, QStringLiteral("en")),
              (QStringList {QStringLiteral("New goal"), QStringLiteral("Second goal")}));
    const QList<PersonaVersion> versions = PersonaVersions::list(*document->project(), id);
    ASSERT_EQ(versions.size(), 5);
    EXPECT_EQ(versions.last().cause, VersionCause::Undo);
    EXPECT_EQ(versions.last().section, kGoals);
}
