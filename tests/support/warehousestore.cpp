// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousestore.h"

#include "testsupport.h"

#include "analysis/featuredefinitions.h"
#include "analysis/featurescan.h"
#include "analysis/runstore.h"
#include "demo/demostore.h"
#include "import/importer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace pw::test {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 moment(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

bool exec(Project &p, const QString &sql, const QVariantList &values = {})
{
    Error e;
    const bool ok = p.exec(sql, values, &e);
    EXPECT_TRUE(ok) << qPrintable(e.message) << " in " << qPrintable(sql);
    return ok;
}

qint64 newPerson(Project &p, const QString &customerId)
{
    exec(p, QStringLiteral("INSERT INTO people(customer_id) VALUES(?)"), {customerId});
    return p.scalar(QStringLiteral("SELECT id FROM people WHERE customer_id = ?"), {customerId}).toLongLong();
}

void order(Project &p, const QString &id, qint64 person, const char *when, double total, const QVariant &status,
    const QVariant &discount, const QVariant &coupon, const QVariant &category, const QVariant &channel,
    const QVariant &device)
{
    exec(p,
        QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, status, discount, coupon_code,"
                       " category, channel, device) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, person, moment(when), total, status, discount, coupon, category, channel, device});
}

void event(Project &p, const QString &session, const QVariant &person, const char *when, const QString &type,
    const QVariant &source = {}, const QVariant &device = {}, const QVariant &value = {})
{
    exec(p,
        QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type, source, device, value)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {session, person, moment(when), type, source, device, value});
}

QSqlDatabase openSqlite(const QString &path, QString *name)
{
    *name = QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), *name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

/// Runs `body` with a connection to the SQLite file `path`, removed afterwards.
template<typename Body>
auto withSqlite(const QString &path, Body &&body)
{
    QString name;
    auto result = [&] {
        QSqlDatabase db = openSqlite(path, &name);
        return body(db);
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// Writes the rows of `q` (already executed) to `path` as CSV with a header, each cell as
/// `cell(column, value)` gives it (an empty cell for NULL); false with `error` set.
template <typename Cell>
bool writeCsv(QSqlQuery &q, const QString &path, Cell cell, QString *error)
{
    const QSqlRecord record = q.record();
    QStringList header;
    for (int c = 0; c < record.count(); ++c)
        header << record.fieldName(c);
    QByteArray csv = header.join(QLatin1Char(',')).toUtf8() + '\n';
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < record.count(); ++c) {
            const QVariant v = q.value(c);
            cells << (v.isNull() ? QString() : cell(c, v));
        }
        csv += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<Project> warehouseStore(const TempDir &dir, int people)
{
    DemoOptions options;
    options.people = people;
    Error error;
    QDir().mkpath(dir.path(QStringLiteral("demo")));
    const QStringList files = writeDemoStore(dir.path(QStringLiteral("demo")), options, &error);
    EXPECT_EQ(files.size(), 5) << qPrintable(error.message);
    std::unique_ptr<Project> p = newProject(dir, QStringLiteral("warehouse.personas"));
    if (!p)
        return p;
    const ImportReport report = importFiles(*p, files, ImportOptions(), nullptr);
    EXPECT_TRUE(report.ok()) << qPrintable(report.fatal.message);

    // A purchase without a discount column, a cancelled one, a refund and a known "no discount".
    const qint64 a = newPerson(*p, QStringLiteral("edge-a"));
    order(*p, QStringLiteral("edge-1"), a, "2025-03-01T10:00:00Z", 50, QStringLiteral("paid"), {}, {},
        QStringLiteral("Shoes"), QStringLiteral("web"), QStringLiteral("Android 14"));
    order(*p, QStringLiteral("edge-2"), a, "2025-04-01T10:00:00Z", 80, QStringLiteral(" Cancelled "), 5.0, {},
        QStringLiteral("Bags"), QStringLiteral("store"), {});
    order(*p, QStringLiteral("edge-3"), a, "2025-04-03T10:00:00Z", -20, QStringLiteral("refunded"), {}, {}, {}, {}, {});
    order(*p, QStringLiteral("edge-4"), a, "2025-05-11T08:30:00Z", 35.5, {}, 0.0, QStringLiteral(""), {}, QStringLiteral("app"),
        QStringLiteral("Desktop"));
    exec(*p, QStringLiteral("INSERT INTO order_items(order_id, category) VALUES('edge-1', 'Socks'), ('edge-2', 'Hats'),"
                            " ('edge-4', ''), ('edge-4', 'Shoes')"));
    // Reviews: an NPS without a rating and a rating without a date.
    const qint64 b = newPerson(*p, QStringLiteral("edge-b"));
    exec(*p, QStringLiteral("INSERT INTO reviews(person_id, nps, date) VALUES(?, 9, ?)"), {b, moment("2025-02-01T00:00:00Z")});
    exec(*p, QStringLiteral("INSERT INTO reviews(person_id, rating) VALUES(?, 2)"), {b});
    // Sessions: a bounce on a tablet, a cart with a referral and a checkout, no purchase.
    event(*p, QStringLiteral("edge-s1"), b, "2025-01-05T09:00:00Z", QStringLiteral("session_start"),
        QStringLiteral("newsletter"), QStringLiteral("iPad Tablet"));
    event(*p, QStringLiteral("edge-s1"), b, "2025-01-05T09:01:00Z", QStringLiteral("page_view"), {},
        QStringLiteral("iPad Tablet"));
    event(*p, QStringLiteral("edge-s2"), b, "2025-01-06T09:00:00Z", QStringLiteral("referral"), QStringLiteral("friend"),
        QStringLiteral("Desktop"));
    event(*p, QStringLiteral("edge-s2"), b, "2025-01-06T09:02:00Z", QStringLiteral("product_view"));
    event(*p, QStringLiteral("edge-s2"), b, "2025-01-06T09:03:00Z", QStringLiteral("add_to_cart"));
    event(*p, QStringLiteral("edge-s2"), b, "2025-01-06T09:04:00Z", QStringLiteral("begin_checkout"));
    // Only a sign-up.
    const qint64 c = newPerson(*p, QStringLiteral("edge-c"));
    exec(*p, QStringLiteral("INSERT INTO customers(person_id, signup_date) VALUES(?, ?)"), {c, moment("2024-12-24T00:00:00Z")});
    // A session id edge-b used, reused by someone else: a session of each, with their own events.
    const qint64 f = newPerson(*p, QStringLiteral("edge-f"));
    event(*p, QStringLiteral("edge-s1"), f, "2025-01-05T09:02:00Z", QStringLiteral("product_view"));
    event(*p, QStringLiteral("edge-s1"), f, "2025-01-05T09:03:00Z", QStringLiteral("add_to_cart"));
    // Only a cancelled order: in monetary only if negative, nowhere else.
    const qint64 e = newPerson(*p, QStringLiteral("edge-e"));
    order(*p, QStringLiteral("edge-5"), e, "2025-06-01T00:00:00Z", 12, QStringLiteral("failed"), {}, {}, {}, {}, {});
    // Anonymous events after everything: they move the store's last date.
    event(*p, QStringLiteral("edge-anon"), {}, "2025-07-03T12:00:00Z", QStringLiteral("page_view"));
    return p;
}

std::unique_ptr<Project> eventOnlyStore(const TempDir &dir)
{
    std::unique_ptr<Project> p = newProject(dir, QStringLiteral("events.personas"));
    if (!p)
        return p;
    const qint64 a = newPerson(*p, QStringLiteral("ev-a"));
    const qint64 b = newPerson(*p, QStringLiteral("ev-b"));
    const qint64 c = newPerson(*p, QStringLiteral("ev-c"));
    // Two purchase events in one session on one day: one purchase of 30; the same session the
    // next day: another; a purchase event without a value.
    event(*p, QStringLiteral("s1"), a, "2025-01-01T10:00:00Z", QStringLiteral("session_start"), QStringLiteral("ads"),
        QStringLiteral("mobile"));
    event(*p, QStringLiteral("s1"), a, "2025-01-01T10:05:00Z", QStringLiteral("purchase"), {}, {}, 10.0);
    event(*p, QStringLiteral("s1"), a, "2025-01-01T10:06:00Z", QStringLiteral("purchase"), {}, {}, 20.0);
    event(*p, QStringLiteral("s1"), a, "2025-01-02T00:10:00Z", QStringLiteral("purchase"), {}, {}, 5.0);
    event(*p, QStringLiteral("s2"), b, "2025-01-03T10:00:00Z", QStringLiteral("add_to_cart"), QStringLiteral("seo"));
    event(*p, QStringLiteral("s2"), b, "2025-01-03T10:01:00Z", QStringLiteral("purchase"));
    event(*p, QStringLiteral("s3"), b, "2025-01-20T10:00:00Z", QStringLiteral("add_to_cart"), QStringLiteral("seo"));
    event(*p, QStringLiteral("s4"), c, "2025-01-21T10:00:00Z", QStringLiteral("session_start"), {}, QStringLiteral("Desktop"));
    return p;
}

bool exportCanonical(Project &project, const QString &path, QString *error)
{
    const QString projectPath = project.db().databaseName();
    return withSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        const QString iso = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1, 'unixepoch')");
        const QStringList statements{
            QStringLiteral("ATTACH DATABASE '%1' AS p").arg(projectPath),
            QStringLiteral("CREATE TABLE customers AS SELECT pe.customer_id, %1 AS signup_date"
                           " FROM p.customers c JOIN p.people pe ON pe.id = c.person_id")
                .arg(iso.arg(QStringLiteral("c.signup_date"))),
            QStringLiteral("CREATE TABLE orders AS SELECT o.order_id, pe.customer_id, %1 AS order_date, o.total, o.discount,"
                           " o.coupon_code, o.status, o.category, o.channel, o.device"
                           " FROM p.orders o JOIN p.people pe ON pe.id = o.person_id")
                .arg(iso.arg(QStringLiteral("o.order_date"))),
            QStringLiteral("CREATE TABLE order_items AS SELECT order_id, category FROM p.order_items"),
            QStringLiteral("CREATE TABLE events AS SELECT e.session_id, pe.customer_id, %1 AS timestamp, e.event_type,"
                           " e.source, e.device, e.value FROM p.events e LEFT JOIN p.people pe ON pe.id = e.person_id")
                .arg(iso.arg(QStringLiteral("e.timestamp"))),
            QStringLiteral("CREATE TABLE reviews AS SELECT pe.customer_id, r.order_id, r.rating, r.nps, %1 AS date"
                           " FROM p.reviews r JOIN p.people pe ON pe.id = r.person_id")
                .arg(iso.arg(QStringLiteral("r.date"))),
            QStringLiteral("DETACH DATABASE p"),
        };
        for (const QString &s : statements) {
            if (!q.exec(s)) {
                *error = q.lastError().text() + QStringLiteral(" in ") + s;
                return false;
            }
        }
        return true;
    });
}

bool exportCsv(const QString &path, const QString &folder, QString *error)
{
    return withSqlite(path, [&](QSqlDatabase &db) {
        for (const char *table : {"customers", "orders", "order_items", "events", "reviews"}) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)))) {
                *error = q.lastError().text();
                return false;
            }
            auto cell = [](int, const QVariant &v) {
                return v.typeId() == QMetaType::Double
                    ? QString::number(v.toDouble(), 'g', 17)
                    : QLatin1Char('"') + v.toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            };
            if (!writeCsv(q, folder + QLatin1Char('/') + QLatin1String(table) + QStringLiteral(".csv"), cell, error))
                return false;
        }
        return true;
    });
}

namespace {

/// The app's raw feature table of `project` and each row's customer_id; false with `error` set.
bool scanWithCustomers(Project &project, RawFeatureTable &table, QStringList &customers, QString *error)
{
    Error e;
    if (!scanFeatures(project, nullptr, table, &e)) {
        *error = e.message;
        return false;
    }
    const std::optional<QStringList> ids = RunStore::customerIds(project, table.personIds, &e);
    if (!ids) {
        *error = e.message;
        return false;
    }
    customers = *ids;
    return true;
}

} // namespace

std::optional<Rows> appFeatures(Project &project, const QStringList &keys, QString *error)
{
    RawFeatureTable table;
    QStringList customers;
    if (!scanWithCustomers(project, table, customers, error))
        return std::nullopt;
    Rows rows;
    const int d = int(table.keys.size());
    for (qsizetype r = 0; r < customers.size(); ++r) {
        QList<double> values;
        for (const QString &key : keys)
            values << table.values[size_t(r) * size_t(d) + size_t(table.keys.indexOf(key))];
        rows.insert(customers[r], values);
    }
    return rows;
}

std::optional<Rows> appRecipeColumns(Project &project, QString *error)
{
    RawFeatureTable table;
    table.withRecipeColumns = true;
    QStringList customers;
    if (!scanWithCustomers(project, table, customers, error))
        return std::nullopt;
    const qsizetype columns = FeatureDefinitions::recipeColumns().size();
    Rows rows;
    for (qsizetype r = 0; r < customers.size(); ++r) {
        QList<double> values;
        for (qsizetype c = 0; c < columns; ++c)
            values << table.recipeValues[size_t(r * columns + c)];
        rows.insert(customers[r], values);
    }
    return rows;
}

bool exportQueryCsv(const QString &path, const QString &query, const QString &csvPath, QString *error)
{
    return withSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(query)) {
            *error = q.lastError().text();
            return false;
        }
        // The first column is the customer_id, the others numbers, written to full precision.
        auto cell = [](int c, const QVariant &v) { return c == 0 ? v.toString() : QString::number(v.toDouble(), 'g', 17); };
        return writeCsv(q, csvPath, cell, error);
    });
}

QString compareRows(const Rows &app, const Rows &sql, const QStringList &keys)
{
    QStringList problems;
    qsizetype differences = 0;
    if (app.size() != sql.size())
        problems << QStringLiteral("%1 people in the app, %2 in the SQL").arg(app.size()).arg(sql.size());
    for (auto it = sql.cbegin(); it != sql.cend(); ++it) {
        const auto mine = app.constFind(it.key());
        if (mine == app.cend()) {
            problems << QStringLiteral("%1 is not in the app's features").arg(it.key());
            continue;
        }
        for (qsizetype j = 0; j < keys.size(); ++j) {
            const double a = (*mine)[j];
            const double s = it.value()[j];
            const bool same = (std::isnan(a) && std::isnan(s))
                || (!std::isnan(a) && !std::isnan(s) && std::abs(a - s) <= 1e-9 * std::max(1.0, std::abs(a)));
            if (!same && ++differences <= 12)
                problems << QStringLiteral("%1 %2: app %3, SQL %4").arg(it.key(), keys[j]).arg(a, 0, 'g', 17).arg(s, 0, 'g', 17);
        }
    }
    if (differences > 12)
        problems << QStringLiteral("… %1 differences in all").arg(differences);
    return problems.join(QLatin1Char('\n'));
}

QString compareAssignments(const QList<PersonAssignment> &app, const QList<Persona> &personas,
    const QHash<QString, QList<QVariant>> &sql)
{
    QStringList problems;
    if (app.size() != sql.size())
        problems << QStringLiteral("%1 people assigned by the app, %2 by the SQL").arg(app.size()).arg(sql.size());
    QHash<qint64, QString> names;
    for (const Persona &p : personas)
        names.insert(p.id, p.displayName(QStringLiteral("en")));
    qsizetype differences = 0;
    for (const PersonAssignment &a : app) {
        const QList<QVariant> row = sql.value(a.customerId);
        const qint64 persona = row.isEmpty() || row[0].isNull() ? 0 : row[0].toString().toLongLong();
        const QString name = row.size() > 1 ? row[1].toString() : QString();
        if ((persona != a.personaId || name != names.value(a.personaId)) && ++differences <= 8)
            problems << QStringLiteral("%1: app %2 (%3), SQL %4 (%5)")
                            .arg(a.customerId)
                            .arg(a.personaId)
                            .arg(names.value(a.personaId))
                            .arg(persona)
                            .arg(name);
    }
    if (differences > 8)
        problems << QStringLiteral("… %1 people differ in all").arg(differences);
    return problems.join(QLatin1Char('\n'));
}

std::optional<QHash<QString, QList<QVariant>>> sqliteValues(const QString &path, const QString &query, QString *error)
{
    return withSqlite(path, [&](QSqlDatabase &db) -> std::optional<QHash<QString, QList<QVariant>>> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(query)) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        QHash<QString, QList<QVariant>> rows;
        const int columns = q.record().count();
        while (q.next()) {
            QList<QVariant> values;
            for (int c = 1; c < columns; ++c)
                values << q.value(c);
            rows.insert(q.value(0).toString(), values);
        }
        return rows;
    });
}

std::optional<Rows> sqliteRows(const QString &path, const QString &query, QString *error)
{
    const auto values = sqliteValues(path, query, error);
    if (!values)
        return std::nullopt;
    Rows rows;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        QList<double> numbers;
        for (const QVariant &v : it.value())
            numbers << (v.isNull() ? kNaN : v.toDouble());
        rows.insert(it.key(), numbers);
    }
    return rows;
}

} // namespace pw::test
