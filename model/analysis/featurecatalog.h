// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace pw {

/// Names of the behavioural features and the words that qualify a segment that is high or low
/// on one ("high order value"), in English, Hebrew and Russian, from
/// resources/catalog/features.json. A feature imported per person ("imported:<column>") is
/// named by its label (see FeatureLabels: the user's, else its column's name made readable) and
/// qualified by the catalogue's pattern ("high bounce rates"); no function here returns a key.
class FeatureCatalog
{
public:
    /// The user's labels of imported columns, column -> label (FeatureLabels::load()).
    using Labels = QHash<QString, QString>;

    /// The catalogue bundled with the application (loaded once).
    static const FeatureCatalog &instance();

    /// The feature's name in `language` (English when missing); an imported feature's label; any
    /// other key made readable ("some_key" -> "Some key").
    QString name(const QString &key, const QString &language, const Labels &labels = {}) const;
    /// The qualifier of a segment high (or low) on the feature, e.g. "high order value"; for a
    /// feature the catalogue does not describe, its name in the pattern "high %1" of `language`
    /// (in English in lower case unless it starts with an acronym: "high bounce rates").
    QString qualifier(const QString &key, bool high, const QString &language, const Labels &labels = {}) const;

    /// A persona name suffix that says a segment is high or low on a feature: "+key" or "-key".
    static QString suffix(const QString &key, bool high);
    /// The words of a suffix made by suffix() in `language`; empty if `suffix` is not one (a
    /// number that tells apart personas no feature does).
    QString suffixText(const QString &suffix, const QString &language, const Labels &labels = {}) const;

private:
    using Texts = QHash<QString, QString>; // language -> text
    struct Entry
    {
        Texts name, high, low;
    };
    static QString pick(const Texts &texts, const QString &language, const QString &fallback);
    QHash<QString, Entry> m_entries;
    Entry m_other; ///< the patterns "high %1" / "low %1" for features without an entry
};

} // namespace pw
