// SPDX-License-Identifier: GPL-3.0-or-later
#include "persona/templaterepository.h"
#include "editor/templateeditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QListWidget>
#include <QStyle>

#include <gtest/gtest.h>

using namespace pw;

TEST(TemplateEditor, CreateDuplicateEditExportAndImport)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    TemplateEditor editor(project.get());

    // Duplicating a built-in makes an editable copy with the same sections.
    editor.selectTemplate(TemplateRepository::builtinId(*project, PersonaTemplate::Builtin::Lean));
    const int leanSections = int(editor.current()->sections.size());
    editor.addSection(SectionType::Tags); // refused: built-in
    EXPECT_EQ(editor.current()->sections.size(), leanSections);
    const qint64 copy = editor.duplicateTemplate();
    ASSERT_GT(copy, 0);
    EXPECT_EQ(editor.current()->id, copy);
    EXPECT_EQ(editor.current()->name, QStringLiteral("Lean (one page) (copy)"));
    EXPECT_EQ(editor.current()->sections.size(), leanSections);

    editor.renameTemplate(QStringLiteral("Workshop"));
    auto *sections = editor.findChild<QListWidget *>();
    ASSERT_TRUE(sections);
    editor.addSection(SectionType::Scale);
    editor.setSectionTitle(QStringLiteral("Planner or impulsive"));
    editor.moveSection(-1);
    editor.addSection(SectionType::Tags);
    editor.removeSection();
    editor.addSection(SectionType::ShortText);
    editor.setSectionType(SectionType::LongText);

    const std::optional<PersonaTemplate> stored = TemplateRepository::find(*project, copy);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Workshop"));
    ASSERT_EQ(stored->sections.size(), leanSections + 2);
    // The scale was added after the photo and moved up; the tags came and went; the short text
    // was added after the photo and became long text.
    EXPECT_EQ(stored->sections[0].type, SectionType::Scale);
    EXPECT_EQ(stored->sections[0].title, QStringLiteral("Planner or impulsive"));
    EXPECT_EQ(stored->sections[1].type, SectionType::Image);
    EXPECT_EQ(stored->sections[2].type, SectionType::LongText);
    EXPECT_EQ(stored->sections.last().key, QStringLiteral("tactics"));

    // Export and import: the same template comes back as a new one.
    QString error;
    const QString file = dir.path(QStringLiteral("workshop.json"));
    ASSERT_TRUE(editor.exportTo(file, &error)) << qPrintable(error);
    const qint64 imported = editor.importFrom(file, &error);
    ASSERT_GT(imported, 0) << qPrintable(error);
    EXPECT_NE(imported, copy);
    EXPECT_EQ(TemplateRepository::find(*project, imported)->sections, stored->sections);

    // An invalid file is refused with the path of the problem.
    const QString bad = dir.write(QStringLiteral("bad.json"),
                                  R"({"format": "persona-workbench-template", "format_version": 1, "name": "X",)"
                                  R"( "sections": [{"key": "a", "type": "poem"}]})");
    EXPECT_EQ(editor.importFrom(bad, &error), 0);
    EXPECT_TRUE(error.startsWith(QStringLiteral("$.sections[0].type"))) << qPrintable(error);

    const int before = int(TemplateRepository::all(*project).size());
    editor.selectTemplate(imported);
    EXPECT_TRUE(editor.deleteTemplate());
    EXPECT_EQ(TemplateRepository::all(*project).size(), before - 1);
    editor.selectTemplate(TemplateRepository::builtinId(*project, PersonaTemplate::Builtin::B2C));
    EXPECT_FALSE(editor.deleteTemplate());
}

TEST(TemplateEditor, EveryTemplateNameIsReadableInFull)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    TemplateEditor editor(project.get());
    editor.show();
    QApplication::processEvents();
    auto *list = editor.findChild<QListWidget *>();
    ASSERT_TRUE(list);
    ASSERT_GE(list->count(), 3);
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text();
        // The item's text, at the list's font, fits in the list's viewport beside its margins.
        const int needed = list->fontMetrics().horizontalAdvance(text) + 2 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 4;
        EXPECT_LE(needed, list->viewport()->width()) << qPrintable(text);
    }
}
