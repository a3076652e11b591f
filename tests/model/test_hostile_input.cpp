// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken input (issue 8): every case ends in a clear error or a correct import,
// within bounded time and memory, never a crash. Small fixtures are in tests/fixtures/hostile
// (made by make_fixtures.py there); the large inputs are generated here.
#include "import/bytecsvreader.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "import/xlsxreader.h"
#include "persona/personatemplate.h"
#include "store/project.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(TEST_DATA_DIR "/hostile")).filePath(QString::fromLatin1(name));
}

ImportReport importFile(Project &project, const QString &path)
{
    return importFiles(project, {path}, ImportOptions(), nullptr);
}

qint64 count(Project &project, const char *table)
{
    QSqlQuery q(project.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// A read-only device that yields a header line and then `length` bytes of 'x' without a line
/// break, made on the fly (a 1 GB line costs no memory or disk).
class EndlessLine : public QIODevice
{
public:
    explicit EndlessLine(qint64 length) : m_length(length) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        static const QByteArray header("order_id,customer_id\n");
        qint64 n = 0;
        while (n < maxSize && m_produced < header.size() + m_length) {
            data[n++] = m_produced < header.size() ? header[m_produced] : 'x';
            ++m_produced;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_length;
    qint64 m_produced = 0;
};

constexpr qint64 kGigabyte = qint64(1) << 30;

QByteArray manyColumns(int columns)
{
    QByteArray line;
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            line += ',';
        line += "c" + QByteArray::number(i);
    }
    return line + '\n';
}

} // namespace

TEST(HostileCsv, GigabyteLineIsRefusedAtTheCap)
{
    {
        EndlessLine device(kGigabyte);
        CsvReader reader(&device);
        CsvRecord record;
        ASSERT_TRUE(reader.readRecord(record)); // the header
        EXPECT_FALSE(reader.readRecord(record));
        ASSERT_TRUE(reader.hasError());
        EXPECT_TRUE(reader.error().message.contains(QLatin1String("longer than 16 MiB"))) << qPrintable(reader.error().message);
        EXPECT_EQ(reader.error().line, 2);
        EXPECT_LT(device.produced(), CsvReader::maxRecordBytes + (qint64(1) << 20));
    }
    {
        EndlessLine device(kGigabyte);
        ByteCsvReader reader(&device, ',');
        ByteRecord record;
        ASSERT_TRUE(reader.readRecord(record));
        EXPECT_FALSE(reader.readRecord(record));
        ASSERT_TRUE(reader.hasError());
        EXPECT_TRUE(reader.error().message.contains(QLatin1String("longer than 16 MiB"))) << qPrintable(reader.error().message);
        EXPECT_EQ(reader.error().line, 2);
        EXPECT_LE(device.produced(), CsvReader::maxRecordBytes + (qint64(1) << 20));
    }
}

TEST(HostileCsv, HundredThousandColumnsAreRefused)
{
    const QByteArray data = manyColumns(100000);
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        EXPECT_FALSE(reader.readRecord(record));
        EXPECT_TRUE(reader.error().message.contains(QLatin1String("more than 16384 fields"))) << qPrintable(reader.error().message);
        EXPECT_EQ(reader.error().line, 1);
    }
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        ByteCsvReader reader(&buffer, ',');
        ByteRecord record;
        EXPECT_FALSE(reader.readRecord(record));
        EXPECT_TRUE(reader.error().message.contains(QLatin1String("more than 16384 fields"))) << qPrintable(reader.error().message);
    }
    // Exactly the limit is still read.
    QBuffer buffer;
    buffer.setData(manyColumns(CsvReader::maxFields));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record)) << qPrintable(reader.error().message);
    EXPECT_EQ(record.fields.size(), CsvReader::maxFields);

    TempDir dir;
    auto project = newProject(dir);
    const QString path = dir.write(QStringLiteral("wide.csv"), data);
    const ImportReport report = importFile(*project, path);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.fatal.file, path);
    EXPECT_TRUE(report.fatal.message.contains(QLatin1String("16384"))) << qPrintable(report.fatal.toString());
}

TEST(HostileCsv, InvalidUtf8IsAnErrorWithLineAndColumn)
{
    QFile file(fixture("invalid_utf8.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        reader.setEncodingName(QStringLiteral("UTF-8"));
        CsvRecord record;
        while (reader.readRecord(record)) {
        }
        ASSERT_TRUE(reader.hasError());
        EXPECT_TRUE(reader.error().message.contains(QLatin1String("not valid UTF-8"))) << qPrintable(reader.error().message);
        EXPECT_EQ(reader.error().line, 3);
        EXPECT_EQ(reader.error().column, 2);
    }
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        ByteCsvReader reader(&buffer, ',');
        ByteRecord record;
        int records = 0;
        while (reader.readRecord(record))
            ++records;
        EXPECT_EQ(records, 2);
        ASSERT_TRUE(reader.hasError());
        EXPECT_TRUE(reader.error().message.contains(QLatin1String("not valid UTF-8"))) << qPrintable(reader.error().message);
        EXPECT_EQ(reader.error().line, 3);
        EXPECT_EQ(reader.error().column, 2);
    }
    TempDir dir;
    auto project = newProject(dir);
    ImportOptions utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    utf8.onError = OnError::Abort;
    const ImportReport report = importFiles(*project, {fixture("invalid_utf8.csv")}, utf8, nullptr);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.fatal.file, fixture("invalid_utf8.csv"));
    EXPECT_EQ(report.fatal.line, 3);
    EXPECT_EQ(report.fatal.column, 2);
    EXPECT_EQ(count(*project, "orders"), 0);

    // Skipping bad rows skips this one too: the good row lands, the bad one is reported.
    utf8.onError = OnError::Skip;
    const ImportReport skipped = importFiles(*project, {fixture("invalid_utf8.csv")}, utf8, nullptr);
    ASSERT_TRUE(skipped.ok()) << qPrintable(skipped.fatal.toString());
    EXPECT_EQ(skipped.rowsRead, 2);
    EXPECT_EQ(skipped.rowsImported, 1);
    EXPECT_EQ(skipped.rowsRejected, 1);
    ASSERT_EQ(skipped.rowErrors.size(), 1);
    EXPECT_EQ(skipped.rowErrors[0].file, fixture("invalid_utf8.csv"));
    EXPECT_EQ(skipped.rowErrors[0].line, 3);
    EXPECT_EQ(skipped.rowErrors[0].column, 2);
    EXPECT_TRUE(skipped.rowErrors[0].message.contains(QLatin1String("not valid UTF-8")));
    EXPECT_EQ(count(*project, "orders"), 1);
}

TEST(HostileCsv, RowsWithInvalidUtf8AreSkippedOneByOneOnBothReadingPaths)
{
    // Orders (the byte path, read in batches of 4096 records on a thread of its own) and
    // customers (the general path) with stray Windows-1252 bytes on three lines, one of them in
    // a quoted cell over two lines, and a NUL after them: each bad line is reported with its line
    // and column and the rows after it land. The customers' month-first dates are decided from
    // the whole column, past the bad lines.
    QByteArray orders = "order_id,customer_id,order_date,total\n";
    QByteArray customers = "customer_id,first_name,signup_date\n";
    const QList<int> bad = {3, 4500, 9000};
    int line = 2;
    for (int i = 0; i < 10000; ++i, ++line) {
        const QByteArray id = QByteArray::number(i);
        if (line == 4500) {
            orders += "O" + id + ",C" + id + ",2024-03-01,\"9\n\xe9\"\n";
            customers += "C" + id + ",\"Ren\n\xe9\",01/02/2024\n";
            ++line; // the record takes two lines
            continue;
        }
        const QByteArray name = bad.contains(line) ? QByteArray("Ren\xe9") : QByteArray("Rene");
        orders += "O" + id + ",C" + id + (bad.contains(line) ? QByteArray("\xe9") : QByteArray()) + ",2024-03-01,9.5\n";
        customers += "C" + id + "," + name + "," + (i == 9999 ? "02/13/2024" : "02/01/2024") + "\n";
    }
    TempDir dir;
    auto project = newProject(dir);
    const QString ordersPath = dir.write(QStringLiteral("orders.csv"), orders);
    const QString customersPath = dir.write(QStringLiteral("customers.csv"), customers);
    ImportOptions utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    const ImportReport report = importFiles(*project, {customersPath, ordersPath}, utf8, nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRead, 20000);
    EXPECT_EQ(report.rowsRejected, 6);
    EXPECT_EQ(report.rowsImported, 19994);
    ASSERT_EQ(report.rowErrors.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const Error &error = report.rowErrors[i];
        EXPECT_EQ(error.file, i < 3 ? customersPath : ordersPath) << i;
        EXPECT_EQ(error.line, bad[i % 3]) << i;
        EXPECT_EQ(error.column, i < 3 ? 2 : (bad[i % 3] == 4500 ? 4 : 2)) << i;
        EXPECT_TRUE(error.message.contains(QLatin1String("not valid UTF-8"))) << qPrintable(error.message);
    }
    EXPECT_EQ(count(*project, "customers"), 9997);
    EXPECT_EQ(count(*project, "orders"), 9997);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM customers WHERE signup_date IS NULL")).toLongLong(), 0);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders WHERE order_id IN ('O9998', 'O9999')")).toLongLong(), 2);

    // A NUL after an undecodable byte is a bad row too, named for what it is.
    const QString nul = dir.write(QStringLiteral("nul.csv"), QByteArray("order_id,customer_id,order_date,total\nX1,C\xe9,2024-03-01,1\nX2,C\0,2024-03-01,1\nX3,C3,2024-03-01,1\n", 95));
    const ImportReport nulReport = importFiles(*project, {nul}, utf8, nullptr);
    ASSERT_TRUE(nulReport.ok()) << qPrintable(nulReport.fatal.toString());
    ASSERT_EQ(nulReport.rowErrors.size(), 2);
    EXPECT_EQ(nulReport.rowErrors[1].line, 3);
    EXPECT_EQ(nulReport.rowErrors[1].column, 2);
    EXPECT_TRUE(nulReport.rowErrors[1].message.contains(QLatin1String("NUL"))) << qPrintable(nulReport.rowErrors[1].message);
    EXPECT_EQ(count(*project, "orders"), 9998);
}

TEST(HostileCsv, NulByteIsAnErrorWithLineAndColumn)
{
    TempDir dir;
    auto project = newProject(dir);
    ImportOptions abort;
    abort.onError = OnError::Abort;
    const ImportReport report = importFiles(*project, {fixture("nul_bytes.csv")}, abort, nullptr);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.fatal.file, fixture("nul_bytes.csv"));
    EXPECT_TRUE(report.fatal.message.contains(QLatin1String("NUL"))) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.fatal.line, 3);
    EXPECT_EQ(report.fatal.column, 2);
    EXPECT_EQ(count(*project, "orders"), 0);
    // Skipping bad rows: that row is reported, the others land.
    const ImportReport skipped = importFile(*project, fixture("nul_bytes.csv"));
    ASSERT_TRUE(skipped.ok()) << qPrintable(skipped.fatal.toString());
    ASSERT_EQ(skipped.rowErrors.size(), 1);
    EXPECT_EQ(skipped.rowErrors[0].line, 3);
    EXPECT_TRUE(skipped.rowErrors[0].message.contains(QLatin1String("NUL")));
    EXPECT_EQ(count(*project, "orders"), skipped.rowsImported);
    EXPECT_GE(skipped.rowsImported, 1);

    QFile file(fixture("nul_bytes.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    reader.setEncodingName(QStringLiteral("windows-1252"));
    CsvRecord record;
    while (reader.readRecord(record)) {
    }
    EXPECT_TRUE(reader.error().message.contains(QLatin1String("NUL"))) << qPrintable(reader.error().message);
    EXPECT_EQ(reader.error().line, 3);
}

TEST(HostileCsv, UnbalancedQuoteNamesTheLine)
{
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFile(*project, fixture("unbalanced_quote.csv"));
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.fatal.message.contains(QLatin1String("quoted field"))) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.fatal.line, 3);
    EXPECT_EQ(count(*project, "orders"), 0);
}

TEST(HostileCsv, TenMegabyteCellIsReadWithinTheCap)
{
    TempDir dir;
    auto project = newProject(dir);
    const QByteArray cell(10 << 20, 'k');
    const QString path = dir.write(QStringLiteral("big_cell.csv"),
                                   "order_id,customer_id,order_date,total,coupon_code\n1,c1,2024-03-01,9.50," + cell
                                       + "\n2,c2,2024-03-02,5,\n");
    const ImportReport report = importFile(*project, path);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(count(*project, "orders"), 2);
    QSqlQuery q(project->db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT length(coupon_code) FROM orders WHERE order_id = '1'")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), cell.size());
}

namespace {

/// Opens the workbook and reads every record; the reader's error, empty when all went well.
Error readWorkbook(const char *name, int *records = nullptr)
{
    XlsxReader reader(fixture(name));
    CsvRecord record;
    int n = 0;
    if (reader.openSheet()) {
        while (reader.readRecord(record))
            ++n;
    }
    if (records)
        *records = n;
    return reader.error();
}

} // namespace

TEST(HostileXlsx, ValidControlWorkbookIsRead)
{
    int records = 0;
    const Error error = readWorkbook("valid.xlsx", &records);
    EXPECT_FALSE(error.isSet()) << qPrintable(error.message);
    EXPECT_EQ(records, 2);
}

TEST(HostileXlsx, ZipBombIsRefused)
{
    for (const char *name : {"bomb.xlsx", "declared_huge.xlsx"}) {
        const Error error = readWorkbook(name);
        EXPECT_TRUE(error.message.contains(QLatin1String("too large once uncompressed"))) << name << ": " << qPrintable(error.message);
    }
    TempDir dir;
    auto project = newProject(dir);
    const ImportReport report = importFile(*project, fixture("bomb.xlsx"));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.fatal.file, fixture("bomb.xlsx"));
}

TEST(HostileXlsx, MillionDeepXmlIsRefused)
{
    const Error error = readWorkbook("deep_million.xlsx");
    EXPECT_TRUE(error.message.contains(QLatin1String("nested too deeply"))) << qPrintable(error.message);
}

TEST(HostileXlsx, ExternalEntityIsRefused)
{
    int records = 0;
    const Error error = readWorkbook("xxe.xlsx", &records);
    EXPECT_TRUE(error.message.contains(QLatin1String("DTD"))) << qPrintable(error.message);
    EXPECT_EQ(records, 0);
}

TEST(HostileXlsx, PathOutsideTheArchiveIsRefused)
{
    const Error error = readWorkbook("escape.xlsx");
    EXPECT_TRUE(error.message.contains(QLatin1String("outside the archive"))) << qPrintable(error.message);
    EXPECT_TRUE(error.message.contains(QLatin1String("../"))) << qPrintable(error.message);
}

TEST(HostileTemplate, WrongTypesNameTheJsonPath)
{
    QFile file(fixture("template_wrong_types.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    Error error;
    EXPECT_FALSE(PersonaTemplate::fromJson(file.readAll(), &error).has_value());
    EXPECT_TRUE(error.message.startsWith(QLatin1String("$.sections[0].title"))) << qPrintable(error.message);
    EXPECT_TRUE(error.message.contains(QLatin1String("expected a string"))) << qPrintable(error.message);
}

TEST(HostileProject, OtherSqliteDatabaseIsRefusedUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.personas"));
    ASSERT_TRUE(QFile::copy(fixture("other_app.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = fileHash(path);
    Error error;
    EXPECT_EQ(Project::open(path, Project::OpenMode::OpenExisting, &error), nullptr);
    EXPECT_TRUE(error.message.contains(QLatin1String("not a Persona Workbench project"))) << qPrintable(error.message);
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}
