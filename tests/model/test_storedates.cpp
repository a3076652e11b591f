// SPDX-License-Identifier: GPL-3.0-or-later
// The store's first and last date are kept by every import (StoreDates): the summary reads them
// without scanning, and they stay those of the rows through new rows, re-dated orders, events
// and projects that kept none.
#include "import/importer.h"
#include "store/project.h"
#include "store/storedates.h"
#include "store/summary.h"
#include "testsupport.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

ImportReport import(Project &project, const QStringList &files)
{
    return importFiles(project, files, ImportOptions(), nullptr);
}

qint64 day(const char *iso)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

/// The range as kept, and checked against every row.
StoreDates::Range keptAndScanned(Project &project)
{
    const std::optional<StoreDates::Range> kept = StoreDates::kept(project);
    EXPECT_TRUE(kept.has_value()) << "an import keeps the range";
    Error error;
    const std::optional<StoreDates::Range> scanned = StoreDates::scan(project, &error);
    EXPECT_TRUE(scanned.has_value()) << qPrintable(error.toString());
    if (kept && scanned) {
        EXPECT_EQ(*kept, *scanned);
    }
    return kept.value_or(StoreDates::Range());
}

} // namespace

TEST(StoreDates, EveryImportKeepsTheRangeOfTheRowsAsTheyAre)
{
    TempDir dir;
    auto project = newProject(dir);
    EXPECT_EQ(StoreDates::kept(*project), std::nullopt) << "nothing imported, nothing kept";

    const QString first = dir.write(QStringLiteral("a.csv"), "order_id,customer_id,order_date,total\n"
                                                             "A1,c1,2024-03-05,10\nA2,c2,2024-02-01,20\n");
    ASSERT_TRUE(import(*project, {first}).ok());
    StoreDates::Range r = keptAndScanned(*project);
    EXPECT_EQ(r.first, day("2024-02-01"));
    EXPECT_EQ(r.last, day("2024-03-05"));

    // New rows widen it.
    const QString later = dir.write(QStringLiteral("b.csv"), "order_id,customer_id,order_date,total\nB1,c1,2024-06-30,5\n");
    ASSERT_TRUE(import(*project, {later}).ok());
    r = keptAndScanned(*project);
    EXPECT_EQ(r.first, day("2024-02-01"));
    EXPECT_EQ(r.last, day("2024-06-30"));

    // The earliest order imported again with a later date: the range narrows (no new row says so).
    const QString redated = dir.write(QStringLiteral("c.csv"), "order_id,customer_id,order_date,total\nA2,c2,2024-04-01,20\n");
    ASSERT_TRUE(import(*project, {redated}).ok());
    r = keptAndScanned(*project);
    EXPECT_EQ(r.first, day("2024-03-05"));
    EXPECT_EQ(r.last, day("2024-06-30"));

    // Events count too.
    const QString events = dir.write(QStringLiteral("events.csv"), "session_id,customer_id,timestamp,event_type\n"
                                                                   "s1,c1,2023-12-24T10:00:00,page_view\n");
    ASSERT_TRUE(import(*project, {events}).ok());
    r = keptAndScanned(*project);
    EXPECT_EQ(r.first, day("2023-12-24") + 10 * 3600);
    EXPECT_EQ(r.last, day("2024-06-30"));
}

TEST(StoreDates, TheSummaryReadsTheKeptRangeAndScansWhereNoneHolds)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString file = dir.write(QStringLiteral("a.csv"), "order_id,customer_id,order_date,total\n"
                                                            "A1,c1,2024-03-05,10\nA2,c2,2024-02-01,20\n");
    ASSERT_TRUE(import(*project, {file}).ok());
    Error error;
    // The summary takes the kept range as it is: a range written into the table shows.
    ASSERT_TRUE(project->exec(QStringLiteral("UPDATE store_dates SET first = ?"), {day("2020-01-01")}, &error));
    std::optional<ProjectSummary> s = summarize(*project, &error);
    ASSERT_TRUE(s.has_value()) << qPrintable(error.toString());
    EXPECT_EQ(s->firstDate.toSecsSinceEpoch(), day("2020-01-01"));
    // A range taken with other rowids than the tables' (here: none kept, as in a project of an
    // earlier version) is not used: the rows are read.
    ASSERT_TRUE(project->exec(QStringLiteral("UPDATE store_dates SET orders_row = orders_row - 1"), {}, &error));
    s = summarize(*project, &error);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->firstDate.toSecsSinceEpoch(), day("2024-02-01"));
    EXPECT_EQ(s->lastDate.toSecsSinceEpoch(), day("2024-03-05"));
    ASSERT_TRUE(project->exec(QStringLiteral("DELETE FROM store_dates"), {}, &error));
    s = summarize(*project, &error);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->firstDate.toSecsSinceEpoch(), day("2024-02-01"));
    // The next import of a project that kept none reads every row once and keeps the range.
    const QString more = dir.write(QStringLiteral("b.csv"), "order_id,customer_id,order_date,total\nB1,c1,2024-01-15,5\n");
    ASSERT_TRUE(import(*project, {more}).ok());
    const StoreDates::Range r = keptAndScanned(*project);
    EXPECT_EQ(r.first, day("2024-01-15"));
    EXPECT_EQ(r.last, day("2024-03-05"));
}
