// SPDX-License-Identifier: GPL-3.0-or-later
// The floor under `persona-cli import` (bench/import.sh): what SQLite alone needs to store the
// rows of the benchmark's orders file in a project as an import leaves them, with the file
// already read and every value already parsed, so that no reading, parsing, validation or lookup
// is timed. It writes, in one transaction as the import's bulk load does: the people and the
// orders with their typed columns, then builds the keys on people(customer_id) and
// orders(order_id) and the orders(person_id, order_date) index once at the end, with SQLite's sort
// threads. Journal, cache and index settings are the import's own (ImportWriter, BulkLoadSettings).
// usage: bench_import_floor ORDERS_CSV PROJECT   (PROJECT is replaced)
// prints: floor_seconds, floor_cpu_seconds and the time of each part.
#include "import/valueparser.h"
#include "sqlitecheck.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

using namespace pw;
using pw::bench::check;
using pw::bench::exec;

namespace {

struct Order
{
    std::string orderId;
    qint64 person = 0;
    qint64 date = 0;
    double total = 0;
    double discount = 0;
    qint64 items = 0;
    std::string currency, status, channel;
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}


/// Reads the generated orders file (bench_import's fixed columns) into memory, untimed.
bool readOrders(const char *path, std::vector<Order> &orders, std::vector<std::string> &people)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", path, qPrintable(file.errorString()));
        return false;
    }
    std::unordered_map<std::string, qint64> ids;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> f = line.split(',');
        if (f.size() != 9) {
            std::fprintf(stderr, "%s: not bench_import's orders file\n", path);
            return false;
        }
        const std::string customer = f[1].toStdString();
        auto it = ids.find(customer);
        if (it == ids.end()) {
            people.push_back(customer);
            it = ids.emplace(customer, qint64(people.size())).first;
        }
        orders.push_back({f[0].toStdString(), it->second, ValueParser::parseDateTime(QString::fromLatin1(f[2])).value_or(0), f[3].toDouble(),
                          f[4].toDouble(), f[5].toLongLong(), f[6].toStdString(), f[7].toStdString(),
                          f[8].toStdString()});
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s ORDERS_CSV PROJECT\n", argv[0]);
        return 2;
    }
    std::vector<Order> orders;
    std::vector<std::string> people;
    if (!readOrders(argv[1], orders, people))
        return 1;
    const QString path = QString::fromLocal8Bit(argv[2]);
    QFile::remove(path);
    {
        Error error;
        if (!Project::open(path, Project::OpenMode::CreateIfMissing, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
    }
    sqlite3 *db = nullptr;
    if (!check(sqlite3_open(argv[2], &db), db, "open"))
        return 1;
    if (!exec(db, "PRAGMA journal_mode = DELETE") || !exec(db, "PRAGMA cache_size = -65536"))
        return 1;

    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuSeconds();
    // The import's bulk load: the keys and the index dropped, built once at the end.
    if (!exec(db, "BEGIN") || !exec(db, "DROP INDEX orders_person_date") || !exec(db, "DROP INDEX orders_order_id")
        || !exec(db, "DROP INDEX people_customer"))
        return 1;
    sqlite3_stmt *person = nullptr, *order = nullptr;
    if (!check(sqlite3_prepare_v2(db, "INSERT INTO people(customer_id) VALUES(?)", -1, &person, nullptr), db, "people")
        || !check(sqlite3_prepare_v2(db,
                                     "INSERT INTO orders(order_id, person_id, order_date, total, discount, items,"
                                     " currency, status, channel, import_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                                     -1, &order, nullptr),
                  db, "orders"))
        return 1;
    for (const std::string &customer : people) {
        sqlite3_bind_text(person, 1, customer.data(), int(customer.size()), SQLITE_STATIC);
        if (!check(sqlite3_step(person), db, "people"))
            return 1;
        sqlite3_reset(person);
    }
    const qint64 peopleNs = clock.nsecsElapsed();
    for (const Order &o : orders) {
        sqlite3_bind_text(order, 1, o.orderId.data(), int(o.orderId.size()), SQLITE_STATIC);
        sqlite3_bind_int64(order, 2, o.person);
        sqlite3_bind_int64(order, 3, o.date);
        sqlite3_bind_double(order, 4, o.total);
        sqlite3_bind_double(order, 5, o.discount);
        sqlite3_bind_int64(order, 6, o.items);
        sqlite3_bind_text(order, 7, o.currency.data(), int(o.currency.size()), SQLITE_STATIC);
        sqlite3_bind_text(order, 8, o.status.data(), int(o.status.size()), SQLITE_STATIC);
        sqlite3_bind_text(order, 9, o.channel.data(), int(o.channel.size()), SQLITE_STATIC);
        if (!check(sqlite3_step(order), db, "orders"))
            return 1;
        sqlite3_reset(order);
    }
    const qint64 ordersNs = clock.nsecsElapsed();
    sqlite3_finalize(person);
    sqlite3_finalize(order);
    if (!exec(db, "PRAGMA cache_size = -16384") || !exec(db, "PRAGMA threads = 2")
        || !exec(db, "CREATE UNIQUE INDEX people_customer ON people(customer_id)")
        || !exec(db, "CREATE UNIQUE INDEX orders_order_id ON orders(order_id)")
        || !exec(db, "CREATE INDEX orders_person_date ON orders(person_id, order_date)"))
        return 1;
    const qint64 indexNs = clock.nsecsElapsed();
    if (!exec(db, "COMMIT"))
        return 1;
    const qint64 totalNs = clock.nsecsElapsed();
    const double cpu = cpuSeconds() - cpu0;
    sqlite3_close(db);
    std::printf("floor_people_seconds %.2f (%zu people)\n", double(peopleNs) / 1e9, people.size());
    std::printf("floor_orders_seconds %.2f (%zu orders)\n", double(ordersNs - peopleNs) / 1e9, orders.size());
    std::printf("floor_keys_and_index_seconds %.2f\n", double(indexNs - ordersNs) / 1e9);
    std::printf("floor_commit_seconds %.2f\n", double(totalNs - indexNs) / 1e9);
    std::printf("floor_seconds %.2f (cpu %.2f)\n", double(totalNs) / 1e9, cpu);
    return 0;
}
