// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli with a feature table: personas named by the columns' labels (never their keys),
// `features --label`, and a yes/no Revenue column read as conversion.
#include "analysis/featurelabels.h"
#include "store/project.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

/// Two groups of 100 people that differ on BounceRates alone; with `buyers`, a Revenue column
/// (TRUE for every fifth person of the second group). `bought` gets the number of TRUE rows.
QString writeTable(const test::TempDir &dir, bool buyers, int *bought = nullptr)
{
    QByteArray csv = buyers ? "customer_id,BounceRates,page_views,Revenue\n" : "customer_id,BounceRates,page_views\n";
    QRandomGenerator random(3);
    int yes = 0;
    for (int i = 0; i < 200; ++i) {
        const double bounce = (i < 100 ? 0.75 : 0.05) + random.bounded(0.05);
        csv += QStringLiteral("c%1,%2,%3").arg(i).arg(bounce, 0, 'f', 3).arg(1 + random.bounded(30)).toUtf8();
        if (buyers) {
            const bool b = i >= 100 && i % 5 == 0;
            yes += b ? 1 : 0;
            csv += b ? ",TRUE" : ",FALSE";
        }
        csv += '\n';
    }
    if (bought)
        *bought = yes;
    return dir.write(QStringLiteral("features.csv"), csv);
}

QStringList personaNames(const QByteArray &json)
{
    QStringList names;
    for (const QJsonValue &p : QJsonDocument::fromJson(json).object().value(QStringLiteral("personas")).toArray())
        names << p.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    return names;
}

} // namespace

TEST(CliFeatureTable, PersonaNamesAndJsonShowLabelsNotKeys)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("ft.personas"));
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, writeTable(dir, false)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"), QStringLiteral("2"),
             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QStringList expected{QStringLiteral("Customer without a purchase — high bounce rates"),
                               QStringLiteral("Customer without a purchase — low bounce rates")};
    EXPECT_EQ(personaNames(r.out), expected) << qPrintable(QString::fromUtf8(r.out));
    // What people read says the label: the names and each distinguishing feature's label (its
    // `feature` stays the key, for programs).
    for (const QJsonValue &p : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("personas")).toArray()) {
        EXPECT_FALSE(p.toObject().value(QStringLiteral("name")).toString().contains(QLatin1String("imported:")));
        for (const QJsonValue &f : p.toObject().value(QStringLiteral("distinguishing")).toArray()) {
            const QString label = f.toObject().value(QStringLiteral("label")).toString();
            EXPECT_FALSE(label.isEmpty());
            EXPECT_FALSE(label.contains(QLatin1String("imported:"))) << qPrintable(label);
        }
    }
    r = cli({QStringLiteral("personas"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(personaNames(r.out), expected);
    for (const char *lang : {"en", "he", "ru"}) {
        r = cli({QStringLiteral("personas"), QStringLiteral("--project"), project, QStringLiteral("--lang"),
                 QString::fromLatin1(lang)});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
        EXPECT_FALSE(r.out.contains("imported:")) << qPrintable(QString::fromUtf8(r.out));
    }
    EXPECT_TRUE(r.out.contains("высокие значения «Bounce rates»")) << qPrintable(QString::fromUtf8(r.out));

    // The user's own label wins, at once, in every name.
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--label"),
             QStringLiteral("BounceRates=Bounce rate")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("personas"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    EXPECT_EQ(personaNames(r.out), (QStringList{QStringLiteral("Customer without a purchase — high bounce rate"),
                                                QStringLiteral("Customer without a purchase — low bounce rate")}));
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--labels")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("BounceRates\tBounce rate\t(your label)")) << qPrintable(QString::fromUtf8(r.out));
    EXPECT_TRUE(r.out.contains("page_views\tPage views\n")) << qPrintable(QString::fromUtf8(r.out));
    // A column the project does not have, or no "=", is a wrong command line.
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--label"),
             QStringLiteral("Bounce=x")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("BounceRates")) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--label"),
             QStringLiteral("BounceRates")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CliFeatureTable, YesNoRevenueIsReadAsConversion)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("conv.personas"));
    int bought = 0;
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, writeTable(dir, true, &bought)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    EXPECT_TRUE(r.err.contains("Revenue is read as conversion")) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(info.value(QStringLiteral("buyers")).toInt(), bought);
    EXPECT_EQ(info.value(QStringLiteral("revenue")).toDouble(-1), 0.0); // no amount is made up
    r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"), QStringLiteral("2"),
             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QJsonObject run = QJsonDocument::fromJson(r.out).object();
    EXPECT_FALSE(run.value(QStringLiteral("features")).toArray().contains(QStringLiteral("imported:Revenue")));
    // The group with buyers is no non-buyer any more (and without events nobody is a browser).
    QStringList archetypes;
    for (const QJsonValue &p : run.value(QStringLiteral("personas")).toArray())
        archetypes << p.toObject().value(QStringLiteral("archetype")).toString();
    EXPECT_EQ(archetypes.count(QStringLiteral("non_buyer")), 1) << qPrintable(QString::fromUtf8(r.out));
    EXPECT_EQ(archetypes.count(QStringLiteral("passive_browser")), 0) << qPrintable(QString::fromUtf8(r.out));
    // Nothing measured when or for how much they bought: the buyers' group is a converting
    // visitor (no "first-time buyer, low order value"), its order value and recency no data, and
    // its name says why with its figures.
    EXPECT_EQ(archetypes.count(QStringLiteral("converting_visitor")), 1) << qPrintable(QString::fromUtf8(r.out));
    EXPECT_TRUE(run.value(QStringLiteral("revenue_coverage")).toArray().isEmpty());
    EXPECT_TRUE(run.value(QStringLiteral("core_revenue_share")).isNull());
    for (const QJsonValue &v : run.value(QStringLiteral("personas")).toArray()) {
        const QJsonObject p = v.toObject();
        EXPECT_TRUE(p.value(QStringLiteral("average_order_value")).isNull()) << qPrintable(QString::fromUtf8(r.out));
        EXPECT_TRUE(p.value(QStringLiteral("recency_days")).isNull()) << qPrintable(QString::fromUtf8(r.out));
        EXPECT_TRUE(p.value(QStringLiteral("discount_share")).isNull()) << qPrintable(QString::fromUtf8(r.out));
        EXPECT_TRUE(p.value(QStringLiteral("share_revenue")).isNull()) << qPrintable(QString::fromUtf8(r.out));
        if (p.value(QStringLiteral("archetype")).toString() == QLatin1String("converting_visitor")) {
            const QString reason = p.value(QStringLiteral("name_reason")).toString();
            EXPECT_TRUE(reason.startsWith(QStringLiteral("%1 % of its people bought").arg(qRound(100.0 * bought / 100))))
                << qPrintable(reason);
            EXPECT_TRUE(reason.contains(QLatin1String("Bounce rates, 0.0"))) << qPrintable(reason);
        }
    }
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--labels")});
    EXPECT_TRUE(r.out.contains("Revenue\tRevenue\t(read as conversion, not clustered)")) << qPrintable(QString::fromUtf8(r.out));
}

// Text is not clustered, and never left out silently: a column of text is named, and so is a
// numeric column's odd text cell (with its line), which is left empty.
TEST(CliFeatureTable, TextColumnsAndCellsAreNamedNotDroppedSilently)
{
    test::TempDir dir;
    QByteArray csv = "customer_id,BounceRates,Month,VisitorType,score\n";
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("c%1,0.%2,%3,%4,%5\n")
                   .arg(i)
                   .arg(10 + i)
                   .arg(i % 2 ? QStringLiteral("Feb") : QStringLiteral("Nov"))
                   .arg(i % 3 ? QStringLiteral("Returning_Visitor") : QStringLiteral("New_Visitor"))
                   .arg(i == 7 ? QStringLiteral("n/a") : QString::number(i % 9))
                   .toUtf8();
    const QString project = dir.path(QStringLiteral("text.personas"));
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project,
                        dir.write(QStringLiteral("sessions.csv"), csv)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("the column Month holds text (e.g. “Nov”), not numbers: it was not imported")))
        << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("the column VisitorType holds text"))) << qPrintable(err);
    // Line 9 of the file is the row of c7 (the header is line 1).
    EXPECT_TRUE(err.contains(QStringLiteral("the column score holds numbers but has text in some rows (1; the first at "
                                            "line 9: “n/a”); those cells were left empty")))
        << qPrintable(err);
    EXPECT_FALSE(err.contains(QStringLiteral("BounceRates"))) << qPrintable(err);
    const auto labels = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--labels")});
    EXPECT_TRUE(labels.out.contains("score")) << labels.out.constData();
    EXPECT_FALSE(labels.out.contains("Month")) << labels.out.constData();
}

// A label is part of persona names: the CLI refuses one longer than 80 characters, and a project
// file's stored labels (it may come from someone else) are read cut to 80 and without direction
// overrides, so that names stay short and read the right way round.
TEST(CliFeatureTable, LabelsAreBoundedAndCannotTurnANameAround)
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("labels.personas"));
    auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, writeTable(dir, false)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--label"),
             QStringLiteral("BounceRates=") + QString(81, QLatin1Char('x'))});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("at most 80 characters")) << r.err.constData();
    {
        Error error;
        auto p = Project::open(project, Project::OpenMode::OpenExisting, &error);
        ASSERT_TRUE(p) << qPrintable(error.message);
        QJsonObject labels;
        labels.insert(QStringLiteral("BounceRates"), QString(200000, QLatin1Char('X')));
        labels.insert(QStringLiteral("page_views"), QString(QString(QChar(0x202E)) + QStringLiteral("evil") + QChar(0x202C)));
        ASSERT_TRUE(p->setSetting(QLatin1String(FeatureLabels::kSettingKey),
                                  QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact)), &error));
    }
    r = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"), QStringLiteral("2"),
             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(QString::fromUtf8(r.err));
    const QString out = QString::fromUtf8(r.out);
    EXPECT_FALSE(out.contains(QChar(0x202E)));
    for (const QJsonValue &p : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("personas")).toArray()) {
        const QString name = p.toObject().value(QStringLiteral("name")).toString();
        EXPECT_LT(name.size(), 200) << qPrintable(name.left(300));
        EXPECT_LT(p.toObject().value(QStringLiteral("name_reason")).toString().size(), 600);
    }
    r = cli({QStringLiteral("features"), QStringLiteral("--project"), project, QStringLiteral("--labels")});
    EXPECT_TRUE(r.out.contains("page_views\tevil\t")) << r.out.left(500).constData();
}
