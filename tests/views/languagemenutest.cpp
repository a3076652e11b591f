// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, item 9: the Language menu does not pretend the window switched. The choice applies
// at the next start: the menu says so, the tick stays on the language in use, and the chosen
// one is marked for the next start.
#include "language.h"
#include "frame/languagecontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace pw;

namespace {

QAction *actionFor(QMenu *menu, const QString &language)
{
    for (QAction *a : menu->actions())
        if (a->data().toString() == language)
            return a;
    return nullptr;
}

} // namespace

TEST(LanguageMenu, ChoosingAnotherLanguageKeepsTheCurrentTickedAndSaysWhenItApplies)
{
    QStandardPaths::setTestModeEnabled(true);
    ASSERT_TRUE(setApplicationLanguage(QStringLiteral("en")));
    LanguageController::storeLanguage(QString());
    QWidget window;
    LanguageController controller(&window);
    QMenu *menu = controller.menu();
    bool says = false;
    for (QAction *a : menu->actions())
        says = says || (!a->isEnabled() && a->text().contains(QStringLiteral("next starts")));
    EXPECT_TRUE(says) << "the menu does not say when a choice applies";

    QAction *russian = actionFor(menu, QStringLiteral("ru"));
    QAction *english = actionFor(menu, QStringLiteral("en"));
    ASSERT_TRUE(russian && english);
    EXPECT_TRUE(english->isChecked());
    QString told;
    QTimer::singleShot(50, [&told] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            told = box->findChild<QWidget *>(QStringLiteral("qt_msgbox_label"))->property("text").toString();
            box->close();
        }
    });
    russian->trigger();
    EXPECT_EQ(LanguageController::storedLanguage(), QStringLiteral("ru"));
    EXPECT_TRUE(english->isChecked()) << "the window still speaks English";
    EXPECT_FALSE(russian->isChecked());
    EXPECT_EQ(russian->text(), QStringLiteral("Русский (at the next start)"));
    EXPECT_TRUE(told.contains(QStringLiteral("next time it starts"))) << qPrintable(told);

    // Back to the language in use: nothing is marked any more.
    english->trigger();
    EXPECT_EQ(russian->text(), QStringLiteral("Русский"));
    EXPECT_TRUE(english->isChecked());
    LanguageController::storeLanguage(QString());
}
