// SPDX-License-Identifier: GPL-3.0-or-later
// A store with planted behavioural groups, generated in the test (no committed data): each
// person belongs to one group whose orders and sessions follow that group's pattern.
#pragma once

#include "analysis/random.h"
#include "store/project.h"

#include <QSqlQuery>
#include <QVariantList>

#include <gtest/gtest.h>

#include <vector>

namespace pw::test {

/// The behaviour of one planted group.
struct PlantedGroup
{
    int sessionsMin = 0, sessionsMax = 0;
    int pagesMin = 1, pagesMax = 1;  ///< page views per session
    double cartChance = 0;            ///< a session puts something in the cart
    int ordersMin = 0, ordersMax = 0;
    double orderValue = 0;            ///< median order total
    double couponChance = 0;
};

/// The four groups of the tests: bouncers, cart abandoners, repeat buyers, coupon one-timers.
inline std::vector<PlantedGroup> fourGroups()
{
    return {
        {1, 2, 1, 1, 0.0, 0, 0, 0, 0},         // bouncers
        {3, 6, 4, 9, 0.8, 0, 0, 0, 0},         // cart abandoners
        {4, 8, 2, 5, 0.3, 5, 9, 80, 0.05},     // repeat buyers
        {1, 2, 2, 4, 0.5, 1, 1, 25, 0.95},     // coupon one-timers
    };
}

/// Appends `perGroup` people per group (customer ids "<prefix><n>") to the project; the planted
/// group of each new person, in people-id order, is appended to `truth`.
inline void plantStore(Project &project, const std::vector<PlantedGroup> &groups, int perGroup, quint64 seed,
    std::vector<int> &truth, const QString &prefix = QStringLiteral("p"), qint64 start = 1700000000)
{
    Random rng(seed);
    const qint64 day = 86400;
    Transaction tx(project, QStringLiteral("plant"));
    ASSERT_TRUE(tx.isActive());
    QSqlQuery q(project.db());
    qint64 nextPerson = project.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM people")).toLongLong() + 1;
    QVariantList pid, cid;
    QVariantList oid, operson, odate, ototal, ocoupon;
    QVariantList esession, eperson, ets, etype;
    const int total = perGroup * int(groups.size());
    for (int i = 0; i < total; ++i) {
        const int g = i % int(groups.size()); // interleaved
        const PlantedGroup &group = groups[size_t(g)];
        const qint64 person = nextPerson++;
        truth.push_back(g);
        pid << person;
        cid << QString(prefix + QString::number(person));
        const qint64 first = start + qint64(rng.below(200)) * day + qint64(rng.below(quint64(day)));
        const int sessions = rng.range(group.sessionsMin, group.sessionsMax);
        for (int s = 0; s < sessions; ++s) {
            const QString session = prefix + QStringLiteral("s%1_%2").arg(person).arg(s);
            qint64 t = first + qint64(s) * day * qint64(rng.range(1, 5));
            const int pages = rng.range(group.pagesMin, group.pagesMax);
            for (int v = 0; v < pages; ++v) {
                esession << session;
                eperson << person;
                ets << (t += 60);
                etype << (v % 2 == 0 ? QStringLiteral("page_view") : QStringLiteral("product_view"));
            }
            if (rng.chance(group.cartChance)) {
                esession << session;
                eperson << person;
                ets << (t += 60);
                etype << QStringLiteral("add_to_cart");
            }
        }
        // Repeat buyers keep buying until the data ends (the store's last days), at their own pace.
        const int orders = rng.range(group.ordersMin, group.ordersMax);
        const qint64 gap = orders > 1 ? (start + 400 * day - first) / orders : 0;
        for (int o = 0; o < orders; ++o) {
            oid << QString(prefix + QStringLiteral("o%1_%2").arg(person).arg(o));
            operson << person;
            odate << first + qint64(o) * gap + qint64(rng.below(quint64(5 * day)));
            ototal << group.orderValue * rng.logNormal(0, 0.25);
            ocoupon << (rng.chance(group.couponChance) ? QVariant(QStringLiteral("SALE")) : QVariant());
        }
    }
    auto batch = [&](const QString &sql, const QList<QVariantList> &columns) {
        ASSERT_TRUE(q.prepare(sql));
        for (const QVariantList &c : columns)
            q.addBindValue(c);
        ASSERT_TRUE(q.execBatch()) << qPrintable(sql);
    };
    batch(QStringLiteral("INSERT INTO people(id, customer_id) VALUES(?, ?)"), {pid, cid});
    if (!oid.isEmpty())
        batch(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total, coupon_code) VALUES(?, ?, ?, ?, ?)"),
            {oid, operson, odate, ototal, ocoupon});
    if (!esession.isEmpty())
        batch(QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type) VALUES(?, ?, ?, ?)"),
            {esession, eperson, ets, etype});
    ASSERT_TRUE(tx.commit());
}

} // namespace pw::test
