// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/progress.h"
#include "import/importer.h"
#include "store/project.h"
#include "store/summary.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(TEST_DATA_DIR "/import/generic")).filePath(QString::fromLatin1(name));
}

QStringList allFixtures()
{
    return {fixture("customers.csv"), fixture("orders.csv"), fixture("order_items.csv"),
            fixture("events.csv"), fixture("reviews.csv")};
}

qint64 count(Project &project, const char *table)
{
    return project.scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).toLongLong();
}

/// Row counts of every data table, to compare a project before and after.
QList<qint64> counts(Project &project)
{
    QList<qint64> out;
    for (const char *table : {"people", "customers", "orders", "order_items", "events", "reviews", "imports"})
        out.append(count(project, table));
    return out;
}

ImportReport import(Project &project, const QStringList &files, OnError onError = OnError::Skip,
                    Progress *progress = nullptr)
{
    ImportOptions options;
    options.onError = onError;
    return importFiles(project, files, options, progress);
}

QVariantList row(Project &project, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(project.db());
    EXPECT_TRUE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec());
    QVariantList out;
    if (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out.append(q.value(i).isNull() ? QVariant() : q.value(i));
    }
    return out;
}

} // namespace

TEST(GenericImport, ImportsEveryEntityWithExactValues)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    ImportOptions keep; // this test reads the stored e-mails and names back
    keep.keepIdentifiers = true;
    const ImportReport report = importFiles(*project, allFixtures(), keep, nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRead, 19);
    EXPECT_EQ(report.rowsImported, 19);
    EXPECT_EQ(report.rowsRejected, 0);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("customers")), 3);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("orders")), 4);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("order_items")), 4);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("events")), 5);
    EXPECT_EQ(report.rowsPerEntity.value(QStringLiteral("reviews")), 3);

    // C001-C003 from customers, C004 from orders, C005 from events, C006 from reviews.
    EXPECT_EQ(counts(*project), (QList<qint64>{6, 3, 4, 4, 5, 3, 5}));

    // Customers: header names are matched case-insensitively and trimmed; unknown columns ignored.
    EXPECT_EQ(row(*project,
                  QStringLiteral("SELECT email, first_name, last_name, age, country, city, signup_date,"
                                 " accepts_marketing FROM customers JOIN people ON people.id = person_id"
                                 " WHERE customer_id = ?"),
                  {QStringLiteral("C003")}),
              (QVariantList{QStringLiteral("anna@example.com"), QStringLiteral("Anna"),
                            QStringLiteral("Smith \"Annie\", Jr."), 51, QStringLiteral("US"),
                            QStringLiteral("Boston"), 1685613600, 1}));
    const QVariantList oleg = row(*project,
                                  QStringLiteral("SELECT age, accepts_marketing, signup_date FROM customers"
                                                 " JOIN people ON people.id = person_id WHERE customer_id = ?"),
                                  {QStringLiteral("C002")});
    ASSERT_EQ(oleg.size(), 3);
    EXPECT_TRUE(oleg[0].isNull());
    EXPECT_EQ(oleg[1].toInt(), 0);
    EXPECT_EQ(oleg[2].toLongLong(), 1700438400);

    // Orders: dates to epoch seconds (offsets applied), currency symbols and thousands separators.
    EXPECT_EQ(row(*project,
                  QStringLiteral("SELECT customer_id, order_date, total, discount, shipping, items, coupon_code"
                                 " FROM orders JOIN people ON people.id = person_id WHERE order_id = ?"),
                  {QStringLiteral("O1")}),
              (QVariantList{QStringLiteral("C001"), 1704877200, 120.5, 10.0, 5.0, 2, QStringLiteral("WINTER10")}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total, discount FROM orders WHERE order_id = ?"),
                  {QStringLiteral("O2")}),
              (QVariantList{80.0, QVariant()}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT order_date, total FROM orders WHERE order_id = ?"),
                  {QStringLiteral("O4")}),
              (QVariantList{1708444800, 1000.25}));

    // Order items: quantity may be fractional.
    EXPECT_EQ(row(*project,
                  QStringLiteral("SELECT count(*), sum(quantity), sum(quantity * unit_price) FROM order_items"
                                 " WHERE order_id = ?"),
                  {QStringLiteral("O1")}),
              (QVariantList{2, 3.0, 120.5}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT quantity FROM order_items WHERE order_id = ?"),
                  {QStringLiteral("O4")}),
              (QVariantList{0.5}));

    // Events: anonymous sessions have no person; event types are lower-cased.
    EXPECT_EQ(row(*project, QStringLiteral("SELECT person_id, timestamp FROM events WHERE session_id = ?"),
                  {QStringLiteral("S2")}),
              (QVariantList{QVariant(), 1704876900}));
    EXPECT_EQ(row(*project,
                  QStringLiteral("SELECT count(*) FROM events WHERE event_type = 'product_view' AND value = 100.5"
                                 " AND timestamp = ?"),
                  {1704877030}),
              (QVariantList{1}));

    // Reviews: rating and/or nps.
    EXPECT_EQ(row(*project,
                  QStringLiteral("SELECT rating, nps, date FROM reviews JOIN people ON people.id = person_id"
                                 " WHERE customer_id = ?"),
                  {QStringLiteral("C006")}),
              (QVariantList{QVariant(), 9, 1708300800}));
    EXPECT_EQ(row(*project,
                  QStringLiteral("SELECT rating, nps, order_id FROM reviews JOIN people ON people.id = person_id"
                                 " WHERE customer_id = ?"),
                  {QStringLiteral("C002")}),
              (QVariantList{2, 3, QStringLiteral("O3")}));

    // One imports row per file, named without its folder.
    EXPECT_EQ(row(*project,
                  QStringLiteral("SELECT format, entity, rows_read, rows_imported, rows_rejected FROM imports"
                                 " WHERE file = ?"),
                  {QStringLiteral("orders.csv")}),
              (QVariantList{QStringLiteral("generic"), QStringLiteral("orders"), 4, 4, 0}));
}

TEST(GenericImport, ReimportDoesNotDoubleAndReplacesOrderItems)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    ASSERT_TRUE(import(*project, allFixtures()).ok());
    const QList<qint64> first = counts(*project);
    const ImportReport again = import(*project, allFixtures());
    ASSERT_TRUE(again.ok()) << qPrintable(again.fatal.toString());
    QList<qint64> expected = first;
    expected.last() += 5; // five more rows in imports
    EXPECT_EQ(counts(*project), expected);
    EXPECT_DOUBLE_EQ(project->scalar(QStringLiteral("SELECT sum(total) FROM orders")).toDouble(), 1245.75);

    // An updated order and a new item list for O1 replace the old ones.
    const QString orders = dir.write(QStringLiteral("orders2.csv"),
                                     "order_id,customer_id,order_date,total,discount\n"
                                     "O1,C001,2024-01-10T09:00:00,99.5,\n");
    const QString items = dir.write(QStringLiteral("items2.csv"),
                                    "order_id,sku,quantity,unit_price\nO1,SKU-2,1,99.5\n");
    ASSERT_TRUE(import(*project, {orders, items}).ok());
    EXPECT_EQ(count(*project, "orders"), 4);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total, discount FROM orders WHERE order_id = ?"),
                  {QStringLiteral("O1")}),
              (QVariantList{99.5, 10.0})); // an empty cell keeps the stored discount
    EXPECT_EQ(row(*project, QStringLiteral("SELECT count(*), min(sku) FROM order_items WHERE order_id = ?"),
                  {QStringLiteral("O1")}),
              (QVariantList{1, QStringLiteral("SKU-2")}));
    EXPECT_EQ(count(*project, "order_items"), 3);
}

TEST(GenericImport, BadRowsAreReportedWithFileLineAndColumn)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const QString path = dir.write(QStringLiteral("orders.csv"),
                                   "order_id,customer_id,order_date,total\n"
                                   "B1,C1,2024-01-01,10\n"
                                   "B2,C1,2024-02-30,10\n"
                                   "B3,,2024-01-03,10\n"
                                   "\"B4\nx\",C2,2024-01-04,ten\n"
                                   "B5,C2,2024-01-05,5.5\n");
    const QString reviews = dir.write(QStringLiteral("reviews.csv"),
                                      "customer_id,rating\nC1,6\nC2,\nC3,4\n");
    const ImportReport report = import(*project, {path, reviews});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.rowsRead, 8);
    EXPECT_EQ(report.rowsImported, 3);
    EXPECT_EQ(report.rowsRejected, 5);
    ASSERT_EQ(report.rowErrors.size(), 5);

    auto expectError = [](const Error &e, const QString &file, qint64 line, int column, const char *name,
                          const char *message) {
        EXPECT_EQ(e.file, file);
        EXPECT_EQ(e.line, line);
        EXPECT_EQ(e.column, column);
        EXPECT_EQ(e.columnName, QString::fromUtf8(name));
        EXPECT_EQ(e.message, QString::fromUtf8(message));
    };
    expectError(report.rowErrors[0], path, 3, 3, "order_date", "not a date");
    expectError(report.rowErrors[1], path, 4, 2, "customer_id", "required value is empty");
    expectError(report.rowErrors[2], path, 5, 4, "total", "not a number");
    expectError(report.rowErrors[3], reviews, 2, 2, "rating", "rating must be 1–5");
    expectError(report.rowErrors[4], reviews, 3, 2, "rating", "a review needs a rating or an nps");

    EXPECT_EQ(count(*project, "orders"), 2);
    EXPECT_EQ(count(*project, "reviews"), 1);
    EXPECT_EQ(row(*project, QStringLiteral("SELECT rows_read, rows_imported, rows_rejected FROM imports WHERE file = ?"),
                  {QStringLiteral("orders.csv")}),
              (QVariantList{5, 2, 3}));

    // Only maxReportedErrors errors are kept, but all are counted.
    TempDir dir2;
    auto project2 = newProject(dir2);
    ASSERT_TRUE(project2);
    ImportOptions options;
    options.maxReportedErrors = 2;
    const ImportReport limited = importFiles(*project2, {path, reviews}, options, nullptr);
    EXPECT_EQ(limited.rowsRejected, 5);
    EXPECT_EQ(limited.rowErrors.size(), 2);
}

TEST(GenericImport, AbortRollsBackEverythingAndKeepsEarlierImports)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    ASSERT_TRUE(import(*project, allFixtures()).ok());
    const QList<qint64> before = counts(*project);

    const QString customers = dir.write(QStringLiteral("new_customers.csv"), "customer_id,email\nN1,n1@example.com\n");
    const QString orders = dir.write(QStringLiteral("bad_orders.csv"),
                                     "order_id,customer_id,order_date,total\n"
                                     "N-O1,N1,2024-03-01,10\n"
                                     "N-O2,N1,2024-03-02,-\n"
                                     "N-O3,N1,2024-03-03,x\n");
    const ImportReport report = import(*project, {customers, orders}, OnError::Abort);
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.fatal.file, orders);
    EXPECT_EQ(report.fatal.line, 3);
    EXPECT_EQ(report.fatal.column, 4);
    EXPECT_EQ(report.fatal.message, QStringLiteral("not a number"));
    EXPECT_EQ(report.rowsImported, 0);
    EXPECT_TRUE(report.rowsPerEntity.isEmpty());
    EXPECT_EQ(counts(*project), before);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people WHERE customer_id = 'N1'")).toInt(), 0);

    // With Skip the same files land, without the bad rows.
    const ImportReport skipped = import(*project, {customers, orders}, OnError::Skip);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.rowsImported, 2);
    EXPECT_EQ(count(*project, "orders"), before[2] + 1);
}

TEST(GenericImport, CancelRollsBack)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    ASSERT_TRUE(import(*project, {fixture("customers.csv")}).ok());
    const QList<qint64> before = counts(*project);

    QByteArray big = "order_id,customer_id,order_date,total\n";
    for (int i = 0; i < 20000; ++i)
        big += "X" + QByteArray::number(i) + ",P" + QByteArray::number(i % 500) + ",2024-01-01T10:00:00Z,"
               + QByteArray::number(i % 97) + ".25\n";
    const QString path = dir.write(QStringLiteral("big_orders.csv"), big);

    CallbackProgress *self = nullptr;
    QList<qint64> seen;
    qint64 total = 0;
    CallbackProgress progress([&](qint64 done, qint64 all, const QString &) {
        seen.append(done);
        total = all;
        if (done > 0 && self)
            self->cancel();
    });
    self = &progress;
    const ImportReport report = import(*project, {fixture("orders.csv"), path}, OnError::Skip, &progress);
    EXPECT_TRUE(report.canceled);
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(counts(*project), before);
    ASSERT_GE(seen.size(), 2);
    EXPECT_EQ(seen.first(), 0);
    EXPECT_EQ(total, QFileInfo(path).size() + QFileInfo(fixture("orders.csv")).size());

    // Cancelling in the middle of a big file: progress is reported within the file.
    CallbackProgress *self2 = nullptr;
    qint64 canceledAt = 0;
    CallbackProgress midway([&](qint64 done, qint64, const QString &) {
        if (done > 0 && self2 && !self2->isCanceled()) {
            canceledAt = done;
            self2->cancel();
        }
    });
    self2 = &midway;
    const ImportReport report2 = import(*project, {path}, OnError::Skip, &midway);
    EXPECT_TRUE(report2.canceled);
    EXPECT_GT(canceledAt, 0);
    EXPECT_LE(canceledAt, QFileInfo(path).size());
    EXPECT_EQ(counts(*project), before);

    // Without cancel the big file imports completely.
    const ImportReport full = import(*project, {path});
    ASSERT_TRUE(full.ok());
    EXPECT_EQ(count(*project, "orders"), 20000);
    EXPECT_EQ(count(*project, "people"), before[0] + 500);
}

TEST(GenericImport, FileLevelProblemsAreFatalAndNameTheFile)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const QString good = fixture("customers.csv");

    const QString missing = dir.path(QStringLiteral("nope.csv"));
    ImportReport r = import(*project, {good, missing});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.fatal.file, missing);

    const QString empty = dir.write(QStringLiteral("empty.csv"), QByteArray());
    r = import(*project, {good, empty});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.fatal.file, empty);

    const QString noDate = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,total\nA,B,1\n");
    r = import(*project, {good, noDate});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.fatal.file, noDate);
    EXPECT_TRUE(r.fatal.message.contains(QLatin1String("order_date"))) << qPrintable(r.fatal.message);
    EXPECT_FALSE(r.fatal.message.contains(QLatin1String("total"))) << qPrintable(r.fatal.message);

    const QString unknown = dir.write(QStringLiteral("what.csv"), "name,price\nx,1\n");
    r = import(*project, {unknown});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.fatal.file, unknown);

    const QString open = dir.write(QStringLiteral("open.csv"), "customer_id,email\nA,\"x\nB,y\n");
    r = import(*project, {good, open});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.fatal.file, open);
    EXPECT_EQ(r.fatal.line, 2);

    ImportOptions options;
    options.format = QStringLiteral("shopify-2031");
    r = importFiles(*project, {good}, options, nullptr);
    EXPECT_FALSE(r.ok());

    EXPECT_EQ(counts(*project), (QList<qint64>{0, 0, 0, 0, 0, 0, 0}));

    options.format = QStringLiteral("generic");
    r = importFiles(*project, {good}, options, nullptr);
    EXPECT_TRUE(r.ok()) << qPrintable(r.fatal.toString());
    EXPECT_EQ(count(*project, "customers"), 3);
}

TEST(GenericImport, HeaderOnlyFileImportsNothing)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const QString path = dir.write(QStringLiteral("events.csv"), "session_id,timestamp,event_type\r\n");
    const ImportReport r = import(*project, {path});
    ASSERT_TRUE(r.ok()) << qPrintable(r.fatal.toString());
    EXPECT_EQ(r.rowsRead, 0);
    EXPECT_EQ(count(*project, "imports"), 1);
    EXPECT_EQ(count(*project, "events"), 0);
}

TEST(GenericImport, SemicolonFilesUseDecimalCommaAndEventsAreNotDuplicated)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);
    const QString orders = dir.write(QStringLiteral("orders.csv"),
                                     "\xEF\xBB\xBForder_id;customer_id;order_date;total;shipping\r\n"
                                     "A1;C1;2024-05-01;1.234,50;4,9\r\n"
                                     "A2;C1;2024-05-02;12,5;\r\n");
    const QString events = dir.write(QStringLiteral("events.tsv"),
                                     "session_id\tcustomer_id\ttimestamp\tevent_type\tpage\n"
                                     "S\tC1\t2024-05-01T10:00:00Z\tpage_view\t/a\n"
                                     "S\tC1\t2024-05-01T10:00:00Z\tpage_view\t/b\n"
                                     "S\tC1\t2024-05-01T10:00:00Z\tpage_view\t/a\n");
    const ImportReport r = import(*project, {orders, events});
    ASSERT_TRUE(r.ok()) << qPrintable(r.fatal.toString());
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total, shipping FROM orders WHERE order_id = ?"),
                  {QStringLiteral("A1")}),
              (QVariantList{1234.5, 4.9}));
    EXPECT_EQ(row(*project, QStringLiteral("SELECT total FROM orders WHERE order_id = ?"), {QStringLiteral("A2")}),
              (QVariantList{12.5}));
    EXPECT_EQ(count(*project, "events"), 2);
    ASSERT_TRUE(import(*project, {events}).ok());
    EXPECT_EQ(count(*project, "events"), 2);
    EXPECT_EQ(count(*project, "people"), 1);
}

TEST(ProjectSummary, SummarizesAnImportedProject)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(project);

    Error error;
    std::optional<ProjectSummary> empty = summarize(*project, &error);
    ASSERT_TRUE(empty.has_value()) << qPrintable(error.toString());
    EXPECT_EQ(empty->people, 0);
    EXPECT_EQ(empty->revenue, 0.0);
    EXPECT_FALSE(empty->firstDate.isValid());
    EXPECT_TRUE(empty->imports.isEmpty());

    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    ASSERT_TRUE(import(*project, allFixtures()).ok());
    const std::optional<ProjectSummary> s = summarize(*project, &error);
    ASSERT_TRUE(s.has_value()) << qPrintable(error.toString());
    EXPECT_EQ(s->people, 6);
    EXPECT_EQ(s->customers, 3);
    EXPECT_EQ(s->orders, 4);
    EXPECT_EQ(s->orderItems, 4);
    EXPECT_EQ(s->events, 5);
    EXPECT_EQ(s->reviews, 3);
    EXPECT_EQ(s->buyers, 2); // O3 (C002, 45) was refunded: no purchase
    EXPECT_DOUBLE_EQ(s->revenue, 120.50 + 80.00 + 1000.25);
    EXPECT_EQ(s->firstDate, QDateTime::fromSecsSinceEpoch(1704876900, Qt::UTC));
    EXPECT_EQ(s->lastDate, QDateTime::fromSecsSinceEpoch(1708444800, Qt::UTC));
    EXPECT_EQ(s->segmentationRuns, 0);
    EXPECT_EQ(s->personas, 0);
    ASSERT_EQ(s->imports.size(), 5);
    EXPECT_EQ(s->imports[1].file, QStringLiteral("orders.csv"));
    EXPECT_EQ(s->imports[1].format, QStringLiteral("generic"));
    EXPECT_EQ(s->imports[1].entity, QStringLiteral("orders"));
    EXPECT_EQ(s->imports[1].rowsRead, 4);
    EXPECT_EQ(s->imports[1].rowsImported, 4);
    EXPECT_EQ(s->imports[4].entity, QStringLiteral("reviews"));
    EXPECT_GE(s->imports[0].importedAt.toSecsSinceEpoch(), startedAt);
    EXPECT_LE(s->imports[0].importedAt.toSecsSinceEpoch(), QDateTime::currentSecsSinceEpoch());
}

// An import after the latest segmentation run leaves its segments on the earlier data.
TEST(ProjectSummary, TellsTheSegmentedPeopleAndAnImportSinceTheRun)
{
    TempDir dir;
    auto project = newProject(dir);
    ASSERT_TRUE(import(*project, allFixtures()).ok());
    const qint64 earlier = QDateTime::currentSecsSinceEpoch() - 60;
    ASSERT_TRUE(project->exec(QStringLiteral("UPDATE imports SET imported_at = ?"), {earlier - 60}));
    ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO segmentation_runs(created_at, k, seed, restarts, people,"
                                             " features, scores, centroids, timings) VALUES(?, 3, 1, 1, 5, '[]', '{}', '{}', '{}')"),
                              {earlier}));
    Error error;
    std::optional<ProjectSummary> s = summarize(*project, &error);
    ASSERT_TRUE(s.has_value()) << qPrintable(error.toString());
    EXPECT_EQ(s->segmentedPeople, 5);
    EXPECT_EQ(s->people, 6);
    EXPECT_FALSE(s->segmentationOutdated);

    const QString more = dir.write(QStringLiteral("more.csv"), "customer_id\nC900\n");
    ASSERT_TRUE(import(*project, {more}).ok());
    s = summarize(*project, &error);
    ASSERT_TRUE(s.has_value()) << qPrintable(error.toString());
    EXPECT_EQ(s->segmentedPeople, 5);
    EXPECT_TRUE(s->segmentationOutdated);
}
