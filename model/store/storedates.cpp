// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedates.h"

#include "project.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pw::StoreDates {

namespace {

std::optional<qint64> integer(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

/// The range of the orders and events whose rowids are above `after`'s.
std::optional<Range> read(Project &project, const Mark &after, Error *error)
{
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT min(first), max(last) FROM ("
                             " SELECT min(order_date) AS first, max(order_date) AS last FROM orders WHERE id > ?"
                             " UNION ALL SELECT min(timestamp), max(timestamp) FROM events WHERE id > ?)"));
    q.addBindValue(after.orders);
    q.addBindValue(after.events);
    if (!q.exec() || !q.next()) {
        if (error)
            error->message = q.lastError().text();
        return std::nullopt;
    }
    return Range {integer(q.value(0)), integer(q.value(1))};
}

/// The range kept in the table, if it was taken when the tables' last rowids were `mark`'s.
std::optional<Range> stored(Project &project, const Mark &mark)
{
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT orders_row, events_row, first, last FROM store_dates WHERE id = 1")) || !q.next()
        || q.value(0).toLongLong() != mark.orders || q.value(1).toLongLong() != mark.events)
        return std::nullopt;
    return Range {integer(q.value(2)), integer(q.value(3))};
}

std::optional<qint64> earlier(std::optional<qint64> a, std::optional<qint64> b)
{
    return a && b ? std::min(*a, *b) : (a ? a : b);
}

std::optional<qint64> later(std::optional<qint64> a, std::optional<qint64> b)
{
    return a && b ? std::max(*a, *b) : (a ? a : b);
}

} // namespace

Mark Mark::of(Project &project)
{
    return {project.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM orders")).toLongLong(),
            project.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM events")).toLongLong()};
}

std::optional<Range> kept(Project &project)
{
    return stored(project, Mark::of(project));
}

std::optional<Range> scan(Project &project, Error *error)
{
    return read(project, Mark {}, error);
}

bool keep(Project &project, const Mark &before, bool changedOld, Error *error)
{
    // What was kept before the import, if it held then; an empty store has the empty range.
    std::optional<Range> range;
    if (!changedOld) {
        range = stored(project, before);
        if (!range && before.orders == 0 && before.events == 0)
            range = Range {};
    }
    std::optional<Range> now;
    if (range) {
        const std::optional<Range> added = read(project, before, error);
        if (!added)
            return false;
        now = Range {earlier(range->first, added->first), later(range->last, added->last)};
    } else {
        now = scan(project, error);
        if (!now)
            return false;
    }
    const Mark after = Mark::of(project);
    auto value = [](std::optional<qint64> v) { return v ? QVariant(*v) : QVariant(); };
    return project.exec(QStringLiteral("INSERT INTO store_dates(id, orders_row, events_row, first, last) VALUES(1, ?, ?, ?, ?)"
                                       " ON CONFLICT(id) DO UPDATE SET orders_row = excluded.orders_row,"
                                       " events_row = excluded.events_row, first = excluded.first, last = excluded.last"),
                        {after.orders, after.events, value(now->first), value(now->last)}, error);
}

} // namespace pw::StoreDates
