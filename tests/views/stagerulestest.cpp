// SPDX-License-Identifier: GPL-3.0-or-later
// The stage rules dialog, the rules change as one undoable step, the time-to-convert chart.
#include "testsupport.h"

#include "demo/demostore.h"
#include "journey/journeycontroller.h"
#include "language.h"
#include "persona/persona.h"
#include "journey/stagerulesdialog.h"
#include "journey/timetoconvertchart.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;

namespace {

QList<qint64> counts(const Funnel &f)
{
    QList<qint64> c;
    for (const FunnelStage &s : f.stages)
        c << (s.measured ? s.people : -1);
    return c;
}

} // namespace

TEST(StageRulesDialog, OffersTheHeldTypesValidatesAndResets)
{
    const QStringList held = {QStringLiteral("page_view"), QStringLiteral("product_view"), QStringLiteral("purchase")};
    StageRulesDialog dialog(StageDefinitions::defaults(), held);
    EXPECT_EQ(dialog.definitions(), StageDefinitions::defaults());
    EXPECT_TRUE(dialog.canAccept());
    // The defaults name types this store does not hold (add_to_cart, begin_checkout, referral).
    EXPECT_TRUE(dialog.messages().contains(QStringLiteral("referral"))) << qPrintable(dialog.messages());

    QListWidget *types = dialog.findChild<QListWidget *>(QStringLiteral("retentionTypes"));
    ASSERT_TRUE(types);
    QStringList offered;
    for (int i = 0; i < types->count(); ++i)
        offered << types->item(i)->data(Qt::UserRole).toString();
    for (const QString &t : held)
        EXPECT_TRUE(offered.contains(t)) << qPrintable(t);

    // Retention without orders and without events counts nothing: OK is disabled and says why.
    QSpinBox *orders = dialog.findChild<QSpinBox *>(QStringLiteral("retentionMinOrders"));
    ASSERT_TRUE(orders);
    orders->setValue(0);
    EXPECT_FALSE(dialog.canAccept());
    EXPECT_TRUE(dialog.messages().contains(journeyStageName(QStringLiteral("retention")))) << qPrintable(dialog.messages());
    // Three page views make retention instead.
    for (int i = 0; i < types->count(); ++i)
        if (types->item(i)->data(Qt::UserRole).toString() == QLatin1String("page_view"))
            types->item(i)->setCheckState(Qt::Checked);
    dialog.findChild<QSpinBox *>(QStringLiteral("retentionMinEvents"))->setValue(3);
    EXPECT_TRUE(dialog.canAccept()) << qPrintable(dialog.messages());
    const StageRule retention = dialog.definitions().rule(QStringLiteral("retention"));
    EXPECT_EQ(retention.eventTypes, QStringList{QStringLiteral("page_view")});
    EXPECT_EQ(retention.minEvents, 3);
    EXPECT_EQ(retention.minOrders, 0);

    dialog.setDefinitions(StageDefinitions::defaults()); // what "Reset to Defaults" does
    EXPECT_EQ(dialog.definitions(), StageDefinitions::defaults());
    EXPECT_TRUE(dialog.canAccept());
}

TEST(JourneyController, StageRulesChangeIsOneUndoableStepAndRecomputes)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.personas"));
    Error error;
    NullProgress progress;
    ASSERT_TRUE(createDemoProject(path, &progress, &error)) << qPrintable(error.message);
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.message);
    const QList<Persona> personas = PersonaRepository::load(*project);
    ASSERT_FALSE(personas.isEmpty());

    QWidget window;
    JourneyController journey(&window);
    QSignalSpy changed(&journey, &JourneyController::funnelsChanged);
    journey.setCurrentPersona(personas[0].id);
    journey.reload(project.get(), personas);
    ASSERT_TRUE(changed.wait(20000));
    ASSERT_TRUE(journey.report());
    EXPECT_FALSE(journey.report()->eventTypes.isEmpty());
    EXPECT_TRUE(journey.stageRulesAction()->isEnabled());
    const QList<qint64> before = counts(journey.report()->everyone);

    StageDefinitions rules = StageDefinitions::defaults();
    StageRule consideration = rules.rule(QStringLiteral("consideration"));
    consideration.eventTypes = {QStringLiteral("add_to_cart")};
    consideration.minEvents = 2;
    consideration.minOrders = 0;
    rules.setRule(consideration);
    const auto expected = computeFunnels(*project, rules, &error);
    ASSERT_TRUE(expected) << qPrintable(error.message);
    ASSERT_NE(counts(expected->everyone), before) << "the demo data should react to the rule";

    StageDefinitions broken = rules;
    StageRule retention = broken.rule(QStringLiteral("retention"));
    retention.minOrders = 0;
    broken.setRule(retention);
    EXPECT_FALSE(journey.changeStageRules(broken, &error));
    EXPECT_EQ(journey.undoStack()->count(), 0);

    ASSERT_TRUE(journey.changeStageRules(rules, &error)) << qPrintable(error.message);
    EXPECT_EQ(journey.undoStack()->count(), 1);
    EXPECT_EQ(StageDefinitions::load(*project), rules);
    ASSERT_TRUE(changed.wait(20000));
    EXPECT_EQ(counts(journey.report()->everyone), counts(expected->everyone));
    EXPECT_EQ(journey.report()->definitions, rules);

    journey.undoStack()->undo();
    EXPECT_EQ(StageDefinitions::load(*project), StageDefinitions::defaults());
    ASSERT_TRUE(changed.wait(20000));
    EXPECT_EQ(counts(journey.report()->everyone), before);
    journey.undoStack()->redo();
    EXPECT_EQ(StageDefinitions::load(*project), rules);
    ASSERT_TRUE(changed.wait(20000));

    // The time-to-convert chart follows the current persona against everyone else, and exports.
    TimeToConvertChart *chart = journey.timeToConvertChart();
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->shares().size(), 2);
    test::TempDir out;
    ASSERT_TRUE(journey.writeTimeToConvertPng(out.path(QStringLiteral("ttc.png")), &error)) << qPrintable(error.message);
    EXPECT_GT(QImage(out.path(QStringLiteral("ttc.png"))).width(), 600);

    // For a look: the dialog and the time-to-convert chart, in English and Hebrew.
    const QString shots = qEnvironmentVariable("PW_SCREENSHOT_DIR");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he")}) {
        if (shots.isEmpty())
            break;
        setApplicationLanguage(lang);
        const Qt::LayoutDirection direction = isRightToLeft(lang) ? Qt::RightToLeft : Qt::LeftToRight;
        StageRulesDialog dialog(rules, journey.report()->eventTypes);
        dialog.setLayoutDirection(direction);
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("stage-rules-%1.png").arg(lang)));
        journey.timeToConvertChart()->setLayoutDirection(direction);
        ASSERT_TRUE(journey.writeTimeToConvertPng(QDir(shots).filePath(QStringLiteral("time-to-convert-%1.png").arg(lang)),
                                                  &error));
    }
    setApplicationLanguage(QStringLiteral("en"));
}

TEST(TimeToConvertChart, SharesOfEachGroupsBuyersReadingTheLayoutsWay)
{
    Funnel persona;
    persona.timeToConvert = {10, 30, 40, 20, 0, 0};
    Funnel others;
    others.timeToConvert = {1, 1, 1, 1, 2, 4};
    Funnel unmeasured; // no time to convert: no awareness or conversion data
    TimeToConvertChart chart;
    chart.setGroups({{QStringLiteral("Lena"), persona, QColor(Qt::blue)},
                     {QStringLiteral("Everyone else"), others, QColor(Qt::gray)},
                     {QStringLiteral("Nobody"), unmeasured, QColor(Qt::red)}});
    ASSERT_EQ(chart.shares().size(), 2);
    EXPECT_DOUBLE_EQ(chart.shares()[0][1], 0.3);
    EXPECT_DOUBLE_EQ(chart.shares()[1][5], 0.4);
    EXPECT_TRUE(chart.chart()->title().contains(QStringLiteral("Nobody")));
    EXPECT_EQ(chart.categories().first(), timeToConvertBucketName(0));

    chart.setLayoutDirection(Qt::RightToLeft);
    EXPECT_EQ(chart.categories().first(), timeToConvertBucketName(5));
    EXPECT_DOUBLE_EQ(chart.shares()[0][4], 0.3); // bucket 1 is drawn fifth from the left
}
