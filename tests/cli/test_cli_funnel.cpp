// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli funnel on hand-built stores: exact counts, "no data", stage rules, people as CSV.
#include "demofixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

QJsonObject json(const test::ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST(CliFunnel, JsonGivesExactCountsAndNullForStagesWithoutData)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.personas"));
    {
        auto p = test::newProject(dir, QStringLiteral("p.personas"));
        for (const char *id : {"a", "b", "c"})
            ASSERT_TRUE(p->exec(QStringLiteral("INSERT INTO people(customer_id) VALUES (?)"), {QString::fromLatin1(id)}));
        // a buys twice, b once, c never: orders only, no events, no reviews.
        ASSERT_TRUE(p->exec(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) VALUES"
                                           " ('1', 1, 0, 5), ('2', 1, 7200, 5), ('3', 2, 100, 5)")));
    }
    auto r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray stages = json(r).value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(stages.size(), 5);
    EXPECT_EQ(stages[0].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("awareness"));
    EXPECT_TRUE(stages[0].toObject().value(QStringLiteral("people")).isNull());
    EXPECT_FALSE(stages[0].toObject().value(QStringLiteral("measured")).toBool());
    EXPECT_TRUE(stages[1].toObject().value(QStringLiteral("people")).isNull());
    EXPECT_EQ(stages[2].toObject().value(QStringLiteral("people")).toInt(), 2);
    EXPECT_TRUE(stages[2].toObject().value(QStringLiteral("measured")).toBool());
    EXPECT_EQ(stages[3].toObject().value(QStringLiteral("people")).toInt(), 1);
    EXPECT_DOUBLE_EQ(stages[2].toObject().value(QStringLiteral("conversion")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(stages[2].toObject().value(QStringLiteral("drop_off")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(stages[2].toObject().value(QStringLiteral("median_hours_to_next")).toDouble(), 2.0);
    EXPECT_TRUE(stages[4].toObject().value(QStringLiteral("people")).isNull());
    EXPECT_TRUE(json(r).value(QStringLiteral("personas")).toArray().isEmpty());

    // The text output says "no data", not 0.
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("no data"));

    // Custom rules: retention needs three orders.
    const QString rules = dir.write(QStringLiteral("rules.json"),
        R"({"version":1,"stages":[{"key":"retention","min_orders":3}]})");
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--set-stages"), rules,
             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(json(r).value(QStringLiteral("stages")).toArray()[3].toObject().value(QStringLiteral("people")).toInt(), 0);
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--stages")});
    EXPECT_EQ(json(r).value(QStringLiteral("stages")).toArray()[3].toObject().value(QStringLiteral("min_orders")).toInt(), 3);
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--reset-stages"), QStringLiteral("--json")});
    EXPECT_EQ(json(r).value(QStringLiteral("stages")).toArray()[3].toObject().value(QStringLiteral("people")).toInt(), 1);
    const QString bad = dir.write(QStringLiteral("bad.json"), R"({"version":99,"stages":[]})");
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--set-stages"), bad});
    EXPECT_NE(r.exitCode, 0);

    // The people at a stage as CSV; a stage without data is an error, not an empty list.
    const QString csv = dir.path(QStringLiteral("buyers.csv"));
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--people"),
             QStringLiteral("conversion"), QStringLiteral("--csv"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("customer_id\na\nb\n"));
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--people"),
             QStringLiteral("awareness"), QStringLiteral("--csv"), csv});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no data"));
    r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--people"), QStringLiteral("conversion")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CliFunnel, DemoPersonasHaveTheirOwnFunnelsAndTheRest)
{
    test::TempDir dir;
    const QString path = test::demoProjectCopy(dir);
    const auto r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject all = json(r);
    const qint64 everyone = all.value(QStringLiteral("stages")).toArray()[0].toObject().value(QStringLiteral("people")).toInteger();
    EXPECT_EQ(everyone, 3000);
    const QJsonArray personas = all.value(QStringLiteral("personas")).toArray();
    ASSERT_GE(personas.size(), 3);
    qint64 sum = 0;
    for (const QJsonValue &v : personas) {
        const QJsonObject p = v.toObject();
        const qint64 in = p.value(QStringLiteral("stages")).toArray()[0].toObject().value(QStringLiteral("people")).toInteger();
        const qint64 out = p.value(QStringLiteral("others")).toObject().value(QStringLiteral("stages")).toArray()[0]
                               .toObject().value(QStringLiteral("people")).toInteger();
        EXPECT_EQ(in + out, everyone);
        sum += in;
        // The persona's buyers as CSV: one line per buyer plus the header.
        const QString csv = dir.path(QStringLiteral("p%1.csv").arg(p.value(QStringLiteral("id")).toInteger()));
        const qint64 buyers = p.value(QStringLiteral("stages")).toArray()[2].toObject().value(QStringLiteral("people")).toInteger();
        ASSERT_EQ(cli({QStringLiteral("funnel"), QStringLiteral("--project"), path, QStringLiteral("--people"),
                       QStringLiteral("conversion"), QStringLiteral("--persona"),
                       QString::number(p.value(QStringLiteral("id")).toInteger()), QStringLiteral("--csv"), csv}).exitCode, 0);
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll().count('\n'), buyers + 1);
    }
    EXPECT_EQ(sum, everyone);
}
