// SPDX-License-Identifier: GPL-3.0-or-later
#include "persona.h"

#include "archetypecatalog.h"
#include "store/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pw {

QJsonObject PersonaStats::toJson() const
{
    QJsonArray features;
    for (const FeatureEvidence &f : distinguishing)
        features.append(QJsonObject{{QStringLiteral("feature"), f.feature},
                                    {QStringLiteral("segment_mean"), f.segmentMean},
                                    {QStringLiteral("overall_mean"), f.overallMean},
                                    {QStringLiteral("z"), f.zScore}});
    return QJsonObject{{QStringLiteral("size"), size},
                       {QStringLiteral("share_people"), sharePeople},
                       {QStringLiteral("share_revenue"), shareRevenue},
                       {QStringLiteral("revenue"), revenue},
                       {QStringLiteral("average_order_value"), averageOrderValue},
                       {QStringLiteral("orders_per_person"), ordersPerPerson},
                       {QStringLiteral("recency_days"), recencyDays},
                       {QStringLiteral("discount_share"), discountShare},
                       {QStringLiteral("cart_abandonment"), cartAbandonment},
                       {QStringLiteral("confidence"), confidence},
                       {QStringLiteral("distinguishing"), features}};
}

PersonaStats PersonaStats::fromJson(const QJsonObject &o)
{
    PersonaStats s;
    s.size = o.value(QStringLiteral("size")).toInteger();
    s.sharePeople = o.value(QStringLiteral("share_people")).toDouble();
    s.shareRevenue = o.value(QStringLiteral("share_revenue")).toDouble();
    s.revenue = o.value(QStringLiteral("revenue")).toDouble();
    s.averageOrderValue = o.value(QStringLiteral("average_order_value")).toDouble();
    s.ordersPerPerson = o.value(QStringLiteral("orders_per_person")).toDouble();
    s.recencyDays = o.value(QStringLiteral("recency_days")).toDouble();
    s.discountShare = o.value(QStringLiteral("discount_share")).toDouble();
    s.cartAbandonment = o.value(QStringLiteral("cart_abandonment")).toDouble();
    s.confidence = o.value(QStringLiteral("confidence")).toDouble();
    for (const QJsonValue &v : o.value(QStringLiteral("distinguishing")).toArray()) {
        const QJsonObject f = v.toObject();
        s.distinguishing << FeatureEvidence{f.value(QStringLiteral("feature")).toString(),
                                            f.value(QStringLiteral("segment_mean")).toDouble(),
                                            f.value(QStringLiteral("overall_mean")).toDouble(),
                                            f.value(QStringLiteral("z")).toDouble()};
    }
    return s;
}

QStringList Section::all()
{
    return {Quote, Goals, PainPoints, Motivations, Frustrations, Channels, Tactics};
}

QString Persona::archetypeName(const QString &language) const
{
    const Archetype *a = ArchetypeCatalog::instance().find(archetype);
    return a ? a->name.text(language) : archetype;
}

QString Persona::displayName(const QString &language) const
{
    if (!customName.isEmpty())
        return customName;
    const QString base = archetypeName(language);
    return nameSuffix.isEmpty() ? base : base + QLatin1Char(' ') + nameSuffix;
}

bool Persona::isSuggestion(const QString &key) const
{
    return !fields.contains(key);
}

QStringList Persona::section(const QString &key, const QString &language) const
{
    if (fields.contains(key)) {
        QStringList lines;
        for (const QJsonValue &v : fields.value(key).toArray())
            lines << v.toString();
        return lines;
    }
    const Archetype *a = ArchetypeCatalog::instance().find(archetype);
    if (!a)
        return {};
    if (key == Section::Quote)
        return {a->quote.text(language)};
    if (key == Section::Goals)
        return a->goals.items(language);
    if (key == Section::PainPoints)
        return a->painPoints.items(language);
    if (key == Section::Motivations)
        return a->motivations.items(language);
    if (key == Section::Frustrations)
        return a->frustrations.items(language);
    if (key == Section::Channels)
        return a->channels.items(language);
    if (key == Section::Tactics)
        return a->tactics.items(language);
    return {};
}

namespace PersonaRepository {

static QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

static QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QList<Persona> load(Project &project, Error *error)
{
    QList<Persona> list;
    QSqlQuery q(project.db());
    if (!q.exec(QStringLiteral("SELECT id, position, name, archetype, color, run_id, segment, fields, "
                               "stats FROM personas ORDER BY position, id"))) {
        if (error)
            error->message = q.lastError().text();
        return list;
    }
    while (q.next()) {
        Persona p;
        p.id = q.value(0).toLongLong();
        p.position = q.value(1).toInt();
        p.customName = q.value(2).toString();
        p.archetype = q.value(3).toString();
        p.color = q.value(4).toString();
        p.runId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        p.segment = q.value(6).isNull() ? -1 : q.value(6).toInt();
        const QJsonObject fields = fromJsonText(q.value(7).toString());
        p.nameSuffix = fields.value(QStringLiteral("_name_suffix")).toString();
        p.fields = fields;
        p.fields.remove(QStringLiteral("_name_suffix"));
        p.stats = PersonaStats::fromJson(fromJsonText(q.value(8).toString()));
        list << p;
    }
    return list;
}

/// Binds the persona's columns in the order position, name, archetype, color, run_id, segment,
/// fields, stats.
static void bindPersona(QSqlQuery &q, const Persona &p)
{
    QJsonObject fields = p.fields;
    if (!p.nameSuffix.isEmpty())
        fields.insert(QStringLiteral("_name_suffix"), p.nameSuffix);
    q.addBindValue(p.position);
    q.addBindValue(p.customName.isEmpty() ? QVariant() : QVariant(p.customName));
    q.addBindValue(p.archetype);
    q.addBindValue(p.color);
    q.addBindValue(p.runId > 0 ? QVariant(p.runId) : QVariant());
    q.addBindValue(p.segment >= 0 ? QVariant(p.segment) : QVariant());
    q.addBindValue(toJsonText(fields));
    q.addBindValue(toJsonText(p.stats.toJson()));
}

static bool run(QSqlQuery &q, Error *error)
{
    if (q.exec())
        return true;
    if (error)
        error->message = q.lastError().text();
    return false;
}

bool replaceAll(Project &project, QList<Persona> &personas, Error *error)
{
    Transaction tx(project, QStringLiteral("personas"));
    QSqlQuery q(project.db());
    if (!tx.isActive() || !q.exec(QStringLiteral("DELETE FROM personas"))) {
        if (error)
            error->message = tx.isActive() ? q.lastError().text() : tx.lastError();
        return false;
    }
    for (int i = 0; i < personas.size(); ++i) {
        Persona &p = personas[i];
        p.position = i;
        q.prepare(QStringLiteral("INSERT INTO personas(position, name, archetype, color, run_id, "
                                 "segment, fields, stats) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        bindPersona(q, p);
        if (!run(q, error))
            return false;
        p.id = q.lastInsertId().toLongLong();
    }
    if (!tx.commit()) {
        if (error)
            error->message = tx.lastError();
        return false;
    }
    return true;
}

bool update(Project &project, const Persona &persona, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("UPDATE personas SET position = ?, name = ?, archetype = ?, color = ?, "
                             "run_id = ?, segment = ?, fields = ?, stats = ? WHERE id = ?"));
    bindPersona(q, persona);
    q.addBindValue(persona.id);
    return run(q, error);
}

} // namespace PersonaRepository

} // namespace pw
