// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurecatalog.h"

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
        const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
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

QString FeatureCatalog::name(const QString &key, const QString &language) const
{
    const auto it = m_entries.constFind(key);
    if (it != m_entries.constEnd())
        return pick(it->name, language, key);
    // An imported feature ("imported:<name>") is shown by its own name.
    return key.startsWith(QLatin1String("imported:")) ? key.mid(9) : key;
}

QString FeatureCatalog::qualifier(const QString &key, bool high, const QString &language) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return key;
    return pick(high ? it->high : it->low, language, key);
}

QString FeatureCatalog::suffix(const QString &key, bool high)
{
    return (high ? QStringLiteral("+") : QStringLiteral("-")) + key;
}

QString FeatureCatalog::suffixText(const QString &suffix, const QString &language) const
{
    if (suffix.size() < 2 || (suffix[0] != QLatin1Char('+') && suffix[0] != QLatin1Char('-')))
        return {};
    const QString key = suffix.mid(1);
    if (!m_entries.contains(key))
        return {};
    return qualifier(key, suffix[0] == QLatin1Char('+'), language);
}

} // namespace pw
