// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli as a finance team would check it: every figure it prints against sums computed
// here, independently, from the rows of the files written by each test.
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
