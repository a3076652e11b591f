// SPDX-License-Identifier: GPL-3.0-or-later
// The planted behaviours. Every group's habits are drawn per person from the ranges below, so the
// groups overlap a little, as real people do; what sets a group apart is named in its `what`.
#include "shapes.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace pw::quality {

namespace {

// Most stores end on the last second of 2024; the CDNOW-like log runs from January 1997 to the
// end of June 1998, as CDNOW's did.
const qint64 kEnd = unixDate(2025, 1, 1) - 1;
const qint64 kCdnowStart = unixDate(1997, 1, 1);
const qint64 kCdnowEnd = unixDate(1998, 7, 1) - 1;

double amount(Random &r, double mean, double sd, double floor)
{
    return std::max(floor, std::round(r.normal(mean, sd) * 100) / 100);
}

/// How a buyer buys, drawn per person.
struct Habit
{
    int minOrders, maxOrders;
    double minGapDays, maxGapDays; ///< the person's usual days between orders
    double value, valueSd, minValue; ///< price of an order
    double discountChance; ///< share of orders with a discount (of 15–30 %)
    double reviewChance; ///< share of orders reviewed
    int minRating; ///< ratings from this to 5
    int maxBrowse; ///< sessions without a purchase besides the first visit
};

/// With probability `chance`, a review 2–10 days after the order, rated `minRating` to 5.
void maybeReview(
    StoreWriter &w, const std::string &id, const std::string &order, qint64 t, double chance, int minRating)
{
    Random &r = w.rng();
    if (!r.chance(chance))
        return;
    const qint64 at = t + qint64(r.uniform(2, 10) * double(kDay));
    w.review(id, order, at, r.range(minRating, 5));
}

/// A session of 1–`maxViews` views at a random moment between `from` and `to`.
void browseBetween(StoreWriter &w, const std::string &id, qint64 from, qint64 to, int minViews, int maxViews)
{
    Random &r = w.rng();
    const qint64 t = qint64(r.uniform(double(from), double(to)));
    w.browseSession(id, t, r.range(minViews, maxViews));
}

/// An order (or purchase session) with its review, per the habit. Every random draw is its own
/// statement: the order in which a call's arguments are evaluated is the compiler's choice.
void buy(StoreWriter &w, const std::string &id, qint64 t, const Habit &h, int views = 2)
{
    Random &r = w.rng();
    const double discount = r.chance(h.discountChance) ? r.uniform(0.15, 0.3) : 0.0;
    const double price = amount(r, h.value, h.valueSd, h.minValue);
    const int items = r.range(1, 4);
    const int minutes = r.range(5, 25);
    const std::string order = w.purchaseSession(id, t, price, items, discount, minutes, views);
    maybeReview(w, id, order, t, h.reviewChance, h.minRating);
}

/// A repeat buyer whose last order is at `last`; the first visit comes a few days before the
/// first order (sign-up then), more visits without purchase in between.
void repeatBuyer(StoreWriter &w, const std::string &id, const Habit &h, qint64 last)
{
    Random &r = w.rng();
    const int n = r.range(h.minOrders, h.maxOrders);
    const double gap = r.uniform(h.minGapDays, h.maxGapDays) * double(kDay);
    std::vector<qint64> times(size_t(n), last);
    for (int i = 0; i + 1 < n; ++i)
        times[size_t(i)] = last - qint64(double(n - 1 - i) * gap + r.normal(0, 0.15 * gap));
    std::sort(times.begin(), times.end());
    const qint64 arrival = times.front() - qint64(r.uniform(1, 5) * double(kDay));
    w.customer(id, arrival);
    w.browseSession(id, arrival, r.range(3, 8));
    for (const qint64 t : times)
        buy(w, id, t, h);
    const int browse = r.range(0, h.maxBrowse);
    for (int i = 0; i < browse; ++i)
        browseBetween(w, id, arrival, last, 1, 6);
}

/// A buyer of one order at `t` who first came `minDays`–`maxDays` before it.
void singleBuyer(
    StoreWriter &w, const std::string &id, qint64 t, const Habit &h, double minDays, double maxDays)
{
    Random &r = w.rng();
    const qint64 arrival = t - qint64(r.uniform(minDays, maxDays) * double(kDay));
    w.customer(id, arrival);
    w.browseSession(id, arrival, r.range(4, 10));
    for (int i = r.range(0, h.maxBrowse); i > 0; --i)
        browseBetween(w, id, arrival, t - kHour, 2, 8);
    buy(w, id, t, h);
}

// --- the groups -------------------------------------------------------------------------------
// Only the groups whose planted behaviour is about discounts use them (the loyal buyers' 5 % is the
// issue's): a coupon on a one-order buyer's only order is a discount share of 100 %, a behaviour
// the truth would not name.

const Habit kLoyal {5, 14, 25, 45, 70, 10, 25, 0.05, 0.25, 4, 3};
const Habit kDiscount {2, 6, 30, 80, 35, 6, 10, 0.85, 0.1, 3, 2};
const Habit kBigSpender {1, 1, 0, 0, 260, 50, 150, 0, 0.3, 4, 1};
const Habit kLifecycle {5, 12, 35, 55, 60, 12, 15, 0, 0, 4, 0};
const Habit kSingle {1, 1, 0, 0, 50, 15, 10, 0, 0, 4, 0};
const Habit kWhale {8, 16, 25, 45, 450, 80, 200, 0, 0.3, 4, 2};
const Habit kSmallRepeat {2, 4, 40, 120, 25, 6, 5, 0, 0.1, 3, 1};
const Habit kSmall {1, 1, 0, 0, 25, 6, 5, 0, 0.1, 3, 1};
const Habit kStoreRepeat {3, 8, 40, 80, 55, 12, 10, 0, 0, 4, 0};
const Habit kEventRepeat {3, 8, 30, 70, 60, 12, 15, 0, 0, 4, 2};
const Habit kEventSingle {1, 1, 0, 0, 40, 10, 10, 0, 0, 4, 1};

/// Repeat buyers of a habit whose last order falls `lastMin`–`lastMax` days before the end.
Plant repeatBuyers(const Habit &h, double lastMin, double lastMax)
{
    return [h, lastMin, lastMax](StoreWriter &w, const std::string &id) {
        repeatBuyer(w, id, h, w.daysBeforeEnd(w.rng().uniform(lastMin, lastMax)));
    };
}

/// One-order buyers of a habit whose order falls `minAgo`–`maxAgo` days before the end, and who
/// first came `arrivalMin`–`arrivalMax` days before it.
Plant singleBuyers(const Habit &h, double minAgo, double maxAgo, double arrivalMin, double arrivalMax)
{
    return [h, minAgo, maxAgo, arrivalMin, arrivalMax](StoreWriter &w, const std::string &id) {
        singleBuyer(w, id, w.daysBeforeEnd(w.rng().uniform(minAgo, maxAgo)), h, arrivalMin, arrivalMax);
    };
}

/// `min`–`max` moments of the last year, in order; the person signs up at the first.
std::vector<qint64> visitsOfLastYear(StoreWriter &w, const std::string &id, int min, int max)
{
    Random &r = w.rng();
    std::vector<qint64> times(size_t(r.range(min, max)));
    for (qint64 &t : times)
        t = w.daysBeforeEnd(r.uniform(0, 365));
    std::sort(times.begin(), times.end());
    w.customer(id, times.front());
    return times;
}

void cartAbandoner(StoreWriter &w, const std::string &id)
{
    for (const qint64 t : visitsOfLastYear(w, id, 1, 4))
        w.cartSession(id, t);
    for (int i = w.rng().range(0, 2); i > 0; --i)
        browseBetween(w, id, w.daysBeforeEnd(365), w.end(), 1, 6);
}

void bouncer(StoreWriter &w, const std::string &id)
{
    for (const qint64 t : visitsOfLastYear(w, id, 1, 3))
        w.bounceSession(id, t);
}

void impulse(StoreWriter &w, const std::string &id)
{
    // First visit to purchase in one session of 3–15 minutes.
    Random &r = w.rng();
    const qint64 arrival = w.daysBeforeEnd(r.uniform(0.1, 90));
    const int minutes = r.range(3, 15);
    const double price = amount(r, 40, 10, 10);
    const int items = r.range(1, 3);
    const int views = r.range(1, 2);
    w.customer(id, arrival);
    const std::string order
        = w.purchaseSession(id, arrival + minutes * kMinute, price, items, 0, minutes, views);
    maybeReview(w, id, order, arrival, 0.2, 3);
}

void considered(StoreWriter &w, const std::string &id)
{
    // 3–8 research sessions over 3–14 days, then a purchase after a longer look.
    Random &r = w.rng();
    const qint64 t = w.daysBeforeEnd(r.uniform(0, 90));
    const qint64 window = qint64(r.uniform(3, 14) * double(kDay));
    const int sessions = r.range(3, 8);
    std::vector<qint64> times;
    for (int i = 0; i < sessions; ++i)
        times.push_back(t - qint64(r.uniform(double(kHour), double(window))));
    std::sort(times.begin(), times.end());
    w.customer(id, times.front());
    for (const qint64 s : times)
        w.browseSession(id, s, r.range(4, 12));
    const double price = amount(r, 120, 25, 60);
    const int items = r.range(1, 3);
    const int minutes = r.range(10, 30);
    const int views = r.range(2, 4);
    const std::string order = w.purchaseSession(id, t, price, items, 0, minutes, views);
    maybeReview(w, id, order, t, 0.3, 3);
}

void registeredNonBuyer(StoreWriter &w, const std::string &id)
{
    w.customer(id, w.daysBeforeEnd(w.rng().uniform(30, 700)));
}

/// CDNOW-like: every customer's first order in the first quarter; items of 10–18 each.
qint64 cdnowOrder(StoreWriter &w, const std::string &id, qint64 t)
{
    Random &r = w.rng();
    const int items = r.range(1, 5);
    w.order(id, t, std::round(double(items) * r.uniform(10, 18) * 100) / 100, items);
    return t;
}

qint64 cdnowFirst(StoreWriter &w, const std::string &id)
{
    return cdnowOrder(w, id, kCdnowStart + qint64(w.rng().uniform(0, 90) * double(kDay)));
}

void cdnowOnce(StoreWriter &w, const std::string &id)
{
    cdnowFirst(w, id);
}

void cdnowLapsed(StoreWriter &w, const std::string &id)
{
    // 1–3 more orders 10–60 days apart, then nothing for at least nine months.
    qint64 t = cdnowFirst(w, id);
    for (int i = w.rng().range(1, 3); i > 0; --i)
        t = cdnowOrder(w, id, t + qint64(w.rng().uniform(10, 60) * double(kDay)));
}

void cdnowSteady(StoreWriter &w, const std::string &id)
{
    // Every 50–90 days to the end.
    qint64 t = cdnowFirst(w, id);
    const double gap = w.rng().uniform(50, 90);
    for (;;) {
        t += qint64(gap * w.rng().uniform(0.8, 1.2) * double(kDay));
        if (t > w.end())
            break;
        cdnowOrder(w, id, t);
    }
}

// --- the shapes -------------------------------------------------------------------------------

// The groups of the case (shapes four, three and noise).
PlantedGroup loyalGroup(double share)
{
    return {"loyal", "repeat_buyer|loyal_customer", share,
        "5-14 orders of about 70 every 25-45 days, 5% discounted, last in the final month",
        repeatBuyers(kLoyal, 0, 30)};
}

PlantedGroup bigSpenderGroup(double share)
{
    return {"big_spender", "first_time_high", share,
        "one order of about 260 in the last 60 days, first visit 1-4 days before",
        singleBuyers(kBigSpender, 0, 60, 1, 4)};
}

PlantedGroup cartAbandonerGroup(double share)
{
    return {"cart_abandoner", "cart_abandoner", share,
        "1-4 sessions with a cart (40% a checkout), never an order", cartAbandoner};
}

PlantedGroup bouncerGroup(double share)
{
    return {"bouncer", "bouncer", share, "1-3 sessions of one page view", bouncer};
}

const StoreOptions kOrdersOnly {.events = false, .reviews = false};
const StoreOptions kEventsOnly {.customers = false, .orders = false, .reviews = false};
const StoreOptions kNoise {.noise = true};
const StoreOptions kCdnowLog {
    .customers = false, .events = false, .reviews = false, .orderIds = false, .dateOnly = true};

QList<PlantedGroup> fourGroups()
{
    return {
        loyalGroup(0.25),
        {"discount", "discount_seeker", 0.25, "2-6 orders of about 35, 85% with a coupon of 15-30%",
            repeatBuyers(kDiscount, 0, 60)},
        bigSpenderGroup(0.25),
        cartAbandonerGroup(0.25),
    };
}

} // namespace

const QList<Shape> &shapes()
{
    static const QList<Shape> all = {
        {"four",
            "the issue's case: loyal repeat buyers, discount seekers, one-order big spenders, cart "
            "abandoners",
            12000, 4, StoreOptions(), kEnd, fourGroups()},
        {"three", "the same without discount seekers", 12000, 3, StoreOptions(), kEnd,
            {loyalGroup(1.0 / 3), bigSpenderGroup(1.0 / 3), cartAbandonerGroup(1.0 / 3)}},
        {"lifecycle",
            "orders only: active and lapsed repeat buyers of the same habits, one-time buyers long ago, "
            "recent first-time buyers",
            8000, 4, kOrdersOnly, kEnd,
            {
                {"active", "repeat_buyer|loyal_customer", 0.25,
                    "5-12 orders of about 60 every 35-55 days, the last in the final month",
                    repeatBuyers(kLifecycle, 0, 30)},
                {"lapsed", "lapsed_buyer", 0.25,
                    "the same habits, the last order 11 months before the data end",
                    repeatBuyers(kLifecycle, 325, 345)},
                {"one_time_old", "one_time_buyer", 0.25, "one order of about 50, 15-33 months before the end",
                    singleBuyers(kSingle, 450, 1000, 0, 3)},
                {"first_time_recent", "first_time_low|first_time_high|new_customer", 0.25,
                    "one order of about 50 in the last 45 days, signed up 0-3 days before",
                    singleBuyers(kSingle, 0, 45, 0, 3)},
            }},
        {"timing", "impulse buyers, considered buyers and bouncers", 9000, 3, StoreOptions(), kEnd,
            {
                {"impulse", "impulse_buyer", 1.0 / 3,
                    "one order of about 40, 3-15 minutes after the first visit, in the last 90 days",
                    impulse},
                {"considered", "first_time_high|new_customer", 1.0 / 3,
                    "3-8 sessions of many product views over 3-14 days, then one order of about 120, in the "
                    "last "
                    "90 days",
                    considered},
                bouncerGroup(1.0 / 3),
            }},
        {"whales", "5% of the people hold most of the revenue; many small buyers", 10000, 3, StoreOptions(),
            kEnd,
            {
                {"whale", "repeat_buyer|loyal_customer", 0.05,
                    "8-16 orders of about 450 every 25-45 days, the last in the final month",
                    repeatBuyers(kWhale, 0, 30)},
                {"small_repeat", "repeat_buyer|loyal_customer", 0.45,
                    "2-4 orders of about 25 every 40-120 days", repeatBuyers(kSmallRepeat, 0, 60)},
                {"small_once", "first_time_low|new_customer", 0.50,
                    "one order of about 25 in the last 90 days", singleBuyers(kSmall, 0, 90, 1, 3)},
            }},
        {"orders-only",
            "orders and customers, no events: repeat buyers, recent one-order buyers, registered "
            "customers who never ordered",
            9000, 3, kOrdersOnly, kEnd,
            {
                {"repeat", "repeat_buyer|loyal_customer", 1.0 / 3, "3-8 orders of about 55 every 40-80 days",
                    repeatBuyers(kStoreRepeat, 0, 45)},
                {"recent_once", "first_time_low|first_time_high|new_customer", 1.0 / 3,
                    "one order of about 50 in the last 60 days", singleBuyers(kSingle, 0, 60, 0, 5)},
                {"non_buyer", "non_buyer", 1.0 / 3, "a customer row with a sign-up date, nothing else",
                    registeredNonBuyer},
            }},
        {"events-only",
            "events only, purchases as purchase events: repeat purchasers, recent single purchasers, cart "
            "abandoners, bouncers",
            10000, 4, kEventsOnly, kEnd,
            {
                {"repeat", "repeat_buyer|loyal_customer", 0.25,
                    "3-8 purchase sessions of about 60 every 30-70 days, the last in the final month",
                    repeatBuyers(kEventRepeat, 0, 30)},
                {"single_recent", "first_time_low|first_time_high|new_customer", 0.25,
                    "one purchase of about 40 in the last 90 days, 1-4 days after the first visit",
                    singleBuyers(kEventSingle, 0, 88, 1, 4)},
                cartAbandonerGroup(0.25),
                bouncerGroup(0.25),
            }},
        {"noise",
            "the issue's case with random columns that carry no signal (age, gender, country, order channel, "
            "device, category, event source and device, and columns the format ignores)",
            12000, 4, kNoise, kEnd, fourGroups()},
        {"cdnow",
            "a CDNOW-like log (customer_id,order_date,items,total, no order_id): everyone's first order in "
            "the first quarter of 18 months, most buy once",
            23000, 3, kCdnowLog, kCdnowEnd,
            {
                {"once_early", "one_time_buyer", 0.5, "one order in the first 90 days", cdnowOnce},
                {"lapsed_early", "lapsed_buyer", 0.3,
                    "2-4 orders 10-60 days apart in the first months, then none", cdnowLapsed},
                {"steady", "repeat_buyer|loyal_customer", 0.2, "an order every 50-90 days to the end",
                    cdnowSteady},
            }},
    };
    return all;
}

const Shape *findShape(const QString &name)
{
    for (const Shape &s : shapes())
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

} // namespace pw::quality
