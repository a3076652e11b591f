// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pw::quality {

/// A persona as `persona-cli personas --json` prints it (the fields the checks read).
struct PersonaInfo
{
    qint64 id = 0;
    QString name;
    QString archetype;
    QString archetypeName;
    qint64 size = 0;
};

/// What a check may look at: the personas, who is in which, and where to find more.
struct CheckContext
{
    QList<PersonaInfo> personas;
    QHash<QString, qint64> personaOf; ///< customer_id → persona id (assignments.csv)
    QString storeDir; ///< the store's work folder (buyers.csv: the people at the conversion stage)
    QString dataDir; ///< where `rows FILE ...` finds FILE
};

/// The outcome of one check.
struct CheckResult
{
    QString rule;
    bool ok = false;
    QString detail; ///< what was found ("passive_browser holds 1,820 of 1,908")
};

/// The mechanical expectations written in EXPECTATIONS.md: under a heading `## STORE ...`, every
/// `check: RULE` in backquotes. Rules (SET is a comma-separated list of archetype keys):
/// - `no archetype in SET`, `some archetype in SET`, `some archetype not in SET`,
///   `every archetype in SET`;
/// - `no name contains TEXT` (the persona's name and archetype name, ignoring case);
/// - `WHO mostly in archetype [not] in SET`: at least half of WHO are in personas whose archetype
///   is (not) in SET; WHO is `buyers` (the people the funnel counts at the conversion stage) or
///   `rows FILE where COLUMN=VALUE` (the rows of a feature table in the data folder, whose people
///   the import names FILE-STEM#ROW).
class Expectations
{
public:
    /// Reads the file; false with `error` set when it cannot be read or a rule is malformed.
    bool load(const QString &path, QString *error);
    /// The rules written for a store (none for a store without a section).
    QStringList rules(const QString &store) const { return m_rules.value(store); }
    QStringList stores() const { return m_order; }

    /// Evaluates one rule against a store.
    static CheckResult check(const QString &rule, const CheckContext &context);
    /// Empty when the rule is well formed, else why not.
    static QString validate(const QString &rule);

private:
    QHash<QString, QStringList> m_rules;
    QStringList m_order;
};

} // namespace pw::quality
