// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pw {

/// Where a persona's section comes from, shown on the card so that nobody mistakes a guess for
/// a finding.
enum class Evidence {
    Data,      ///< computed from the customer data (figures, journey)
    Suggested, ///< the archetype catalogue's starting text, not edited yet
    Assumed,   ///< written by the team without evidence (the default for written text)
    Research,  ///< from research or a workshop
};

/// The stable key stored in the project: "data", "suggested", "assumed", "research".
QString evidenceKey(Evidence evidence);
/// The evidence for `key`, or nullopt if unknown.
std::optional<Evidence> evidenceFromKey(const QString &key);
/// The evidence's short label in the interface language, e.g. "suggested".
QString evidenceName(Evidence evidence);

} // namespace pw
