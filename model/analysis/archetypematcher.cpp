// SPDX-License-Identifier: GPL-3.0-or-later
#include "archetypematcher.h"

#include "featurecatalog.h"
#include "features.h"

#include "persona/archetypecatalog.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace pw {

namespace {

/// 0 below `low`, 1 above `high`, linear between.
double ramp(double x, double low, double high)
{
    return std::clamp((x - low) / (high - low), 0.0, 1.0);
}

} // namespace

QStringList ArchetypeMatcher::keys()
{
    return {QStringLiteral("bouncer"), QStringLiteral("passive_browser"), QStringLiteral("cart_abandoner"),
        QStringLiteral("first_time_low"), QStringLiteral("first_time_high"), QStringLiteral("repeat_buyer"),
        QStringLiteral("discount_seeker"), QStringLiteral("impulse_buyer"), QStringLiteral("need_based"),
        QStringLiteral("looker"), QStringLiteral("new_customer"), QStringLiteral("loyal_customer"),
        QStringLiteral("one_time_buyer"), QStringLiteral("lapsed_buyer"), QStringLiteral("non_buyer"),
        QStringLiteral("converting_visitor")};
}

QString ArchetypeMatcher::color(const QString &key)
{
    if (const Archetype *a = ArchetypeCatalog::instance().find(key); a && !a->color.isEmpty())
        return a->color;
    return QStringLiteral("#546e7a");
}

bool ArchetypeMatcher::isNonTransacting(const QString &archetype)
{
    return archetype == QLatin1String("bouncer") || archetype == QLatin1String("passive_browser")
        || archetype == QLatin1String("cart_abandoner") || archetype == QLatin1String("looker")
        || archetype == QLatin1String("non_buyer");
}

bool ArchetypeMatcher::isTransacting(const SegmentProfile &s, const StoreProfile &store)
{
    if (s.orders <= 0)
        return false;
    const double revenueShare = store.revenue > 0 ? s.revenue / store.revenue : 0.0;
    return s.buyerShare() >= 0.1 || revenueShare >= 0.05;
}

bool ArchetypeMatcher::isEligible(const QString &archetype, const SegmentProfile &s, const StoreProfile &store)
{
    if (isNonTransacting(archetype))
        return !isTransacting(s, store);
    // Every buying archetype claims something of the purchases (their value, number, moment or
    // discounts); when only a conversion column says who bought, a segment of buyers is a
    // converting visitor, told apart by its own figures.
    const bool visitor = archetype == QLatin1String("converting_visitor");
    return s.buyers > 0 && visitor != store.hasPurchaseDetails;
}

namespace {

/// How strongly the segment's orders lean on discounts, absolutely and against the store (0..1).
double discountFit(const SegmentProfile &s, const StoreProfile &store)
{
    if (store.discountShare <= 0)
        return 0.0;
    const auto z = s.z.constFind(Feature::DiscountShare);
    const double relative
        = z != s.z.constEnd() ? ramp(*z, 0.2, 0.8) : ramp(s.discountShare() / store.discountShare, 1.1, 2.0);
    return ramp(s.discountShare(), 0.25, 0.6) * relative;
}

/// The segment's centroid coordinate of a feature (0, the store's average, when not clustered).
double zOf(const SegmentProfile &s, const QString &key)
{
    return s.z.value(key, 0.0);
}

/// How much sooner than the store's buyers the segment's buyers placed their first order (0..1).
double impulseFit(const SegmentProfile &s, const StoreProfile &store)
{
    // Evidence of impulse needs the visits before most of the segment's first purchases.
    if (!store.hasTiming || s.buyers == 0 || double(s.timedBuyers) < 0.5 * double(s.buyers))
        return 0.0;
    const double hours = s.medianHoursToFirstPurchase;
    const double quick = 1.0 - ramp(hours, 1.0, 24.0);
    const double sooner = ramp(store.medianHoursToFirstPurchase / std::max(hours, 0.05), 2.0, 10.0);
    return quick * sooner;
}

} // namespace

double ArchetypeMatcher::score(const QString &archetype, const SegmentProfile &s, const StoreProfile &store)
{
    if (!isEligible(archetype, s, store))
        return 0.0;
    const double buyers = s.buyerShare();
    const double nonBuyers = 1.0 - buyers;
    const double bounce = ramp(s.bounceRate, 0.35, 0.75);
    const double abandoning = ramp(s.abandoningShare(), 0.1, 0.4);
    const double single = 1.0 - ramp(s.ordersPerBuyer(), 1.2, 2.2);
    const double aovRatio
        = store.medianAverageOrderValue > 0 ? s.averageOrderValue() / store.medianAverageOrderValue : 1.0;
    const double discount = discountFit(s, store);
    const double impulse = impulseFit(s, store);
    // A motivation (discounts, impulse) is the more telling description of buyers who show it.
    const double plain = 1.0 - 0.3 * std::max(discount, impulse);
    // Heavy research: many product views or pages per session, against the store.
    const double research = store.hasEvents
        ? std::max(ramp(zOf(s, Feature::ProductViews), 0.5, 1.5), ramp(zOf(s, Feature::PagesPerSession), 0.5, 1.5))
        : 0.0;
    // Long-standing, recently active customers.
    const double longStanding = ramp(zOf(s, Feature::TenureDays), 0.2, 0.9);
    const double active = ramp(-zOf(s, Feature::RecencyDays), 0.0, 0.6);
    const double recentArrival = ramp(-zOf(s, Feature::TenureDays), 0.2, 0.9);
    const double advocacy = std::max(ramp(zOf(s, Feature::Referrals), 0.3, 1.0), ramp(zOf(s, Feature::AverageRating), 0.3, 1.0));
    // Lifecycle against the store's purchase cycle: a single order long ago is a one-time buyer,
    // not a first-time one; repeat buyers silent well past their cycle have lapsed.
    const double longAgo = ramp(s.singleLongAgoShare(), 0.4, 0.8);
    const double lapsed = ramp(s.repeatLapsedShare(), 0.4, 0.8);
    const double loyal
        = buyers * ramp(s.ordersPerBuyer(), 2.0, 4.0) * longStanding * (0.7 * active + 0.3 * advocacy) * (1.0 - lapsed);
    // Browsing is only claimed of people the events show browsing: without events nobody is a
    // browser, bouncer or cart abandoner.
    const double browsing = store.hasEvents ? std::min(1.0, s.sessionShare()) : 0.0;

    if (archetype == QLatin1String("bouncer"))
        return nonBuyers * browsing * bounce * (1.0 - abandoning);
    if (archetype == QLatin1String("passive_browser"))
        return nonBuyers * browsing * (1.0 - bounce) * (1.0 - abandoning) * (1.0 - 0.5 * research);
    if (archetype == QLatin1String("cart_abandoner"))
        return nonBuyers * browsing * abandoning;
    if (archetype == QLatin1String("looker"))
        return nonBuyers * browsing * (1.0 - bounce) * (1.0 - abandoning) * research;
    if (archetype == QLatin1String("non_buyer"))
        return nonBuyers * (1.0 - browsing);
    if (archetype == QLatin1String("first_time_low"))
        return buyers * single * (1.0 - ramp(aovRatio, 0.9, 1.4)) * plain * (1.0 - 0.3 * recentArrival) * (1.0 - longAgo);
    if (archetype == QLatin1String("first_time_high"))
        return buyers * single * ramp(aovRatio, 1.0, 1.6) * plain * (1.0 - longAgo);
    // One-time and lapsed name the buyers who are most of the segment: single-order buyers long
    // ago, repeat buyers silent for long.
    if (archetype == QLatin1String("one_time_buyer"))
        return buyers * ramp(s.singleShare(), 0.4, 0.7) * longAgo * plain;
    if (archetype == QLatin1String("repeat_buyer"))
        return buyers * ramp(s.ordersPerBuyer(), 1.5, 3.0) * plain * (1.0 - 0.3 * loyal) * (1.0 - lapsed);
    if (archetype == QLatin1String("lapsed_buyer"))
        return buyers * ramp(s.repeatShare(), 0.4, 0.7) * lapsed * plain;
    if (archetype == QLatin1String("discount_seeker"))
        return buyers * discount;
    if (archetype == QLatin1String("impulse_buyer"))
        return buyers * impulse;
    if (archetype == QLatin1String("need_based"))
        // Buyers who go straight to what they need: short visits, little browsing, full price.
        return store.hasEvents ? buyers * ramp(-zOf(s, Feature::PagesPerSession), 0.3, 1.0)
                * ramp(-zOf(s, Feature::ProductViews), 0.0, 0.6) * (1.0 - discount) * (1.0 - bounce)
                               : 0.0;
    if (archetype == QLatin1String("new_customer"))
        return buyers * single * recentArrival * ramp(-zOf(s, Feature::RecencyDays), 0.2, 0.9) * plain * (1.0 - longAgo);
    if (archetype == QLatin1String("loyal_customer"))
        return loyal;
    if (archetype == QLatin1String("converting_visitor"))
        return ramp(buyers, 0.05, 0.3);
    return 0.0;
}

QList<ArchetypeMatch> ArchetypeMatcher::match(
    const QList<SegmentProfile> &segments, const StoreProfile &store, double minimumFit)
{
    const QStringList archetypes = keys();
    const int a = int(archetypes.size());
    const int k = int(segments.size());
    std::vector<double> fit(size_t(k) * size_t(a));
    for (int s = 0; s < k; ++s)
        for (int j = 0; j < a; ++j)
            fit[size_t(s) * size_t(a) + size_t(j)] = score(archetypes[j], segments[s], store);

    // Exact one-to-one assignment maximising the total fit: dynamic programming over
    // (segment, set of archetypes already taken); a segment may also stay unmatched (fit 0).
    const int masks = 1 << a;
    const double none = -std::numeric_limits<double>::infinity();
    std::vector<double> best(size_t(k + 1) * size_t(masks), none);
    std::vector<int> choice(size_t(k) * size_t(masks), -1);
    for (int mask = 0; mask < masks; ++mask)
        best[size_t(k) * size_t(masks) + size_t(mask)] = 0;
    for (int s = k - 1; s >= 0; --s) {
        for (int mask = 0; mask < masks; ++mask) {
            double value = best[size_t(s + 1) * size_t(masks) + size_t(mask)]; // unmatched
            int pick = -1;
            for (int j = 0; j < a; ++j) {
                if (mask & (1 << j))
                    continue;
                const double v = fit[size_t(s) * size_t(a) + size_t(j)]
                    + best[size_t(s + 1) * size_t(masks) + size_t(mask | (1 << j))];
                if (v > value + 1e-12) {
                    value = v;
                    pick = j;
                }
            }
            best[size_t(s) * size_t(masks) + size_t(mask)] = value;
            choice[size_t(s) * size_t(masks) + size_t(mask)] = pick;
        }
    }

    QList<ArchetypeMatch> matches;
    int mask = 0;
    for (int s = 0; s < k; ++s) {
        int j = choice[size_t(s) * size_t(masks) + size_t(mask)];
        if (j >= 0)
            mask |= 1 << j;
        // The best-fitting archetype this segment may have, for when nothing free fits.
        int top = -1;
        for (int t = 0; t < a; ++t) {
            if (!isEligible(archetypes[t], segments[s], store))
                continue;
            if (top < 0 || fit[size_t(s) * size_t(a) + size_t(t)] > fit[size_t(s) * size_t(a) + size_t(top)])
                top = t;
        }
        if (top < 0) // no buyers and transacting cannot happen together; keep a defined answer
            top = 0;
        if (j < 0
            || (fit[size_t(s) * size_t(a) + size_t(j)] < minimumFit
                && fit[size_t(s) * size_t(a) + size_t(top)] > fit[size_t(s) * size_t(a) + size_t(j)]))
            j = top;
        matches << ArchetypeMatch {s, archetypes[j], QString(), fit[size_t(s) * size_t(a) + size_t(j)]};
    }

    // Suffixes for shared archetypes, by revenue (then size, then segment) descending.
    QList<int> order(k);
    for (int s = 0; s < k; ++s)
        order[s] = s;
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (segments[x].revenue != segments[y].revenue)
            return segments[x].revenue > segments[y].revenue;
        return segments[x].size > segments[y].size;
    });
    // Segments sharing an archetype are told apart by the feature that sets each most apart from
    // the others of its archetype ("Repeat buyer — high order value"); a number when none does.
    QHash<QString, QList<int>> sharing;
    for (int s : order)
        sharing[matches[s].archetype] << s;
    for (auto it = sharing.cbegin(); it != sharing.cend(); ++it) {
        const QList<int> &group = it.value();
        if (group.size() < 2)
            continue;
        QStringList suffixes;
        for (int s : group) {
            QString strongest;
            double bestGap = 0.5; // at least half a standard deviation
            for (auto f = segments[s].z.cbegin(); f != segments[s].z.cend(); ++f) {
                // "completes carts" is no fact about people who had no carts.
                if (f.key() == Feature::CartAbandonment && segments[s].carts == 0)
                    continue;
                // Nor "long inactive" or "long-standing" in data that spans less than a lapse.
                if ((f.key() == Feature::RecencyDays || f.key() == Feature::TenureDays)
                    && store.periodDays < store.lapseDays())
                    continue;
                double others = 0;
                for (int o : group)
                    if (o != s)
                        others += segments[o].z.value(f.key(), 0.0);
                const double gap = f.value() - others / double(group.size() - 1);
                if (std::abs(gap) > bestGap + 1e-12) {
                    bestGap = std::abs(gap);
                    strongest = FeatureCatalog::suffix(f.key(), gap > 0);
                }
            }
            suffixes << strongest;
        }
        const bool distinct = !suffixes.contains(QString())
            && QSet<QString>(suffixes.cbegin(), suffixes.cend()).size() == suffixes.size();
        for (int i = 0; i < group.size(); ++i)
            matches[group[i]].nameSuffix = distinct ? suffixes[i] : (i == 0 ? QString() : QString::number(i + 1));
    }
    return matches;
}

} // namespace pw
