// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/cardview.h"
#include "frame/mainwindow.h"
#include "editor/personalistmodel.h"
#include "frame/projectcontroller.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QListView>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace pw;

TEST(MainWindow, OpensAProjectListsItsPersonasAndShowsTheFirstCard)
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    QString path;
    {
        auto project = test::newProject(dir);
        ASSERT_TRUE(project);
        path = project->path();
        QList<Persona> personas = test::samplePersonas();
        ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas));
    }

    MainWindow window;
    window.resize(1100, 700);
    window.show();
    window.start(path, false);
    ASSERT_TRUE(window.projects()->project());
    EXPECT_EQ(window.projects()->project()->path(), path);
    ASSERT_EQ(window.personaModel()->rowCount(), 3);
    EXPECT_EQ(window.personaList()->currentIndex().row(), 0);
    ASSERT_TRUE(window.cardView()->persona().has_value());
    EXPECT_EQ(window.cardView()->persona()->customName, QStringLiteral("Loyal Lena"));

    // The card is really painted, and choosing another persona shows it.
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.cardView()->repaint();
    EXPECT_GT(window.cardView()->paintedCards(), 0);
    const QImage before = window.cardView()->grab().toImage();
    window.personaList()->setCurrentIndex(window.personaModel()->index(1));
    EXPECT_EQ(window.cardView()->persona()->customName, QStringLiteral("Bargain Boris"));
    EXPECT_NE(window.cardView()->grab().toImage(), before);
}

TEST(MainWindow, StartsWithoutAProject)
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.start(QString(), false);
    EXPECT_EQ(window.personaModel()->rowCount(), 0);
    EXPECT_FALSE(window.cardView()->persona().has_value());
}
