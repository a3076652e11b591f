// SPDX-License-Identifier: GPL-3.0-or-later
#include "archetypecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw {

QString LocalizedText::text(const QString &language) const
{
    const QString t = byLanguage.value(language);
    return t.isEmpty() ? byLanguage.value(QStringLiteral("en")) : t;
}

QStringList LocalizedList::items(const QString &language) const
{
    const QStringList l = byLanguage.value(language);
    return l.isEmpty() ? byLanguage.value(QStringLiteral("en")) : l;
}

namespace {

LocalizedText readText(const QJsonValue &value)
{
    LocalizedText t;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        t.byLanguage.insert(it.key(), it.value().toString());
    return t;
}

LocalizedList readList(const QJsonValue &value)
{
    LocalizedList l;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList items;
        for (const QJsonValue &v : it.value().toArray())
            items << v.toString();
        l.byLanguage.insert(it.key(), items);
    }
    return l;
}

} // namespace

ArchetypeCatalog ArchetypeCatalog::fromJson(const QByteArray &json, QString *error)
{
    ArchetypeCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = parseError.errorString();
        return catalog;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("archetypes")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Archetype a;
        a.key = o.value(QStringLiteral("key")).toString();
        a.group = o.value(QStringLiteral("group")).toString();
        a.color = o.value(QStringLiteral("color")).toString();
        a.name = readText(o.value(QStringLiteral("name")));
        a.signal = readText(o.value(QStringLiteral("signal")));
        a.quote = readText(o.value(QStringLiteral("quote")));
        a.goals = readList(o.value(QStringLiteral("goals")));
        a.painPoints = readList(o.value(QStringLiteral("pain_points")));
        a.motivations = readList(o.value(QStringLiteral("motivations")));
        a.frustrations = readList(o.value(QStringLiteral("frustrations")));
        a.channels = readList(o.value(QStringLiteral("channels")));
        a.tactics = readList(o.value(QStringLiteral("tactics")));
        if (a.key.isEmpty()) {
            if (error)
                *error = QStringLiteral("an archetype has no key");
            return ArchetypeCatalog();
        }
        catalog.m_archetypes << a;
    }
    if (catalog.m_archetypes.isEmpty() && error)
        *error = QStringLiteral("the catalogue holds no archetypes");
    return catalog;
}

const ArchetypeCatalog &ArchetypeCatalog::instance()
{
    static const ArchetypeCatalog catalog = [] {
        QFile file(QStringLiteral(":/catalog/archetypes.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The archetype catalogue is missing from the program's resources");
        ArchetypeCatalog c = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qFatal("The archetype catalogue is invalid: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

const Archetype *ArchetypeCatalog::find(const QString &key) const
{
    for (const Archetype &a : m_archetypes)
        if (a.key == key)
            return &a;
    return nullptr;
}

} // namespace pw
