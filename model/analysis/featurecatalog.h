// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace pw {

/// Names of the behavioural features and the words that qualify a segment that is high or low
/// on one ("high order value"), in English, Hebrew and Russian, from
/// resources/catalog/features.json.
class FeatureCatalog
{
public:
    /// The catalogue bundled with the application (loaded once).
    static const FeatureCatalog &instance();

    /// The feature's name in `language` (English when missing; the key for an unknown feature).
    QString name(const QString &key, const QString &language) const;
    /// The qualifier of a segment high (or low) on the feature, e.g. "high order value".
    QString qualifier(const QString &key, bool high, const QString &language) const;

    /// A persona name suffix that says a segment is high or low on a feature: "+key" or "-key".
    static QString suffix(const QString &key, bool high);
    /// The words of a suffix made by suffix() in `language`; empty if `suffix` is not one.
    QString suffixText(const QString &suffix, const QString &language) const;

private:
    using Texts = QHash<QString, QString>; // language -> text
    struct Entry
    {
        Texts name, high, low;
    };
    static QString pick(const Texts &texts, const QString &language, const QString &fallback);
    QHash<QString, Entry> m_entries;
};

} // namespace pw
