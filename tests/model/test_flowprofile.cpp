// SPDX-License-Identifier: GPL-3.0-or-later
// What the people of one flow between two runs did (RunHistory::flowProfile).
#include "analysis/runhistory.h"
#include "analysis/segmentation.h"
#include "analysis/timeline.h"

#include "changingstore.h"
#include "testsupport.h"

#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace pw;

namespace {

/// The persona most of a planted group's people are in, in one run.
std::optional<qint64> personaOfGroup(Project &project, qint64 run, QChar group)
{
    const QVariant id = project.scalar(
        QStringLiteral("SELECT rp.persona_id FROM assignments a JOIN people p ON p.id = a.person_id"
                       " JOIN run_personas rp ON rp.run_id = a.run_id AND rp.segment = a.segment"
                       " WHERE a.run_id = ? AND substr(p.customer_id, 1, 1) = ?"
                       " GROUP BY rp.persona_id ORDER BY count(*) DESC LIMIT 1"),
        {run, QString(group)});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

} // namespace

// The thirty who stopped buying in July: as of September they all bought before (every fortnight
// until June), none since June, and their last order is about two to three months old; the
// newcomers of September have no orders at all (order value and recency are no data).
TEST(FlowProfile, TheLapsedBuyersStoppedAndTheNewcomersNeverBought)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    test::buildChangingStore(*project);
    SegmentationOptions options;
    options.stabilityRuns = 0;
    options.kMin = 2;
    Error error;
    const auto runs = runTimeline(*project, options,
                                  periodEnds(TimelinePeriod::Quarter, QDate(2024, 1, 1), QDate(2024, 12, 31)), nullptr, &error);
    ASSERT_TRUE(runs) << qPrintable(error.message);
    ASSERT_EQ(runs->size(), 4);
    const qint64 june = (*runs)[1].runId, september = (*runs)[2].runId;
    const auto repeat = personaOfGroup(*project, june, u'R');
    const auto lapsed = personaOfGroup(*project, september, u'L');
    const auto newcomers = personaOfGroup(*project, september, u'N');
    ASSERT_TRUE(repeat && lapsed && newcomers);

    const auto stopped = RunHistory::flowProfile(*project, june, september, *repeat, *lapsed, &error);
    ASSERT_TRUE(stopped) << qPrintable(error.message);
    EXPECT_EQ(stopped->runId, september);
    EXPECT_EQ(stopped->asOf, QDate(2024, 9, 30));
    EXPECT_EQ(stopped->people, 30);
    EXPECT_EQ(stopped->buyers, 30);
    EXPECT_TRUE(stopped->hasPeriod);
    EXPECT_EQ(stopped->purchasesBetween, 0);
    EXPECT_EQ(stopped->buyersBetween, 0);
    // Orders every fortnight from their first day in January until July 1: 13 or 14 each.
    const qint64 orders = project->scalar(QStringLiteral("SELECT count(*) FROM orders o JOIN people p ON p.id = o.person_id"
                                                         " WHERE p.customer_id LIKE 'L%'")).toLongLong();
    EXPECT_EQ(stopped->purchases, orders);
    EXPECT_DOUBLE_EQ(stopped->ordersPerPerson, double(orders) / 30.0);
    const double value = project->scalar(QStringLiteral("SELECT sum(total) FROM orders o JOIN people p ON p.id = o.person_id"
                                                        " WHERE p.customer_id LIKE 'L%'")).toDouble();
    EXPECT_NEAR(stopped->averageOrderValue, value / double(orders), 1e-9);
    EXPECT_GT(stopped->recencyDays, 85.0); // their last orders are in mid to late June
    EXPECT_LT(stopped->recencyDays, 110.0);

    // Those who stayed kept buying between the runs: every one of them, six or seven times.
    const auto stayed = RunHistory::flowProfile(*project, june, september, *repeat, *repeat, &error);
    ASSERT_TRUE(stayed);
    EXPECT_EQ(stayed->people, 30);
    EXPECT_EQ(stayed->buyersBetween, 30);
    EXPECT_GE(stayed->purchasesBetween, 30 * 6);
    EXPECT_LT(stayed->recencyDays, 15.0);

    const auto arrived = RunHistory::flowProfile(*project, june, september, std::nullopt, *newcomers, &error);
    ASSERT_TRUE(arrived);
    EXPECT_EQ(arrived->people, 30);
    EXPECT_EQ(arrived->buyers, 0);
    EXPECT_EQ(arrived->purchases, 0);
    EXPECT_DOUBLE_EQ(arrived->ordersPerPerson, 0.0);
    EXPECT_TRUE(std::isnan(arrived->averageOrderValue));
    EXPECT_TRUE(std::isnan(arrived->recencyDays));

    // A flow from nowhere to nowhere is refused, and so is a persona that is not in the run.
    EXPECT_FALSE(RunHistory::flowProfile(*project, june, september, std::nullopt, std::nullopt, &error));
    EXPECT_FALSE(RunHistory::flowProfile(*project, june, september, 999999, *repeat, &error));
}
