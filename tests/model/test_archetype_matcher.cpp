// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/archetypematcher.h"
#include "analysis/features.h"

#include <gtest/gtest.h>

using namespace pw;

namespace {

StoreProfile store(bool events = true)
{
    StoreProfile s;
    s.people = 1000;
    s.revenue = 100000;
    s.medianAverageOrderValue = 50;
    s.discountShare = 0.15;
    s.medianHoursToFirstPurchase = 200;
    s.hasEvents = events;
    s.hasTiming = events;
    s.hasPurchaseDetails = true;
    return s;
}

/// 100 people who never ordered, with sessions.
SegmentProfile nonBuyers(double bounceRate, int abandoning)
{
    SegmentProfile p;
    p.size = 100;
    p.peopleWithSessions = 100;
    p.bounceRate = bounceRate;
    p.peopleAbandoning = abandoning;
    p.carts = abandoning;
    p.abandonedCarts = abandoning;
    return p;
}

/// 100 buyers with `ordersPerBuyer` orders each of `aov`, a share of them discounted.
SegmentProfile buyers(double ordersPerBuyer, double aov, double discountShare = 0.1, double hours = 300)
{
    SegmentProfile p;
    p.size = 100;
    p.buyers = 100;
    p.orders = qint64(ordersPerBuyer * 100);
    p.revenue = p.purchaseValue = aov * double(p.orders);
    p.discountedOrders = qint64(discountShare * double(p.orders));
    p.peopleWithSessions = 100;
    p.bounceRate = 0.05;
    p.medianHoursToFirstPurchase = hours;
    p.timedBuyers = 100;
    if (ordersPerBuyer < 1.5)
        p.singleBuyers = 100;
    else
        p.repeatBuyers = 100;
    p.z.insert(Feature::DiscountShare, discountShare > 0.5 ? 1.5 : -0.2);
    return p;
}

QString only(const SegmentProfile &p, const StoreProfile &s = store())
{
    const QList<ArchetypeMatch> m = ArchetypeMatcher::match({p}, s);
    EXPECT_EQ(m.size(), 1);
    return m.isEmpty() ? QString() : m.first().archetype;
}

} // namespace

TEST(ArchetypeMatcher, EachArchetypeFromItsSignal)
{
    EXPECT_EQ(only(nonBuyers(0.95, 0)), QStringLiteral("bouncer"));
    EXPECT_EQ(only(nonBuyers(0.1, 0)), QStringLiteral("passive_browser"));
    EXPECT_EQ(only(nonBuyers(0.2, 60)), QStringLiteral("cart_abandoner"));
    EXPECT_EQ(only(buyers(1.0, 20)), QStringLiteral("first_time_low"));
    EXPECT_EQ(only(buyers(1.0, 250)), QStringLiteral("first_time_high"));
    EXPECT_EQ(only(buyers(4.0, 60)), QStringLiteral("repeat_buyer"));
    EXPECT_EQ(only(buyers(3.0, 45, 0.8)), QStringLiteral("discount_seeker"));
    EXPECT_EQ(only(buyers(1.0, 50, 0.0, 0.2)), QStringLiteral("impulse_buyer"));
    EXPECT_EQ(ArchetypeMatcher::keys().size(), 16);
}

// A feature table whose conversion column alone says who bought holds no dates or amounts: no
// buying archetype (order value, lifecycle, discounts, impulse) is claimed; a segment of whom
// many bought is a converting visitor, one of whom few bought a customer without a purchase.
TEST(ArchetypeMatcher, BuyersKnownOnlyFromAConversionColumnAreConvertingVisitors)
{
    StoreProfile conversionOnly = store(false);
    conversionOnly.hasPurchaseDetails = false;
    conversionOnly.revenue = 0;
    conversionOnly.medianAverageOrderValue = 0;
    for (const double share : {0.2, 0.6, 1.0}) {
        SegmentProfile p = buyers(1.0, 0);
        p.size = qint64(double(p.buyers) / share);
        EXPECT_EQ(only(p, conversionOnly), QStringLiteral("converting_visitor")) << share;
        for (const QString &key : ArchetypeMatcher::keys()) {
            if (key != QLatin1String("converting_visitor")) {
                EXPECT_EQ(ArchetypeMatcher::score(key, p, conversionOnly), 0.0) << qPrintable(key) << ' ' << share;
            }
        }
        // With dates and amounts the same people are no converting visitors.
        EXPECT_EQ(ArchetypeMatcher::score(QStringLiteral("converting_visitor"), p, store()), 0.0);
    }
    SegmentProfile few = buyers(1.0, 0);
    few.size = few.buyers * 25; // 4 % bought
    EXPECT_EQ(only(few, conversionOnly), QStringLiteral("non_buyer"));
}

TEST(ArchetypeMatcher, LifecycleSeparatesFirstTimeFromOneTimeAndActiveFromLapsed)
{
    // One order each: recent is first-time, long ago (past twice the purchase cycle) one-time.
    SegmentProfile recent = buyers(1.0, 20);
    recent.singleLongAgo = 5;
    EXPECT_EQ(only(recent), QStringLiteral("first_time_low"));
    SegmentProfile longAgo = buyers(1.0, 20);
    longAgo.singleLongAgo = 90;
    EXPECT_EQ(only(longAgo), QStringLiteral("one_time_buyer"));
    EXPECT_EQ(ArchetypeMatcher::score(QStringLiteral("first_time_low"), longAgo, store()), 0.0);
    // Several orders each: still buying is a repeat buyer, silent for long a lapsed one.
    SegmentProfile active = buyers(4.0, 60);
    active.repeatLapsed = 10;
    EXPECT_EQ(only(active), QStringLiteral("repeat_buyer"));
    SegmentProfile lapsed = buyers(4.0, 60);
    lapsed.repeatLapsed = 85;
    EXPECT_EQ(only(lapsed), QStringLiteral("lapsed_buyer"));
    EXPECT_EQ(ArchetypeMatcher::score(QStringLiteral("repeat_buyer"), lapsed, store()), 0.0);
    // A name rests on most of the segment's buyers: 57 lapsed repeat buyers and 43 one-time
    // buyers are lapsed repeat buyers, not one-time buyers.
    SegmentProfile mixed = buyers(1.9, 60);
    mixed.singleBuyers = 43;
    mixed.singleLongAgo = 40;
    mixed.repeatBuyers = 57;
    mixed.repeatLapsed = 57;
    EXPECT_EQ(only(mixed), QStringLiteral("lapsed_buyer"));
    EXPECT_LT(ArchetypeMatcher::score(QStringLiteral("one_time_buyer"), mixed, store()),
        0.5 * ArchetypeMatcher::score(QStringLiteral("lapsed_buyer"), mixed, store()));
    // A motivation stays the more telling name: one-time buyers on coupons are discount seekers.
    SegmentProfile coupons = buyers(1.0, 30, 0.9);
    coupons.singleLongAgo = 95;
    EXPECT_EQ(only(coupons), QStringLiteral("discount_seeker"));
}

TEST(ArchetypeMatcher, NoNameFromEvidenceTheDataLacks)
{
    // Without timing (no visit before the first purchases) nobody is an impulse buyer.
    SegmentProfile untimed = buyers(1.0, 50, 0.0, 0.2);
    untimed.timedBuyers = 20;
    EXPECT_EQ(ArchetypeMatcher::score(QStringLiteral("impulse_buyer"), untimed, store()), 0.0);
    EXPECT_NE(only(untimed), QStringLiteral("impulse_buyer"));
    // Non-buyers of whom the events show no visits are no browsers, even in a store with events.
    SegmentProfile unseen = nonBuyers(0.1, 0);
    unseen.peopleWithSessions = 0;
    EXPECT_EQ(only(unseen), QStringLiteral("non_buyer"));
    for (const QString &key : {QStringLiteral("bouncer"), QStringLiteral("passive_browser"),
             QStringLiteral("cart_abandoner"), QStringLiteral("looker")})
        EXPECT_EQ(ArchetypeMatcher::score(key, unseen, store()), 0.0) << qPrintable(key);
}

TEST(ArchetypeMatcher, ScoresAreConfidencesInZeroToOne)
{
    const QList<SegmentProfile> profiles
        = {nonBuyers(0.95, 0), nonBuyers(0.5, 30), buyers(1.0, 20), buyers(2.0, 80, 0.4, 5)};
    for (const SegmentProfile &p : profiles) {
        for (const QString &key : ArchetypeMatcher::keys()) {
            const double s = ArchetypeMatcher::score(key, p, store());
            EXPECT_GE(s, 0.0) << qPrintable(key);
            EXPECT_LE(s, 1.0) << qPrintable(key);
        }
    }
    EXPECT_DOUBLE_EQ(ArchetypeMatcher::score(QStringLiteral("bouncer"), nonBuyers(0.95, 0), store()), 1.0);
    EXPECT_DOUBLE_EQ(
        ArchetypeMatcher::score(QStringLiteral("repeat_buyer"), nonBuyers(0.95, 0), store()), 0.0);
    // A store without any discount has no discount seekers; one without events no bouncers.
    StoreProfile noDiscounts = store();
    noDiscounts.discountShare = 0;
    EXPECT_EQ(
        ArchetypeMatcher::score(QStringLiteral("discount_seeker"), buyers(3.0, 45, 0.8), noDiscounts), 0.0);
    EXPECT_EQ(ArchetypeMatcher::score(QStringLiteral("bouncer"), nonBuyers(0.95, 0), store(false)), 0.0);
    // Impulse is relative: when everyone buys at once, nobody is an impulse buyer.
    StoreProfile quickStore = store();
    quickStore.medianHoursToFirstPurchase = 0.2;
    EXPECT_EQ(
        ArchetypeMatcher::score(QStringLiteral("impulse_buyer"), buyers(1.0, 50, 0.0, 0.2), quickStore), 0.0);
}

TEST(ArchetypeMatcher, OneToOneAssignmentMaximisesTheFit)
{
    // Both segments are repeat buyers, but one also lives on coupons: it becomes the discount
    // seeker and the other keeps repeat_buyer.
    SegmentProfile coupons = buyers(3.0, 60, 0.8);
    coupons.segment = 0;
    coupons.revenue *= 2;
    coupons.purchaseValue *= 2;
    SegmentProfile loyal = buyers(3.0, 60, 0.1);
    loyal.segment = 1;
    const QList<ArchetypeMatch> m = ArchetypeMatcher::match({coupons, loyal}, store());
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m[0].archetype, QStringLiteral("discount_seeker"));
    EXPECT_EQ(m[1].archetype, QStringLiteral("repeat_buyer"));
    EXPECT_TRUE(m[0].nameSuffix.isEmpty());
    EXPECT_TRUE(m[1].nameSuffix.isEmpty());
    EXPECT_GT(m[0].confidence, 0.5);
    EXPECT_GT(m[1].confidence, 0.5);
}

TEST(ArchetypeMatcher, SharedArchetypeGetsASuffixWhenNothingElseFits)
{
    SegmentProfile small = nonBuyers(1.0, 0);
    small.segment = 0;
    small.size = small.peopleWithSessions = 50;
    SegmentProfile large = nonBuyers(1.0, 0);
    large.segment = 1;
    large.size = large.peopleWithSessions = 300;
    SegmentProfile third = nonBuyers(1.0, 0);
    third.segment = 2;
    third.size = third.peopleWithSessions = 10;
    const QList<ArchetypeMatch> m = ArchetypeMatcher::match({small, large, third}, store());
    ASSERT_EQ(m.size(), 3);
    for (const ArchetypeMatch &match : m)
        EXPECT_EQ(match.archetype, QStringLiteral("bouncer"));
    EXPECT_EQ(m[1].nameSuffix, QString()); // the largest keeps the plain name
    EXPECT_EQ(m[0].nameSuffix, QStringLiteral("2"));
    EXPECT_EQ(m[2].nameSuffix, QStringLiteral("3"));
    EXPECT_DOUBLE_EQ(m[2].confidence, 1.0);
}

TEST(ArchetypeMatcher, WithoutEventsNonBuyersAreNoBrowsers)
{
    SegmentProfile p;
    p.size = 40;
    const QList<ArchetypeMatch> m = ArchetypeMatcher::match({p}, store(false));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].archetype, QStringLiteral("non_buyer"));
    EXPECT_DOUBLE_EQ(m[0].confidence, 1.0);
    EXPECT_EQ(ArchetypeMatcher::score(QStringLiteral("passive_browser"), p, store(false)), 0.0);
}
