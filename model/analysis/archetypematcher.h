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
    /// When another segment has the same archetype: "+key" / "-key" (high / low on that feature,
    /// see FeatureCatalog::suffix), or "2", "3", ... when no feature tells them apart.
    QString nameSuffix;
    double confidence = 0; ///< how well the rules for this archetype fit the segment (0..1)
};

/// Matches segments to the archetypes of the catalogue (DOMAIN.md) by explicit rules over each
/// segment's profile.
class ArchetypeMatcher
{
public:
    /// The archetype keys the rules know, in catalogue order: the eight behavioural archetypes,
    /// the customer types of DOMAIN.md (the impulse type is impulse_buyer), and the lifecycle
    /// archetypes (one-time, lapsed, without a purchase).
    static QStringList keys();
    /// The persona colour of an archetype (the catalogue's).
    static QString color(const QString &archetype);
    /// Bouncer, passive browser, cart abandoner, looker and non-buyer: archetypes of people who do not buy.
    static bool isNonTransacting(const QString &archetype);
    /// True when the segment's people buy: it has orders, and its buyers are at least 10% of it
    /// or hold at least 5% of the store's revenue. Such a segment is never given a non-transacting
    /// archetype (a segment without buyers never a transacting one).
    static bool isTransacting(const SegmentProfile &segment, const StoreProfile &store);
    /// Whether the archetype may describe the segment at all (see isTransacting()).
    static bool isEligible(const QString &archetype, const SegmentProfile &segment, const StoreProfile &store);

    /// How well `archetype`'s behavioural signal fits the segment, in 0..1. Browsing archetypes
    /// need events that show the segment's people browsing (the share of them with sessions):
    /// - bouncer: non-buyers whose sessions bounce (one event);
    /// - passive_browser: non-buyers with sessions that neither bounce nor reach a cart;
    /// - cart_abandoner: non-buyers who put something in a cart or began a checkout;
    /// - non_buyer: non-buyers of whom the data shows no sessions (all of them without events);
    /// - first_time_low / first_time_high: buyers with about one order each, average order value
    ///   below / above the store's median, and that order recent (see one_time_buyer);
    /// - one_time_buyer: buyers with about one order each, placed long ago: past twice the
    ///   store's purchase cycle (StoreProfile::lapseDays());
    /// - repeat_buyer: buyers with two or more orders each, still active;
    /// - lapsed_buyer: buyers with two or more orders each, silent past twice the store's purchase
    ///   cycle (or twice their own gap between orders, when longer);
    /// - discount_seeker: buyers with a large share of discounted orders, above the store's;
    /// - impulse_buyer: buyers whose first order comes within hours of their first visit, much
    ///   sooner than the store's median (needs events: without visits there is no timing);
    /// - need_based: buyers with short visits and few product views, paying full price;
    /// - looker: non-buyers who view many products or pages per visit (research, comparison);
    /// - new_customer: buyers with about one order who arrived recently and bought recently;
    /// - loyal_customer: buyers with several orders over a long tenure, still active (or who
    ///   review well and refer others).
    /// An archetype the segment is not eligible for (isEligible()) scores 0.
    static double score(const QString &archetype, const SegmentProfile &segment, const StoreProfile &store);

    /// One match per segment, in segment order. The assignment is one-to-one and maximises the
    /// total fit; a segment that fits no free archetype at least `minimumFit` (or for which none
    /// is free) shares its best-fitting eligible archetype; segments that share one get a name
    /// suffix each from the feature that sets them apart (see ArchetypeMatch::nameSuffix; with
    /// numbers instead, the segment with more revenue keeps the plain name).
    static QList<ArchetypeMatch> match(
        const QList<SegmentProfile> &segments, const StoreProfile &store, double minimumFit = 0.2);
};

} // namespace pw
