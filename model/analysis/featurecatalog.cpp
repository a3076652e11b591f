// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurecatalog.h"

#include "featurelabels.h"
#include "features.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw {

namespace {

QHash<QString, QString> texts(const QJsonObject &o)
{
    QHash<QString, QString> t;
    for (auto it = o.begin(); it != o.end(); ++it)
        t.insert(it.key(), it.value().toString());
    return t;
}

} // namespace

const FeatureCatalog &FeatureCatalog::instance()
{
    static const FeatureCatalog catalog = [] {
        FeatureCatalog c;
        QFile file(QStringLiteral(":/catalog/features.json"));
        if (!file.open(QIODevice::ReadOnly))
            return c;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject other = root.value(QStringLiteral("imported")).toObject();
        c.m_other = Entry {{}, texts(other.value(QStringLiteral("high")).toObject()), texts(other.value(QStringLiteral("low")).toObject())};
        const QJsonArray features = root.value(QStringLiteral("features")).toArray();
        for (const QJsonValue &v : features) {
            const QJsonObject o = v.toObject();
            c.m_entries.insert(o.value(QStringLiteral("key")).toString(),
                Entry {texts(o.value(QStringLiteral("name")).toObject()), texts(o.value(QStringLiteral("high")).toObject()),
                    texts(o.value(QStringLiteral("low")).toObject())});
        }
        return c;
    }();
    return catalog;
}

QString FeatureCatalog::pick(const Texts &t, const QString &language, const QString &fallback)
{
    const QString text = t.value(language);
    if (!text.isEmpty())
        return text;
    const QString english = t.value(QStringLiteral("en"));
    return english.isEmpty() ? fallback : english;
}

QString FeatureCatalog::name(const QString &key, const QString &language, const Labels &labels) const
{
    const auto it = m_entries.constFind(key);
    if (it != m_entries.constEnd())
        return pick(it->name, language, FeatureLabels::humanise(key));
    if (Feature::isImported(key))
        return FeatureLabels::label(key.mid(Feature::ImportedPrefix.size()), labels);
    return FeatureLabels::humanise(key);
}

QString FeatureCatalog::qualifier(const QString &key, bool high, const QString &language, const Labels &labels) const
{
    const auto it = m_entries.constFind(key);
    if (it != m_entries.constEnd())
        return pick(high ? it->high : it->low, language, name(key, language, labels));
    const Texts &patterns = high ? m_other.high : m_other.low;
    const bool english = language == QLatin1String("en") || patterns.value(language).isEmpty();
    QString label = name(key, language, labels);
    // Inside an English phrase the name is in lower case ("high bounce rates"), unless it starts
    // with an acronym ("high SKU count").
    const QString first = label.section(QLatin1Char(' '), 0, 0);
    if (english && !label.isEmpty() && !(first.size() > 1 && first[1].isUpper()))
        label[0] = label[0].toLower();
    const QString pattern = pick(patterns, language, high ? QStringLiteral("high %1") : QStringLiteral("low %1"));
    return pattern.arg(label);
}

QString FeatureCatalog::suffix(const QString &key, bool high)
{
    return (high ? QStringLiteral("+") : QStringLiteral("-")) + key;
}

QString FeatureCatalog::suffixText(const QString &suffix, const QString &language, const Labels &labels) const
{
    if (suffix.size() < 2 || (suffix[0] != QLatin1Char('+') && suffix[0] != QLatin1Char('-')))
        return {};
    return qualifier(suffix.mid(1), suffix[0] == QLatin1Char('+'), language, labels);
}

} // namespace pw
