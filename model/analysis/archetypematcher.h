// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

/// The archetype a segment was matched to.
struct ArchetypeMatch
{
    int segment = 0;
    QString archetype; ///< catalogue key
    QString nameSuffix; ///< "2", "3", ... when another segment has the same archetype
    double confidence = 0; ///< how well the rules for this archetype fit the segment (0..1)
};

/// Matches segments to the archetypes of the catalogue (DOMAIN.md) by explicit rules over each
/// segment's profile.
class ArchetypeMatcher
{
public:
    /// The eight archetype keys the rules know, in catalogue order.
    static QStringList keys();

    /// How well `archetype`'s behavioural signal fits the segment, in 0..1:
    /// - bouncer: non-buyers whose sessions bounce (one event);
    /// - passive_browser: non-buyers with sessions that neither bounce nor reach a cart (without
    ///   events at all, non-buyers fit it at 0.5);
    /// - cart_abandoner: non-buyers who put something in a cart or began a checkout;
    /// - first_time_low / first_time_high: buyers with about one order each, average order value
    ///   below / above the store's median;
    /// - repeat_buyer: buyers with two or more orders each;
    /// - discount_seeker: buyers with a large share of discounted orders, above the store's;
    /// - impulse_buyer: buyers whose first order comes within hours of their first visit, much
    ///   sooner than the store's median.
    static double score(const QString &archetype, const SegmentProfile &segment, const StoreProfile &store);

    /// One match per segment, in segment order. The assignment is one-to-one and maximises the
    /// total fit; a segment that fits no free archetype at least `minimumFit` (or for which none
    /// is free) shares its best-fitting archetype and gets a name suffix "2", "3", ... (the
    /// segment with more revenue keeps the plain name).
    static QList<ArchetypeMatch> match(
        const QList<SegmentProfile> &segments, const StoreProfile &store, double minimumFit = 0.2);
};

} // namespace pw
