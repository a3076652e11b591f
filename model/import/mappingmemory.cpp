// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingmemory.h"

#include "store/project.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw {

QString MappingMemory::key(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names.append(name.trimmed().toLower());
    const QByteArray digest = QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QLatin1String("import_mapping:") + QString::fromLatin1(digest.toHex());
}

QHash<QString, QString> MappingMemory::load(const Project &project, const QStringList &header)
{
    QHash<QString, QString> mapping;
    const QString json = project.setting(key(header)).toString();
    if (json.isEmpty())
        return mapping;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

bool MappingMemory::save(Project &project, const QStringList &header, const QHash<QString, QString> &mapping)
{
    if (mapping.isEmpty())
        return project.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {key(header)});
    QJsonObject object;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return project.setSetting(key(header), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace pw
