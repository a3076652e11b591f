// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "store/writestatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

class Project;

/// What puts a person into one journey stage. A person is in the stage as soon as ANY of the
/// rule's criteria holds; the moment they entered it is the earliest moment one of them held.
struct StageRule
{
    QString key;              ///< awareness, consideration, conversion, retention or advocacy
    QStringList eventTypes;   ///< events that count ("*" = any event); empty = events do not count
    int minEvents = 1;        ///< how many such events are needed
    int minOrders = 0;        ///< at least this many orders (0 = orders do not count)
    int minRating = 0;        ///< a review rated at least this (1-5; 0 = ratings do not count)
    int minNps = -1;          ///< a review with an NPS of at least this (0-10; -1 = NPS does not count)

    bool usesEvents() const { return !eventTypes.isEmpty(); }
    bool usesOrders() const { return minOrders > 0; }
    bool usesReviews() const { return minRating > 0 || minNps >= 0; }
    bool anyEvent() const { return eventTypes.contains(QStringLiteral("*")); }
    /// Whether the rule counts events other than purchases (a purchase event records an order):
    /// such a stage is observed through events, and orders alone cannot measure it.
    bool usesNonOrderEvents() const
    {
        for (const QString &t : eventTypes)
            if (t != QLatin1String("purchase"))
                return true;
        return false;
    }
    bool operator==(const StageRule &) const = default;
};

/// The five stage rules of a project, stored in the project's settings as versioned JSON
/// (`journey.stages`). The defaults are DESIGN.md's: awareness = any session or order;
/// consideration = a product view, add to cart, checkout or an order; conversion = an order
/// (or a purchase event: an event stream without an orders table records orders that way);
/// retention = two orders; advocacy = a review rated 4-5 (or NPS 9-10) or a referral.
class StageDefinitions
{
public:
    static constexpr int formatVersion = 1;

    /// DESIGN.md's default rules.
    static StageDefinitions defaults();
    /// The project's rules (the defaults if it has none of its own).
    static StageDefinitions load(Project &project, Error *error = nullptr);
    /// Stores these rules in the project; returns false and fills `error` on failure.
    bool save(Project &project, Error *error = nullptr) const;
    /// Forgets the project's own rules, so that the defaults apply again.
    static bool reset(Project &project, Error *error = nullptr);
    /// The revision the project's rules were stored with (0: the defaults, never changed since).
    static qint64 revision(Project &project);
    /// Stores these rules (forgetting the project's own when they are the defaults) if the stored
    /// ones still have revision `baseRevision`, which becomes the new one. Conflict, with the
    /// reason in `error`, when another program changed them since.
    WriteStatus saveUnchanged(Project &project, qint64 &baseRevision, Error *error = nullptr) const;

    QJsonObject toJson() const;
    /// Parses rules written by toJson(); fills `error` for an unknown version or a bad rule.
    static std::optional<StageDefinitions> fromJson(const QJsonObject &json, Error *error = nullptr);

    /// What makes these rules unusable, one message per problem in the interface language (a
    /// stage that counts nothing, a threshold out of range); empty when they can be saved.
    QStringList problems() const;
    /// Event types the rules name that are not among `heldTypes` (what the store holds): such a
    /// criterion never holds. One message per stage, in the interface language.
    QStringList warnings(const QStringList &heldTypes) const;

    const QList<StageRule> &rules() const { return m_rules; }
    /// The rule of stage `key`; a rule that counts nothing for an unknown key.
    StageRule rule(const QString &key) const;
    /// Replaces the rule with the same key.
    void setRule(const StageRule &rule);

    bool operator==(const StageDefinitions &) const = default;

private:
    QList<StageRule> m_rules;
};

} // namespace pw
