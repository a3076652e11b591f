// SPDX-License-Identifier: GPL-3.0-or-later
// The encoding of a file without a byte order mark is decided by the whole file: a Windows-1252
// row after the first 256 KiB of ASCII is read, not dropped as "not valid UTF-8".
#include "import/csvreader.h"
#include "import/encodingguess.h"
#include "import/importer.h"
#include "store/project.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

TEST(EncodingWholeFile, ALateWindows1252RowIsRead)
{
    QByteArray csv = "customer_id,city\n";
    const int asciiRows = 30000;
    for (int i = 0; i < asciiRows; ++i)
        csv += "c" + QByteArray::number(i) + ",Basel\n";
    ASSERT_GT(csv.size(), 256 * 1024);
    csv += "z1,Z\xfcrich\n"; // Windows-1252 u-umlaut: not UTF-8
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFiles(*project, {dir.write(QStringLiteral("customers.csv"), csv)}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRejected, 0);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong(), asciiRows + 1);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT city FROM customers c JOIN people p ON p.id = c.person_id"
                                             " WHERE p.customer_id = 'z1'")).toString(),
              QStringLiteral("Z\u00fcrich"));
}

TEST(EncodingWholeFile, ValidUtf8StaysUtf8)
{
    QByteArray csv = "customer_id,city\n";
    for (int i = 0; i < 20000; ++i)
        csv += "c" + QByteArray::number(i) + ",Basel\n";
    csv += "z1,Z\xc3\xbcrich\n"; // UTF-8
    QBuffer buffer(&csv);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    EXPECT_EQ(EncodingGuess::confirmUtf8(&buffer, 1000), QStringLiteral("UTF-8"));
    csv.replace("Z\xc3\xbcrich", "Z\xfcrich");
    EXPECT_EQ(EncodingGuess::confirmUtf8(&buffer, 1000), QStringLiteral("windows-1252"));
    EXPECT_EQ(buffer.pos(), 0); // left where it was
}
