// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli cluster --as-of: a run of the data up to a date, recorded and shown.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

QJsonObject json(const test::ProcessResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.constData();
    return doc.object();
}

/// 20 people who ordered in January and February 2024 (e0..e19: every second one twice), and
/// 10 who first ordered in May (m0..m9). Imported into a new project at `dir`'s "asof.personas".
QString makeProject(const test::TempDir &dir)
{
    QByteArray csv = "customer_id,order_id,order_date,total\n";
    for (int i = 0; i < 20; ++i) {
        csv += QStringLiteral("e%1,oe%1a,2024-01-%2,%3\n").arg(i).arg(2 + i, 2, 10, QLatin1Char('0')).arg(20 + 7 * i).toUtf8();
        if (i % 2 == 0)
            csv += QStringLiteral("e%1,oe%1b,2024-02-%2,%3\n").arg(i).arg(1 + i, 2, 10, QLatin1Char('0')).arg(30 + 5 * i).toUtf8();
    }
    for (int i = 0; i < 10; ++i)
        csv += QStringLiteral("m%1,om%1,2024-05-%2,%3\n").arg(i).arg(3 + i, 2, 10, QLatin1Char('0')).arg(200 + 11 * i).toUtf8();
    const QString file = dir.write(QStringLiteral("orders.csv"), csv);
    const QString project = dir.path(QStringLiteral("asof.personas"));
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, file});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return project;
}

} // namespace

TEST(CliAsOf, ClusterAsOfLeavesOutLaterPeopleAndRecordsTheDate)
{
    test::TempDir dir;
    const QString project = makeProject(dir);
    auto r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"), QStringLiteral("2"),
        QStringLiteral("--as-of"), QStringLiteral("2024-03-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject asOf = json(r);
    EXPECT_EQ(asOf.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-03-31"));
    EXPECT_EQ(asOf.value(QStringLiteral("people")).toInt(), 20); // the May buyers came later
    int sized = 0;
    for (const QJsonValue &p : asOf.value(QStringLiteral("personas")).toArray())
        sized += p.toObject().value(QStringLiteral("size")).toInt();
    EXPECT_EQ(sized, 20);

    // The assignments of the run are its own people.
    const QString csv = dir.path(QStringLiteral("assignments.csv"));
    r = cli({QStringLiteral("assignments"), QStringLiteral("--project"), project, QStringLiteral("--csv"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray rows = file.readAll();
    EXPECT_EQ(rows.count('\n'), 21) << rows.constData();
    EXPECT_FALSE(rows.contains("\nm")) << rows.constData();
    // So are its features.
    const QString features = dir.path(QStringLiteral("features.csv"));
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--csv"), features});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile featureFile(features);
    ASSERT_TRUE(featureFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(featureFile.readAll().count('\n'), 21);

    // A normal run has no date and everyone.
    r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"), QStringLiteral("2"),
        QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject whole = json(r);
    EXPECT_TRUE(whole.value(QStringLiteral("as_of")).isNull());
    EXPECT_TRUE(whole.contains(QStringLiteral("as_of")));
    EXPECT_EQ(whole.value(QStringLiteral("people")).toInt(), 30);

    r = cli({QStringLiteral("runs"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray runs = json(r).value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 2);
    EXPECT_TRUE(runs[0].toObject().contains(QStringLiteral("as_of")));
    EXPECT_TRUE(runs[0].toObject().value(QStringLiteral("as_of")).isNull());
    EXPECT_EQ(runs[1].toObject().value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-03-31"));
    EXPECT_EQ(runs[1].toObject().value(QStringLiteral("people")).toInt(), 20);

    r = cli({QStringLiteral("runs"), QStringLiteral("--project"), project});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    EXPECT_FALSE(lines[0].contains("as of")) << lines[0].constData();
    EXPECT_TRUE(lines[1].contains("as of 2024-03-31")) << lines[1].constData();
}

TEST(CliAsOf, RecencyCountsFromTheDate)
{
    test::TempDir dir;
    const QString project = makeProject(dir);
    // As of March 31st, e1 (one order, on January 3rd) is 88 days away; e19 (January 21st) 70.
    // With k = 2 by order count, the single buyers' mean recency is hand-computed:
    // e1, e3, ..., e19 ordered on January 3, 5, ..., 21: 88, 86, ..., 70 days, mean 79.
    const auto r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"),
        QStringLiteral("2"), QStringLiteral("--features"), QStringLiteral("frequency"), QStringLiteral("--as-of"),
        QStringLiteral("2024-03-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    bool found = false;
    for (const QJsonValue &v : json(r).value(QStringLiteral("personas")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("orders_per_person")).toDouble() == 1.0) {
            found = true;
            EXPECT_EQ(p.value(QStringLiteral("size")).toInt(), 10);
            EXPECT_DOUBLE_EQ(p.value(QStringLiteral("recency_days")).toDouble(), 79.0);
        }
    }
    EXPECT_TRUE(found) << r.out.constData();
}

TEST(CliAsOf, BadDatesAreUsageErrorsNamingTheOption)
{
    test::TempDir dir;
    const QString project = makeProject(dir);
    for (const char *bad : {"2024-13-01", "31/03/2024", "2024-3-31", "yesterday", "2024-02-30"}) {
        const auto r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--as-of"),
            QString::fromLatin1(bad)});
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_TRUE(r.err.contains("--as-of")) << r.err.constData();
        EXPECT_TRUE(r.err.contains(bad)) << r.err.constData();
    }
    // A date before anything in the project: nobody to segment, and nothing stored.
    const auto r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--as-of"),
        QStringLiteral("2023-12-31")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("2023-12-31")) << r.err.constData();
    const auto runs = cli({QStringLiteral("runs"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    EXPECT_EQ(json(runs).value(QStringLiteral("runs")).toArray().size(), 0);
}

TEST(CliAsOf, AMonthlyTimelineStoresOneRunPerMonthEnd)
{
    test::TempDir dir;
    const QString project = makeProject(dir);
    auto r = cli({QStringLiteral("timeline"), QStringLiteral("--project"), project, QStringLiteral("--every"),
        QStringLiteral("month"), QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
        QStringLiteral("2024-05-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject timeline = json(r);
    EXPECT_EQ(timeline.value(QStringLiteral("every")).toString(), QStringLiteral("month"));
    const QJsonArray runs = timeline.value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 5);
    const QStringList ends {"2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"};
    const QList<int> people {20, 20, 20, 20, 30};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject run = runs[i].toObject();
        EXPECT_EQ(run.value(QStringLiteral("as_of")).toString(), ends[i]);
        EXPECT_EQ(run.value(QStringLiteral("people")).toInt(), people[i]);
        EXPECT_FALSE(run.value(QStringLiteral("personas")).toArray().isEmpty());
    }
    r = cli({QStringLiteral("runs"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray stored = json(r).value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(stored.size(), 5);
    EXPECT_EQ(stored[0].toObject().value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-05-31"));

    r = cli({QStringLiteral("timeline"), QStringLiteral("--project"), project, QStringLiteral("--every"), QStringLiteral("week")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--every")) << r.err.constData();
    r = cli({QStringLiteral("timeline"), QStringLiteral("--project"), project, QStringLiteral("--every"), QStringLiteral("month"),
        QStringLiteral("--from"), QStringLiteral("2024-1-1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--from")) << r.err.constData();
}

// history and movement over that timeline: stable JSON keys, the May newcomers coming in from
// outside the store, one flow's customer ids as CSV, and usage errors naming the option.
TEST(CliAsOf, HistoryAndMovementOfATimeline)
{
    test::TempDir dir;
    const QString project = makeProject(dir);
    auto r = cli({QStringLiteral("timeline"), QStringLiteral("--project"), project, QStringLiteral("--every"),
        QStringLiteral("month"), QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
        QStringLiteral("2024-05-31"), QStringLiteral("--k"), QStringLiteral("2")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();

    r = cli({QStringLiteral("history"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject history = json(r);
    EXPECT_DOUBLE_EQ(history.value(QStringLiteral("threshold")).toDouble(), 0.5);
    const QJsonArray runs = history.value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 5);
    EXPECT_EQ(runs[0].toObject().value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-01-31"));
    const qint64 april = runs[3].toObject().value(QStringLiteral("id")).toInteger();
    const qint64 may = runs[4].toObject().value(QStringLiteral("id")).toInteger();
    qint64 peopleInMay = 0;
    for (const QJsonValue &v : history.value(QStringLiteral("personas")).toArray()) {
        const QJsonObject persona = v.toObject();
        for (const char *key : {"id", "name", "archetype", "color", "points"})
            EXPECT_TRUE(persona.contains(QLatin1String(key))) << key;
        const QJsonArray points = persona.value(QStringLiteral("points")).toArray();
        ASSERT_FALSE(points.isEmpty());
        EXPECT_TRUE(points[0].toObject().value(QStringLiteral("profile_distance")).isNull()); // nothing before
        for (const QJsonValue &p : points) {
            const QJsonObject point = p.toObject();
            for (const char *key : {"run_id", "as_of", "segment", "size", "share_people", "share_revenue", "revenue",
                     "average_order_value", "orders_per_person", "recency_days", "profile_distance", "stayed", "drift", "moved"})
                EXPECT_TRUE(point.contains(QLatin1String(key))) << key;
            if (point.value(QStringLiteral("run_id")).toInteger() == may)
                peopleInMay += point.value(QStringLiteral("size")).toInteger();
        }
    }
    EXPECT_EQ(peopleInMay, 30);

    r = cli({QStringLiteral("movement"), QStringLiteral("--project"), project, QStringLiteral("--from"),
        QString::number(april), QStringLiteral("--to"), QString::number(may), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject movement = json(r);
    EXPECT_EQ(movement.value(QStringLiteral("from_run")).toObject().value(QStringLiteral("id")).toInteger(), april);
    EXPECT_EQ(movement.value(QStringLiteral("to_run")).toObject().value(QStringLiteral("people")).toInt(), 30);
    qint64 total = 0, cameIn = 0, left = 0;
    qint64 newcomersPersona = 0;
    for (const QJsonValue &v : movement.value(QStringLiteral("flows")).toArray()) {
        const QJsonObject flow = v.toObject();
        total += flow.value(QStringLiteral("people")).toInteger();
        if (flow.value(QStringLiteral("from")).isNull()) {
            cameIn += flow.value(QStringLiteral("people")).toInteger();
            newcomersPersona = flow.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toInteger();
            EXPECT_FALSE(flow.value(QStringLiteral("to")).toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
        if (flow.value(QStringLiteral("to")).isNull())
            left += flow.value(QStringLiteral("people")).toInteger();
    }
    EXPECT_EQ(total, 30);
    EXPECT_EQ(cameIn, 10); // m0..m9, who first ordered in May
    EXPECT_EQ(left, 0);
    ASSERT_GT(newcomersPersona, 0);

    // The newcomers' customer ids, and the flows as CSV.
    const QString ids = dir.path(QStringLiteral("newcomers.csv"));
    r = cli({QStringLiteral("movement"), QStringLiteral("--project"), project, QStringLiteral("--from"), QString::number(april),
        QStringLiteral("--to"), QString::number(may), QStringLiteral("--flow"), QStringLiteral("none:%1").arg(newcomersPersona),
        QStringLiteral("--csv"), ids});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile idFile(ids);
    ASSERT_TRUE(idFile.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(idFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 11);
    EXPECT_EQ(lines[0], QStringLiteral("customer_id"));
    for (int i = 1; i < 11; ++i)
        EXPECT_EQ(lines[i], QStringLiteral("m%1").arg(i - 1));
    const QString flows = dir.path(QStringLiteral("flows.csv"));
    r = cli({QStringLiteral("movement"), QStringLiteral("--project"), project, QStringLiteral("--from"), QString::number(april),
        QStringLiteral("--to"), QString::number(may), QStringLiteral("--csv"), flows});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile flowFile(flows);
    ASSERT_TRUE(flowFile.open(QIODevice::ReadOnly));
    lines = QString::fromUtf8(flowFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.value(0), QStringLiteral("from_id,from_name,to_id,to_name,people"));
    EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
        return l.startsWith(QStringLiteral(",,%1,").arg(newcomersPersona)) && l.endsWith(QStringLiteral(",10"));
    })) << qPrintable(lines.join(u'\n'));

    // Usage errors name the option; a run that does not exist is named.
    r = cli({QStringLiteral("movement"), QStringLiteral("--project"), project, QStringLiteral("--to"), QString::number(may)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--from")) << r.err.constData();
    r = cli({QStringLiteral("movement"), QStringLiteral("--project"), project, QStringLiteral("--from"), QString::number(april),
        QStringLiteral("--to"), QString::number(may), QStringLiteral("--flow"), QStringLiteral("none:none"), QStringLiteral("--csv"), ids});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--flow")) << r.err.constData();
    r = cli({QStringLiteral("movement"), QStringLiteral("--project"), project, QStringLiteral("--from"), QStringLiteral("999"),
        QStringLiteral("--to"), QString::number(may)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("999")) << r.err.constData();
    r = cli({QStringLiteral("history"), QStringLiteral("--project"), project, QStringLiteral("--threshold"), QStringLiteral("-1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--threshold")) << r.err.constData();
}
