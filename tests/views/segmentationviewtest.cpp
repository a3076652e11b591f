// SPDX-License-Identifier: GPL-3.0-or-later
// The proposal view and the Propose Personas dialog, offscreen.
#include "../model/plantedstore.h"

#include "analysis/segmentation.h"
#include "segmentation/segmentationdialog.h"
#include "segmentation/segmentationview.h"
#include "testsupport.h"

#include <QTableWidget>

#include <gtest/gtest.h>

using namespace pw;

TEST(SegmentationView, ShowsWhyThisKTheEvidenceAndTheCoverage)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    SegmentationView view;
    view.reload(project.get()); // never clustered: nothing to show
    EXPECT_EQ(view.segmentsTable()->rowCount(), 0);
    EXPECT_TRUE(view.coverage().isEmpty());

    std::vector<int> truth;
    test::plantStore(*project, test::fourGroups(), 120, 21, truth);
    SegmentationOptions options;
    options.kMin = 3;
    options.kMax = 5;
    options.restarts = 3;
    options.silhouetteSample = 600;
    options.stabilitySample = 600;
    Error error;
    const auto result = runSegmentation(*project, options, nullptr, &error);
    ASSERT_TRUE(result) << qPrintable(error.message);

    view.reload(project.get());
    EXPECT_EQ(view.scoresTable()->rowCount(), 3); // k = 3, 4, 5
    EXPECT_EQ(view.segmentsTable()->rowCount(), result->k);
    int chosenRows = 0;
    for (int row = 0; row < view.scoresTable()->rowCount(); ++row)
        if (!view.scoresTable()->item(row, 5)->text().isEmpty()) {
            ++chosenRows;
            EXPECT_EQ(view.scoresTable()->item(row, 0)->text().toInt(), result->k);
        }
    EXPECT_EQ(chosenRows, 1);
    // Every criterion per k: Calinski–Harabasz and the kinds of customer each k shows, and why
    // the chosen k won, in words.
    for (int row = 0; row < view.scoresTable()->rowCount(); ++row) {
        EXPECT_GT(view.scoresTable()->item(row, 3)->text().toDouble(), 0.0) << row;
        EXPECT_FALSE(view.scoresTable()->item(row, 4)->text().isEmpty()) << row;
    }
    EXPECT_TRUE(view.summaryText().contains(explainK(result->scores, QStringLiteral("en"))))
        << qPrintable(view.summaryText());
    EXPECT_FALSE(explainK(result->scores, QStringLiteral("en")).isEmpty());
    ASSERT_EQ(view.coverage().size(), result->k);
    EXPECT_DOUBLE_EQ(view.coverage().last(), 1.0);
    // Each segment's distinguishing features are spelt out against the store's average.
    for (int row = 0; row < view.segmentsTable()->rowCount(); ++row)
    {
        EXPECT_TRUE(view.segmentsTable()->item(row, 8)->text().contains(QStringLiteral(" vs "))) << row;
        // And why the segment got its name.
        EXPECT_FALSE(view.segmentsTable()->item(row, 7)->text().isEmpty()) << row;
    }

    // A look as a user would have it: PW_GRAB_DIR=/tmp saves the view as a PNG.
    if (const QString grab = qEnvironmentVariable("PW_GRAB_DIR"); !grab.isEmpty()) {
        view.resize(1200, 760);
        EXPECT_TRUE(view.grab().save(grab + QStringLiteral("/segmentationview.png")));
    }
}

TEST(SegmentationDialog, ReturnsTheChosenKAndFeatures)
{
    FeatureSettings saved;
    saved.disabled << Feature::Sessions;
    saved.weights.insert(Feature::Monetary, 2.0);
    SegmentationDialog dialog(saved);
    EXPECT_EQ(dialog.k(), 0);
    EXPECT_EQ(dialog.kMin(), 3);
    EXPECT_EQ(dialog.kMax(), 4);
    const FeatureSettings back = dialog.featureSettings();
    EXPECT_EQ(back.disabled, QStringList {Feature::Sessions});
    EXPECT_DOUBLE_EQ(back.weight(Feature::Monetary), 2.0);
    EXPECT_EQ(back.weights.size(), 1);
    dialog.setFixedK(5);
    EXPECT_EQ(dialog.k(), 5);
    dialog.setFixedK(0);
    EXPECT_EQ(dialog.k(), 0);
    if (const QString grab = qEnvironmentVariable("PW_GRAB_DIR"); !grab.isEmpty()) {
        EXPECT_TRUE(dialog.grab().save(grab + QStringLiteral("/segmentationdialog.png")));
    }
}
