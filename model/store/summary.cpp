// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "project.h"
#include "purchase.h"
#include "storedates.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace pw {

namespace {

/// Runs a query of one row and returns its values, or false with `error` filled.
bool queryRow(Project &project, const QString &sql, QVariantList &values, Error *error)
{
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next()) {
        if (error) {
            error->file = project.path();
            error->message = QCoreApplication::translate("Summary", "The project cannot be read: %1")
                                 .arg(q.lastError().text());
        }
        return false;
    }
    values.clear();
    for (int i = 0; i < q.record().count(); ++i)
        values.append(q.value(i));
    return true;
}

QDateTime moment(const QVariant &seconds)
{
    return seconds.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC);
}

} // namespace

std::optional<ProjectSummary> summarize(Project &project, Error *error)
{
    ProjectSummary s;
    QVariantList v;
    // Buyers and revenue follow the one definition of a purchase (see Purchase): the orders', or
    // in a store without orders, the purchase events'; a conversion column adds buyers, no revenue.
    if (!queryRow(project,
                  QStringLiteral("SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM customers),"
                                 " (SELECT count(*) FROM orders), (SELECT count(*) FROM order_items),"
                                 " (SELECT count(*) FROM events), (SELECT count(*) FROM reviews),"
                                 " (SELECT count(*) FROM (%1)),"
                                 " (SELECT total(%2) FROM orders) + (SELECT total(value) FROM (%3)),"
                                 " (SELECT count(*) FROM segmentation_runs)")
                      .arg(Purchase::buyersSql(), Purchase::revenueSql(), Purchase::eventPurchasesSql()),
                  v, error))
        return std::nullopt;
    s.people = v[0].toLongLong();
    s.customers = v[1].toLongLong();
    s.orders = v[2].toLongLong();
    s.orderItems = v[3].toLongLong();
    s.events = v[4].toLongLong();
    s.reviews = v[5].toLongLong();
    s.buyers = v[6].toLongLong();
    s.revenue = std::round(v[7].toDouble() * 100.0) / 100.0;
    s.segmentationRuns = v[8].toLongLong();

    const auto period = dataPeriod(project, error);
    const auto state = period ? segmentationState(project, error) : std::nullopt;
    if (!state)
        return std::nullopt;
    s.firstDate = period->first;
    s.lastDate = period->second;
    s.personas = state->personas;
    s.segmentedPeople = state->segmentedPeople;
    s.segmentationOutdated = state->segmentationOutdated;

    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, file, format, entity, rows_read, rows_imported, rows_rejected,"
                               " imported_at FROM imports ORDER BY id"))) {
        if (error) {
            error->file = project.path();
            error->message = QCoreApplication::translate("Summary", "The project cannot be read: %1")
                                 .arg(q.lastError().text());
        }
        return std::nullopt;
    }
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.file = q.value(1).toString();
        r.format = q.value(2).toString();
        r.entity = q.value(3).toString();
        r.rowsRead = q.value(4).toLongLong();
        r.rowsImported = q.value(5).toLongLong();
        r.rowsRejected = q.value(6).toLongLong();
        r.importedAt = moment(q.value(7));
        s.imports.append(r);
    }
    return s;
}

std::optional<SegmentationState> segmentationState(Project &project, Error *error)
{
    QVariantList v;
    if (!queryRow(project,
                  QStringLiteral("SELECT (SELECT count(*) FROM personas),"
                                 " (SELECT people FROM segmentation_runs ORDER BY id DESC LIMIT 1),"
                                 " EXISTS (SELECT 1 FROM imports WHERE imported_at >"
                                 "  (SELECT created_at FROM segmentation_runs ORDER BY id DESC LIMIT 1))"),
                  v, error))
        return std::nullopt;
    return SegmentationState {v[0].toLongLong(), v[1].toLongLong(), v[2].toBool()};
}

std::optional<std::pair<QDateTime, QDateTime>> dataPeriod(Project &project, Error *error)
{
    std::optional<StoreDates::Range> dates = StoreDates::kept(project);
    if (!dates) {
        Error scanError;
        dates = StoreDates::scan(project, &scanError);
        if (!dates) {
            if (error) {
                error->file = project.path();
                error->message = QCoreApplication::translate("Summary", "The project cannot be read: %1").arg(scanError.message);
            }
            return std::nullopt;
        }
    }
    auto at = [](std::optional<qint64> seconds) {
        return seconds ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC) : QDateTime();
    };
    return std::pair {at(dates->first), at(dates->last)};
}

} // namespace pw
