// SPDX-License-Identifier: GPL-3.0-or-later
#include "archetypematcher.h"

#include "features.h"

#include <algorithm>
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
        QStringLiteral("discount_seeker"), QStringLiteral("impulse_buyer")};
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

/// How much sooner than the store's buyers the segment's buyers placed their first order (0..1).
double impulseFit(const SegmentProfile &s, const StoreProfile &store)
{
    if (!store.hasTiming || s.buyers == 0)
        return 0.0;
    const double hours = s.medianHoursToFirstPurchase;
    const double quick = 1.0 - ramp(hours, 1.0, 24.0);
    const double sooner = ramp(store.medianHoursToFirstPurchase / std::max(hours, 0.05), 2.0, 10.0);
    return quick * sooner;
}

} // namespace

double ArchetypeMatcher::score(const QString &archetype, const SegmentProfile &s, const StoreProfile &store)
{
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

    if (archetype == QLatin1String("bouncer"))
        return store.hasEvents ? nonBuyers * bounce * (1.0 - abandoning) : 0.0;
    if (archetype == QLatin1String("passive_browser"))
        return store.hasEvents ? nonBuyers * (1.0 - bounce) * (1.0 - abandoning) : nonBuyers * 0.5;
    if (archetype == QLatin1String("cart_abandoner"))
        return store.hasEvents ? nonBuyers * abandoning : 0.0;
    if (archetype == QLatin1String("first_time_low"))
        return buyers * single * (1.0 - ramp(aovRatio, 0.9, 1.4)) * plain;
    if (archetype == QLatin1String("first_time_high"))
        return buyers * single * ramp(aovRatio, 1.0, 1.6) * plain;
    if (archetype == QLatin1String("repeat_buyer"))
        return buyers * ramp(s.ordersPerBuyer(), 1.5, 3.0) * plain;
    if (archetype == QLatin1String("discount_seeker"))
        return buyers * discount;
    if (archetype == QLatin1String("impulse_buyer"))
        return buyers * impulse;
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
        // The best-fitting archetype of this segment, for when nothing free fits.
        int top = 0;
        for (int t = 1; t < a; ++t)
            if (fit[size_t(s) * size_t(a) + size_t(t)] > fit[size_t(s) * size_t(a) + size_t(top)])
                top = t;
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
    QHash<QString, int> seen;
    for (int s : order) {
        const int n = ++seen[matches[s].archetype];
        if (n > 1)
            matches[s].nameSuffix = QString::number(n);
    }
    return matches;
}

} // namespace pw
