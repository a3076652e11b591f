// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, item 3: choosing another template rebuilds the form without leaving any widget of
// the old one behind (the section headers used to stay as ghost labels under the new ones).
#include "editor/personadocument.h"
#include "editor/personaform.h"
#include "persona/templaterepository.h"
#include "samplepersonas.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Runs the deferred deletes, as the event loop would.
void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace

TEST(PersonaForm, ChangingTheTemplateLeavesNoWidgetOfTheOldForm)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    auto project = Project::open(test::projectWithSamplePersonas(dir), Project::OpenMode::OpenExisting, nullptr);
    ASSERT_TRUE(project);
    const qint64 b2c = TemplateRepository::builtinId(*project, PersonaTemplate::Builtin::B2C);
    const qint64 lean = TemplateRepository::builtinId(*project, PersonaTemplate::Builtin::Lean);
    ASSERT_GT(b2c, 0);
    ASSERT_GT(lean, 0);

    PersonaDocument document;
    document.setProject(project.get());
    const qint64 id = document.personas().first().id;
    document.setTemplate(id, b2c);
    PersonaForm form(&document);
    form.resize(700, 1400);
    form.show();
    form.setPersona(id);
    flushDeletes();

    QList<QPointer<QWidget>> before;
    for (QWidget *w : form.findChildren<QWidget *>())
        before << w;
    ASSERT_GT(before.size(), 10);
    int headers = 0;
    for (QLabel *label : form.findChildren<QLabel *>())
        headers += label->text().startsWith(QStringLiteral("<b>")) ? 1 : 0;
    ASSERT_GT(headers, 3);

    for (int round = 0; round < 3; ++round) {
        document.setTemplate(id, round % 2 == 0 ? lean : b2c);
        flushDeletes();
    }
    // Three rebuilds later, not one widget of the first form is left (shown or leaked).
    QStringList left;
    for (const QPointer<QWidget> &w : std::as_const(before))
        if (w)
            left << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                    + (qobject_cast<QLabel *>(w.data()) ? qobject_cast<QLabel *>(w.data())->text() : w->objectName());
    EXPECT_TRUE(left.isEmpty()) << qPrintable(left.join(QStringLiteral("; ")));

    // The form holds the current template's section headers, each once.
    const PersonaTemplate shown = document.persona(id)->effectiveTemplate();
    QStringList titles;
    for (QLabel *label : form.findChildren<QLabel *>())
        if (label->text().startsWith(QStringLiteral("<b>")))
            titles << label->text();
    EXPECT_EQ(titles.size(), shown.sections.size()) << qPrintable(titles.join(QStringLiteral("; ")));
    // And no more widgets than a form built afresh.
    PersonaForm fresh(&document);
    fresh.setPersona(id);
    flushDeletes();
    EXPECT_EQ(form.findChildren<QWidget *>().size(), fresh.findChildren<QWidget *>().size());
}
