// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: persona-cli as a user or a script runs it.
#include "demofixture.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace pw;
using pw::test::runProgram;
using pw::test::TempDir;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return runProgram(QStringLiteral(PERSONA_CLI), args);
}

QJsonObject json(const test::ProcessResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.constData();
    return doc.object();
}

QString pdfText(const QString &pdf)
{
    const auto r = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                             QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QString::fromUtf8(r.out);
}

/// One demo project shared by the tests of this file: a copy of the one `demo` made at build time.
class CliDemo : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        s_project = demoProjectCopy(*s_dir);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static TempDir *s_dir;
    static QString s_project;
};
TempDir *CliDemo::s_dir = nullptr;
QString CliDemo::s_project;

QStringList personaNames(const QString &project, const QString &lang)
{
    const auto r = cli({QStringLiteral("personas"), QStringLiteral("--project"), project, QStringLiteral("--json"),
                        QStringLiteral("--lang"), lang});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    QStringList names;
    for (const QJsonValue &v : json(r).value(QStringLiteral("personas")).toArray())
        names << v.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

TEST_F(CliDemo, InfoReportsTheStore)
{
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--project"), s_project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject o = json(r);
    EXPECT_GE(o.value(QStringLiteral("people")).toInteger(), 1000);
    EXPECT_GT(o.value(QStringLiteral("customers")).toInteger(), 0);
    EXPECT_GT(o.value(QStringLiteral("orders")).toInteger(), 0);
    EXPECT_GT(o.value(QStringLiteral("revenue")).toDouble(), 0.0);
    EXPECT_TRUE(o.value(QStringLiteral("revenue")).isDouble());
}

TEST_F(CliDemo, PersonasFollowTheContract)
{
    const auto r = cli({QStringLiteral("personas"), QStringLiteral("--project"), s_project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray personas = json(r).value(QStringLiteral("personas")).toArray();
    ASSERT_GE(personas.size(), 3);
    ASSERT_LE(personas.size(), 4);
    double sharePeople = 0;
    double shareRevenue = 0;
    for (const QJsonValue &v : personas) {
        const QJsonObject p = v.toObject();
        for (const char *key : {"id", "name", "archetype", "size", "share_people", "share_revenue"})
            EXPECT_TRUE(p.contains(QLatin1String(key))) << key;
        EXPECT_FALSE(p.value(QStringLiteral("name")).toString().isEmpty());
        sharePeople += p.value(QStringLiteral("share_people")).toDouble();
        shareRevenue += p.value(QStringLiteral("share_revenue")).toDouble();
    }
    EXPECT_NEAR(sharePeople, 1.0, 1e-6);
    EXPECT_NEAR(shareRevenue, 1.0, 1e-6);
}

TEST_F(CliDemo, FunnelHasFiveStagesForEveryoneAndEachPersona)
{
    const auto r = cli({QStringLiteral("funnel"), QStringLiteral("--project"), s_project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject o = json(r);
    const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(stages.size(), 5);
    const QStringList keys{QStringLiteral("awareness"), QStringLiteral("consideration"), QStringLiteral("conversion"),
                           QStringLiteral("retention"), QStringLiteral("advocacy")};
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(stages[i].toObject().value(QStringLiteral("key")).toString(), keys[i]);
        const qint64 people = stages[i].toObject().value(QStringLiteral("people")).toInteger();
        if (i < 4) { // advocacy can include referrers who never bought
            EXPECT_LE(people, previous);
        }
        previous = people;
    }
    const QJsonArray personas = o.value(QStringLiteral("personas")).toArray();
    EXPECT_GE(personas.size(), 3);
    qint64 awareSum = 0;
    for (const QJsonValue &v : personas) {
        EXPECT_EQ(v.toObject().value(QStringLiteral("stages")).toArray().size(), 5);
        awareSum += v.toObject().value(QStringLiteral("stages")).toArray()[0].toObject().value(QStringLiteral("people")).toInteger();
    }
    EXPECT_EQ(awareSum, stages[0].toObject().value(QStringLiteral("people")).toInteger());
}

TEST_F(CliDemo, PdfNamesEveryPersonaInEachLanguage)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    TempDir out;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
        const QString pdf = out.path(lang + QStringLiteral(".pdf"));
        const auto r = cli({QStringLiteral("export"), QStringLiteral("--project"), s_project, QStringLiteral("--pdf"),
                            pdf, QStringLiteral("--lang"), lang});
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(f.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        const QStringList names = personaNames(s_project, lang);
        ASSERT_GE(names.size(), 3);
        for (const QString &name : names) {
            // pdftotext may break a long name across lines, and writes the brackets of
            // right-to-left text mirrored: compare the name's words without punctuation.
            static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}]+"));
            for (const QString &word : name.split(separators, Qt::SkipEmptyParts))
                EXPECT_TRUE(text.contains(word)) << qPrintable(lang) << ": " << qPrintable(word);
        }
        if (lang == QLatin1String("he")) {
            EXPECT_TRUE(text.contains(QStringLiteral("קונים")) || text.contains(QStringLiteral("נוטשי")))
                << qPrintable(text.left(400));
        }
        if (lang == QLatin1String("ru")) {
            EXPECT_TRUE(text.contains(QStringLiteral("покупат"), Qt::CaseInsensitive)) << qPrintable(text.left(400));
        }
    }
    const auto png = cli({QStringLiteral("export"), QStringLiteral("--project"), s_project, QStringLiteral("--png"),
                          out.path(QStringLiteral("cards"))});
    ASSERT_EQ(png.exitCode, 0) << png.err.constData();
    EXPECT_GE(QString::fromUtf8(png.out).trimmed().split(QLatin1Char('\n')).size(), 3);
}

TEST_F(CliDemo, ClusterWithFixedKAndSeedIsDeterministic)
{
    TempDir dir;
    const QString copy = demoProjectCopy(dir, QStringLiteral("copy.personas"));
    const QStringList args{QStringLiteral("cluster"), QStringLiteral("--project"), copy, QStringLiteral("--k"),
                           QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")};
    const auto first = cli(args);
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    const QJsonObject a = json(first);
    EXPECT_EQ(a.value(QStringLiteral("k")).toInt(), 4);
    EXPECT_EQ(a.value(QStringLiteral("personas")).toArray().size(), 4);
    for (const char *key : {"features", "clustering", "selection"})
        EXPECT_TRUE(a.value(QStringLiteral("timings")).toObject().value(QLatin1String(key)).isDouble()) << key;
    const QJsonObject b = json(cli(args));
    QList<qint64> sizesA, sizesB;
    for (const QJsonValue &v : a.value(QStringLiteral("personas")).toArray())
        sizesA << v.toObject().value(QStringLiteral("size")).toInteger();
    for (const QJsonValue &v : b.value(QStringLiteral("personas")).toArray())
        sizesB << v.toObject().value(QStringLiteral("size")).toInteger();
    EXPECT_EQ(sizesA, sizesB);
}

TEST(Cli, AbortedImportNamesTheLineAndChangesNothing)
{
    TempDir dir;
    const QString project = dir.path(QStringLiteral("p.personas"));
    const QString good = dir.write(QStringLiteral("customers.csv"), "customer_id,email,country\nc1,a@x.org,IL\nc2,b@x.org,RU\n");
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("--project"), project, good}).exitCode, 0);
    const QString bad = dir.write(QStringLiteral("orders.csv"),
                                  "order_id,customer_id,order_date,total\n"
                                  "o1,c1,2024-03-01,10.5\n"
                                  "o2,c2,yesterday,12\n"
                                  "o3,c3,2024-03-04,7\n");
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--on-error"),
                        QStringLiteral("abort"), bad});
    EXPECT_NE(r.exitCode, 0);
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("orders.csv:3:3"))) << qPrintable(err);
    EXPECT_EQ(err.trimmed().count(QLatin1Char('\n')), 0) << "one line on standard error";
    const QJsonObject info = json(cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")}));
    EXPECT_EQ(info.value(QStringLiteral("people")).toInteger(), 2);
    EXPECT_EQ(info.value(QStringLiteral("orders")).toInteger(), 0);

    // With skip, the good rows land and the bad one is reported.
    const auto skipped = cli({QStringLiteral("import"), QStringLiteral("--project"), project, bad});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.constData();
    EXPECT_TRUE(QString::fromUtf8(skipped.err).contains(QStringLiteral("orders.csv:3:3")));
    const QJsonObject after = json(cli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--json")}));
    EXPECT_EQ(after.value(QStringLiteral("orders")).toInteger(), 2);
    EXPECT_EQ(after.value(QStringLiteral("people")).toInteger(), 3);
    EXPECT_DOUBLE_EQ(after.value(QStringLiteral("revenue")).toDouble(), 17.5);
}

TEST(Cli, RefusesWhatIsNotAProject)
{
    TempDir dir;
    const QString path = dir.write(QStringLiteral("x.personas"), "hello, I am a text file\n");
    const QByteArray before = test::fileHash(path);
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--project"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(QStringLiteral("x.personas")));
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("cluster"), QStringLiteral("--k"), QStringLiteral("zero"), QStringLiteral("--project"),
                   QStringLiteral("/nonexistent.personas")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("/tmp/x.personas"),
                   QStringLiteral("--on-error"), QStringLiteral("maybe"), QStringLiteral("/etc/hostname")})
                  .exitCode,
              2);
    const auto help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"demo", "import", "cluster", "info", "personas", "assignments", "features", "funnel", "export"})
        EXPECT_TRUE(help.out.contains(command)) << command;
}
