// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

/// Text in the interface languages ("en", "he", "ru"); a missing language falls back to English.
struct LocalizedText
{
    QHash<QString, QString> byLanguage;
    QString text(const QString &language) const;
};

struct LocalizedList
{
    QHash<QString, QStringList> byLanguage;
    QStringList items(const QString &language) const;
};

/// One archetype of the catalogue (DOMAIN.md): its names, the behavioural signal it stands for,
/// and the starting text a persona of this archetype gets.
struct Archetype
{
    QString key;      ///< stable identifier, e.g. "repeat_buyer"
    QString group;    ///< "non_transacting", "transacting", "motivation" or "customer_type"
    QString color;    ///< the persona colour, "#rrggbb"
    LocalizedText name;
    LocalizedText signal;      ///< the behaviour that identifies it
    LocalizedText quote;       ///< a typical sentence of such a customer
    LocalizedList goals;
    LocalizedList painPoints;
    LocalizedList motivations;
    LocalizedList frustrations;
    LocalizedList channels;
    LocalizedList tactics;     ///< what to do (DOMAIN.md's "what to do")
};

/// The archetype catalogue shipped in resources/catalog/archetypes.json.
class ArchetypeCatalog
{
public:
    /// The shipped catalogue, loaded once (thread-safe).
    static const ArchetypeCatalog &instance();
    /// Parses a catalogue document; returns an empty catalogue and fills `error` if it is invalid.
    static ArchetypeCatalog fromJson(const QByteArray &json, QString *error);

    const QList<Archetype> &archetypes() const { return m_archetypes; }
    /// The archetype with `key`, or null.
    const Archetype *find(const QString &key) const;

private:
    QList<Archetype> m_archetypes;
};

} // namespace pw
