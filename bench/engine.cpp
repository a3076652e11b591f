// SPDX-License-Identifier: GPL-3.0-or-later
// The segmentation engine's benchmark helper (run by bench/engine.sh, which compares against the
// sqlite3 shell and scikit-learn and prints the ratios):
//   bench_engine generate FILE [PEOPLE] [ORDERS]   a store of planted groups, written with SQLite's C API
//   bench_engine features FILE OUT.f32             time the feature computation; write the matrix
//   bench_engine iteration IN.f32 ROWS COLS        one k-means iteration against one streaming pass
#include "analysis/features.h"
#include "analysis/kmeans.h"
#include "analysis/parallelblocks.h"
#include "analysis/random.h"
#include "sqlitecheck.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pw;
using pw::bench::check;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// 1M people in four behavioural groups; orders in date order, each to a random person of its group.
int generate(const QString &path, qint64 people, qint64 orders)
{
    QFile::remove(path);
    {
        Error error;
        auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
    }
    sqlite3 *db = nullptr;
    if (!check(sqlite3_open(path.toUtf8().constData(), &db), db, "open"))
        return 1;
    sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-300000;", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *person = nullptr, *order = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO people(id, customer_id) VALUES(?, ?)", -1, &person, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO orders(order_id, person_id, order_date, total, discount, coupon_code, category, channel)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
        -1, &order, nullptr);
    char text[32];
    for (qint64 i = 1; i <= people; ++i) {
        const int n = std::snprintf(text, sizeof text, "c%lld", static_cast<long long>(i));
        sqlite3_bind_int64(person, 1, i);
        sqlite3_bind_text(person, 2, text, n, SQLITE_TRANSIENT);
        if (!check(sqlite3_step(person), db, "people"))
            return 1;
        sqlite3_reset(person);
    }
    // Group g holds people with id % 4 == g; weights: repeat buyers get most orders.
    struct Group
    {
        double share; // of orders
        double value; // median order total
        double coupon; // chance of a coupon
        int categories;
    };
    const Group groups[4] = {{0.55, 90, 0.05, 8}, {0.15, 30, 0.8, 3}, {0.2, 200, 0.1, 2}, {0.1, 20, 0.2, 1}};
    static const char *categoryNames[8] = {"home", "kitchen", "garden", "toys", "books", "sport", "beauty", "tech"};
    static const char *channelNames[3] = {"web", "app", "marketplace"};
    Random rng(2024);
    const qint64 start = 1640995200; // 2022-01-01
    const qint64 span = 2 * 365 * 86400;
    for (qint64 i = 0; i < orders; ++i) {
        const double u = rng.uniform();
        int g = 0;
        for (double acc = groups[0].share; g < 3 && u >= acc; acc += groups[++g].share) { }
        const qint64 groupSize = (people - g + 3) / 4;
        const qint64 id = 1 + g + 4 * qint64(rng.below(quint64(groupSize)));
        const int n = std::snprintf(text, sizeof text, "o%lld", static_cast<long long>(i + 1));
        sqlite3_bind_text(order, 1, text, n, SQLITE_TRANSIENT);
        sqlite3_bind_int64(order, 2, id);
        sqlite3_bind_int64(order, 3, start + i * span / orders);
        sqlite3_bind_double(order, 4, groups[g].value * rng.logNormal(0, 0.35));
        const bool coupon = rng.chance(groups[g].coupon);
        if (coupon) {
            sqlite3_bind_double(order, 5, 5.0);
            sqlite3_bind_text(order, 6, "SALE", 4, SQLITE_STATIC);
        } else {
            sqlite3_bind_null(order, 5);
            sqlite3_bind_null(order, 6);
        }
        sqlite3_bind_text(order, 7, categoryNames[rng.below(quint64(groups[g].categories))], -1, SQLITE_STATIC);
        sqlite3_bind_text(order, 8, channelNames[g == 2 ? 1 : rng.below(3)], -1, SQLITE_STATIC);
        if (!check(sqlite3_step(order), db, "orders"))
            return 1;
        sqlite3_reset(order);
    }
    sqlite3_finalize(person);
    sqlite3_finalize(order);
    if (!check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit"))
        return 1;
    sqlite3_exec(db, "ANALYZE", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}

int features(const QString &path, const QString &out)
{
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const auto m = computeFeatures(*project, FeatureSettings(), nullptr, &error);
    const double s = seconds(t);
    if (!m) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(m->z.data()), qint64(m->z.size() * sizeof(float)))
            != qint64(m->z.size() * sizeof(float))
        || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("features_seconds %.3f\nrows %lld\ncolumns %d\nkeys %s\nleft_out %s\n", s,
        static_cast<long long>(m->rows()), m->columns(), qPrintable(m->keys.join(QLatin1Char(','))),
        qPrintable(m->leftOut.join(QLatin1Char(','))));
    return 0;
}

int iteration(const QString &path, qsizetype n, int d)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != qint64(n) * d * qint64(sizeof(float))) {
        std::fprintf(stderr, "%s is not a %lld x %d float32 matrix\n", qPrintable(path), static_cast<long long>(n), d);
        return 1;
    }
    std::vector<float> data(size_t(n) * size_t(d));
    file.read(reinterpret_cast<char *>(data.data()), file.size());
    const int threads = threadCount(0);

    // The floor: one streaming pass reading the whole matrix (a sum per block), best of 9.
    double pass = 1e9;
    double sink = 0;
    for (int r = 0; r < 9; ++r) {
        std::vector<double> sums(size_t(blockCount(n)), 0.0);
        QElapsedTimer t;
        t.start();
        forEachBlock(blockCount(n), threads, [&](qsizetype b) {
            const size_t begin = size_t(b) * size_t(kRowBlock) * size_t(d);
            const size_t end = std::min(size_t(n), size_t(b + 1) * size_t(kRowBlock)) * size_t(d);
            float s = 0;
            for (size_t i = begin; i < end; ++i)
                s += data[i];
            sums[size_t(b)] = s;
        });
        pass = std::min(pass, seconds(t));
        for (double v : sums)
            sink += v;
    }
    // One k-means iteration: the difference between runs of more and fewer iterations.
    auto timed = [&](int iterations, bool accelerated, int &done) {
        KMeansOptions o;
        o.k = 4;
        o.restarts = 1;
        o.seed = 7;
        o.maxIterations = iterations;
        o.tolerance = -1;
        o.accelerated = accelerated;
        double best = 1e9;
        for (int r = 0; r < 3; ++r) {
            QElapsedTimer t;
            t.start();
            const KMeansResult result = kmeans(data.data(), n, d, o);
            best = std::min(best, seconds(t));
            done = result.iterations;
        }
        return best;
    };
    for (bool accelerated : {true, false}) {
        int few = 0, many = 0;
        const double a = timed(2, accelerated, few);
        const double b = timed(12, accelerated, many);
        const double perIteration = many > few ? (b - a) / double(many - few) : b / double(std::max(1, many));
        std::printf("%s_iteration_seconds %.6f\n", accelerated ? "hamerly" : "lloyd", perIteration);
    }
    std::printf("streaming_pass_seconds %.6f\nthreads %d\n(checksum %g)\n", pass, threads, sink);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("generate"))
        return generate(args[2], args.size() > 3 ? args[3].toLongLong() : 1000000,
            args.size() > 4 ? args[4].toLongLong() : 5000000);
    if (args.size() == 4 && args[1] == QLatin1String("features"))
        return features(args[2], args[3]);
    if (args.size() == 5 && args[1] == QLatin1String("iteration"))
        return iteration(args[2], args[3].toLongLong(), args[4].toInt());
    std::fprintf(stderr,
        "usage: bench_engine generate FILE [PEOPLE] [ORDERS] | features FILE OUT.f32 | iteration IN.f32 ROWS COLS\n");
    return 2;
}
