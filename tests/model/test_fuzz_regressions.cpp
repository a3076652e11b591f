// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzzers found (issue 8): every input under tests/fixtures/fuzz/TARGET is fed to the
// same entry point as the libFuzzer target fuzz_TARGET (fuzz/entrypoints.cpp) and must pass its
// checks without a crash; the cases below name each bug that was fixed.
#include "entrypoints.h"
#include "import/bytecsvreader.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

QString fuzzFixtures()
{
    return QStringLiteral(TEST_DATA_DIR "/fuzz");
}

/// Copies `path` into `dir` (the entry points may write beside a project file) and feeds it.
QString feedCopy(const TempDir &dir, const QString &target, const QString &path)
{
    const QString copy = dir.path(QFileInfo(path).fileName());
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return QStringLiteral("cannot copy ") + path;
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return fuzz::feedFile(target, copy);
}

/// The first error CsvReader (reading UTF-8) stops at on `data`, and its records.
Error csvError(const QByteArray &data, int *records)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setEncodingName(QStringLiteral("UTF-8"));
    CsvRecord record;
    *records = 0;
    while (reader.readRecord(record))
        ++*records;
    return reader.error();
}

Error byteError(const QByteArray &data, int *records)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    ByteCsvReader reader(&buffer, ',');
    ByteRecord record;
    *records = 0;
    while (reader.readRecord(record))
        ++*records;
    return reader.error();
}

} // namespace

TEST(FuzzRegressions, ValidReplacementCharacterIsNotTakenForAnUndecodableByte)
{
    // fuzz_csvreader: a valid U+FFFD (EF BF BD) on line 2 and a stray 0xC0 on line 3. CsvReader
    // blamed line 2, because any U+FFFD counted as undecodable once the decoder had seen an error.
    const QByteArray data("id,name\n1,ab\xef\xbf\xbd" "c\n2,x\xc0y\n");
    int csvRecords = 0;
    int byteRecords = 0;
    const Error csv = csvError(data, &csvRecords);
    const Error bytes = byteError(data, &byteRecords);
    EXPECT_TRUE(csv.message.contains(QLatin1String("not valid UTF-8"))) << qPrintable(csv.message);
    EXPECT_EQ(csv.line, 3);
    EXPECT_EQ(csv.column, 2);
    EXPECT_EQ(csvRecords, 2);
    EXPECT_EQ(bytes.line, csv.line);
    EXPECT_EQ(bytes.column, csv.column);
    EXPECT_EQ(byteRecords, csvRecords);
    // The fuzzer's input itself (an Olist payments file with both) replays through fuzz_csvreader.
    EXPECT_EQ(fuzz::feedCsv(data), QString());
}

TEST(FuzzRegressions, SequenceCutOffAtTheEndOfTheFileIsAnError)
{
    // fuzz_csvreader: the last bytes open a UTF-8 sequence the file never completes. CsvReader
    // left them in the decoder and read the file as if they were not there.
    for (const QByteArray &data : {QByteArray("a,b\n1,\xe2\x82"), QByteArray("a,b\n1,2\r\n\xf0\x9f\x98")}) {
        int csvRecords = 0;
        int byteRecords = 0;
        const Error csv = csvError(data, &csvRecords);
        const Error bytes = byteError(data, &byteRecords);
        EXPECT_TRUE(csv.message.contains(QLatin1String("not valid UTF-8"))) << qPrintable(csv.message);
        EXPECT_EQ(csv.line, bytes.line);
        EXPECT_EQ(csv.column, bytes.column);
        EXPECT_EQ(csvRecords, byteRecords);
        EXPECT_EQ(fuzz::feedCsv(data), QString());
    }
    // A complete character at the very end is read as it is.
    int records = 0;
    EXPECT_FALSE(csvError(QByteArray("a,b\n1,\xe2\x82\xac"), &records).isSet());
    EXPECT_EQ(records, 2);
}

TEST(FuzzRegressions, ByteOrderMarkInsideTheFileIsKeptByBothImportPaths)
{
    // fuzz_csvreader: files joined with their byte order marks put U+FEFF at the start of a line.
    // CsvReader keeps it; the byte path decoded its fields with QString::fromUtf8, which drops a
    // leading U+FEFF, so the same row was stored differently by the two paths.
    const QByteArray data("order_id,customer_id,order_date,total\nO1,c1,2024-03-01,10\n\xef\xbb\xbfO4,c\xc3\xa9,2024-03-02,5\n");
    EXPECT_EQ(fuzz::feedCsv(data), QString());
    const QString bomO4 = QString(QChar(0xFEFF)) + QStringLiteral("O4");
    EXPECT_EQ(ByteCsvReader::decode(std::string_view("\xef\xbb\xbfO4")), bomO4);
    EXPECT_EQ(ByteCsvReader::decode(std::string_view("\xef\xbb\xbf")), QString(QChar(0xFEFF)));
    EXPECT_EQ(ByteCsvReader::decode(std::string_view("\xef\xbb\xbf\xef\xbb\xbfO4")), QString(QChar(0xFEFF)) + bomO4);
    EXPECT_EQ(ByteCsvReader::decode(std::string_view("O\xc3\xa9")), QStringLiteral("O\u00e9"));

    TempDir dir;
    auto project = newProject(dir);
    const QString path = dir.write(QStringLiteral("joined.csv"), data);
    const ImportReport report = importFiles(*project, {path}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsImported, 2);
    // Compared as bytes: SQLite takes a leading U+FEFF of a UTF-16 bound value for a byte order mark.
    QSqlQuery q(project->db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(hex(order_id), ' ') FROM (SELECT order_id FROM orders ORDER BY order_id)")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("4F31 EFBBBF4F34"));
}

TEST(FuzzRegressions, EveryCommittedInputPassesItsTarget)
{
    TempDir dir;
    int inputs = 0;
    for (const QString &target : fuzz::targets()) {
        QDirIterator it(QDir(fuzzFixtures()).filePath(target), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            ++inputs;
            EXPECT_EQ(feedCopy(dir, target, path), QString()) << qPrintable(target) << ": " << qPrintable(path);
        }
    }
    std::printf("%d fuzz inputs replayed\n", inputs);
}

TEST(FuzzRegressions, EntryPointsAcceptTheFixturesTheyAreSeededWith)
{
    // The same checks hold on the inputs the fuzzers start from (and fail loudly on an unknown target).
    TempDir dir;
    const QString data = QStringLiteral(TEST_DATA_DIR);
    EXPECT_EQ(feedCopy(dir, QStringLiteral("csvreader"), data + QStringLiteral("/import/generic/orders.csv")), QString());
    EXPECT_EQ(feedCopy(dir, QStringLiteral("detect"), data + QStringLiteral("/import/shopify/orders_export.csv")), QString());
    EXPECT_EQ(feedCopy(dir, QStringLiteral("xlsx"), data + QStringLiteral("/import/xlsx/orders.xlsx")), QString());
    EXPECT_EQ(feedCopy(dir, QStringLiteral("template"), data + QStringLiteral("/hostile/template_wrong_types.json")), QString());
    EXPECT_EQ(feedCopy(dir, QStringLiteral("project"), data + QStringLiteral("/projects/schema-v1.personas")), QString());
    EXPECT_FALSE(fuzz::feedFile(QStringLiteral("nonsense"), data).isEmpty());
}
