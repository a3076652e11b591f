// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace pw {

class Project;
struct CanonicalRow;

/// Replaces direct identifiers (e-mail addresses, names, phone numbers) by a keyed hash, so that
/// a project holds no readable personal data while a customer's orders, sessions and reviews
/// still link up: the same identifier always gives the same pseudonym within one project.
///
/// The pseudonym is `h:` followed by the first 24 hexadecimal digits (96 bits) of
/// HMAC-SHA256(key, normalised value). The key is 32 random bytes made when the project first
/// imports, kept in the project's `meta` table (`pseudonym_key`); without it the pseudonyms
/// cannot be reversed or recomputed from outside. E-mail addresses are normalised by trimming
/// and lower-casing, names and phone numbers by trimming, collapsing inner white space and
/// lower-casing.
///
/// With keepIdentifiers() (the project setting `keep_identifiers` = 1, set by
/// `persona-cli import --keep-identifiers`), values are kept as they are, normalised.
class Pseudonymiser
{
public:
    /// A pseudonymiser that keeps identifiers (for tests and tools without a project).
    Pseudonymiser() = default;
    Pseudonymiser(QByteArray key, bool keepIdentifiers);

    /// Loads the project's key (creating and storing it on first use) and its
    /// `keep_identifiers` setting. Call inside the import's transaction.
    static bool forProject(Project &project, Pseudonymiser &out, Error &error);

    bool keepIdentifiers() const { return m_keep; }

    /// The pseudonym of an e-mail address (empty for an empty one).
    QString email(QStringView address) const;
    /// The pseudonym of a name, phone number or other direct identifier (empty for empty).
    QString identifier(QStringView value) const;
    /// True if `value` looks like an e-mail address (something@something.tld).
    static bool looksLikeEmail(QStringView value);
    /// True if `text` may hold an e-mail address somewhere (an `@`, or `%40` as URLs write it):
    /// a quick test before emailInside() or maskEmails().
    static bool mayHoldEmail(QStringView text);
    /// The first e-mail address inside `text` (`John Doe <john@mail.com>`, `?u=anna%40mail.com`),
    /// with `%40` read as `@`; empty when there is none.
    static QString emailInside(QStringView text);
    /// `text` with every e-mail address inside it replaced by its pseudonym, as email() gives it
    /// (unchanged when identifiers are kept).
    QString maskEmails(const QString &text) const;
    /// Replaces the direct identifiers of `row` by their pseudonyms, as the import stores them:
    /// a customer's e-mail and names, a customer_id that is or holds an e-mail address (that
    /// address's pseudonym), and any e-mail address inside another text.
    void pseudonymise(CanonicalRow &row) const;

private:
    QString hash(const QString &normalised) const;

    QByteArray m_key;
    bool m_keep = true;
};

} // namespace pw
