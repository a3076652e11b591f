// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli as a finance team would check it: every figure it prints against sums computed
// here, independently, from the rows of the files written by each test.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

QJsonObject infoJson(const QString &project)
{
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

// `--report` with a bad row wrote nothing and crashed (a string builder over temporaries).
TEST(CliNumbers, ReportWritesTheBadRows)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("t.personas"));
    const QString orders = dir.write(QStringLiteral("b.csv"), "order_id,customer_id,order_date,total\n"
                                                              "A1,c1,2024-01-02,10\n"
                                                              "A2,c2,2024-01-03,20\n"
                                                              "A3,c3,2024-01-04,bad\n");
    const QString report = dir.path(QStringLiteral("r.csv"));
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, orders,
                        QStringLiteral("--report"), report});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], "file,line,column,column_name,reason");
    const QByteArray expected = QByteArray("\"") + orders.toUtf8() + "\",4,4,\"total\",\"";
    EXPECT_TRUE(lines[1].startsWith(expected)) << lines[1].constData();
    EXPECT_EQ(infoJson(project).value(QStringLiteral("orders")).toInt(), 2);
}

// Cancelled orders (any spelling) are neither revenue nor purchases in info, funnel or personas.
TEST(CliNumbers, CancelledOrdersAreNoRevenueAnywhere)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("c.personas"));
    const QString orders = dir.write(QStringLiteral("o.csv"), "order_id,customer_id,order_date,total,status\n"
                                                              "A1,c1,2024-01-02,10,completed\n"
                                                              "A2,c2,2024-01-03,80,Cancelled\n"
                                                              "A3,c3,2024-01-04,30,cancelled\n");
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("--project"), project, orders}).exitCode, 0);
    const QJsonObject info = infoJson(project);
    EXPECT_EQ(info.value(QStringLiteral("revenue")).toDouble(), 10.0);
    EXPECT_EQ(info.value(QStringLiteral("buyers")).toInt(), 1);
    EXPECT_EQ(info.value(QStringLiteral("orders")).toInt(), 3); // stored, as they are
    const auto funnel = cli({QStringLiteral("funnel"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(funnel.exitCode, 0) << funnel.err.constData();
    const QJsonArray stages = QJsonDocument::fromJson(funnel.out).object().value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(stages.size(), 5);
    EXPECT_EQ(stages[2].toObject().value(QStringLiteral("people")).toInt(), 1);
}

// The UCI sample: info's buyers are the funnel's conversion, revenue and the personas' revenue
// in cents, and the personas' revenue adds up to info's.
TEST(CliNumbers, OnlineRetailFiguresAgree)
{
    const QString path = QStringLiteral(SHARED_DATA_DIR "/uci_online_retail_sample40k/Online_Retail_sample40k.csv");
    if (!QFile::exists(path))
        GTEST_SKIP();
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("uci.personas"));
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, path});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"), QStringLiteral("3"),
             QStringLiteral("--stability-runs"), QStringLiteral("0")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    r = cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    // Python on the file: 3,591 customers with an invoice not starting with C; every line with a
    // CustomerID nets 580,032.85.
    EXPECT_TRUE(r.out.contains("\"revenue\": 580032.85,")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("\"buyers\": 3591,")) << r.out.constData();
    const auto funnel = cli({QStringLiteral("funnel"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    const QJsonArray stages = QJsonDocument::fromJson(funnel.out).object().value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(stages.size(), 5);
    EXPECT_EQ(stages[2].toObject().value(QStringLiteral("people")).toInt(), 3591);
    r = cli({QStringLiteral("personas"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    double sum = 0;
    const QJsonArray personas = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("personas")).toArray();
    ASSERT_EQ(personas.size(), 3);
    for (const QJsonValue &p : personas) {
        const double revenue = p.toObject().value(QStringLiteral("revenue")).toDouble();
        EXPECT_EQ(revenue, std::round(revenue * 100) / 100);
        sum += revenue;
    }
    EXPECT_NEAR(sum, 580032.85, 0.015);
    // In the text: no float noise (at most two decimals) after any "revenue".
    const QRegularExpression cents(QStringLiteral("\"revenue\": -?[0-9]+(\\.[0-9]{1,2})?,?$"));
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.contains("\"revenue\":")) {
            EXPECT_TRUE(cents.match(QString::fromUtf8(line)).hasMatch()) << line.constData();
        }
    }
}

// The summary line says what was stored, and what was skipped or merged apart from it.
TEST(CliNumbers, ImportSummaryCountsWhatIsStored)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("s.personas"));
    const QString orders = dir.write(QStringLiteral("o.csv"), "order_id,customer_id,order_date,total\n"
                                                              "Z1,c1,2024-01-02,10\n"
                                                              "Z1,c2,2024-01-03,20\n");
    const QString items = dir.write(QStringLiteral("i.csv"), "order_id,sku,quantity,unit_price\n"
                                                             "Z1,a,1,4\nZ1,b,1,6\n");
    const QString events = dir.write(QStringLiteral("e.csv"), "session_id,customer_id,timestamp,event_type,page\n"
                                                              "s1,c1,2024-01-02T10:00:00,page_view,/\n"
                                                              "s1,c1,2024-01-02T10:00:00,page_view,/\n");
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, orders, items, items, events});
    // 6 rows read: 5 good (one of them an event already stored), 1 bad (Z1 again).
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.startsWith("imported 5 rows (1 events, 2 order_items, 1 orders; 1 identical events skipped), rejected 1,"))
        << r.out.constData();
    EXPECT_TRUE(r.err.contains("o.csv:3:1: order_id already read on line 2 of this file")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("i.csv is the same file as")) << r.err.constData();
    const QJsonObject info = infoJson(project);
    EXPECT_EQ(info.value(QStringLiteral("orders")).toInt(), 1);
    EXPECT_EQ(info.value(QStringLiteral("order_items")).toInt(), 2);
    EXPECT_EQ(info.value(QStringLiteral("events")).toInt(), 1);
    EXPECT_EQ(info.value(QStringLiteral("revenue")).toDouble(), 10.0);
}
