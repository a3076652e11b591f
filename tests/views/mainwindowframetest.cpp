// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's frame: the welcome page, the recent projects, New Project, the toolbar and
// the layout kept between sessions.
#include "import/importwizard.h"
#include "frame/mainwindow.h"
#include "editor/personalistmodel.h"
#include "frame/projectcontroller.h"
#include "frame/recentprojects.h"
#include "samplepersonas.h"
#include "testsupport.h"
#include "frame/welcomepage.h"
#include "store/project.h"
#include "import/importer.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Each test keeps its settings in a folder of its own, then gives the default place back.
class MainWindowFrame : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
    }
    void TearDown() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    test::TempDir m_settings;
    test::TempDir m_dir;
};

QStringList paths(const QList<RecentProject> &projects)
{
    QStringList list;
    for (const RecentProject &p : projects)
        list << p.path;
    return list;
}

QStringList itemPaths(const WelcomePage *page)
{
    QStringList list;
    for (const QPushButton *item : page->recentItems())
        list << item->property("path").toString();
    return list;
}

/// The recent projects the File menu offers (the entries above its Clear action).
QStringList menuPaths(ProjectController *projects)
{
    Q_EMIT projects->recentMenu()->aboutToShow();
    QStringList list;
    for (const QAction *action : projects->recentMenu()->actions())
        if (!action->data().toString().isEmpty())
            list << action->data().toString();
    return list;
}

} // namespace

TEST_F(MainWindowFrame, WelcomePageWithoutAProjectTheTabsWithOne)
{
    const QString path = test::projectWithSamplePersonas(m_dir);
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    ASSERT_TRUE(window.start(QString(), true));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    ASSERT_TRUE(stack);
    EXPECT_EQ(stack->currentWidget(), window.welcomePage());
    EXPECT_TRUE(window.welcomePage()->isVisible());
    EXPECT_FALSE(window.personaTabs()->isVisible());
    EXPECT_TRUE(window.welcomePage()->demoButton()->isVisible());
    EXPECT_TRUE(window.welcomePage()->newProjectButton()->isVisible());
    EXPECT_TRUE(window.welcomePage()->openButton()->isVisible());
    EXPECT_TRUE(window.welcomePage()->recentItems().isEmpty());
    EXPECT_FALSE(window.projects()->closeAction()->isEnabled());

    ASSERT_TRUE(window.projects()->openProject(path));
    EXPECT_FALSE(window.welcomePage()->isVisible());
    EXPECT_TRUE(window.personaTabs()->isVisible());
    EXPECT_TRUE(window.personaList()->isVisible());
    EXPECT_EQ(window.personaModel()->rowCount(), 3);

    // Closing the project brings the page back, now with the project among the recent ones.
    ASSERT_TRUE(window.projects()->closeAction()->isEnabled());
    window.projects()->closeAction()->trigger();
    EXPECT_EQ(window.projects()->project(), nullptr);
    EXPECT_TRUE(window.welcomePage()->isVisible());
    EXPECT_FALSE(window.personaTabs()->isVisible());
    EXPECT_EQ(window.personaModel()->rowCount(), 0);
    EXPECT_EQ(itemPaths(window.welcomePage()), QStringList{path});

    // A recent project opens with a click on its row.
    QTest::mouseClick(window.welcomePage()->recentItems().first(), Qt::LeftButton);
    ASSERT_TRUE(window.projects()->project());
    EXPECT_EQ(window.projects()->project()->path(), path);
    EXPECT_FALSE(window.welcomePage()->isVisible());
}

TEST_F(MainWindowFrame, RecentProjectsAreOrderedCappedMarkedWhenMissingAndCleared)
{
    MainWindow window;
    window.show();
    window.start(QString(), false);
    QStringList opened;
    for (int i = 0; i < RecentProjects::maximum + 2; ++i) {
        const QString path = m_dir.path(QStringLiteral("p%1.personas").arg(i));
        ASSERT_TRUE(window.projects()->openProject(path, true));
        opened.prepend(path);
    }
    // Opening one again puts it first without repeating it.
    ASSERT_TRUE(window.projects()->openProject(opened.at(5)));
    opened.move(5, 0);
    const QStringList expected = opened.mid(0, RecentProjects::maximum);
    EXPECT_EQ(paths(RecentProjects::list()), expected);
    EXPECT_EQ(menuPaths(window.projects()), expected);
    EXPECT_TRUE(RecentProjects::list().first().opened.isValid());

    // A file that went away is still listed, greyed and marked, and can be taken off the list.
    const QString gone = expected.at(2);
    ASSERT_TRUE(QFile::remove(gone));
    window.projects()->closeProject();
    const QList<QPushButton *> items = window.welcomePage()->recentItems();
    ASSERT_EQ(itemPaths(window.welcomePage()), expected);
    for (int i = 0; i < items.size(); ++i) {
        const bool missing = items.at(i)->property("path").toString() == gone;
        EXPECT_EQ(items.at(i)->property("missing").toBool(), missing) << i;
        const auto *notFound = items.at(i)->findChild<QLabel *>(QStringLiteral("notFound"));
        EXPECT_EQ(notFound != nullptr, missing) << i;
        if (notFound) {
            EXPECT_EQ(notFound->text(), QStringLiteral("not found"));
        }
    }
    // Its menu entry is disabled and says so.
    Q_EMIT window.projects()->recentMenu()->aboutToShow();
    for (const QAction *action : window.projects()->recentMenu()->actions()) {
        if (action->data().toString() == gone) {
            EXPECT_FALSE(action->isEnabled());
            EXPECT_TRUE(action->text().contains(QStringLiteral("not found")));
        }
    }
    // A click on the missing row opens nothing.
    QTest::mouseClick(items.at(2), Qt::LeftButton);
    EXPECT_EQ(window.projects()->project(), nullptr);

    auto *remove = items.at(2)->findChild<QToolButton *>(QStringLiteral("removeRecent"));
    ASSERT_TRUE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([] { return RecentProjects::list().size() == RecentProjects::maximum - 1; }));
    QStringList left = expected;
    left.removeAll(gone);
    EXPECT_EQ(paths(RecentProjects::list()), left);
    EXPECT_EQ(itemPaths(window.welcomePage()), left);
    EXPECT_EQ(menuPaths(window.projects()), left);

    // The menu's Clear empties the list, the page and the menu.
    auto *clear = window.projects()->recentMenu()->findChild<QAction *>(QStringLiteral("clearRecentAction"));
    ASSERT_TRUE(clear);
    clear->trigger();
    EXPECT_TRUE(RecentProjects::list().isEmpty());
    EXPECT_TRUE(window.welcomePage()->recentItems().isEmpty());
    EXPECT_TRUE(menuPaths(window.projects()).isEmpty());
    EXPECT_FALSE(window.projects()->recentMenu()->isEnabled());
    EXPECT_TRUE(window.projects()->lastProject().isEmpty());
}

TEST_F(MainWindowFrame, NewProjectCreatesTheFileAndStartsTheImport)
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    MainWindow window;
    window.show();
    window.start(QString(), false);
    const QString path = m_dir.path(QStringLiteral("shop"));
    const QString data = QStringLiteral(TEST_DATA_DIR "/import/generic/orders.csv");
    QStringList seen; // what came up, in order
    // Answers the dialogs as they come: the new project's file, the data file, the wizard.
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *wizard = qobject_cast<ImportWizard *>(modal)) {
            seen << QStringLiteral("wizard");
            wizard->reject();
        } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            const bool save = dialog->acceptMode() == QFileDialog::AcceptSave;
            seen << (save ? QStringLiteral("save") : QStringLiteral("open"));
            // Typed as a user would: selectFile() leaves the name field alone while it has the focus.
            const QFileInfo file(save ? path : data);
            dialog->setDirectory(file.absolutePath());
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            ASSERT_TRUE(name);
            name->setText(file.fileName());
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
        }
    });
    answer.start();
    QTest::mouseClick(window.welcomePage()->newProjectButton(), Qt::LeftButton);
    answer.stop();

    EXPECT_EQ(seen, (QStringList{QStringLiteral("save"), QStringLiteral("open"), QStringLiteral("wizard")}));
    ASSERT_TRUE(window.projects()->project());
    EXPECT_EQ(window.projects()->project()->path(), path + QStringLiteral(".personas"));
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".personas")));
    EXPECT_EQ(paths(RecentProjects::list()), QStringList{path + QStringLiteral(".personas")});
    EXPECT_FALSE(window.welcomePage()->isVisible());
}

TEST_F(MainWindowFrame, TheToolbarHoldsTheFourMainActionsWithIcons)
{
    MainWindow window;
    window.show();
    window.start(QString(), false);
    QToolBar *bar = window.mainToolBar();
    ASSERT_TRUE(bar);
    EXPECT_TRUE(bar->isVisible());
    const QList<QAction *> actions = bar->actions();
    ASSERT_EQ(actions.size(), 4);
    QStringList texts;
    for (QAction *action : actions) {
        texts << action->iconText();
        // Drawn here, not from an icon theme: there is a picture, and it is not blank.
        const QImage image = action->icon().pixmap(24, 24).toImage();
        ASSERT_FALSE(image.isNull()) << qPrintable(action->iconText());
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        EXPECT_GT(opaque, 40) << qPrintable(action->iconText());
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
        ASSERT_TRUE(button);
        EXPECT_EQ(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Import"), QStringLiteral("Propose Personas"),
                                  QStringLiteral("Export"), QStringLiteral("Present")}));
    // The same actions as the menus: without a project they cannot run; with one they can.
    EXPECT_FALSE(actions.at(0)->isEnabled());
    EXPECT_FALSE(actions.at(2)->isEnabled());
    ASSERT_TRUE(window.projects()->openProject(test::projectWithSamplePersonas(m_dir)));
    for (QAction *action : actions)
        EXPECT_TRUE(action->isEnabled()) << qPrintable(action->iconText());
    EXPECT_EQ(actions.at(0)->text(), QStringLiteral("&Import…")); // the menu keeps its words
}

TEST_F(MainWindowFrame, SizeSplitterAndTabComeBackInTheNextWindow)
{
    const QString path = test::projectWithSamplePersonas(m_dir);
    QRect saved;
    {
        MainWindow window;
        window.show();
        ASSERT_TRUE(window.start(path, false));
        window.setGeometry(20, 30, 900, 580); // no wider than its minimum on the offscreen screen (800 wide)
        // The list collapsed (the tabs' minimum leaves the splitter no other freedom here).
        window.mainSplitter()->setSizes({0, 2000});
        window.personaTabs()->setCurrentIndex(2);
        window.mainToolBar()->hide();
        QCoreApplication::processEvents();
        ASSERT_EQ(window.mainSplitter()->sizes().first(), 0);
        saved = window.geometry();
        window.close();
    }
    MainWindow again;
    again.show();
    ASSERT_TRUE(again.start(QString(), false)); // the last project opens again
    ASSERT_TRUE(again.projects()->project());
    QCoreApplication::processEvents();
    EXPECT_EQ(again.geometry(), saved);
    EXPECT_EQ(again.mainSplitter()->sizes().first(), 0);
    EXPECT_EQ(again.personaTabs()->currentIndex(), 2);
    EXPECT_EQ(again.personaTabs()->currentWidget()->objectName(), QStringLiteral("personaEditor"));
    EXPECT_FALSE(again.mainToolBar()->isVisible());

    // Without saved settings: the list shown, the first tab, the toolbar.
    QSettings().clear();
    MainWindow fresh;
    fresh.show();
    ASSERT_TRUE(fresh.start(path, false));
    QCoreApplication::processEvents();
    EXPECT_GT(fresh.mainSplitter()->sizes().first(), 0);
    EXPECT_EQ(fresh.personaTabs()->currentIndex(), 0);
    EXPECT_TRUE(fresh.mainToolBar()->isVisible());
}

TEST_F(MainWindowFrame, TheWindowFitsTheScreenAtFirstAndWhenSavedOnALargerOne)
{
    const auto fits = [](const MainWindow &window) {
        // As small as the screen, unless the window cannot be that small (the offscreen screen is
        // narrower than the window's minimum).
        const QSize available = window.screen()->availableGeometry().size().expandedTo(window.minimumSizeHint());
        return window.width() <= available.width() && window.height() <= available.height()
            && window.screen()->availableGeometry().contains(window.frameGeometry().topLeft());
    };
    {
        MainWindow window; // the first start: no saved geometry, the default size is larger than 800 × 600
        window.show();
        EXPECT_TRUE(fits(window)) << window.width() << "x" << window.height();
        window.setGeometry(-3000, -2000, 5000, 4000);
        window.close();
    }
    MainWindow again;
    again.show();
    EXPECT_TRUE(fits(again)) << again.x() << "," << again.y() << " " << again.width() << "x" << again.height();
}

TEST_F(MainWindowFrame, ThePersonaListShowsSizeAndShareOfRevenue)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    QList<Persona> personas = test::samplePersonas();
    personas[1].stats.size = 12345;
    personas[1].stats.shareRevenue = qQNaN(); // a store without amounts
    Persona handMade;
    handMade.customName = QStringLiteral("Proto Petra");
    handMade.archetype = QStringLiteral("repeat_buyer");
    handMade.color = QStringLiteral("#2e7d32");
    handMade.position = 3;
    personas << handMade;
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas));
    const QString path = project->path();
    project.reset();

    MainWindow window;
    window.resize(1100, 700);
    window.show();
    ASSERT_TRUE(window.start(path, false));
    PersonaListModel *model = window.personaModel();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->index(0).data(PersonaListModel::FiguresRole).toString(),
              QStringLiteral("1,200 people · 52% of revenue"));
    EXPECT_EQ(model->index(1).data(PersonaListModel::FiguresRole).toString(),
              QStringLiteral("12,345 people · revenue: no data"));
    EXPECT_EQ(model->index(3).data(PersonaListModel::FiguresRole).toString(), QStringLiteral("no data"));
    // In Russian the thousands are grouped the Russian way.
    EXPECT_EQ(PersonaListModel::figuresText(personas[1], QStringLiteral("ru")).section(QLatin1Char(' '), 0, 0),
              QStringLiteral("12\u00a0345"));
    EXPECT_FALSE(PersonaListModel::figuresText(personas[1], QStringLiteral("en")).contains(QStringLiteral("0%")));

    // Each row is drawn two lines high with the persona's colour in it.
    QListView *list = window.personaList();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect row = list->visualRect(model->index(1));
    EXPECT_GE(row.height(), 2 * list->fontMetrics().height());
    const QImage image = list->viewport()->grab(row).toImage();
    bool red = false;
    for (int y = 0; y < image.height() && !red; ++y)
        for (int x = 0; x < image.width() && !red; ++x)
            red = QColor(image.pixel(x, y)) == QColor(QStringLiteral("#c62828"));
    EXPECT_TRUE(red);
}

/// "N people · M orders" of the project at `path`, counted here.
QString countsOf(const QString &path)
{
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project)
        return error.toString();
    const QLocale locale;
    return locale.toString(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong())
        + QStringLiteral(" people · ")
        + locale.toString(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong())
        + QStringLiteral(" orders");
}

TEST_F(MainWindowFrame, TheStatusBarsCountsArriveFromTheBackgroundForTheProjectOpenLast)
{
    // Two projects with orders: three, and one.
    auto importInto = [&](const QString &name, const QByteArray &csv) {
        auto project = test::newProject(m_dir, name);
        const QString file = m_dir.write(name + QStringLiteral(".csv"), csv);
        EXPECT_TRUE(importFiles(*project, {file}, ImportOptions(), nullptr).ok());
        return project->path();
    };
    const QString path = importInto(QStringLiteral("a.personas"), "order_id,customer_id,order_date,total\n"
                                                                  "A1,c1,2024-01-02,10\nA2,c2,2024-01-03,20\nA3,c2,2024-01-04,5\n");
    const QString other = importInto(QStringLiteral("b.personas"), "order_id,customer_id,order_date,total\nB1,c1,2024-01-02,10\n");
    const QString counts = countsOf(path), otherCounts = countsOf(other);
    ASSERT_NE(counts, otherCounts);
    MainWindow window;
    ASSERT_TRUE(window.start(path, false));
    QLabel *status = nullptr;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->text().contains(QLatin1String("Counting")) || label->text().contains(QLatin1String(" orders · ")))
            status = label;
    ASSERT_TRUE(status);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(counts); }, 10000)) << qPrintable(status->text());
    // The first project again, then at once the other: whenever the first's counts come back,
    // the status shows the other's.
    window.projects()->closeAction()->trigger();
    ASSERT_TRUE(window.projects()->openProject(path));
    window.projects()->closeAction()->trigger();
    ASSERT_TRUE(window.projects()->openProject(other));
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(otherCounts); }, 10000)) << qPrintable(status->text());
    QTest::qWait(300);
    EXPECT_TRUE(status->text().contains(otherCounts)) << qPrintable(status->text());
}
