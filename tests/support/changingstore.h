// SPDX-License-Identifier: GPL-3.0-or-later
// A year of a store whose behaviour changes on known dates (the one of tests/model/test_asof.cpp):
// 30 repeat buyers who order every fortnight all year ("R0".."R29"), 30 who do the same until
// June and then stop ("L…"), 30 bouncers all year ("B…"), and 30 cart abandoners who arrive in
// September ("N…"). Orders total 60 to 90.
#pragma once

#include "store/project.h"

#include <gtest/gtest.h>

namespace pw::test {

inline void buildChangingStore(Project &p)
{
    constexpr qint64 T0 = 1704067200; // 2024-01-01 00:00 UTC
    constexpr qint64 Day = 86400;
    auto run = [&p](const QString &sql, const QVariantList &values) {
        Error e;
        EXPECT_TRUE(p.exec(sql, values, &e)) << qPrintable(e.message);
    };
    auto event = [&](const QString &session, qint64 person, qint64 when, const QString &type) {
        run(QStringLiteral("INSERT INTO events(session_id, person_id, timestamp, event_type) VALUES(?, ?, ?, ?)"),
            {session, person, when, type});
    };
    Transaction tx(p, QStringLiteral("changing"));
    ASSERT_TRUE(tx.isActive());
    const qint64 july = T0 + 182 * Day; // 2024-07-01
    const qint64 september = T0 + 244 * Day;
    const qint64 yearEnd = T0 + 365 * Day; // 2024-12-31
    qint64 id = 0;
    for (const char group : {'R', 'L', 'B', 'N'}) {
        for (int i = 0; i < 30; ++i) {
            ++id;
            run(QStringLiteral("INSERT INTO people(id, customer_id) VALUES(?, ?)"),
                {id, QStringLiteral("%1%2").arg(QLatin1Char(group)).arg(i)});
            const qint64 offset = qint64(i % 10) * Day + qint64(i) * 3600;
            if (group == 'R' || group == 'L') {
                const qint64 end = group == 'R' ? yearEnd : july;
                int n = 0;
                for (qint64 t = T0 + offset; t < end; t += 14 * Day, ++n) {
                    run(QStringLiteral("INSERT INTO orders(order_id, person_id, order_date, total) VALUES(?, ?, ?, ?)"),
                        {QStringLiteral("%1-%2").arg(id).arg(n), id, t, 60.0 + double((i + n) % 7) * 5.0});
                    event(QStringLiteral("s%1-%2").arg(id).arg(n), id, t - 600, QStringLiteral("product_view"));
                    event(QStringLiteral("s%1-%2").arg(id).arg(n), id, t - 300, QStringLiteral("add_to_cart"));
                    event(QStringLiteral("s%1-%2").arg(id).arg(n), id, t, QStringLiteral("purchase"));
                }
            } else if (group == 'B') {
                for (int s = 0; s < 1 + i % 3; ++s)
                    event(QStringLiteral("s%1-%2").arg(id).arg(s), id, T0 + offset + qint64(s) * 90 * Day,
                          QStringLiteral("page_view"));
            } else {
                for (int s = 0; s < 3 + i % 3; ++s) {
                    const qint64 t = september + offset + qint64(s) * 7 * Day;
                    event(QStringLiteral("s%1-%2").arg(id).arg(s), id, t, QStringLiteral("page_view"));
                    event(QStringLiteral("s%1-%2").arg(id).arg(s), id, t + 60, QStringLiteral("product_view"));
                    event(QStringLiteral("s%1-%2").arg(id).arg(s), id, t + 120, QStringLiteral("product_view"));
                    event(QStringLiteral("s%1-%2").arg(id).arg(s), id, t + 180, QStringLiteral("add_to_cart"));
                }
            }
        }
    }
    ASSERT_TRUE(tx.commit());
}

} // namespace pw::test
