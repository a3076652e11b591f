// SPDX-License-Identifier: GPL-3.0-or-later
// The import's byte-level hot path (generic orders in UTF-8: ByteCsvReader, ByteFieldMapper,
// PersonIds, BulkLoadSettings) must store exactly what the general path (CsvReader, FieldMapper)
// stores, and report the same errors. The general path is taken for the same rows by writing the
// file as UTF-16, which the byte path does not read. The byte path reads and maps on a thread of
// its own (ByteBatchReader), in batches of 4096 records.
#include "import/bytebatchreader.h"
#include "import/bytecsvreader.h"
#include "import/csvreader.h"
#include "import/genericformat.h"
#include "import/importer.h"
#include "import/orderkeys.h"
#include "import/personids.h"
#include "import/valueparser.h"
#include "store/project.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

/// Every record of `data` as CsvReader and as ByteCsvReader read it: fields and line.
void expectSameRecords(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer textDevice(&copy);
    ASSERT_TRUE(textDevice.open(QIODevice::ReadOnly));
    CsvReader text(&textDevice);
    text.setDelimiter(QLatin1Char(','));
    text.setEncodingName(QStringLiteral("UTF-8"));
    QByteArray copy2 = data;
    QBuffer byteDevice(&copy2);
    ASSERT_TRUE(byteDevice.open(QIODevice::ReadOnly));
    ByteCsvReader bytes(&byteDevice, ',');

    CsvRecord expected;
    ByteRecord actual;
    qint64 records = 0;
    for (;;) {
        const bool more = text.readRecord(expected);
        ASSERT_EQ(bytes.readRecord(actual), more) << "record " << records;
        if (!more)
            break;
        ++records;
        ASSERT_EQ(actual.line, expected.line) << "record " << records;
        QStringList fields;
        for (const std::string_view field : actual.fields)
            fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        ASSERT_EQ(fields, expected.fields) << "record " << records << " line " << expected.line;
    }
    EXPECT_EQ(bytes.hasError(), text.hasError());
    EXPECT_EQ(bytes.error().line, text.error().line);
    EXPECT_EQ(bytes.error().message, text.error().message);
}

/// Every stored order, with the type of each value, in order_id order.
QList<QVariantList> storedOrders(Project &project);

/// The rows as readable text, for comparing with a readable failure.
std::vector<std::string> text(const QList<QVariantList> &rows)
{
    std::vector<std::string> out;
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &v : row) {
            // Each project has its own pseudonymisation key: a pseudonym is compared by its form.
            const QString cell = v.isNull() ? QStringLiteral("NULL") : v.toString();
            cells.append(cell.startsWith(QLatin1String("h:")) ? QStringLiteral("h:pseudonym") : cell);
        }
        out.push_back(cells.join(QLatin1Char('|')).toStdString());
    }
    return out;
}

QList<QVariantList> storedOrders(Project &project)
{
    QSqlQuery q(project.db());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT o.order_id, p.customer_id, o.order_date, typeof(o.order_date), o.total, typeof(o.total),"
        " o.discount, typeof(o.discount), o.shipping, o.items, typeof(o.items), o.currency, o.status,"
        " o.coupon_code, o.category, o.channel, o.device, i.file"
        " FROM orders o JOIN people p ON p.id = o.person_id JOIN imports i ON i.id = o.import_id"
        " ORDER BY o.order_id")));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
}

QByteArray utf16(const QByteArray &utf8)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(utf8));
}

/// Orders with every oddity the byte path must hand over or read like the general path.
const QByteArray kOrders =
    "Order_ID , customer_id,order_date,total,discount,items,currency,status,channel,note\n"
    "A1,C1,2024-03-05T10:11:12,12.50,,2,EUR,paid,web,\n"
    "A2, C2 ,2024-03-05,\"1,234.50\",$3,3.0,EUR,\"paid, \"\"late\"\"\",\"web,\nmobile\",x\n"
    "A3,C1,2024-03-05 10:11:12Z,-7,0.5,1,\xe2\x82\xaa,\xd7\xa9\xd7\x95\xd7\x9c\xd7\x9d,\xc2\xa0pos\xc2\xa0,\n"
    "\n"
    "A4,ann@example.com,2024-03-06T00:00:00+02:00,5,,,EUR,paid,web,\n"
    "A5,C3,2024-02-30,5,,,EUR,paid,web,\n"
    "A6,C3,2024-03-07,five,,,EUR,paid,web,\n"
    "A7,,2024-03-07,5,,,EUR,paid,web,\n"
    "A8,C4,2024-03-08,5,,2.5,EUR,paid,web,\n"
    "A9,C4,2024-03-08,5,,,EUR,paid,web,,extra\n"
    "A10,C5,  2024-03-09  ,\t9.75 ,,1,EUR,\"\",web,\r\n"
    "A11,C5,45000,1e2,,,EUR,paid,web,\r"
    "A12,C\xc3\xa9,2024-03-10,3,,,EUR,paid,web";

} // namespace

TEST(ImportBytePath, ReadsRecordsExactlyAsCsvReader)
{
    expectSameRecords(kOrders);
    expectSameRecords("\xEF\xBB\xBF" "a,b\r\n\"x\"\"y\"z,\"\"\r\n\r\n,,\n\"q\rr\",\"s\r\nt\"\n\"open\n,");
    expectSameRecords("a,b\n\"\",\"\"\"\"\n \"a\",b \n");

    // Quoted fields with line breaks and doubled quotes across the reader's 1 MB blocks.
    QByteArray big = "id,text\n";
    for (int i = 0; big.size() < 3 * 1024 * 1024; ++i)
        big += QByteArray::number(i) + (i % 7 == 0 ? ",\"a,\"\"b\"\"\r\nc\"\n" : ",plain text\n");
    expectSameRecords(big);
}

TEST(ImportBytePath, StoresTheSameRowsAndErrorsAsTheGeneralPath)
{
    TempDir dir;
    auto bytePath = newProject(dir, QStringLiteral("bytes.personas"));
    auto generalPath = newProject(dir, QStringLiteral("general.personas"));
    ASSERT_TRUE(bytePath && generalPath);
    const QString utf8File = dir.write(QStringLiteral("orders.csv"), kOrders);
    const QString utf16File = dir.write(QStringLiteral("orders16.csv"), utf16(kOrders));

    const ImportReport fast = importFiles(*bytePath, {utf8File}, ImportOptions(), nullptr);
    const ImportReport general = importFiles(*generalPath, {utf16File}, ImportOptions(), nullptr);
    ASSERT_TRUE(fast.ok()) << qPrintable(fast.fatal.toString());
    ASSERT_TRUE(general.ok()) << qPrintable(general.fatal.toString());
    EXPECT_EQ(fast.rowsRead, 12);
    EXPECT_EQ(fast.rowsRead, general.rowsRead);
    EXPECT_EQ(fast.rowsImported, general.rowsImported);
    EXPECT_EQ(fast.rowsRejected, 5);
    EXPECT_EQ(fast.rowsPerEntity, general.rowsPerEntity);
    ASSERT_EQ(fast.rowErrors.size(), general.rowErrors.size());
    for (int i = 0; i < fast.rowErrors.size(); ++i) {
        EXPECT_EQ(fast.rowErrors[i].line, general.rowErrors[i].line) << i;
        EXPECT_EQ(fast.rowErrors[i].column, general.rowErrors[i].column) << i;
        EXPECT_EQ(fast.rowErrors[i].message, general.rowErrors[i].message) << i;
    }
    EXPECT_EQ(fast.rowErrors[0].line, 8); // A5, after a record of two lines and a blank line
    EXPECT_EQ(fast.rowErrors[0].column, 3);

    QList<QVariantList> fastRows = storedOrders(*bytePath);
    QList<QVariantList> generalRows = storedOrders(*generalPath);
    ASSERT_EQ(fastRows.size(), 7);
    for (QVariantList &row : generalRows)
        row.last() = QStringLiteral("orders.csv"); // the file names differ
    EXPECT_EQ(text(fastRows), text(generalRows));
    // Spot checks: the quoted cell with a comma and a line break, the trimmed non-ASCII cell.
    EXPECT_EQ(fastRows[1][0], QStringLiteral("A10"));
    EXPECT_EQ(fastRows[4][15], QStringLiteral("web,\nmobile"));
    EXPECT_EQ(fastRows[5][15], QStringLiteral("pos"));
    EXPECT_EQ(fastRows[4][4], 1234.5);
    // The e-mail customer_id went through the pseudonymiser on both paths.
    EXPECT_TRUE(fastRows[6][1].toString().startsWith(QLatin1String("h:")));

    // Re-importing changed orders updates them in place on both paths.
    const QByteArray changed = "order_id,customer_id,order_date,total\nA1,C9,2024-04-01,99\nA13,C1,2024-04-02,1\n";
    const QString changed8 = dir.write(QStringLiteral("changed.csv"), changed);
    const QString changed16 = dir.write(QStringLiteral("changed16.csv"), utf16(changed));
    ASSERT_TRUE(importFiles(*bytePath, {changed8}, ImportOptions(), nullptr).ok());
    ASSERT_TRUE(importFiles(*generalPath, {changed16}, ImportOptions(), nullptr).ok());
    fastRows = storedOrders(*bytePath);
    generalRows = storedOrders(*generalPath);
    ASSERT_EQ(fastRows.size(), 8);
    EXPECT_EQ(fastRows[0][1], QStringLiteral("C9"));
    EXPECT_EQ(fastRows[0][4], 99.0);
    EXPECT_EQ(fastRows[0][12], QStringLiteral("paid")); // kept: empty in the new file
    for (QVariantList &row : generalRows)
        row.last() = row.last().toString().remove(QLatin1String("16"));
    EXPECT_EQ(text(fastRows), text(generalRows));
}

TEST(ImportBytePath, BulkLoadWithABadLastLineLeavesTheProjectAsItWas)
{
    // Over 16 MB of orders: the bulk settings (deferred indexes, rollback journal, no foreign
    // key checks) are in force, and must all be undone when the last line aborts the import.
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const QString small = dir.write(QStringLiteral("first.csv"), "order_id,customer_id,order_date,total\nF1,C1,2024-01-01,1\n");
    ASSERT_TRUE(importFiles(*project, {small}, ImportOptions(), nullptr).ok());
    const QString indexesBefore = project->scalar(QStringLiteral(
        "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)")).toString();

    QByteArray big = "order_id,customer_id,order_date,total,currency,status,channel,category\n";
    big.reserve(17 * 1024 * 1024 + 200);
    qint64 rows = 0;
    while (big.size() < 17 * 1024 * 1024) {
        big += "ORDER-" + QByteArray::number(rows) + ",CUSTOMER-" + QByteArray::number(rows % 5000)
               + ",2024-05-06T07:08:09,123.45,EUR,paid,marketplace,household goods\n";
        ++rows;
    }
    const qint64 badLine = rows + 2;
    big += "ORDER-X,CUSTOMER-1,yesterday,1,EUR,paid,web,toys\n";
    const QString path = dir.write(QStringLiteral("big.csv"), big);

    ImportOptions abort;
    abort.onError = OnError::Abort;
    const ImportReport failed = importFiles(*project, {path}, abort, nullptr);
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.fatal.line, badLine);
    EXPECT_EQ(failed.fatal.column, 3);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), 1);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), 1);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA temp_store")).toInt(), 2); // MEMORY, as the project had it
    EXPECT_EQ(project->scalar(QStringLiteral(
                  "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)")).toString(),
              indexesBefore);

    // Skipping the bad line imports the rest, with every person linked and the indexes back;
    // with a second connection open (as the GUI holds one) the import keeps the write-ahead log.
    Error openError;
    const std::unique_ptr<Project> other = Project::open(project->path(), Project::OpenMode::OpenExisting, &openError);
    ASSERT_TRUE(other) << qPrintable(openError.toString());
    EXPECT_EQ(other->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), 1);
    const ImportReport skipped = importFiles(*project, {path}, ImportOptions(), nullptr);
    ASSERT_TRUE(skipped.ok()) << qPrintable(skipped.fatal.toString());
    EXPECT_EQ(skipped.rowsImported, rows);
    EXPECT_EQ(skipped.rowsRejected, 1);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), rows + 1);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), 5001);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders o LEFT JOIN people p ON p.id = o.person_id"
                                             " WHERE p.id IS NULL")).toLongLong(), 0);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    EXPECT_EQ(other->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), rows + 1);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(project->scalar(QStringLiteral(
                  "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)")).toString(),
              indexesBefore);
}

TEST(ImportBytePath, PersonIdsFindWhatWasInserted)
{
    PersonIds ids;
    for (int i = 0; i < 5000; ++i) {
        const std::string key = (i % 3 == 0 ? std::string("a-rather-long-customer-identifier-") : std::string("C"))
                                + std::to_string(i);
        ids.insert(key, i * 10);
    }
    EXPECT_EQ(ids.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        const std::string key = (i % 3 == 0 ? std::string("a-rather-long-customer-identifier-") : std::string("C"))
                                + std::to_string(i);
        qint64 id = -1;
        ASSERT_TRUE(ids.find(key, id)) << key;
        EXPECT_EQ(id, i * 10);
    }
    qint64 id = -1;
    EXPECT_FALSE(ids.find("C5000", id));
    EXPECT_FALSE(ids.find("", id));
    EXPECT_FALSE(ids.find("a-rather-long-customer-identifier-1", id));
}

TEST(ImportBytePath, OrderKeysNameEveryRowidKeptUnderAHash)
{
    OrderKeys keys;
    // Enough to grow the table several times; rowids under one hash (as two order ids sharing
    // one would be) are all candidates.
    for (qint64 rowid = 1; rowid <= 5000; ++rowid)
        keys.insert(quint32(rowid % 1000), rowid);
    EXPECT_EQ(keys.size(), 5000);
    for (quint32 hash : {0u, 7u, 999u}) {
        QList<qint64> seen;
        EXPECT_FALSE(keys.anyOf(hash, [&seen](qint64 rowid) {
            seen.append(rowid);
            return false;
        }));
        std::sort(seen.begin(), seen.end());
        const qint64 least = hash == 0 ? 1000 : hash;
        EXPECT_EQ(seen, QList<qint64>({least, least + 1000, least + 2000, least + 3000, least + 4000})) << hash;
    }
    EXPECT_TRUE(keys.anyOf(7, [](qint64 rowid) { return rowid == 3007; }));
    EXPECT_FALSE(keys.anyOf(1000, [](qint64) { return true; }));
    EXPECT_EQ(OrderKeys::hash("O-1"), OrderKeys::hash(std::string_view("xO-1").substr(1)));
    EXPECT_FALSE(OrderKeys::fits(0));
    EXPECT_FALSE(OrderKeys::fits(qint64(1) << 32));
}

TEST(ImportBytePath, ABulkLoadWithItsKeysDeferredStoresWhatTheKeysWouldAllow)
{
    // Over 16 MB of orders: the order_id and customer_id keys are dropped while the rows are
    // written and built again at the end. Orders of an earlier import are updated once, repeats
    // within the file are refused naming their first line, and a person met only on a refused
    // row is no person of the data.
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const QString first = dir.write(QStringLiteral("first.csv"),
                                    "order_id,customer_id,order_date,total,status\n"
                                    "E1,OLD-1,2024-01-01,10,paid\nE2,OLD-2,2024-01-02,20,paid\n");
    ASSERT_TRUE(importFiles(*project, {first}, ImportOptions(), nullptr).ok());
    const QString indexesBefore = project->scalar(QStringLiteral(
        "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)")).toString();
    EXPECT_TRUE(indexesBefore.contains(QStringLiteral("orders_order_id")));
    EXPECT_TRUE(indexesBefore.contains(QStringLiteral("people_customer")));

    QByteArray big = "order_id,customer_id,order_date,total,status\n";
    big.reserve(17 * 1024 * 1024 + 400);
    big += "E1,OLD-1,2024-02-01,11,\n";     // line 2: updates E1, keeps its status
    big += "E1,GHOST,2024-02-02,12,paid\n"; // line 3: E1 again: refused; GHOST is nobody
    qint64 rows = 0;
    while (big.size() < 17 * 1024 * 1024) {
        big += "N-" + QByteArray::number(rows) + ",C-" + QByteArray::number(rows % 7000)
               + ",2024-05-06T07:08:09,1.5,paid\n";
        ++rows;
    }
    big += "N-5,C-999999,2024-06-01,99,paid\n"; // a repeat of line 9: refused
    big += "E2,OLD-9,2024-03-01,21,refunded\n"; // updates E2, now OLD-9's
    const QString path = dir.write(QStringLiteral("big.csv"), big);
    const ImportReport report = importFiles(*project, {path}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    ASSERT_EQ(report.rowErrors.size(), 2);
    EXPECT_EQ(report.rowErrors[0].line, 3);
    EXPECT_TRUE(report.rowErrors[0].message.contains(QStringLiteral("on line 2 of this file")))
        << qPrintable(report.rowErrors[0].message);
    EXPECT_EQ(report.rowErrors[1].line, rows + 4);
    EXPECT_TRUE(report.rowErrors[1].message.contains(QStringLiteral("on line 9 of this file")))
        << qPrintable(report.rowErrors[1].message);

    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), rows + 2);
    const QString byId = QStringLiteral("SELECT total || ' ' || status || ' ' || p.customer_id FROM orders o"
                                        " JOIN people p ON p.id = o.person_id WHERE order_id = '%1'");
    EXPECT_EQ(project->scalar(byId.arg(QStringLiteral("E1"))).toString(), QStringLiteral("11.0 paid OLD-1"));
    EXPECT_EQ(project->scalar(byId.arg(QStringLiteral("E2"))).toString(), QStringLiteral("21.0 refunded OLD-9"));
    EXPECT_EQ(project->scalar(byId.arg(QStringLiteral("N-5"))).toString(), QStringLiteral("1.5 paid C-5"));
    // OLD-1, OLD-2 (no orders now, but a person of the earlier import), OLD-9 and C-0 to C-6999.
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), 3 + 7000);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people WHERE customer_id IN ('GHOST', 'C-999999')"))
                  .toLongLong(),
              0);
    EXPECT_EQ(project->scalar(QStringLiteral(
                  "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)")).toString(),
              indexesBefore);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());

    // The keys are real again: a later small import finds its orders and people through them.
    const QString later = dir.write(QStringLiteral("later.csv"), "order_id,customer_id,order_date,total\n"
                                                                 "N-7,C-7,2024-07-01,3\n");
    ASSERT_TRUE(importFiles(*project, {later}, ImportOptions(), nullptr).ok());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), rows + 2);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), 3 + 7000);
    EXPECT_EQ(project->scalar(byId.arg(QStringLiteral("N-7"))).toString(), QStringLiteral("3.0 paid C-7"));
}

TEST(ImportBytePath, ThousandsOfOddRowsAcrossBatchesStoreWhatTheGeneralPathStores)
{
    // kOrders' rows 1,000 times over (12,000 records, several batches), each copy with its own
    // order ids: the reading thread's batches must keep every row, in order, with its own line.
    const qsizetype body = kOrders.indexOf('\n') + 1;
    QByteArray orders = kOrders.left(body);
    for (int copy = 0; copy < 1000; ++copy) {
        QByteArray rows = kOrders.mid(body);
        rows.replace("A", QByteArray("R" + QByteArray::number(copy) + "-A"));
        orders += rows + "\n";
    }
    TempDir dir;
    auto bytePath = newProject(dir, QStringLiteral("bytes.personas"));
    auto generalPath = newProject(dir, QStringLiteral("general.personas"));
    ASSERT_TRUE(bytePath && generalPath);
    const QString utf8File = dir.write(QStringLiteral("orders.csv"), orders);
    const QString utf16File = dir.write(QStringLiteral("orders16.csv"), utf16(orders));
    ImportOptions options;
    options.maxReportedErrors = 100000;
    const ImportReport fast = importFiles(*bytePath, {utf8File}, options, nullptr);
    const ImportReport general = importFiles(*generalPath, {utf16File}, options, nullptr);
    ASSERT_TRUE(fast.ok()) << qPrintable(fast.fatal.toString());
    ASSERT_TRUE(general.ok()) << qPrintable(general.fatal.toString());
    EXPECT_EQ(fast.rowsRead, 12000);
    EXPECT_EQ(fast.rowsImported, 7000);
    EXPECT_EQ(fast.rowsRejected, 5000);
    EXPECT_EQ(fast.rowsImported, general.rowsImported);
    EXPECT_EQ(fast.rowsPerEntity, general.rowsPerEntity);
    ASSERT_EQ(fast.rowErrors.size(), 5000);
    ASSERT_EQ(fast.rowErrors.size(), general.rowErrors.size());
    for (int i = 0; i < fast.rowErrors.size(); ++i) {
        ASSERT_EQ(fast.rowErrors[i].line, general.rowErrors[i].line) << i;
        ASSERT_EQ(fast.rowErrors[i].column, general.rowErrors[i].column) << i;
        ASSERT_EQ(fast.rowErrors[i].message, general.rowErrors[i].message) << i;
    }
    // Each copy takes 14 lines (A2 has two, and a blank line): the last copy's A5, its first
    // bad row, is on line 8 + 14 * 999.
    EXPECT_EQ(fast.rowErrors[4995].line, 8 + 14 * 999);
    EXPECT_EQ(fast.rowErrors[4995].column, 3);
    QList<QVariantList> fastRows = storedOrders(*bytePath);
    QList<QVariantList> generalRows = storedOrders(*generalPath);
    ASSERT_EQ(fastRows.size(), 7000);
    for (QVariantList &row : generalRows)
        row.last() = QStringLiteral("orders.csv");
    EXPECT_EQ(text(fastRows), text(generalRows));
}

namespace {

/// A generic orders file of `rows` plain rows ("O<n>", customer "C<n % 100>").
QByteArray plainOrders(int rows)
{
    QByteArray data = "order_id,customer_id,order_date,total\n";
    for (int i = 0; i < rows; ++i)
        data += "O" + QByteArray::number(i) + ",C" + QByteArray::number(i % 100) + ",2024-05-06," + QByteArray::number(i)
                + ".5\n";
    return data;
}

/// A reader of plainOrders()' columns; started unless `start` is false. Null if it cannot start.
std::unique_ptr<ByteBatchReader> batchReader(const QString &path, Error &error, bool start = true)
{
    static const ValueParser parser(false);
    const QStringList header = {QStringLiteral("order_id"), QStringLiteral("customer_id"), QStringLiteral("order_date"),
                                QStringLiteral("total")};
    auto reader = std::make_unique<ByteBatchReader>(path, ',', Entity::Orders,
                                                    GenericFormat::fieldColumns(header, Entity::Orders), header.size(), parser);
    if (start && !reader->start(error))
        return nullptr;
    return reader;
}

} // namespace

TEST(ByteBatchReader, HandsOverEveryRecordInFileOrderWithItsOwnValues)
{
    TempDir dir;
    const QString path = dir.write(QStringLiteral("orders.csv"), plainOrders(10000) + "\nX1,ann@example.com,2024-05-06,1\n");
    Error error;
    const std::unique_ptr<ByteBatchReader> reader = batchReader(path, error);
    ASSERT_TRUE(reader) << qPrintable(error.toString());
    const int orderId = CanonicalSchema::fieldIndex(Entity::Orders, u"order_id");
    const int total = CanonicalSchema::fieldIndex(Entity::Orders, u"total");
    qint64 line = 1;
    int typed = 0, batches = 0;
    QList<ByteBatch::Kind> tail;
    qint64 lastPosition = 0;
    while (const ByteBatch *batch = reader->next()) {
        ++batches;
        EXPECT_LE(batch->entries.size(), 4096u);
        EXPECT_FALSE(batch->error.isSet());
        for (const ByteBatch::Entry &entry : batch->entries) {
            EXPECT_EQ(entry.line, ++line);
            EXPECT_GE(entry.bytePosition, lastPosition);
            lastPosition = entry.bytePosition;
            if (entry.kind != ByteBatch::Kind::Typed) {
                tail.append(entry.kind);
                continue;
            }
            const BoundValue *row = batch->row(entry.index);
            const QByteArray expectedId = "O" + QByteArray::number(typed);
            ASSERT_EQ(QByteArray(row[orderId].text, row[orderId].size), expectedId) << "line " << entry.line;
            ASSERT_EQ(row[total].real, typed + 0.5);
            ++typed;
        }
    }
    EXPECT_EQ(typed, 10000);
    EXPECT_EQ(batches, 3);
    // The blank line, then the e-mail customer_id that FieldMapper pseudonymises, decoded.
    EXPECT_EQ(tail, (QList<ByteBatch::Kind>{ByteBatch::Kind::Blank, ByteBatch::Kind::Other}));
    EXPECT_EQ(lastPosition, QFileInfo(path).size());
    EXPECT_EQ(reader->next(), nullptr);
}

TEST(ByteBatchReader, ABrokenRecordInALaterBatchEndsTheLastBatchWithItsLine)
{
    TempDir dir;
    const QString path = dir.write(QStringLiteral("orders.csv"), plainOrders(9000) + "O9000,C1,\"2024-05-06,1\n");
    Error error;
    const std::unique_ptr<ByteBatchReader> reader = batchReader(path, error);
    ASSERT_TRUE(reader) << qPrintable(error.toString());
    const ByteBatch *last = nullptr;
    int records = 0;
    while (const ByteBatch *batch = reader->next()) {
        records += int(batch->entries.size());
        last = batch;
        if (!batch->last) {
            EXPECT_FALSE(batch->error.isSet());
        }
    }
    ASSERT_NE(last, nullptr);
    ASSERT_TRUE(last->error.isSet());
    EXPECT_EQ(last->error.line, 9002);
    EXPECT_EQ(records, 9000);

    // Through the import: refused with that line, and nothing stored.
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const ImportReport report = importFiles(*project, {path}, ImportOptions(), nullptr);
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.fatal.line, 9002);
    EXPECT_EQ(report.fatal.file, path);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), 0);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), 0);
}

TEST(ByteBatchReader, StopsWhenDroppedHalfWayAndNamesAFileItCannotOpen)
{
    TempDir dir;
    const QString path = dir.write(QStringLiteral("orders.csv"), plainOrders(50000));
    {
        Error error;
        const std::unique_ptr<ByteBatchReader> reader = batchReader(path, error);
        ASSERT_TRUE(reader) << qPrintable(error.toString());
        const ByteBatch *first = reader->next();
        ASSERT_NE(first, nullptr);
        EXPECT_EQ(first->entries.size(), 4096u);
        EXPECT_FALSE(first->last);
    } // the reading thread is stopped and joined here, with most of the file unread

    const QString missing = dir.path(QStringLiteral("gone.csv"));
    Error error;
    const std::unique_ptr<ByteBatchReader> reader = batchReader(missing, error, false);
    EXPECT_FALSE(reader->start(error));
    EXPECT_EQ(error.file, missing);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(reader->next(), nullptr);
}
