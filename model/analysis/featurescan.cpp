// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurescan.h"

#include "featuredefinitions.h"
#include "orderscan.h"
#include "parallelblocks.h"

#include "common/progress.h"
#include "store/project.h"
#include "store/purchase.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <bit>
#include <cstring>
#include <limits>

namespace pw {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kSecondsPerDay = 86400.0;
constexpr qint64 kNone = std::numeric_limits<qint64>::min();
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

using Scan = RowScan;

/// What one person did, gathered over the scans.
struct Accumulator
{
    qint64 firstOrder = kNever, lastOrder = kNone;
    qint64 firstActivity = kNever, lastActivity = kNone, firstEvent = kNever;
    qint64 signup = kNone;
    quint64 categories = 0, channels = 0;
    qint64 mobile = 0, withDevice = 0;
    qint64 pages = 0, products = 0, checkouts = 0, referrals = 0;
    double ratingSum = 0;
    qint64 ratings = 0;
    double logValues = 0, logValueSquares = 0; ///< of the purchases' totals (see OrderTotals)
};

/// Longest credibility of the store's mean order value (FeatureTransform::credibility): where
/// people do not differ in what they usually spend, a buyer's own orders count for next to nothing.
constexpr double kMostCredibility = 20.0;

/// Bühlmann's credibility of a person's order values, from the store's own buyers: the spread
/// of repeat buyers' orders around their own mean (on the log scale the order value is clustered
/// on) over the spread of people's means beyond what that alone explains. A store where people's
/// usual order values differ much gets almost none (k near 0); one where each order's value is
/// mostly chance (a CD store: one CD or five) a large one. 0 with fewer than 20 repeat buyers.
double orderValueCredibility(const std::vector<PersonActivity> &activity, const std::vector<Accumulator> &acc)
{
    double within = 0;
    double withinDegrees = 0;
    double sum = 0, squares = 0, inverseOrders = 0;
    qint64 buyers = 0, repeat = 0;
    for (size_t r = 0; r < activity.size(); ++r) {
        const double n = double(activity[r].orders);
        if (n < 1)
            continue;
        const Accumulator &x = acc[r];
        const double mean = x.logValues / n;
        ++buyers;
        sum += mean;
        squares += mean * mean;
        inverseOrders += 1.0 / n;
        if (n >= 2) {
            ++repeat;
            within += std::max(0.0, x.logValueSquares - n * mean * mean);
            withinDegrees += n - 1;
        }
    }
    if (repeat < 20 || buyers < 2 || within <= 0)
        return 0.0;
    const double expectedWithin = within / withinDegrees;
    const double meanOfMeans = sum / double(buyers);
    const double spreadOfMeans = (squares - double(buyers) * meanOfMeans * meanOfMeans) / double(buyers - 1);
    const double between = spreadOfMeans - expectedWithin * inverseOrders / double(buyers);
    return between > expectedWithin / kMostCredibility ? expectedWithin / between : kMostCredibility;
}

/// One session's events.
struct Session
{
    qint64 row = -1;
    qint32 next = -1; ///< the session of another person with the same id, -1 for none
    qint64 first = kNever, last = kNone;
    int other = 0; // events besides session_start
    int pages = 0, products = 0;
    bool cart = false, checkout = false, purchase = false, mobile = false, device = false;
    int referrals = 0;
};

/// As of a date: keeps the rows of the people present by then (`present`), in their order; false
/// (with `error` set) when nobody is.
bool keepPresent(RawFeatureTable &table, const std::vector<char> &present, const QDate &asOf, Error *error)
{
    const size_t d = size_t(table.keys.size());
    size_t kept = 0;
    QList<qint64> ids;
    for (size_t r = 0; r < present.size(); ++r) {
        if (!present[r])
            continue;
        ids << table.personIds[qsizetype(r)];
        table.activity[kept] = table.activity[r];
        std::copy_n(table.values.begin() + qsizetype(r * d), d, table.values.begin() + qsizetype(kept * d));
        ++kept;
    }
    if (kept == 0)
        return fail(error, QCoreApplication::translate("Features",
            "Nobody in the project has dated data (an order, an event, a dated review or a sign-up) on or "
            "before %1: there is nobody to segment as of that date")
                .arg(asOf.toString(Qt::ISODate)));
    table.personIds = std::move(ids);
    table.activity.resize(kept);
    table.values.resize(kept * d);
    return true;
}

/// Reads a recipe's feature table (FeatureDefinitions::isRecipeTable()) as the store's features:
/// each column of Feature::all() is that feature's raw value (missing where the table has none),
/// and everything the app derives of a person's orders and sessions besides (their activity, the
/// order values' sums the shrink's credibility is measured on) and the store's figures (period,
/// purchase cycle) come from the table too, so that the people are clustered, shrunk and named
/// exactly as the app's own computed features of the same store would be. Returns an error
/// message, empty on success.
QString readRecipeTable(
    sqlite3 *db, const PersonRows &personRows, RawFeatureTable &table, std::vector<Accumulator> &acc)
{
    using FeatureDefinitions::FeatureDefinition;
    const QStringList &keys = table.keys; // Feature::all()
    const size_t d = size_t(keys.size());
    const size_t n = table.personIds.size();
    const QList<FeatureDefinition> &extras = FeatureDefinitions::recipeColumns();
    const size_t e = size_t(extras.size());
    // A stored name's column: a feature's (0 .. d) or, after them, a recipe column's.
    QHash<QByteArray, size_t> columnOf;
    for (size_t c = 0; c < d; ++c)
        columnOf.insert(keys[qsizetype(c)].toUtf8(), c);
    for (size_t c = 0; c < e; ++c)
        columnOf.insert(extras[qsizetype(c)].key.toUtf8(), d + c);
    std::fill(table.values.begin(), table.values.end(), kNaN);
    std::vector<double> extra(n * e, kNaN);
    auto extraColumn = [&](const QString &name) {
        auto named = [&](const FeatureDefinition &x) { return x.key == name; };
        return size_t(std::find_if(extras.begin(), extras.end(), named) - extras.begin());
    };
    const size_t cLogSum = extraColumn(FeatureDefinitions::RecipeColumn::OrderValueLogSum);
    const size_t cLogSquares = extraColumn(FeatureDefinitions::RecipeColumn::OrderValueLogSumSquares);
    const size_t cPeriod = extraColumn(FeatureDefinitions::RecipeColumn::StorePeriodDays);
    const size_t cCycle = extraColumn(FeatureDefinitions::RecipeColumn::StorePurchaseCycleDays);
    std::vector<char> anyValue(d, 0), anyPositive(d, 0);
    RowScan rows(db, "SELECT person_id, trim(feature), value FROM person_features");
    while (rows.next()) {
        const qint64 r = personRows.rowOf(rows.integer(0));
        const auto c = columnOf.constFind(rows.text(1));
        if (r < 0 || c == columnOf.constEnd() || rows.isNull(2))
            continue;
        const double v = rows.real(2);
        if (*c < d) {
            table.values[size_t(r) * d + *c] = v;
            anyValue[*c] = 1;
            anyPositive[*c] = anyPositive[*c] || v > 0;
        } else {
            extra[size_t(r) * e + (*c - d)] = v;
        }
    }
    if (!rows.ok())
        return rows.error();

    // What the data holds, as the app's scan decides it from the store: the features of orders,
    // recency and tenure where the table has them; events, referrals, categories, channels and
    // discounts where someone has any (the recipe writes 0 where the store has none: the app says
    // no data); ratings, devices and timing where someone has a value (else the recipe writes NULL).
    auto col = [&](const QString &key) { return size_t(keys.indexOf(key)); };
    bool anyEvent = false;
    for (size_t c = 0; c < d; ++c)
        anyEvent = anyEvent || (Feature::isEventBased(keys[qsizetype(c)]) && anyPositive[c]);
    table.supported.clear();
    for (size_t c = 0; c < d; ++c) {
        const QString &key = keys[qsizetype(c)];
        bool held = anyValue[c] != 0;
        if (Feature::isEventBased(key))
            held = anyEvent && (key != Feature::Referrals || anyPositive[c]);
        else if (key == Feature::HoursToFirstPurchase)
            held = held && anyEvent;
        else if (key == Feature::DiscountShare || key == Feature::CategoryDiversity
            || key == Feature::ChannelCount)
            held = anyPositive[c] != 0;
        if (held)
            table.supported.insert(key);
    }

    // Each person's activity, from their features (the counts they are ratios of).
    auto valueAt = [&](size_t r, const QString &key) {
        const size_t c = col(key);
        return c < d ? table.values[r * d + c] : kNaN;
    };
    auto orZero = [](double v) { return std::isnan(v) ? 0.0 : v; };
    auto count = [](double v) { return std::isnan(v) ? qint64(0) : qint64(std::llround(v)); };
    std::vector<double> gaps;
    for (size_t r = 0; r < n; ++r) {
        PersonActivity &a = table.activity[r];
        a = PersonActivity();
        a.orders = count(valueAt(r, Feature::Frequency));
        a.revenue = orZero(valueAt(r, Feature::Monetary));
        a.purchaseValue
            = a.orders > 0 ? orZero(valueAt(r, Feature::AverageOrderValue)) * double(a.orders) : 0.0;
        a.maxOrderValue = orZero(valueAt(r, Feature::MaxOrderValue));
        a.discountedOrders = count(valueAt(r, Feature::DiscountShare) * double(a.orders));
        a.sessions = count(valueAt(r, Feature::Sessions));
        a.carts = count(valueAt(r, Feature::Carts));
        a.abandonedCarts = count(valueAt(r, Feature::CartAbandonment) * double(a.carts));
        a.bounces = count(valueAt(r, Feature::BounceRate) * double(a.sessions));
        a.hoursToFirstPurchase = valueAt(r, Feature::HoursToFirstPurchase);
        a.recencyDays = valueAt(r, Feature::RecencyDays);
        a.daysBetweenOrders = valueAt(r, Feature::DaysBetweenOrders);
        if (a.orders > 1 && !std::isnan(a.daysBetweenOrders))
            gaps.push_back(a.daysBetweenOrders);
        acc[r] = Accumulator();
        acc[r].logValues = orZero(extra[r * e + cLogSum]);
        acc[r].logValueSquares = orZero(extra[r * e + cLogSquares]);
    }
    // The store's figures are the same on every row; a table without them (nobody in it) has none.
    auto storeFigure = [&](size_t c) {
        for (size_t r = 0; r < n; ++r)
            if (!std::isnan(extra[r * e + c]))
                return extra[r * e + c];
        return kNaN;
    };
    const double period = storeFigure(cPeriod);
    const double cycle = storeFigure(cCycle);
    table.periodDays = std::isnan(period) ? 0.0 : period;
    table.purchaseCycleDays = std::isnan(cycle)
        ? FeatureDefinitions::purchaseCycleDays(std::move(gaps), table.periodDays)
        : cycle;
    table.orderValueCredibility = orderValueCredibility(table.activity, acc);
    table.fromRecipeTable = true;
    return {};
}

} // namespace

void *sqliteHandle(Project &project)
{
    const QVariant handle = project.db().driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                                          : nullptr;
}

QString insertAssignments(Project &project, qint64 runId, const QList<qint64> &personIds, const std::vector<int> &segments)
{
    auto *db = static_cast<sqlite3 *>(sqliteHandle(project));
    if (!db)
        return QStringLiteral("not an SQLite connection");
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO assignments(run_id, person_id, segment) VALUES(?, ?, ?)", -1, &stmt, nullptr)
        != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    QString problem;
    for (qsizetype i = 0; i < personIds.size() && problem.isEmpty(); ++i) {
        sqlite3_bind_int64(stmt, 1, runId);
        sqlite3_bind_int64(stmt, 2, personIds[i]);
        sqlite3_bind_int(stmt, 3, segments[size_t(i)]);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            problem = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return problem;
}

bool scanFeatures(Project &project, Progress *progress, RawFeatureTable &table, Error *error,
    const std::optional<QDate> &asOf, OrderHistory *orderHistory)
{
    const QStringList keys = Feature::all();
    const int d = int(keys.size());
    auto col = [&](const QString &key) { return int(keys.indexOf(key)); };
    const int total = 6;
    auto step = [&](int done) {
        if (progress
            && !progress->report(done, total, QCoreApplication::translate("Features", "Computing features")))
            return fail(error, QCoreApplication::translate("Features", "The computation was canceled"));
        return true;
    };
    auto dbFail = [&](const QString &reason) {
        return fail(error, QCoreApplication::translate("Features", "The features cannot be computed: %1").arg(reason));
    };
    auto *db = static_cast<sqlite3 *>(sqliteHandle(project));
    if (!db)
        return dbFail(QStringLiteral("not an SQLite connection"));

    if (!step(0))
        return false;
    // As of a date: what happened before the next day's first moment (UTC) is read; the store's
    // last date is the day itself.
    const bool dated = asOf.has_value();
    const qint64 asOfStart = dated ? asOf->startOfDay(Qt::UTC).toSecsSinceEpoch() : 0;
    const qint64 before = asOfStart + qint64(kSecondsPerDay);
    table.asOf = asOf;
    bool hasFeatureTable = false;
    {
        Scan exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'person_features'");
        hasFeatureTable = exists.next();
        if (!exists.ok())
            return dbFail(exists.error());
    }
    if (dated && hasFeatureTable) {
        // A feature table has no dates: purchases it alone holds cannot be placed in time.
        const QByteArray onlySql = QStringLiteral("SELECT EXISTS (%1) AND NOT EXISTS (SELECT 1 FROM orders)"
                                                  " AND NOT EXISTS (SELECT 1 FROM events WHERE event_type = 'purchase')")
                                       .arg(Purchase::flaggedBuyersSql())
                                       .toUtf8();
        Scan only(db, onlySql.constData());
        if (only.next() && only.integer(0) != 0)
            return fail(error, QCoreApplication::translate("Features",
                "The purchases of this project come only from a feature table, which has no dates: it cannot be "
                "segmented as of a date"));
        if (!only.ok())
            return dbFail(only.error());
    }
    // People, ordered by id. When their ids are contiguous (the usual case) they are not read at
    // all: the row of an id is known beforehand. Customer ids are looked up where they are shown.
    qint64 firstId = 0, lastId = -1, n = 0;
    {
        // Each in a query of its own: SQLite answers a lone min() or max() of the rowid from the
        // b-tree's edge, but scans the whole table for the two together.
        Scan shape(db, "SELECT (SELECT min(id) FROM people), (SELECT max(id) FROM people), (SELECT count(*) FROM people)");
        if (shape.next() && !shape.isNull(0)) {
            firstId = shape.integer(0);
            lastId = shape.integer(1);
            n = shape.integer(2);
        }
        if (!shape.ok())
            return dbFail(shape.error());
    }
    const bool contiguous = lastId - firstId + 1 == n;
    table.personIds.reserve(n);
    if (contiguous) {
        for (qint64 id = firstId; id <= lastId; ++id)
            table.personIds << id;
    } else {
        Scan people(db, "SELECT id FROM people ORDER BY id");
        while (people.next())
            table.personIds << people.integer(0);
        if (!people.ok())
            return dbFail(people.error());
        if (table.personIds.size() != n)
            return dbFail(QStringLiteral("the people changed while being read"));
    }
    const PersonRows personRows = contiguous ? PersonRows::contiguous(firstId, n) : PersonRows(table.personIds);
    auto rowOf = [&](qint64 id) { return personRows.rowOf(id); };

    table.activity.assign(size_t(n), PersonActivity());
    table.values.assign(size_t(n) * size_t(d), 0.0);
    std::vector<Accumulator> acc(static_cast<size_t>(n));
    qint64 storeFirst = kNever, storeLast = kNone;
    auto seen = [&](qint64 t) {
        storeFirst = std::min(storeFirst, t);
        storeLast = std::max(storeLast, t);
    };
    ScanVocabulary categories, channels;
    bool anyDevice = false;
    bool anyDiscountKnown = false;
    std::vector<char> present; // as of a date: whether the person did anything dated by then

    // Orders: one scan in rowid ranges, read in parallel, applied in order.
    if (!step(1))
        return false;
    {
        OrderScanResult orders;
        if (const QString problem = scanOrders(db, personRows, n, threadCount(0), categories, channels, orders, {},
                dated ? std::optional<qint64>(before) : std::nullopt, orderHistory);
            !problem.isEmpty())
            return dbFail(problem);
        if (orderHistory && orderHistory->loaded && orderHistory->personIds.empty())
            orderHistory->personIds.assign(table.personIds.begin(), table.personIds.end());
        if (dated) {
            present.assign(size_t(n), 0);
            for (qsizetype r = 0; r < n; ++r)
                present[size_t(r)] = orders.totals[size_t(r)].orders > 0 || orders.totals[size_t(r)].others > 0;
        }
        if (orders.first != OrderTotals::kNever) {
            seen(orders.first);
            seen(orders.last);
        }
        anyDevice = orders.anyDevice;
        anyDiscountKnown = orders.anyDiscountKnown;
        for (qsizetype r = 0; r < n; ++r) {
            const OrderTotals &t = orders.totals[size_t(r)];
            PersonActivity &a = table.activity[size_t(r)];
            a.revenue = t.revenue;
            if (t.orders == 0)
                continue;
            Accumulator &x = acc[size_t(r)];
            a.orders = t.orders;
            a.purchaseValue = t.purchaseValue;
            a.maxOrderValue = t.maxValue;
            a.discountedOrders = t.discounted;
            x.logValues = t.logValues;
            x.logValueSquares = t.logValueSquares;
            x.firstOrder = t.first;
            x.lastOrder = t.last;
            x.categories |= t.categories;
            x.channels |= t.channels;
            x.withDevice += t.withDevice;
            x.mobile += t.mobile;
        }
    }
    {
        // A store without orders buys through its purchase events (see Purchase); the query
        // returns nothing when the store has orders.
        const QByteArray purchasesSql
            = Purchase::eventPurchasesSql(dated ? QStringLiteral("timestamp < ?1") : QString()).toUtf8();
        Scan purchases(db, purchasesSql.constData());
        if (dated)
            purchases.bind(1, before);
        while (purchases.next()) {
            const qint64 r = rowOf(purchases.integer(0));
            if (r < 0)
                continue;
            const qint64 when = purchases.integer(1);
            const double value = purchases.real(2);
            seen(when);
            PersonActivity &a = table.activity[size_t(r)];
            Accumulator &x = acc[size_t(r)];
            a.maxOrderValue = a.orders == 0 ? value : std::max(a.maxOrderValue, value);
            ++a.orders;
            a.revenue += value;
            a.purchaseValue += value;
            const double logValue = std::log1p(std::max(0.0, value));
            x.logValues += logValue;
            x.logValueSquares += logValue * logValue;
            x.firstOrder = std::min(x.firstOrder, when);
            x.lastOrder = std::max(x.lastOrder, when);
        }
        if (!purchases.ok())
            return dbFail(purchases.error());
    }
    {
        const QByteArray itemsSql = QStringLiteral("SELECT o.person_id, i.category FROM order_items i JOIN orders o"
                                                   " ON o.order_id = i.order_id WHERE i.category IS NOT NULL"
                                                   " AND i.category <> '' AND %1%2")
                                        .arg(Purchase::isPurchaseSql(QStringLiteral("o")),
                                            dated ? QStringLiteral(" AND o.order_date < ?1") : QString())
                                        .toUtf8();
        Scan items(db, itemsSql.constData());
        if (dated)
            items.bind(1, before);
        while (items.next()) {
            const qint64 r = rowOf(items.integer(0));
            if (r >= 0)
                acc[size_t(r)].categories |= categories.bit(items.text(1));
        }
        if (!items.ok())
            return dbFail(items.error());
    }

    // Events: one scan; sessions gathered by id, then rolled up per person.
    if (!step(2))
        return false;
    bool anyEvent = false, anyReferral = false;
    {
        QHash<QByteArray, qint32> sessionOf;
        std::vector<Session> sessions;
        Scan events(db, dated ? "SELECT person_id, session_id, timestamp, event_type, source, device FROM events"
                                " WHERE timestamp < ?1"
                              : "SELECT person_id, session_id, timestamp, event_type, source, device FROM events");
        if (dated)
            events.bind(1, before);
        while (events.next()) {
            const qint64 when = events.integer(2);
            seen(when);
            if (events.isNull(0))
                continue;
            const qint64 r = rowOf(events.integer(0));
            if (r < 0)
                continue;
            anyEvent = true;
            // A session is one person's: an id two people share (a site's reused or colliding
            // ids) is a session of each, as the warehouse recipe groups by person and session.
            const QByteArray id = events.text(1);
            auto it = sessionOf.constFind(id);
            qint32 index = -1;
            if (it == sessionOf.constEnd()) {
                sessionOf.insert(QByteArray(id.constData(), id.size()), qint32(sessions.size()));
            } else {
                for (qint32 i = *it; i >= 0 && index < 0; i = sessions[size_t(i)].next)
                    if (sessions[size_t(i)].row == r)
                        index = i;
                if (index < 0) {
                    // Another person's session of this id: chained after the first one's.
                    qint32 last = *it;
                    while (sessions[size_t(last)].next >= 0)
                        last = sessions[size_t(last)].next;
                    sessions[size_t(last)].next = qint32(sessions.size());
                }
            }
            if (index < 0) {
                index = qint32(sessions.size());
                sessions.emplace_back();
                sessions.back().row = r;
            }
            Session &s = sessions[size_t(index)];
            s.first = std::min(s.first, when);
            s.last = std::max(s.last, when);
            const QByteArray type = events.text(3);
            if (type != "session_start")
                ++s.other;
            if (type == "page_view") {
                ++s.pages;
            } else if (type == "product_view") {
                ++s.pages;
                ++s.products;
            } else if (type == "add_to_cart") {
                s.cart = true;
            } else if (type == "begin_checkout") {
                s.checkout = true;
            } else if (type == "purchase") {
                s.purchase = true;
            } else if (type == "referral") {
                ++s.referrals;
                anyReferral = true;
            }
            if (const QByteArray src = events.text(4); !src.isEmpty())
                acc[size_t(r)].channels |= channels.bit(src);
            if (const QByteArray dev = events.text(5); !dev.isEmpty()) {
                anyDevice = true;
                s.device = true;
                s.mobile = s.mobile || FeatureDefinitions::isMobileDevice(dev);
            }
        }
        if (!events.ok())
            return dbFail(events.error());
        for (const Session &s : sessions) {
            PersonActivity &a = table.activity[size_t(s.row)];
            Accumulator &x = acc[size_t(s.row)];
            ++a.sessions;
            a.bounces += s.other <= 1 ? 1 : 0;
            if (s.cart || s.checkout) {
                ++a.carts;
                a.abandonedCarts += s.purchase ? 0 : 1;
            }
            x.pages += s.pages;
            x.products += s.products;
            x.checkouts += s.checkout ? 1 : 0;
            x.referrals += s.referrals;
            x.firstEvent = std::min(x.firstEvent, s.first);
            x.firstActivity = std::min(x.firstActivity, s.first);
            x.lastActivity = std::max(x.lastActivity, s.last);
            if (s.device) {
                ++x.withDevice;
                x.mobile += s.mobile ? 1 : 0;
            }
        }
    }

    // Reviews.
    if (!step(3))
        return false;
    bool anyRating = false;
    {
        // As of a date, a review without one cannot be placed in time and is not read.
        Scan reviews(db, dated ? "SELECT person_id, rating, nps, date FROM reviews WHERE date < ?1"
                               : "SELECT person_id, rating, nps, date FROM reviews");
        if (dated)
            reviews.bind(1, before);
        while (reviews.next()) {
            const qint64 r = rowOf(reviews.integer(0));
            if (!reviews.isNull(3))
                seen(reviews.integer(3));
            if (r < 0)
                continue;
            Accumulator &x = acc[size_t(r)];
            if (!reviews.isNull(3)) {
                x.lastActivity = std::max(x.lastActivity, reviews.integer(3));
                x.firstActivity = std::min(x.firstActivity, reviews.integer(3));
            }
            anyRating = true;
            x.ratingSum += reviews.isNull(1) ? 1.0 + 0.4 * double(reviews.integer(2)) : double(reviews.integer(1));
            ++x.ratings;
        }
        if (!reviews.ok())
            return dbFail(reviews.error());
    }

    // Sign-up dates.
    if (!step(4))
        return false;
    {
        Scan customers(db, dated ? "SELECT person_id, signup_date FROM customers WHERE signup_date < ?1"
                                 : "SELECT person_id, signup_date FROM customers WHERE signup_date IS NOT NULL");
        if (dated)
            customers.bind(1, before);
        while (customers.next()) {
            const qint64 r = rowOf(customers.integer(0));
            if (r >= 0)
                acc[size_t(r)].signup = customers.integer(1);
        }
        if (!customers.ok())
            return dbFail(customers.error());
    }
    if (dated) {
        storeFirst = std::min(storeFirst, asOfStart);
        storeLast = asOfStart;
        for (qsizetype r = 0; r < n; ++r) {
            const Accumulator &x = acc[size_t(r)];
            present[size_t(r)] = present[size_t(r)] || table.activity[size_t(r)].orders > 0 || x.firstActivity != kNever
                || x.signup != kNone;
        }
    } else if (storeLast < storeFirst) {
        storeFirst = storeLast = 0;
    }
    table.periodDays = double(storeLast - storeFirst) / kSecondsPerDay;

    const bool anyOrder = storeFirst != storeLast || std::any_of(table.activity.begin(), table.activity.end(),
                                                         [](const PersonActivity &a) { return a.orders > 0; });
    for (const QString &key : {Feature::RecencyDays, Feature::TenureDays})
        table.supported.insert(key);
    if (anyOrder)
        for (const QString &key : {Feature::Frequency, Feature::Monetary, Feature::AverageOrderValue,
                 Feature::MaxOrderValue, Feature::DaysBetweenOrders, Feature::CyclesSinceLastOrder})
            table.supported.insert(key);
    // How soon people buy is measured from their visits: without events it is no data.
    if (anyOrder && anyEvent)
        table.supported.insert(Feature::HoursToFirstPurchase);
    // A discount share needs a discount or a coupon column: without one it is no data, not 0 %.
    if (anyOrder && anyDiscountKnown)
        table.supported.insert(Feature::DiscountShare);
    if (!categories.isEmpty())
        table.supported.insert(Feature::CategoryDiversity);
    if (anyEvent)
        for (const QString &key : {Feature::Sessions, Feature::PagesPerSession, Feature::ProductViews,
                 Feature::BounceRate, Feature::Carts, Feature::Checkouts, Feature::CartAbandonment})
            table.supported.insert(key);
    if (anyReferral)
        table.supported.insert(Feature::Referrals);
    if (anyRating)
        table.supported.insert(Feature::AverageRating);
    if (anyDevice)
        table.supported.insert(Feature::MobileShare);
    if (!channels.isEmpty())
        table.supported.insert(Feature::ChannelCount);

    // The features, by their definitions (FeatureDefinitions): each formula over the people's
    // aggregates, in blocks of rows; the purchase cycle from the days between orders first.
    {
        using FeatureDefinitions::Aggregate;
        auto moment = [](qint64 t) { return t == kNone || t == kNever ? kNaN : double(t); };
        const FeatureDefinitions::Formula::AggregateReader read = [&](Aggregate which, qsizetype begin, qsizetype count,
                                                                      double *out) {
            for (qsizetype i = 0; i < count; ++i) {
                const PersonActivity &a = table.activity[size_t(begin + i)];
                const Accumulator &x = acc[size_t(begin + i)];
                double v = 0;
                switch (which) {
                case Aggregate::Orders: v = double(a.orders); break;
                case Aggregate::Revenue: v = a.revenue; break;
                case Aggregate::PurchaseValue: v = a.purchaseValue; break;
                case Aggregate::MaxOrderValue: v = a.maxOrderValue; break;
                case Aggregate::DiscountedOrders: v = double(a.discountedOrders); break;
                case Aggregate::FirstOrder: v = moment(x.firstOrder); break;
                case Aggregate::LastOrder: v = moment(x.lastOrder); break;
                case Aggregate::Sessions: v = double(a.sessions); break;
                case Aggregate::Bounces: v = double(a.bounces); break;
                case Aggregate::Pages: v = double(x.pages); break;
                case Aggregate::ProductViews: v = double(x.products); break;
                case Aggregate::Carts: v = double(a.carts); break;
                case Aggregate::Checkouts: v = double(x.checkouts); break;
                case Aggregate::AbandonedCarts: v = double(a.abandonedCarts); break;
                case Aggregate::Referrals: v = double(x.referrals); break;
                case Aggregate::FirstEvent: v = moment(x.firstEvent); break;
                case Aggregate::FirstSeen:
                    v = moment(std::min(std::min(x.firstOrder, x.firstActivity), x.signup == kNone ? kNever : x.signup));
                    break;
                case Aggregate::LastActivity: v = moment(x.lastActivity); break;
                case Aggregate::Signup: v = moment(x.signup); break;
                case Aggregate::RatingSum: v = x.ratingSum; break;
                case Aggregate::Ratings: v = double(x.ratings); break;
                case Aggregate::Categories: v = double(std::popcount(x.categories)); break;
                case Aggregate::Channels: v = double(std::popcount(x.channels)); break;
                case Aggregate::WithDevice: v = double(x.withDevice); break;
                case Aggregate::Mobile: v = double(x.mobile); break;
                case Aggregate::OrderValueLogs: v = x.logValues; break;
                case Aggregate::OrderValueLogSquares: v = x.logValueSquares; break;
                }
                out[i] = v;
            }
        };
        double figures[FeatureDefinitions::kStoreFigureCount] = {};
        figures[int(FeatureDefinitions::StoreFigure::FirstMoment)] = double(storeFirst);
        figures[int(FeatureDefinitions::StoreFigure::LastMoment)] = double(storeLast);
        constexpr qsizetype kBlock = 4096;
        std::vector<double> column(size_t(std::min<qsizetype>(n, kBlock)));
        auto evaluate = [&](const FeatureDefinitions::FeatureDefinition &f) {
            const int c = col(f.key);
            for (qsizetype begin = 0; begin < n; begin += kBlock) {
                const qsizetype count = std::min(kBlock, n - begin);
                f.formula.evaluate(read, figures, begin, count, column.data());
                for (qsizetype i = 0; i < count; ++i)
                    table.values[size_t(begin + i) * size_t(d) + size_t(c)] = column[size_t(i)];
            }
        };
        const QList<FeatureDefinitions::FeatureDefinition> &definitions = FeatureDefinitions::features();
        for (const FeatureDefinitions::FeatureDefinition &f : definitions)
            if (!f.formula.uses(FeatureDefinitions::StoreFigure::PurchaseCycleDays))
                evaluate(f);
        const int cRecencyDays = col(Feature::RecencyDays);
        const int cDaysBetweenOrders = col(Feature::DaysBetweenOrders);
        const int cHoursToFirstPurchase = col(Feature::HoursToFirstPurchase);
        std::vector<double> gaps;
        for (qsizetype r = 0; r < n; ++r) {
            PersonActivity &a = table.activity[size_t(r)];
            const double *row = table.values.data() + size_t(r) * size_t(d);
            a.recencyDays = row[cRecencyDays];
            a.daysBetweenOrders = row[cDaysBetweenOrders];
            a.hoursToFirstPurchase = row[cHoursToFirstPurchase];
            if (a.orders > 1 && !std::isnan(a.daysBetweenOrders))
                gaps.push_back(a.daysBetweenOrders);
        }
        table.purchaseCycleDays = FeatureDefinitions::purchaseCycleDays(std::move(gaps), table.periodDays);
        figures[int(FeatureDefinitions::StoreFigure::PurchaseCycleDays)] = table.purchaseCycleDays;
        for (const FeatureDefinitions::FeatureDefinition &f : definitions)
            if (f.formula.uses(FeatureDefinitions::StoreFigure::PurchaseCycleDays))
                evaluate(f);
        table.orderValueCredibility = orderValueCredibility(table.activity, acc);
        if (table.withRecipeColumns) {
            const QList<FeatureDefinitions::FeatureDefinition> &extras = FeatureDefinitions::recipeColumns();
            const size_t e = size_t(extras.size());
            table.recipeValues.assign(size_t(n) * e, kNaN);
            for (size_t c = 0; c < e; ++c) {
                for (qsizetype begin = 0; begin < n; begin += kBlock) {
                    const qsizetype count = std::min(kBlock, n - begin);
                    extras[qsizetype(c)].formula.evaluate(read, figures, begin, count, column.data());
                    for (qsizetype i = 0; i < count; ++i)
                        table.recipeValues[size_t(begin + i) * e + c] = column[size_t(i)];
                }
            }
        }
    }
    // Features imported per person (pre-aggregated data), when the project has any.
    table.keys = keys;
    if (hasFeatureTable) {
        // A feature table's conversion column is no feature: it says who bought (see Purchase),
        // one purchase without a moment or an amount for a person without any other. As of a
        // date, it says nothing: nothing tells when they bought.
        if (!dated) {
            const QByteArray flaggedSql = Purchase::flaggedBuyersSql().toUtf8();
            Scan flagged(db, flaggedSql.constData());
            while (flagged.next()) {
                const qint64 r = rowOf(flagged.integer(0));
                if (r >= 0 && table.activity[size_t(r)].orders == 0)
                    table.activity[size_t(r)].orders = 1;
            }
            if (!flagged.ok())
                return dbFail(flagged.error());
        }
        QStringList names;
        {
            const QByteArray namesSql = QStringLiteral("SELECT DISTINCT feature FROM person_features"
                                                       " WHERE feature NOT IN (%1) ORDER BY feature")
                                            .arg(Purchase::conversionColumnsSql())
                                            .toUtf8();
            Scan found(db, namesSql.constData());
            while (found.next())
                names << QString::fromUtf8(found.text(0));
            if (!found.ok())
                return dbFail(found.error());
        }
        // A recipe's table is the store's features as the app computes them (the same
        // transforms, shrink and persona figures); any other table's columns are imported ones.
        if (FeatureDefinitions::isRecipeTable(names)) {
            // Its values are of one moment, the store's last date: nothing tells what they were before.
            if (dated)
                return fail(error, QCoreApplication::translate("Features",
                    "The features of this project come from a warehouse recipe's table, which has no dates: it "
                    "cannot be segmented as of a date"));
            if (const QString problem = readRecipeTable(db, personRows, table, acc); !problem.isEmpty())
                return dbFail(problem);
            return step(5);
        }
        QHash<QByteArray, int> column;
        for (const QString &name : std::as_const(names)) {
            column.insert(name.toUtf8(), int(table.keys.size()));
            table.keys << Feature::ImportedPrefix + name;
        }
        if (!column.isEmpty()) {
            const int wide = int(table.keys.size());
            std::vector<double> values(size_t(n) * size_t(wide), kNaN);
            for (qsizetype r = 0; r < n; ++r)
                std::copy_n(table.values.begin() + r * d, d, values.begin() + r * wide);
            table.values.swap(values);
            // As of a date, the table's columns are no data: nothing tells what they were then.
            if (dated)
                return keepPresent(table, present, *asOf, error) && step(5);
            Scan rows(db, "SELECT person_id, feature, value FROM person_features");
            while (rows.next()) {
                const qint64 r = rowOf(rows.integer(0));
                const auto c = column.constFind(rows.text(1));
                if (r >= 0 && c != column.constEnd() && !rows.isNull(2))
                    table.values[size_t(r) * size_t(wide) + size_t(*c)] = rows.real(2);
            }
            if (!rows.ok())
                return dbFail(rows.error());
            for (qsizetype c = d; c < wide; ++c)
                table.supported.insert(table.keys[c]);
        }
    }
    if (dated && !keepPresent(table, present, *asOf, error))
        return false;
    return step(5);
}

} // namespace pw
