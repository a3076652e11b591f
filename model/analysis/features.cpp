// SPDX-License-Identifier: GPL-3.0-or-later
#include "features.h"

#include "common/progress.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pw {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kSecondsPerDay = 86400.0;
constexpr double kSecondsPerHour = 3600.0;


/// Every feature of every person before any transform, with all keys of Feature::all().
struct RawTable
{
    QList<qint64> personIds;
    QStringList customerIds;
    std::vector<double> values; // rows × Feature::all().size()
    std::vector<PersonActivity> activity;
    bool hasEvents = false;
};

bool isLogFeature(const QString &key)
{
    return key == Feature::Frequency || key == Feature::Monetary || key == Feature::AverageOrderValue
        || key == Feature::HoursToFirstPurchase || key == Feature::Sessions || key == Feature::PagesPerSession
        || key == Feature::ProductViews;
}

bool fail(Error *error, const QString &message)
{
    if (error)
        error->message = message;
    return false;
}

bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &values, Error *error)
{
    if (!q.prepare(sql))
        return fail(error, QCoreApplication::translate("Features", "The features cannot be computed: %1").arg(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(error, QCoreApplication::translate("Features", "The features cannot be computed: %1").arg(q.lastError().text()));
    return true;
}

/// Linear-interpolated percentile (0..1) of sorted values.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double pos = p * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

bool collectRaw(Project &project, Progress *progress, RawTable &table, Error *error)
{
    const QStringList keys = Feature::all();
    const int d = int(keys.size());
    auto col = [&](const QString &key) { return int(keys.indexOf(key)); };
    const int total = 6;
    auto step = [&](int done) {
        if (progress && !progress->report(done, total, QCoreApplication::translate("Features", "Computing features")))
            return fail(error, QCoreApplication::translate("Features", "The computation was canceled"));
        return true;
    };

    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (!step(0) || !runQuery(q, QStringLiteral("SELECT id, customer_id FROM people ORDER BY id"), {}, error))
        return false;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        rowOf.insert(q.value(0).toLongLong(), table.personIds.size());
        table.personIds << q.value(0).toLongLong();
        table.customerIds << q.value(1).toString();
    }
    const qsizetype n = table.personIds.size();

    // The store's first and last moments.
    if (!runQuery(q,
            QStringLiteral(
                "SELECT (SELECT MIN(order_date) FROM orders), (SELECT MAX(order_date) FROM orders),"
                " (SELECT MIN(timestamp) FROM events), (SELECT MAX(timestamp) FROM events),"
                " (SELECT MIN(date) FROM reviews), (SELECT MAX(date) FROM reviews)"),
            {}, error))
        return false;
    qint64 storeFirst = std::numeric_limits<qint64>::max();
    qint64 storeLast = std::numeric_limits<qint64>::min();
    if (q.next()) {
        for (int i = 0; i < 6; ++i) {
            if (q.value(i).isNull())
                continue;
            const qint64 t = q.value(i).toLongLong();
            storeFirst = std::min(storeFirst, t);
            storeLast = std::max(storeLast, t);
        }
    }
    if (storeLast < storeFirst)
        storeFirst = storeLast = 0;
    q.finish();

    // Per person: first/last order, first/last other activity, sign-up.
    std::vector<qint64> firstOrder(size_t(n), 0), lastOrder(size_t(n), 0);
    std::vector<qint64> firstActivity(size_t(n), std::numeric_limits<qint64>::max());
    std::vector<qint64> lastActivity(size_t(n), std::numeric_limits<qint64>::min());
    std::vector<qint64> signup(size_t(n), std::numeric_limits<qint64>::min());
    table.activity.assign(size_t(n), PersonActivity());
    table.values.assign(size_t(n) * size_t(d), 0.0);
    auto at
        = [&](qsizetype row, int c) -> double & { return table.values[size_t(row) * size_t(d) + size_t(c)]; };

    if (!step(1)
        || !runQuery(q,
            QStringLiteral("SELECT person_id, COUNT(*), TOTAL(total),"
                           " SUM(CASE WHEN COALESCE(discount, 0) > 0 OR COALESCE(coupon_code, '') <> ''"
                           " THEN 1 ELSE 0 END), MIN(order_date), MAX(order_date)"
                           " FROM orders GROUP BY person_id"),
            {}, error))
        return false;
    while (q.next()) {
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it == rowOf.constEnd())
            continue;
        PersonActivity &a = table.activity[size_t(*it)];
        a.orders = q.value(1).toLongLong();
        a.revenue = q.value(2).toDouble();
        a.discountedOrders = q.value(3).toLongLong();
        firstOrder[size_t(*it)] = q.value(4).toLongLong();
        lastOrder[size_t(*it)] = q.value(5).toLongLong();
    }
    q.finish();

    if (!step(2)
        || !runQuery(q,
            QStringLiteral("SELECT person_id, COUNT(*), TOTAL(n_pages), TOTAL(n_products),"
                           " SUM(CASE WHEN n_other <= 1 THEN 1 ELSE 0 END),"
                           " SUM(CASE WHEN n_cart > 0 THEN 1 ELSE 0 END),"
                           " SUM(CASE WHEN n_cart > 0 AND n_purchase = 0 THEN 1 ELSE 0 END),"
                           " MIN(first_ts), MAX(last_ts) FROM ("
                           " SELECT person_id, session_id, SUM(event_type IN (?, ?)) AS n_pages,"
                           " SUM(event_type = ?) AS n_products, SUM(event_type <> ?) AS n_other,"
                           " SUM(event_type IN (?, ?)) AS n_cart, SUM(event_type = ?) AS n_purchase,"
                           " MIN(timestamp) AS first_ts, MAX(timestamp) AS last_ts"
                           " FROM events WHERE person_id IS NOT NULL GROUP BY person_id, session_id)"
                           " GROUP BY person_id"),
            {QStringLiteral("page_view"), QStringLiteral("product_view"), QStringLiteral("product_view"),
                QStringLiteral("session_start"), QStringLiteral("add_to_cart"),
                QStringLiteral("begin_checkout"), QStringLiteral("purchase")},
            error))
        return false;
    while (q.next()) {
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it == rowOf.constEnd())
            continue;
        table.hasEvents = true;
        const qsizetype r = *it;
        PersonActivity &a = table.activity[size_t(r)];
        const double sessions = q.value(1).toDouble();
        a.sessions = q.value(1).toLongLong();
        a.carts = q.value(5).toLongLong();
        a.abandonedCarts = q.value(6).toLongLong();
        a.bounces = q.value(4).toLongLong();
        at(r, col(Feature::Sessions)) = sessions;
        at(r, col(Feature::PagesPerSession)) = q.value(2).toDouble() / sessions;
        at(r, col(Feature::ProductViews)) = q.value(3).toDouble();
        at(r, col(Feature::BounceRate)) = q.value(4).toDouble() / sessions;
        at(r, col(Feature::CartAbandonment)) = a.carts > 0 ? double(a.abandonedCarts) / double(a.carts) : 0.0;
        firstActivity[size_t(r)] = std::min(firstActivity[size_t(r)], q.value(7).toLongLong());
        lastActivity[size_t(r)] = std::max(lastActivity[size_t(r)], q.value(8).toLongLong());
    }
    q.finish();

    if (!step(3)
        || !runQuery(q,
            QStringLiteral(
                "SELECT person_id, MAX(date) FROM reviews WHERE date IS NOT NULL GROUP BY person_id"),
            {}, error))
        return false;
    while (q.next()) {
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it != rowOf.constEnd())
            lastActivity[size_t(*it)] = std::max(lastActivity[size_t(*it)], q.value(1).toLongLong());
    }
    q.finish();

    if (!step(4)
        || !runQuery(q,
            QStringLiteral("SELECT person_id, signup_date FROM customers WHERE signup_date IS NOT NULL"), {},
            error))
        return false;
    while (q.next()) {
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it != rowOf.constEnd())
            signup[size_t(*it)] = q.value(1).toLongLong();
    }
    q.finish();

    for (qsizetype r = 0; r < n; ++r) {
        PersonActivity &a = table.activity[size_t(r)];
        qint64 last = storeFirst;
        if (a.orders > 0)
            last = lastOrder[size_t(r)];
        else if (lastActivity[size_t(r)] != std::numeric_limits<qint64>::min())
            last = lastActivity[size_t(r)];
        else if (signup[size_t(r)] != std::numeric_limits<qint64>::min())
            last = signup[size_t(r)];
        a.recencyDays = std::max<double>(0.0, double(storeLast - last) / kSecondsPerDay);
        at(r, col(Feature::RecencyDays)) = a.recencyDays;
        at(r, col(Feature::Frequency)) = double(a.orders);
        at(r, col(Feature::Monetary)) = a.revenue;
        at(r, col(Feature::AverageOrderValue)) = a.orders > 0 ? a.revenue / double(a.orders) : 0.0;
        at(r, col(Feature::DiscountShare))
            = a.orders > 0 ? double(a.discountedOrders) / double(a.orders) : 0.0;
        if (a.orders > 0) {
            const qint64 first = std::min(firstActivity[size_t(r)], firstOrder[size_t(r)]);
            a.hoursToFirstPurchase = double(firstOrder[size_t(r)] - first) / kSecondsPerHour;
        } else {
            a.hoursToFirstPurchase = kNaN;
        }
        at(r, col(Feature::HoursToFirstPurchase)) = a.hoursToFirstPurchase;
    }
    return step(5);
}

/// Fits a transform to one raw column; returns false when the column does not vary.
bool fitTransform(const QString &key, const std::vector<double> &column, FeatureTransform &t)
{
    t = FeatureTransform();
    t.key = key;
    t.log = isLogFeature(key);
    std::vector<double> present;
    present.reserve(column.size());
    for (double v : column) {
        if (!std::isnan(v))
            present.push_back(t.log ? std::log1p(std::max(0.0, v)) : v);
    }
    if (present.empty())
        return false;
    std::sort(present.begin(), present.end());
    t.fill = percentile(present, 0.5);
    // Percentiles over everyone, the missing ones counted at the fill value.
    std::vector<double> all = present;
    all.insert(all.end(), column.size() - present.size(), t.fill);
    std::sort(all.begin(), all.end());
    t.low = percentile(all, 0.01);
    t.high = percentile(all, 0.99);
    double sum = 0;
    for (double v : all)
        sum += std::clamp(v, t.low, t.high);
    t.mean = sum / double(all.size());
    double ss = 0;
    for (double v : all) {
        const double c = std::clamp(v, t.low, t.high) - t.mean;
        ss += c * c;
    }
    t.sd = std::sqrt(ss / double(all.size()));
    return t.sd > 1e-9 * std::max(1.0, std::abs(t.mean));
}

FeatureMatrix assemble(RawTable &table, const QList<FeatureTransform> &transforms, const QStringList &leftOut)
{
    const QStringList allKeys = Feature::all();
    const size_t dAll = size_t(allKeys.size());
    FeatureMatrix m;
    m.personIds = std::move(table.personIds);
    m.customerIds = std::move(table.customerIds);
    m.activity = std::move(table.activity);
    m.transforms = transforms;
    m.leftOut = leftOut;
    for (const FeatureTransform &t : transforms)
        m.keys << t.key;
    const size_t n = size_t(m.personIds.size());
    const size_t d = size_t(m.keys.size());
    m.raw.resize(n * d);
    m.z.resize(n * d);
    for (size_t j = 0; j < d; ++j) {
        const size_t src = size_t(allKeys.indexOf(m.keys[qsizetype(j)]));
        const FeatureTransform &t = transforms[qsizetype(j)];
        for (size_t i = 0; i < n; ++i) {
            const double v = table.values[i * dAll + src];
            m.raw[i * d + j] = v;
            m.z[i * d + j] = float(t.apply(v));
        }
    }
    return m;
}

} // namespace

QStringList Feature::all()
{
    return {RecencyDays, Frequency, Monetary, AverageOrderValue, DiscountShare, HoursToFirstPurchase,
        Sessions, PagesPerSession, ProductViews, BounceRate, CartAbandonment};
}

bool Feature::isEventBased(const QString &key)
{
    return key == Sessions || key == PagesPerSession || key == ProductViews || key == BounceRate
        || key == CartAbandonment;
}

double FeatureTransform::apply(double raw) const
{
    double v = std::isnan(raw) ? fill : (log ? std::log1p(std::max(0.0, raw)) : raw);
    v = std::clamp(v, low, high);
    return sd > 0 ? (v - mean) / sd : 0.0;
}

QJsonObject FeatureTransform::toJson() const
{
    return QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("log1p"), log},
        {QStringLiteral("fill"), fill}, {QStringLiteral("low"), low}, {QStringLiteral("high"), high},
        {QStringLiteral("mean"), mean}, {QStringLiteral("sd"), sd}};
}

FeatureTransform FeatureTransform::fromJson(const QJsonObject &o)
{
    FeatureTransform t;
    t.key = o.value(QStringLiteral("key")).toString();
    t.log = o.value(QStringLiteral("log1p")).toBool();
    t.fill = o.value(QStringLiteral("fill")).toDouble();
    t.low = o.value(QStringLiteral("low")).toDouble();
    t.high = o.value(QStringLiteral("high")).toDouble();
    t.mean = o.value(QStringLiteral("mean")).toDouble();
    t.sd = o.value(QStringLiteral("sd")).toDouble(1.0);
    return t;
}

QJsonArray FeatureMatrix::transformsJson() const
{
    QJsonArray a;
    for (const FeatureTransform &t : transforms)
        a.append(t.toJson());
    return a;
}

std::optional<FeatureMatrix> computeFeatures(Project &project, Progress *progress, Error *error)
{
    RawTable table;
    if (!collectRaw(project, progress, table, error))
        return std::nullopt;
    const QStringList allKeys = Feature::all();
    const size_t dAll = size_t(allKeys.size());
    const size_t n = size_t(table.personIds.size());
    QList<FeatureTransform> transforms;
    QStringList leftOut;
    std::vector<double> column(n);
    for (size_t j = 0; j < dAll; ++j) {
        const QString &key = allKeys[qsizetype(j)];
        if (Feature::isEventBased(key) && !table.hasEvents) {
            leftOut << key;
            continue;
        }
        for (size_t i = 0; i < n; ++i)
            column[i] = table.values[i * dAll + j];
        FeatureTransform t;
        if (fitTransform(key, column, t))
            transforms << t;
        else
            leftOut << key;
    }
    return assemble(table, transforms, leftOut);
}

std::optional<FeatureMatrix> computeFeatures(
    Project &project, const QList<FeatureTransform> &transforms, Progress *progress, Error *error)
{
    for (const FeatureTransform &t : transforms) {
        if (!Feature::all().contains(t.key)) {
            fail(error, QCoreApplication::translate("Features", "Unknown feature: %1").arg(t.key));
            return std::nullopt;
        }
    }
    RawTable table;
    if (!collectRaw(project, progress, table, error))
        return std::nullopt;
    return assemble(table, transforms, {});
}

} // namespace pw
