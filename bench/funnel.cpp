// SPDX-License-Identifier: GPL-3.0-or-later
// Funnel benchmark: a generated store of 1M people and 20M events (plus orders, reviews and four
// personas) built with SQL, then the journey funnels computed for everyone and per persona.
// Prints the figures; bench/funnel.sh runs it and prints the ratio against the 10 s budget and
// against a plain one-query SQL count of the same stages (a peer with no times and no personas).
//
// usage: bench_funnel [PROJECT] [PEOPLE] [EVENTS_PER_PERSON]
#include "journey/funnel.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>

using namespace pw;

namespace {

bool run(Project &p, const QString &sql)
{
    QSqlQuery q(p.db());
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "bench_funnel: %s\n  in %s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
    return false;
}

bool generate(Project &p, qint64 people, qint64 perPerson)
{
    const qint64 events = people * perPerson;
    // h = a per-person pseudo-random 0..99 that decides how far down the funnel the person goes.
    const QString h = QStringLiteral("((pid * 2654435761) % 100)");
    Transaction tx(p, QStringLiteral("bench"));
    const bool ok =
        run(p, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                              " INSERT INTO people(id, customer_id) SELECT i, 'c' || i FROM n").arg(people))
        && run(p, QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1),"
               " e(pid, j) AS (SELECT i / %2 + 1, i % %2 FROM n)"
               " INSERT INTO events(session_id, person_id, timestamp, event_type)"
               " SELECT 's' || pid || '-' || (j / 5), pid, 1700000000 + pid * 7 + j * 5400 + (%3 * j) % 3600,"
               " CASE WHEN j = 0 THEN 'session_start'"
               "      WHEN j >= %2 - 10 AND j < %2 - 4 AND %3 < 60 THEN 'product_view'"
               "      WHEN j >= %2 - 4 AND j < %2 - 2 AND %3 < 25 THEN 'add_to_cart'"
               "      WHEN j = %2 - 2 AND %3 < 12 THEN 'begin_checkout'"
               "      WHEN j = %2 - 1 AND %3 < 8 THEN 'purchase'"
               "      WHEN j = %2 - 1 AND %3 = 8 THEN 'referral'"
               "      ELSE 'page_view' END FROM e")
                      .arg(events - 1).arg(perPerson).arg(h))
        && run(p, QStringLiteral(
               "INSERT INTO orders(order_id, person_id, order_date, total)"
               " SELECT 'o' || pid, pid, 1700000000 + pid * 7 + %2 * 5400, 40 FROM"
               " (SELECT id AS pid FROM people) WHERE %1 < 8").arg(h).arg(perPerson))
        && run(p, QStringLiteral(
               "INSERT INTO orders(order_id, person_id, order_date, total)"
               " SELECT 'r' || pid, pid, 1700000000 + pid * 7 + %2 * 5400 + 20 * 86400, 55 FROM"
               " (SELECT id AS pid FROM people) WHERE %1 < 3").arg(h).arg(perPerson))
        && run(p, QStringLiteral(
               "INSERT INTO reviews(person_id, rating, date) SELECT pid, 4 + (pid % 2), 1700000000 + pid * 7 + 30 * 86400"
               " FROM (SELECT id AS pid FROM people) WHERE %1 < 2").arg(h))
        && run(p, QStringLiteral("INSERT INTO segmentation_runs(id, created_at, k, seed, restarts, people, features, scores,"
                                 " centroids, timings) VALUES (1, 0, 4, 1, 1, %1, '[]', '{}', '[]', '{}')").arg(people))
        && run(p, QStringLiteral("INSERT INTO assignments(run_id, person_id, segment) SELECT 1, id, id % 4 FROM people"))
        && run(p, QStringLiteral("INSERT INTO personas(position, archetype, color, run_id, segment) VALUES"
                                 " (0, 'repeat_buyer', '#2a9d8f', 1, 0), (1, 'browser', '#e9c46a', 1, 1),"
                                 " (2, 'cart_abandoner', '#e76f51', 1, 2), (3, 'bouncer', '#264653', 1, 3)"));
    return ok && tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QStringLiteral("/tmp/pw-bench-funnel.personas"));
    const qint64 people = args.value(2, QStringLiteral("1000000")).toLongLong();
    const qint64 perPerson = args.value(3, QStringLiteral("20")).toLongLong();

    Error error;
    auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
    if (!project) {
        std::fprintf(stderr, "bench_funnel: %s\n", qPrintable(error.message));
        return 1;
    }
    QElapsedTimer timer;
    const qint64 have = project->scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong();
    if (have == 0) {
        timer.start();
        if (!generate(*project, people, perPerson))
            return 1;
        std::printf("generate_seconds %.2f\n", timer.elapsed() / 1000.0);
    } else if (have != people) {
        std::fprintf(stderr, "bench_funnel: %s holds %lld people, not %lld: remove it first\n", qPrintable(path),
                     have, people);
        return 1;
    }
    std::printf("people %lld\nevents %lld\norders %lld\nreviews %lld\n", have ? have : people,
                project->scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong(),
                project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(),
                project->scalar(QStringLiteral("SELECT count(*) FROM reviews")).toLongLong());

    // The peer: one plain SQL statement counting people per default stage (no times, no personas).
    timer.start();
    QSqlQuery peer(project->db());
    if (!peer.exec(QStringLiteral(
            "SELECT count(*), sum(c), sum(v) FROM (SELECT person_id,"
            " max(event_type IN ('product_view', 'add_to_cart', 'begin_checkout', 'purchase')) AS c,"
            " max(event_type = 'purchase') AS v FROM events WHERE person_id IS NOT NULL GROUP BY person_id)"))
        || !peer.next()) {
        std::fprintf(stderr, "bench_funnel: %s\n", qPrintable(peer.lastError().text()));
        return 1;
    }
    const double peerSeconds = timer.elapsed() / 1000.0;
    std::printf("peer_sql_counts_seconds %.2f\n", peerSeconds);

    timer.start();
    const std::clock_t cpuStart = std::clock();
    const auto report = computeFunnels(*project, &error);
    const double seconds = timer.elapsed() / 1000.0;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!report) {
        std::fprintf(stderr, "bench_funnel: %s\n", qPrintable(error.message));
        return 1;
    }
    std::printf("funnel_seconds %.2f\nfunnel_cpu_seconds %.2f\n", seconds, cpuSeconds);
    for (const FunnelStage &s : report->everyone.stages)
        std::printf("stage %s %lld%s\n", qPrintable(s.key), s.people, s.measured ? "" : " (no data)");
    std::printf("personas %lld\n", qint64(report->personas.size()));
    std::printf("peer_awareness %lld peer_consideration %lld peer_conversion_events %lld\n",
                peer.value(0).toLongLong(), peer.value(1).toLongLong(), peer.value(2).toLongLong());
    return 0;
}
