// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagedefinition.h"

#include "funnel.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pw {

namespace {

const QString kSettingKey = QStringLiteral("journey.stages");

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

StageDefinitions StageDefinitions::defaults()
{
    const QStringList keys = journeyStageKeys();
    StageDefinitions d;
    d.m_rules = {
        StageRule{keys[0], {QStringLiteral("*")}, 1, 1, 0, -1},
        StageRule{keys[1],
                  {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("begin_checkout"),
                   QStringLiteral("purchase")},
                  1, 1, 0, -1},
        StageRule{keys[2], {QStringLiteral("purchase")}, 1, 1, 0, -1},
        StageRule{keys[3], {}, 1, 2, 0, -1},
        StageRule{keys[4], {QStringLiteral("referral")}, 1, 0, 4, 9},
    };
    return d;
}

StageDefinitions StageDefinitions::load(Project &project, Error *error)
{
    const QByteArray text = project.setting(kSettingKey).toString().toUtf8();
    if (text.isEmpty())
        return defaults();
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (const auto parsed = fromJson(doc.object(), error))
        return *parsed;
    return defaults();
}

bool StageDefinitions::save(Project &project, Error *error) const
{
    if (project.setSetting(kSettingKey, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact))))
        return true;
    if (error)
        error->message = QCoreApplication::translate("Funnel", "The journey stages could not be saved.");
    return false;
}

bool StageDefinitions::reset(Project &project, Error *error)
{
    return project.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {kSettingKey}, error);
}

qint64 StageDefinitions::revision(Project &project)
{
    return project.settingRevision(kSettingKey);
}

WriteStatus StageDefinitions::saveUnchanged(Project &project, qint64 &baseRevision, Error *error) const
{
    const QVariant value = *this == defaults()
                               ? QVariant()
                               : QVariant(QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
    Error failure;
    const WriteStatus status = project.setSettingUnchanged(kSettingKey, value, baseRevision, &failure, &baseRevision);
    if (status != WriteStatus::Written && error)
        error->message = status == WriteStatus::Conflict
                             ? QCoreApplication::translate("Funnel", "Another program changed the journey stage rules")
                             : QCoreApplication::translate("Funnel", "The journey stages could not be saved.");
    return status;
}

QJsonObject StageDefinitions::toJson() const
{
    QJsonArray stages;
    for (const StageRule &r : m_rules)
        stages.append(QJsonObject{{QStringLiteral("key"), r.key},
                                  {QStringLiteral("event_types"), toArray(r.eventTypes)},
                                  {QStringLiteral("min_events"), r.minEvents},
                                  {QStringLiteral("min_orders"), r.minOrders},
                                  {QStringLiteral("min_rating"), r.minRating},
                                  {QStringLiteral("min_nps"), r.minNps}});
    return QJsonObject{{QStringLiteral("version"), formatVersion}, {QStringLiteral("stages"), stages}};
}

std::optional<StageDefinitions> StageDefinitions::fromJson(const QJsonObject &json, Error *error)
{
    auto failWith = [error](const QString &message) -> std::optional<StageDefinitions> {
        if (error)
            error->message = message;
        return std::nullopt;
    };
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > formatVersion)
        return failWith(QCoreApplication::translate("Funnel", "The journey stages are stored in an unknown version (%1).")
                            .arg(version));
    StageDefinitions d = defaults();
    for (const QJsonValue &v : json.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject o = v.toObject();
        StageRule r;
        r.key = o.value(QStringLiteral("key")).toString();
        if (!journeyStageKeys().contains(r.key))
            return failWith(QCoreApplication::translate("Funnel", "Unknown journey stage '%1'.").arg(r.key));
        for (const QJsonValue &t : o.value(QStringLiteral("event_types")).toArray())
            if (!t.toString().trimmed().isEmpty())
                r.eventTypes << t.toString().trimmed();
        r.minEvents = o.value(QStringLiteral("min_events")).toInt(1);
        r.minOrders = o.value(QStringLiteral("min_orders")).toInt(0);
        r.minRating = o.value(QStringLiteral("min_rating")).toInt(0);
        r.minNps = o.value(QStringLiteral("min_nps")).toInt(-1);
        if (r.minEvents < 1 || r.minOrders < 0 || r.minRating < 0 || r.minRating > 5 || r.minNps < -1 || r.minNps > 10)
            return failWith(QCoreApplication::translate("Funnel", "The rule of journey stage '%1' is out of range.")
                                .arg(r.key));
        d.setRule(r);
    }
    return d;
}

QStringList StageDefinitions::problems() const
{
    QStringList list;
    for (const StageRule &r : m_rules) {
        const QString stage = journeyStageName(r.key);
        if (!r.usesEvents() && !r.usesOrders() && !r.usesReviews())
            list << QCoreApplication::translate("Funnel", "%1 counts nothing: choose event types, a number of orders"
                                                          " or a rating.").arg(stage);
        if (r.minEvents < 1 || r.minOrders < 0 || r.minRating < 0 || r.minRating > 5 || r.minNps < -1 || r.minNps > 10)
            list << QCoreApplication::translate("Funnel", "A threshold of %1 is out of range.").arg(stage);
    }
    return list;
}

QStringList StageDefinitions::warnings(const QStringList &heldTypes) const
{
    QStringList list;
    for (const StageRule &r : m_rules) {
        QStringList missing;
        for (const QString &t : r.eventTypes)
            if (t != QLatin1String("*") && !heldTypes.contains(t))
                missing << t;
        if (!missing.isEmpty())
            list << QCoreApplication::translate("Funnel", "%1: the project holds no events of type %2.")
                        .arg(journeyStageName(r.key), missing.join(QStringLiteral(", ")));
    }
    return list;
}

StageRule StageDefinitions::rule(const QString &key) const
{
    for (const StageRule &r : m_rules)
        if (r.key == key)
            return r;
    return StageRule{key};
}

void StageDefinitions::setRule(const StageRule &rule)
{
    for (StageRule &r : m_rules)
        if (r.key == rule.key) {
            r = rule;
            return;
        }
    m_rules << rule;
}

} // namespace pw
