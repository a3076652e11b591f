// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the progress of a long task shows, for the stage it is in, an estimate of the time left
// from the stage's own pace, and none while that pace cannot be told yet.
#include "frame/taskprogressdialog.h"

#include <QLabel>

#include <gtest/gtest.h>

using namespace pw;

TEST(TaskProgressDialog, EstimatesTheTimeLeftFromTheStagesPaceOnceItCanBeTold)
{
    // A fifth of the stage in 10 s: four fifths take 40 s more.
    EXPECT_EQ(TaskProgressDialog::secondsLeft(10000, 0, 200, 1000), 40);
    // Measured from where the stage began, not from zero.
    EXPECT_EQ(TaskProgressDialog::secondsLeft(10000, 500, 600, 1000), 40);
    // Too early (under 3 s), too little done (under 2 % of the stage), nothing moved, no total, done.
    EXPECT_FALSE(TaskProgressDialog::secondsLeft(2999, 0, 500, 1000));
    EXPECT_FALSE(TaskProgressDialog::secondsLeft(60000, 0, 19, 1000));
    EXPECT_FALSE(TaskProgressDialog::secondsLeft(60000, 300, 300, 1000));
    EXPECT_FALSE(TaskProgressDialog::secondsLeft(60000, 0, 500, 0));
    EXPECT_FALSE(TaskProgressDialog::secondsLeft(60000, 0, 1000, 1000));
}

TEST(TaskProgressDialog, SaysTheTimeLeftInRoundFigures)
{
    EXPECT_EQ(TaskProgressDialog::timeLeftText(3), QStringLiteral("A few seconds left in this step"));
    EXPECT_EQ(TaskProgressDialog::timeLeftText(37), QStringLiteral("About 40 seconds left in this step"));
    EXPECT_EQ(TaskProgressDialog::timeLeftText(59), QStringLiteral("About 60 seconds left in this step"));
    EXPECT_EQ(TaskProgressDialog::timeLeftText(61), QStringLiteral("About a minute left in this step"));
    EXPECT_EQ(TaskProgressDialog::timeLeftText(200), QStringLiteral("About 3 minutes left in this step"));
    EXPECT_EQ(TaskProgressDialog::timeLeftText(3700), QStringLiteral("About an hour left in this step"));
    EXPECT_EQ(TaskProgressDialog::timeLeftText(3 * 3600), QStringLiteral("About 3 hours left in this step"));
}

TEST(TaskProgressDialog, TimesEachStageFromItsOwnBeginning)
{
    TaskProgressDialog dialog(QStringLiteral("Working"));
    auto *left = dialog.findChild<QLabel *>(QStringLiteral("taskTimeLeft"));
    ASSERT_TRUE(left);
    dialog.setProgressAt(0, 100, QStringLiteral("Reading"), 0);
    dialog.setProgressAt(10, 100, QStringLiteral("Reading"), 1000);
    EXPECT_TRUE(left->text().isEmpty()) << "no estimate in the first seconds";
    dialog.setProgressAt(50, 100, QStringLiteral("Reading"), 5000);
    EXPECT_EQ(left->text(), QStringLiteral("About 5 seconds left in this step"));
    // A new stage starts a new estimate: its first seconds show none, whatever the last stage's pace.
    dialog.setProgressAt(0, 10, QStringLiteral("Indexing"), 6000);
    dialog.setProgressAt(5, 10, QStringLiteral("Indexing"), 7000);
    EXPECT_TRUE(left->text().isEmpty());
    // 1 of 10 in the 30 s since the stage began: 9 more take 270 s, about 5 minutes.
    dialog.setProgressAt(1, 10, QStringLiteral("Clustering"), 10000);
    dialog.setProgressAt(1, 10, QStringLiteral("Clustering"), 10000);
    dialog.setProgressAt(0, 10, QStringLiteral("Clustering"), 10000); // started over
    dialog.setProgressAt(1, 10, QStringLiteral("Clustering"), 40000);
    EXPECT_EQ(left->text(), QStringLiteral("About 5 minutes left in this step"));
}
