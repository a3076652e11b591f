// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentprofile.h"

#include "features.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pw {

QList<SegmentProfile> profileSegments(const FeatureMatrix &matrix, const std::vector<int> &labels,
    const std::vector<float> &centroids, int k, StoreProfile *store)
{
    QList<SegmentProfile> segments(k);
    std::vector<std::vector<double>> hours(static_cast<size_t>(k));
    std::vector<std::vector<double>> aovs(static_cast<size_t>(k)), frequencies(static_cast<size_t>(k));
    std::vector<double> allHours, allAov;
    std::vector<qint64> sessions(size_t(k), 0), bounces(size_t(k), 0);
    std::vector<double> recencySum(size_t(k), 0);
    StoreProfile s;
    s.periodDays = matrix.periodDays;
    s.purchaseCycleDays = matrix.purchaseCycleDays;
    const double lapse = s.lapseDays();
    qint64 orders = 0, discounted = 0;
    for (qsizetype i = 0; i < matrix.rows(); ++i) {
        const PersonActivity &a = matrix.activity[size_t(i)];
        const int c = labels[size_t(i)];
        SegmentProfile &p = segments[c];
        ++p.size;
        p.revenue += a.revenue;
        p.purchaseValue += a.purchaseValue;
        p.orders += a.orders;
        p.discountedOrders += a.discountedOrders;
        p.carts += a.carts;
        p.abandonedCarts += a.abandonedCarts;
        if (a.abandonedCarts > 0)
            ++p.peopleAbandoning;
        if (a.sessions > 0)
            ++p.peopleWithSessions;
        sessions[size_t(c)] += a.sessions;
        bounces[size_t(c)] += a.bounces;
        if (a.orders > 0) {
            ++p.buyers;
            recencySum[size_t(c)] += a.recencyDays;
            if (!std::isnan(a.hoursToFirstPurchase)) {
                hours[size_t(c)].push_back(a.hoursToFirstPurchase);
                allHours.push_back(a.hoursToFirstPurchase);
            }
            allAov.push_back(a.purchaseValue / double(a.orders));
            aovs[size_t(c)].push_back(a.purchaseValue / double(a.orders));
            frequencies[size_t(c)].push_back(double(a.orders));
            if (a.orders == 1) {
                ++p.singleBuyers;
                p.singleLongAgo += a.recencyDays > lapse ? 1 : 0;
            } else {
                ++p.repeatBuyers;
                const double own = std::isnan(a.daysBetweenOrders) ? 0.0 : 2.0 * a.daysBetweenOrders;
                p.repeatLapsed += a.recencyDays > std::max(lapse, own) ? 1 : 0;
            }
        }
        s.revenue += a.revenue;
        orders += a.orders;
        discounted += a.discountedOrders;
    }
    for (int c = 0; c < k; ++c) {
        SegmentProfile &p = segments[c];
        p.segment = c;
        p.bounceRate = sessions[size_t(c)] > 0 ? double(bounces[size_t(c)]) / double(sessions[size_t(c)]) : 0;
        p.recencyDaysOfBuyers = p.buyers > 0 ? recencySum[size_t(c)] / double(p.buyers) : 0;
        p.timedBuyers = qint64(hours[size_t(c)].size());
        p.medianHoursToFirstPurchase = medianOf(hours[size_t(c)]);
        p.medianOrderValue = medianOf(aovs[size_t(c)]);
        p.medianOrders = medianOf(frequencies[size_t(c)]);
        for (int j = 0; j < matrix.columns(); ++j)
            p.z.insert(matrix.keys[j], centroids[size_t(c) * size_t(matrix.columns()) + size_t(j)]);
    }
    if (store) {
        s.people = matrix.rows();
        s.medianAverageOrderValue = medianOf(allAov);
        s.discountShare = orders > 0 ? double(discounted) / double(orders) : 0;
        s.medianHoursToFirstPurchase = medianOf(allHours);
        s.hasEvents = matrix.measurable.contains(Feature::Sessions);
        s.hasTiming = s.hasEvents && matrix.keys.contains(Feature::HoursToFirstPurchase);
        s.hasDiscounts = matrix.measurable.contains(Feature::DiscountShare);
        s.hasPurchaseDetails = matrix.measurable.contains(Feature::Monetary);
        *store = s;
    }
    return segments;
}

QList<FeatureEvidence> distinguishingFeatures(const FeatureMatrix &matrix, const std::vector<int> &labels,
    const std::vector<float> &centroids, int segment)
{
    const int d = matrix.columns();
    std::vector<int> order(static_cast<size_t>(d));
    std::iota(order.begin(), order.end(), 0);
    auto zOf = [&](int j) { return double(centroids[size_t(segment) * size_t(d) + size_t(j)]); };
    std::stable_sort(
        order.begin(), order.end(), [&](int a, int b) { return std::abs(zOf(a)) > std::abs(zOf(b)); });
    QList<FeatureEvidence> list;
    for (int j : order) {
        if (list.size() >= 5 || (list.size() >= 3 && std::abs(zOf(j)) < 0.25))
            break;
        double segSum = 0, allSum = 0;
        qint64 segCount = 0, allCount = 0;
        for (qsizetype i = 0; i < matrix.rows(); ++i) {
            const double v = matrix.rawAt(i, j);
            if (std::isnan(v))
                continue;
            allSum += v;
            ++allCount;
            if (labels[size_t(i)] == segment) {
                segSum += v;
                ++segCount;
            }
        }
        list << FeatureEvidence {matrix.keys[j], segCount > 0 ? segSum / double(segCount) : 0.0,
            allCount > 0 ? allSum / double(allCount) : 0.0, zOf(j)};
    }
    return list;
}

PersonaStats personaStats(const SegmentProfile &segment, const StoreProfile &store)
{
    PersonaStats s;
    s.size = segment.size;
    s.sharePeople = store.people > 0 ? double(segment.size) / double(store.people) : 0;
    // Without amounts (a conversion column alone says who bought) a share of revenue is no data.
    s.shareRevenue = !store.hasPurchaseDetails ? qQNaN() : store.revenue > 0 ? segment.revenue / store.revenue : 0;
    // A sum of money to the cent, as a finance team reads it (a sum of doubles carries noise
    // below it); averages stay exact and are rounded where they are written.
    s.revenue = std::round(segment.revenue * 100.0) / 100.0;
    // Without dates and amounts (a conversion column alone says who bought) there is no order
    // value, recency or lifecycle to show: no data, not 0.
    // A segment without buyers has no order value or buyers' recency either (the card shows a
    // dash, JSON null).
    const bool details = store.hasPurchaseDetails;
    const bool bought = details && segment.buyers > 0;
    s.averageOrderValue = bought ? segment.averageOrderValue() : qQNaN();
    s.ordersPerPerson = segment.size > 0 ? double(segment.orders) / double(segment.size) : 0;
    s.recencyDays = bought ? segment.recencyDaysOfBuyers : qQNaN();
    s.discountShare = store.hasDiscounts && segment.orders > 0 ? segment.discountShare() : qQNaN();
    s.cartAbandonment = segment.carts > 0 ? segment.cartAbandonment() : qQNaN();
    s.buyerShare = segment.buyerShare();
    s.repeatShare = details && segment.buyers > 0 ? segment.repeatShare() : qQNaN();
    s.singleLongAgoShare = details && segment.singleBuyers > 0 ? segment.singleLongAgoShare() : qQNaN();
    s.repeatLapsedShare = details && segment.repeatBuyers > 0 ? segment.repeatLapsedShare() : qQNaN();
    s.purchaseCycleDays = details ? store.purchaseCycleDays : qQNaN();
    s.medianOrderValue = bought ? std::round(segment.medianOrderValue * 100.0) / 100.0 : qQNaN();
    s.medianOrders = segment.medianOrders;
    return s;
}

} // namespace pw
