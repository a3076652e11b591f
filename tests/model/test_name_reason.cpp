// SPDX-License-Identifier: GPL-3.0-or-later
// Why a persona got its name, in words from its own figures (Persona::nameReason).
#include "analysis/features.h"
#include "persona/persona.h"

#include <gtest/gtest.h>

using namespace pw;

namespace {

Persona persona(const QString &archetype, double buyerShare)
{
    Persona p;
    p.archetype = archetype;
    p.stats.size = 1000;
    p.stats.buyerShare = buyerShare;
    p.stats.purchaseCycleDays = 30;
    return p;
}

} // namespace

TEST(NameReason, LifecycleNamesSayTheSharesAgainstTheStoresCycle)
{
    Persona once = persona(QStringLiteral("one_time_buyer"), 0.9);
    once.stats.repeatShare = 0.2;
    once.stats.singleLongAgoShare = 0.75;
    EXPECT_EQ(once.nameReason(QStringLiteral("en")),
              QStringLiteral("80 % of its buyers ordered once, and for 75 % of them that order is more than 60 days old: "
                             "twice the store's purchase cycle of 30 days."));
    Persona lapsed = persona(QStringLiteral("lapsed_buyer"), 1.0);
    lapsed.stats.repeatShare = 0.6;
    lapsed.stats.repeatLapsedShare = 0.9;
    EXPECT_TRUE(lapsed.nameReason(QStringLiteral("en")).startsWith(
        QStringLiteral("60 % of its buyers ordered more than once, and 90 % of those have not ordered")));
}

// A share never rounds to a false 100 % or 0 %.
TEST(NameReason, SharesNeverRoundToAFalseWholeOrNothing)
{
    Persona few = persona(QStringLiteral("cart_abandoner"), 0.004);
    few.stats.cartAbandonment = 0.998;
    EXPECT_EQ(few.nameReason(QStringLiteral("en")),
              QStringLiteral("99.6 % of its people never bought, and 99.8 % of their carts were left without a purchase."));
    Persona none = persona(QStringLiteral("cart_abandoner"), 0.0);
    none.stats.cartAbandonment = 1.0;
    EXPECT_EQ(none.nameReason(QStringLiteral("en")),
              QStringLiteral("100 % of its people never bought, and 100 % of their carts were left without a purchase."));
}

// A segment that never bought is told apart by its visits, not by the purchase figures it lacks;
// buyers may be told apart by any figure.
TEST(NameReason, BehaviouralNamesGiveTheirStrongestFigureThatIsNoPurchase)
{
    Persona bouncer = persona(QStringLiteral("bouncer"), 0.0);
    bouncer.stats.distinguishing = {{Feature::AverageOrderValue, 0.0, 41.1, -2.0}, {Feature::Frequency, 0.0, 0.6, -1.5},
        {Feature::BounceRate, 0.97, 0.24, 1.4}};
    EXPECT_EQ(bouncer.nameReason(QStringLiteral("en")),
              QStringLiteral("100 % of its people never bought. What sets it apart most: Bounce rate, 0.97 against 0.24 for everyone."));
    // Nothing but purchase figures: the archetype's signal alone.
    bouncer.stats.distinguishing.removeLast();
    EXPECT_FALSE(bouncer.nameReason(QStringLiteral("en")).contains(QLatin1String("order value")));

    Persona visitor = persona(QStringLiteral("converting_visitor"), 0.3);
    visitor.featureLabels.insert(QStringLiteral("PageValues"), QStringLiteral("Page value"));
    visitor.stats.distinguishing = {{QStringLiteral("imported:PageValues"), 27.25, 5.9, 1.8}};
    EXPECT_EQ(visitor.nameReason(QStringLiteral("en")),
              QStringLiteral("30 % of its people bought; the data holds no order dates or amounts, so no buying pattern "
                             "(first-time, repeat, order value) is claimed. What sets it apart most: Page value, 27.3 "
                             "against 5.90 for everyone."));
}
