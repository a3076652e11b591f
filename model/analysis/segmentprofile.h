// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QHash>
#include <QList>

#include <vector>

namespace pw {

struct FeatureMatrix;

/// What the whole clustered population looks like, for relative rules ("above the store median").
struct StoreProfile
{
    qint64 people = 0;
    double revenue = 0;
    double medianAverageOrderValue = 0; ///< median of the buyers' own average order values
    double discountShare = 0; ///< discounted orders / orders, store-wide
    double medianHoursToFirstPurchase = 0; ///< among buyers with a visit before their first purchase
    bool hasEvents = false; ///< the session features were computed
    bool hasTiming = false; ///< hours_to_first_purchase was kept, and sessions show when people arrived
    bool hasDiscounts = false; ///< the orders say which had a discount or coupon (else discount share is no data)
    /// Purchases have dates and amounts (orders, or purchase events); false when only a feature
    /// table's conversion column says who bought: order value, recency and lifecycle are no data.
    bool hasPurchaseDetails = false;
    double purchaseCycleDays = 0; ///< see FeatureMatrix::purchaseCycleDays
    double periodDays = 0; ///< from the store's first to its last date
    /// A single order is "long ago", a repeat buyer "lapsed", past this many days without an order
    /// (twice the cycle; for a repeat buyer twice their own gap when that is longer).
    double lapseDays() const { return 2.0 * purchaseCycleDays; }
};

/// One segment described in raw terms (counts and means) and by its centroid in z units.
struct SegmentProfile
{
    int segment = 0;
    qint64 size = 0;
    double revenue = 0; ///< net of cancellations (PersonActivity::revenue)
    double purchaseValue = 0; ///< the totals of the purchases (orders not cancelled)
    qint64 orders = 0; ///< purchases
    qint64 buyers = 0; ///< people with at least one purchase
    qint64 discountedOrders = 0;
    qint64 carts = 0;
    qint64 abandonedCarts = 0;
    qint64 peopleAbandoning = 0; ///< people with at least one abandoned cart
    qint64 peopleWithSessions = 0;
    double bounceRate = 0; ///< bounced sessions / sessions, over the segment
    double recencyDaysOfBuyers = 0; ///< mean recency among buyers (0 without buyers)
    double medianHoursToFirstPurchase = 0; ///< among the timed buyers (0 without any)
    qint64 timedBuyers = 0; ///< buyers with a visit before their first purchase (see hours_to_first_purchase)
    double medianOrderValue = 0; ///< median of the buyers' own average order values (0 without buyers)
    double medianOrders = 0; ///< median number of orders among buyers (0 without buyers)
    qint64 singleBuyers = 0; ///< buyers with exactly one purchase
    qint64 singleLongAgo = 0; ///< of those, whose purchase is past StoreProfile::lapseDays()
    qint64 repeatBuyers = 0; ///< buyers with two or more purchases
    qint64 repeatLapsed = 0; ///< of those, silent past the lapse (see StoreProfile::lapseDays())
    QHash<QString, double> z; ///< centroid coordinate per feature key

    double buyerShare() const { return size > 0 ? double(buyers) / double(size) : 0; }
    double sessionShare() const { return size > 0 ? double(peopleWithSessions) / double(size) : 0; }
    double ordersPerBuyer() const { return buyers > 0 ? double(orders) / double(buyers) : 0; }
    double averageOrderValue() const { return orders > 0 ? purchaseValue / double(orders) : 0; }
    double discountShare() const { return orders > 0 ? double(discountedOrders) / double(orders) : 0; }
    double abandoningShare() const { return size > 0 ? double(peopleAbandoning) / double(size) : 0; }
    double cartAbandonment() const { return carts > 0 ? double(abandonedCarts) / double(carts) : 0; }
    /// Share of the buyers with exactly one purchase, and with two or more (0 without buyers).
    double singleShare() const { return buyers > 0 ? double(singleBuyers) / double(buyers) : 0; }
    double repeatShare() const { return buyers > 0 ? double(repeatBuyers) / double(buyers) : 0; }
    /// Share of the single-order buyers whose order was long ago (0 without any).
    double singleLongAgoShare() const { return singleBuyers > 0 ? double(singleLongAgo) / double(singleBuyers) : 0; }
    /// Share of the repeat buyers who lapsed (0 without any).
    double repeatLapsedShare() const { return repeatBuyers > 0 ? double(repeatLapsed) / double(repeatBuyers) : 0; }
};

/// Profiles of the `k` segments of a clustering of `matrix` (labels one per row, centroids k × d),
/// and of the whole population in `store`.
QList<SegmentProfile> profileSegments(const FeatureMatrix &matrix, const std::vector<int> &labels,
    const std::vector<float> &centroids, int k, StoreProfile *store);

/// The 3–5 features whose centroid coordinate is farthest from 0 (largest |z|, at least 0.25
/// beyond the third), most distinctive first, with the segment's and everyone's mean raw value
/// (missing values ignored).
QList<FeatureEvidence> distinguishingFeatures(const FeatureMatrix &matrix, const std::vector<int> &labels,
    const std::vector<float> &centroids, int segment);

/// The evidence stored with a persona (confidence and distinguishing features left at 0/empty).
PersonaStats personaStats(const SegmentProfile &segment, const StoreProfile &store);

} // namespace pw
