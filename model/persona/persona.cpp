// SPDX-License-Identifier: GPL-3.0-or-later
#include "persona.h"

#include "analysis/archetypematcher.h"
#include "analysis/featurecatalog.h"
#include "analysis/features.h"
#include "analysis/featurelabels.h"
#include "archetypecatalog.h"
#include "personadependents.h"
#include "personaversions.h"
#include "store/project.h"
#include "templaterepository.h"

#include "textbounds.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace pw {

QJsonArray mixToJson(const QList<MixShare> &mix)
{
    QJsonArray list;
    for (const MixShare &m : mix)
        list.append(QJsonObject{{QStringLiteral("value"), m.value}, {QStringLiteral("share"), m.share}});
    return list;
}

static QList<MixShare> mixFromJson(const QJsonValue &v)
{
    QList<MixShare> mix;
    for (const QJsonValue &item : v.toArray())
        mix << MixShare{item.toObject().value(QStringLiteral("value")).toString(),
                        item.toObject().value(QStringLiteral("share")).toDouble()};
    return mix;
}

QJsonObject PersonaStats::toJson() const
{
    QJsonArray features;
    for (const FeatureEvidence &f : distinguishing)
        features.append(QJsonObject{{QStringLiteral("feature"), f.feature},
                                    {QStringLiteral("segment_mean"), f.segmentMean},
                                    {QStringLiteral("overall_mean"), f.overallMean},
                                    {QStringLiteral("z"), f.zScore}});
    QJsonObject o{{QStringLiteral("size"), size},
                       {QStringLiteral("share_people"), sharePeople},
                       {QStringLiteral("share_revenue"), figureJson(shareRevenue)},
                       {QStringLiteral("revenue"), revenue},
                       {QStringLiteral("average_order_value"), figureJson(averageOrderValue)},
                       {QStringLiteral("orders_per_person"), ordersPerPerson},
                       {QStringLiteral("recency_days"), figureJson(recencyDays)},
                       {QStringLiteral("discount_share"), figureJson(discountShare)},
                       {QStringLiteral("cart_abandonment"), figureJson(cartAbandonment)},
                       {QStringLiteral("confidence"), confidence},
                       {QStringLiteral("median_order_value"), figureJson(medianOrderValue)},
                       {QStringLiteral("median_orders"), medianOrders},
                       {QStringLiteral("distinguishing"), features}};
    if (!std::isnan(buyerShare)) {
        o.insert(QStringLiteral("buyer_share"), buyerShare);
        o.insert(QStringLiteral("repeat_share"), figureJson(repeatShare));
        o.insert(QStringLiteral("single_long_ago_share"), figureJson(singleLongAgoShare));
        o.insert(QStringLiteral("repeat_lapsed_share"), figureJson(repeatLapsedShare));
        o.insert(QStringLiteral("purchase_cycle_days"), figureJson(purchaseCycleDays));
    }
    if (mixComputed) {
        o.insert(QStringLiteral("channel_basis"), channelBasis);
        o.insert(QStringLiteral("channel_mix"), mixToJson(channelMix));
        o.insert(QStringLiteral("top_categories"), mixToJson(topCategories));
    }
    return o;
}

QJsonValue PersonaStats::figureJson(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

PersonaStats PersonaStats::fromJson(const QJsonObject &o)
{
    PersonaStats s;
    s.size = o.value(QStringLiteral("size")).toInteger();
    s.sharePeople = o.value(QStringLiteral("share_people")).toDouble();
    s.shareRevenue = o.value(QStringLiteral("share_revenue")).isNull() ? qQNaN() : o.value(QStringLiteral("share_revenue")).toDouble();
    s.revenue = o.value(QStringLiteral("revenue")).toDouble();
    // null is "no data"; a missing key (stats stored before "no data" existed) reads as before.
    auto figure = [&o](const char *key, double missing) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isNull() ? qQNaN() : v.isUndefined() ? missing : v.toDouble();
    };
    s.averageOrderValue = figure("average_order_value", 0);
    s.ordersPerPerson = o.value(QStringLiteral("orders_per_person")).toDouble();
    s.recencyDays = figure("recency_days", 0);
    s.discountShare = figure("discount_share", 0);
    s.cartAbandonment = figure("cart_abandonment", 0);
    s.buyerShare = figure("buyer_share", qQNaN());
    s.repeatShare = figure("repeat_share", qQNaN());
    s.singleLongAgoShare = figure("single_long_ago_share", qQNaN());
    s.repeatLapsedShare = figure("repeat_lapsed_share", qQNaN());
    s.purchaseCycleDays = figure("purchase_cycle_days", qQNaN());
    s.confidence = o.value(QStringLiteral("confidence")).toDouble();
    s.medianOrderValue = figure("median_order_value", 0);
    s.medianOrders = o.value(QStringLiteral("median_orders")).toDouble();
    s.mixComputed = o.contains(QStringLiteral("channel_mix"));
    s.channelBasis = o.value(QStringLiteral("channel_basis")).toString();
    s.channelMix = mixFromJson(o.value(QStringLiteral("channel_mix")));
    s.topCategories = mixFromJson(o.value(QStringLiteral("top_categories")));
    // Figures out of their range (a negative size, a share above 1) come from a damaged or
    // altered file: shown as invalid, recomputed by the next proposal.
    auto share = [](double v) { return std::isnan(v) || (v >= 0 && v <= 1); };
    s.invalid = s.size < 0 || !(s.sharePeople >= 0 && s.sharePeople <= 1) || !(std::isnan(s.shareRevenue) || (s.shareRevenue >= -1e-9 && s.shareRevenue <= 1 + 1e-9))
        || s.ordersPerPerson < 0 || s.averageOrderValue < 0 || s.recencyDays < 0 || !(s.confidence >= 0 && s.confidence <= 1)
        || !share(s.discountShare) || !share(s.cartAbandonment) || !share(s.buyerShare) || !share(s.repeatShare)
        || !share(s.singleLongAgoShare) || !share(s.repeatLapsedShare);
    const QJsonArray distinguishing = o.value(QStringLiteral("distinguishing")).toArray();
    for (qsizetype i = 0; i < distinguishing.size() && i < bounds::maxSectionLines; ++i) {
        const QJsonObject f = distinguishing[i].toObject();
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
    if (nameSuffix.isEmpty())
        return base;
    // A feature qualifier ("+average_order_value": "Repeat buyer — high order value"), or a number.
    const QString qualifier = FeatureCatalog::instance().suffixText(nameSuffix, language, featureLabels);
    if (qualifier.isEmpty())
        return base + QLatin1Char(' ') + nameSuffix;
    return base + QStringLiteral(" — ") + qualifier;
}

QString Persona::nameReason(const QString &language) const
{
    const QLocale locale(language);
    // A share never rounds to a false 100 % or 0 % (5 buyers of 1,057 is 99.5 % who never bought).
    auto share = [&](double v) -> QString {
        const bool falseEnd = (qRound(v * 100) == 100 && v < 1.0) || (qRound(v * 100) == 0 && v > 0.0);
        return (falseEnd ? locale.toString(v * 100, 'f', 1) : locale.toString(qRound(v * 100))) + QStringLiteral(" %");
    };
    auto days = [&](double v) -> QString { return locale.toString(qRound(v)); };
    const PersonaStats &s = stats;
    const bool lifecycle = !std::isnan(s.buyerShare) && !std::isnan(s.purchaseCycleDays);
    const QString a = archetype;
    if (lifecycle && a == QLatin1String("one_time_buyer") && !std::isnan(s.singleLongAgoShare))
        return QCoreApplication::translate("NameReason", "%1 of its buyers ordered once, and for %2 of them that order is more than %3 days old: twice the "
                  "store's purchase cycle of %4 days.")
            .arg(share(1.0 - s.repeatShare), share(s.singleLongAgoShare), days(2 * s.purchaseCycleDays),
                days(s.purchaseCycleDays));
    if (lifecycle && a == QLatin1String("lapsed_buyer") && !std::isnan(s.repeatLapsedShare))
        return QCoreApplication::translate("NameReason", "%1 of its buyers ordered more than once, and %2 of those have not ordered for more than twice the "
                  "store's purchase cycle of %3 days (or twice their own gap between orders).")
            .arg(share(s.repeatShare), share(s.repeatLapsedShare), days(s.purchaseCycleDays));
    if (lifecycle && (a == QLatin1String("repeat_buyer") || a == QLatin1String("loyal_customer"))
        && !std::isnan(s.repeatLapsedShare))
        return QCoreApplication::translate("NameReason", "%1 of its buyers ordered more than once, and %2 of those ordered within twice the store's "
                  "purchase cycle of %3 days: still active.")
            .arg(share(s.repeatShare), share(1.0 - s.repeatLapsedShare), days(s.purchaseCycleDays));
    if (lifecycle
        && (a == QLatin1String("first_time_low") || a == QLatin1String("first_time_high")
            || a == QLatin1String("new_customer"))
        && !std::isnan(s.singleLongAgoShare))
        return QCoreApplication::translate("NameReason", "%1 of its buyers ordered once, and for %2 of them that order is recent: within twice the store's "
                  "purchase cycle of %3 days.")
            .arg(share(1.0 - s.repeatShare), share(1.0 - s.singleLongAgoShare), days(s.purchaseCycleDays));
    if (lifecycle && a == QLatin1String("non_buyer"))
        return QCoreApplication::translate("NameReason", "%1 of its people never bought, and no events show them visiting: no browsing archetype is "
                  "claimed.")
            .arg(share(1.0 - s.buyerShare));
    if (a == QLatin1String("discount_seeker") && !std::isnan(s.discountShare))
        return QCoreApplication::translate("NameReason", "%1 of its orders had a discount or a coupon.").arg(share(s.discountShare));
    // The other names rest on what sets the segment apart: say so with its figure.
    const QString apart = strongestEvidence(language);
    if (a == QLatin1String("converting_visitor") && !std::isnan(s.buyerShare))
        return QCoreApplication::translate("NameReason", "%1 of its people bought; the data holds no order dates or amounts, so no buying pattern "
                  "(first-time, repeat, order value) is claimed.")
                   .arg(share(s.buyerShare))
            + (apart.isEmpty() ? QString() : QLatin1Char(' ') + apart);
    if (a == QLatin1String("cart_abandoner") && !std::isnan(s.buyerShare) && !std::isnan(s.cartAbandonment))
        return QCoreApplication::translate("NameReason", "%1 of its people never bought, and %2 of their carts were left without a purchase.")
            .arg(share(1.0 - s.buyerShare), share(s.cartAbandonment));
    if (ArchetypeMatcher::isNonTransacting(a) && !std::isnan(s.buyerShare) && !apart.isEmpty())
        return QCoreApplication::translate("NameReason", "%1 of its people never bought.").arg(share(1.0 - s.buyerShare))
            + QLatin1Char(' ') + apart;
    const Archetype *entry = ArchetypeCatalog::instance().find(archetype);
    const QString signal = entry ? entry->signal.text(language) : QString();
    return apart.isEmpty() || signal.isEmpty() ? signal : signal + QStringLiteral(". ") + apart;
}

QString Persona::strongestEvidence(const QString &language) const
{
    if (stats.distinguishing.isEmpty())
        return QString();
    const QLocale locale(language);
    auto number = [&](double v) {
        const double magnitude = std::abs(v);
        return locale.toString(v, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
    };
    // People who (nearly) never bought differ from everyone in every purchase figure: that says
    // nothing new, their visits do.
    static const QStringList purchaseFigures {Feature::Frequency, Feature::Monetary, Feature::AverageOrderValue,
        Feature::MaxOrderValue, Feature::DiscountShare, Feature::DaysBetweenOrders, Feature::CyclesSinceLastOrder,
        Feature::HoursToFirstPurchase, Feature::CategoryDiversity};
    const bool buyers = !ArchetypeMatcher::isNonTransacting(archetype);
    const FeatureEvidence *strongest = nullptr;
    for (const FeatureEvidence &e : stats.distinguishing) {
        if (buyers || !purchaseFigures.contains(e.feature)) {
            strongest = &e;
            break;
        }
    }
    if (!strongest)
        return QString();
    const FeatureEvidence &f = *strongest;
    return QCoreApplication::translate("NameReason", "What sets it apart most: %1, %2 against %3 for everyone.")
        .arg(featureName(f.feature, language), number(f.segmentMean), number(f.overallMean));
}

QString Persona::featureName(const QString &key, const QString &language) const
{
    return FeatureCatalog::instance().name(key, language, featureLabels);
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

const PersonaTemplate &Persona::effectiveTemplate() const
{
    static const PersonaTemplate b2c = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::B2C);
    return personaTemplate.sections.isEmpty() ? b2c : personaTemplate;
}

QStringList Persona::lines(const TemplateSection &s, const QString &language) const
{
    if (!isTextType(s.type))
        return {};
    if (fields.contains(s.key) || Section::all().contains(s.key))
        return section(s.key, language);
    const Archetype *a = ArchetypeCatalog::instance().find(archetype);
    if (!a)
        return {};
    if (s.type == SectionType::Tactics)
        return a->tactics.items(language);
    if (s.type == SectionType::Quote)
        return {a->quote.text(language)};
    return {};
}

Evidence Persona::evidenceOf(const TemplateSection &s) const
{
    if (isDataBound(s.type))
        return Evidence::Data;
    if (!fields.contains(s.key) && isTextType(s.type))
        return lines(s, QStringLiteral("en")).isEmpty() ? Evidence::Assumed : Evidence::Suggested;
    return evidence.value(s.key, Evidence::Assumed);
}

int Persona::scale(const QString &key) const
{
    const QJsonValue v = fields.value(key);
    return v.isDouble() ? qBound(0, v.toInt(), 100) : 50;
}

void Persona::setLines(const QString &key, const QStringList &text)
{
    fields.insert(key, QJsonArray::fromStringList(text));
    if (evidence.value(key, Evidence::Assumed) == Evidence::Suggested)
        evidence.remove(key);
}

void Persona::setScale(const QString &key, int value)
{
    fields.insert(key, qBound(0, value, 100));
}

void Persona::clearSection(const QString &key)
{
    fields.remove(key);
    evidence.remove(key);
}

void Persona::changeTemplate(qint64 id, const PersonaTemplate &newTemplate)
{
    const QStringList keys = fields.keys();
    for (const QString &key : keys) {
        const TemplateSection *s = newTemplate.find(key);
        const QJsonValue v = fields.value(key);
        const bool keep = s && ((isTextType(s->type) && v.isArray()) || (s->type == SectionType::Scale && v.isDouble()));
        if (!keep)
            clearSection(key);
    }
    templateId = id;
    personaTemplate = newTemplate;
}

QString PersonaChange::versionSection() const
{
    QStringList names;
    static const std::pair<Part, const char *> kParts[] = {{Name, "name"}, {Color, "color"}, {Archetype, "archetype"},
        {Photo, "photo"}, {AvatarStyle, "avatar_style"}, {Template, "template"}, {Segment, "segment"}};
    for (const auto &[part, name] : kParts)
        if (has(part))
            names << QLatin1String(name);
    names << sections;
    for (const QString &key : images)
        names << QStringLiteral("picture:") + key;
    return names.join(QLatin1Char(','));
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
                               "stats, template_id, photo, avatar_style, evidence, revision FROM personas ORDER BY position, id"))) {
        if (error)
            error->message = q.lastError().text();
        return list;
    }
    QHash<qint64, PersonaTemplate> templates;
    for (const PersonaTemplate &t : TemplateRepository::all(project))
        templates.insert(t.id, t);
    const QHash<QString, QString> labels = FeatureLabels::load(project);
    while (q.next()) {
        Persona p;
        p.featureLabels = labels;
        p.id = q.value(0).toLongLong();
        p.position = q.value(1).toInt();
        // Read within bounds: a project file may come from someone else.
        p.customName = bounds::capped(q.value(2).toString(), bounds::maxNameChars);
        p.archetype = q.value(3).toString();
        p.color = q.value(4).toString();
        p.runId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        p.segment = q.value(6).isNull() ? -1 : q.value(6).toInt();
        const QJsonObject fields = fromJsonText(q.value(7).toString());
        p.nameSuffix = fields.value(QStringLiteral("_name_suffix")).toString().left(bounds::maxNameChars);
        p.fields = bounds::cappedFields(fields);
        p.fields.remove(QStringLiteral("_name_suffix"));
        p.stats = PersonaStats::fromJson(fromJsonText(q.value(8).toString()));
        p.templateId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
        p.personaTemplate = templates.value(p.templateId);
        p.photo = q.value(10).toByteArray();
        p.avatarStyle = q.value(11).toString();
        const QJsonObject evidence = fromJsonText(q.value(12).toString());
        for (auto it = evidence.begin(); it != evidence.end(); ++it)
            if (const auto e = evidenceFromKey(it.value().toString()))
                p.evidence.insert(it.key(), *e);
        p.revision = q.value(13).toLongLong();
        list << p;
    }
    if (!q.exec(QStringLiteral("SELECT persona_id, section, image FROM persona_images"))) {
        if (error)
            error->message = q.lastError().text();
        return list;
    }
    QHash<qint64, QHash<QString, QByteArray>> images;
    while (q.next())
        images[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toByteArray());
    for (Persona &p : list)
        p.images = images.value(p.id);
    return list;
}

static QJsonObject evidenceJson(const QHash<QString, Evidence> &evidence)
{
    QJsonObject o;
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        o.insert(it.key(), evidenceKey(it.value()));
    return o;
}

static bool run(QSqlQuery &q, Error *error)
{
    return q.exec() || fail(error, q.lastError().text());
}

/// The next persona id: one above any id the project ever gave ('last_persona_id'), which it
/// then records, so that an id never names two personas.
static qint64 nextPersonaId(Project &project, Error *error)
{
    const qint64 id = 1 + qMax(project.setting(QStringLiteral("last_persona_id"), 0).toLongLong(),
                               project.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM personas")).toLongLong());
    return project.setSetting(QStringLiteral("last_persona_id"), id, error) ? id : 0;
}

/// Records that `id` was given (by an older build, or kept by an undo).
static bool noteGivenId(Project &project, qint64 id, Error *error)
{
    if (id <= project.setting(QStringLiteral("last_persona_id"), 0).toLongLong())
        return true;
    return project.setSetting(QStringLiteral("last_persona_id"), id, error);
}

/// Writes every section picture of `persona` (in the caller's transaction).
static bool writeImages(Project &project, const Persona &persona, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO persona_images(persona_id, section, image) VALUES(?, ?, ?)"));
    for (auto it = persona.images.cbegin(); it != persona.images.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        q.bindValue(0, persona.id);
        q.bindValue(1, it.key());
        q.bindValue(2, it.value());
        if (!run(q, error))
            return false;
    }
    return true;
}

/// Stores `image` as the picture of section `key` (in the caller's transaction); empty removes it.
static bool writeImage(Project &project, qint64 personaId, const QString &key, const QByteArray &image, Error *error)
{
    if (image.size() > maxImageBytes)
        return fail(error, QCoreApplication::translate("PersonaRepository", "The picture is larger than %1 MB")
                               .arg(maxImageBytes / (1024 * 1024)));
    QSqlQuery q(project.db());
    if (image.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM persona_images WHERE persona_id = ? AND section = ?"));
        q.addBindValue(personaId);
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO persona_images(persona_id, section, image) VALUES(?, ?, ?)"));
        q.addBindValue(personaId);
        q.addBindValue(key);
        q.addBindValue(image);
    }
    return run(q, error);
}

/// The stored `fields` JSON of `p`: what the marketer wrote, and the generated name's suffix.
static QJsonObject storedFields(const Persona &p)
{
    QJsonObject fields = p.fields;
    if (!p.nameSuffix.isEmpty())
        fields.insert(QStringLiteral("_name_suffix"), p.nameSuffix);
    return fields;
}

/// Binds the persona's columns in the order position, name, archetype, color, run_id, segment,
/// fields, stats, template_id, photo, avatar_style, evidence, then `revision`.
static void bindPersona(QSqlQuery &q, const Persona &p, qint64 revision)
{
    q.addBindValue(p.position);
    q.addBindValue(p.customName.isEmpty() ? QVariant() : QVariant(p.customName));
    q.addBindValue(p.archetype.isNull() ? QStringLiteral("") : p.archetype); // a proto-persona may have none
    q.addBindValue(p.color.isNull() ? QStringLiteral("") : p.color);
    q.addBindValue(p.runId > 0 ? QVariant(p.runId) : QVariant());
    q.addBindValue(p.segment >= 0 ? QVariant(p.segment) : QVariant());
    q.addBindValue(toJsonText(storedFields(p)));
    q.addBindValue(toJsonText(p.stats.toJson()));
    q.addBindValue(p.templateId > 0 ? QVariant(p.templateId) : QVariant());
    q.addBindValue(p.photo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.photo));
    q.addBindValue(p.avatarStyle.isEmpty() ? QStringLiteral("initials") : p.avatarStyle);
    q.addBindValue(toJsonText(evidenceJson(p.evidence)));
    q.addBindValue(revision);
}

static const QString kColumns = QStringLiteral(
    "position, name, archetype, color, run_id, segment, fields, stats, template_id, photo, avatar_style, evidence, "
    "revision");
static const QString kPlaceholders = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");

static bool failTx(const Transaction &tx, const QSqlQuery &q, Error *error)
{
    return fail(error, tx.isActive() ? q.lastError().text() : tx.lastError());
}

bool replaceAll(Project &project, QList<Persona> &personas, Error *error)
{
    Transaction tx(project, QStringLiteral("personas"));
    QSqlQuery q(project.db());
    if (!tx.isActive() || !q.exec(QStringLiteral("DELETE FROM personas")))
        return failTx(tx, q, error);
    for (int i = 0; i < personas.size(); ++i) {
        Persona &p = personas[i];
        p.position = i;
        p.id = nextPersonaId(project, error);
        p.revision = p.id > 0 ? project.nextRevision(error) : 0;
        if (p.revision == 0)
            return false;
        q.prepare(QStringLiteral("INSERT INTO personas(%1, id) VALUES(%2, ?)").arg(kColumns, kPlaceholders));
        bindPersona(q, p, p.revision);
        q.addBindValue(p.id);
        if (!run(q, error) || !writeImages(project, p, error)
            || !PersonaVersions::record(project, p.id, VersionCause::Create, QString(), 0, 0, error))
            return false;
    }
    if (!tx.commit())
        return fail(error, tx.lastError());
    return true;
}

/// Reads the stored revision of persona `id` and checks it against `baseRevision`: Written when
/// they agree, Conflict (with the reason) when the persona changed or is gone, Failed on error.
static WriteStatus checkRevision(Project &project, qint64 id, qint64 baseRevision, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT revision FROM personas WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return WriteStatus::Failed;
    }
    if (!q.next()) {
        fail(error, QCoreApplication::translate("PersonaRepository", "Another program deleted the persona"));
        return WriteStatus::Conflict;
    }
    if (q.value(0).toLongLong() != baseRevision) {
        fail(error, QCoreApplication::translate("PersonaRepository", "Another program changed the persona since it was read"));
        return WriteStatus::Conflict;
    }
    return WriteStatus::Written;
}

WriteStatus edit(Project &project, const Persona &persona, const PersonaChange &change, qint64 baseRevision,
                 Error *error, qint64 *revision, qint64 *version)
{
    Transaction tx(project, QStringLiteral("edit_persona"));
    if (!tx.isActive()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    if (const WriteStatus status = checkRevision(project, persona.id, baseRevision, error); status != WriteStatus::Written)
        return status;
    if (!PersonaVersions::settle(project, persona.id, error))
        return WriteStatus::Failed;

    QStringList sets;
    QVariantList values;
    auto set = [&](const char *column, const QVariant &value) {
        sets << QLatin1String(column) + QStringLiteral(" = ?");
        values << value;
    };
    if (change.has(PersonaChange::Name))
        set("name", persona.customName.isEmpty() ? QVariant() : QVariant(persona.customName));
    if (change.has(PersonaChange::Color))
        set("color", persona.color.isNull() ? QStringLiteral("") : persona.color);
    if (change.has(PersonaChange::Archetype))
        set("archetype", persona.archetype.isNull() ? QStringLiteral("") : persona.archetype);
    if (change.has(PersonaChange::Photo))
        set("photo", persona.photo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(persona.photo));
    if (change.has(PersonaChange::AvatarStyle))
        set("avatar_style", persona.avatarStyle.isEmpty() ? QStringLiteral("initials") : persona.avatarStyle);
    if (change.has(PersonaChange::Segment)) {
        set("run_id", persona.runId > 0 ? QVariant(persona.runId) : QVariant());
        set("segment", persona.segment >= 0 ? QVariant(persona.segment) : QVariant());
        set("stats", toJsonText(persona.stats.toJson()));
    }
    if (change.has(PersonaChange::Template) || !change.sections.isEmpty()) {
        // Written sections are merged into what is stored, so that only the edited ones change
        // (and the engine's name suffix, kept among the fields, stays as stored).
        QSqlQuery q(project.db());
        q.prepare(QStringLiteral("SELECT fields, evidence FROM personas WHERE id = ?"));
        q.addBindValue(persona.id);
        if (!run(q, error) || !q.next())
            return WriteStatus::Failed;
        QJsonObject fields = fromJsonText(q.value(0).toString());
        QJsonObject evidence = fromJsonText(q.value(1).toString());
        const QJsonObject wantedEvidence = evidenceJson(persona.evidence);
        auto take = [&](const QString &key) {
            if (persona.fields.contains(key))
                fields.insert(key, persona.fields.value(key));
            else
                fields.remove(key);
            if (wantedEvidence.contains(key))
                evidence.insert(key, wantedEvidence.value(key));
            else
                evidence.remove(key);
        };
        if (change.has(PersonaChange::Template)) {
            set("template_id", persona.templateId > 0 ? QVariant(persona.templateId) : QVariant());
            const QJsonValue suffix = fields.value(QStringLiteral("_name_suffix"));
            fields = persona.fields;
            if (!suffix.isUndefined())
                fields.insert(QStringLiteral("_name_suffix"), suffix);
            evidence = wantedEvidence;
        }
        for (const QString &key : change.sections)
            take(key);
        set("fields", toJsonText(fields));
        set("evidence", toJsonText(evidence));
    }
    for (const QString &key : change.images)
        if (!writeImage(project, persona.id, key, persona.images.value(key), error))
            return WriteStatus::Failed;

    const qint64 stamped = project.nextRevision(error);
    if (stamped == 0)
        return WriteStatus::Failed;
    set("revision", stamped);
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("UPDATE personas SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(persona.id);
    qint64 written = 0;
    if (!run(q, error)
        || !PersonaVersions::record(project, persona.id, change.versionCause, change.versionSection(), 0,
                                    change.continuesVersion, error, &written))
        return WriteStatus::Failed;
    if (!tx.commit()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    if (revision)
        *revision = stamped;
    if (version)
        *version = written;
    return WriteStatus::Written;
}

bool updateFigures(Project &project, const Persona &persona, Error *error)
{
    Transaction tx(project, QStringLiteral("persona_figures"));
    QSqlQuery q(project.db());
    if (!tx.isActive())
        return failTx(tx, q, error);
    q.prepare(QStringLiteral("SELECT fields FROM personas WHERE id = ?"));
    q.addBindValue(persona.id);
    if (!run(q, error))
        return false;
    if (!q.next())
        return fail(error, QCoreApplication::translate("PersonaRepository", "Another program deleted the persona"));
    QJsonObject fields = fromJsonText(q.value(0).toString());
    // The caller records the versions of what it rewrote (PersonaVersions::recordAll).
    if (!PersonaVersions::settle(project, persona.id, error))
        return false;
    if (persona.nameSuffix.isEmpty())
        fields.remove(QStringLiteral("_name_suffix"));
    else
        fields.insert(QStringLiteral("_name_suffix"), persona.nameSuffix);
    const qint64 revision = project.nextRevision(error);
    if (revision == 0)
        return false;
    q.prepare(QStringLiteral("UPDATE personas SET position = ?, archetype = ?, run_id = ?, segment = ?, stats = ?, "
                             "fields = ?, revision = ? WHERE id = ?"));
    q.addBindValue(persona.position);
    q.addBindValue(persona.archetype.isNull() ? QStringLiteral("") : persona.archetype);
    q.addBindValue(persona.runId > 0 ? QVariant(persona.runId) : QVariant());
    q.addBindValue(persona.segment >= 0 ? QVariant(persona.segment) : QVariant());
    q.addBindValue(toJsonText(persona.stats.toJson()));
    q.addBindValue(toJsonText(fields));
    q.addBindValue(revision);
    q.addBindValue(persona.id);
    if (!run(q, error))
        return false;
    return tx.commit() || fail(error, tx.lastError());
}

bool setImage(Project &project, qint64 personaId, const QString &key, const QByteArray &image, Error *error)
{
    Transaction tx(project, QStringLiteral("persona_image"));
    QSqlQuery q(project.db());
    if (!tx.isActive())
        return failTx(tx, q, error);
    const qint64 revision = project.nextRevision(error);
    if (revision == 0 || !writeImage(project, personaId, key, image, error)
        || !project.exec(QStringLiteral("UPDATE personas SET revision = ? WHERE id = ?"), {revision, personaId}, error))
        return false;
    return tx.commit() || fail(error, tx.lastError());
}

bool insert(Project &project, Persona &persona, Error *error, const PersonaDependents *restore)
{
    Transaction tx(project, QStringLiteral("insert_persona"));
    QSqlQuery q(project.db());
    if (!tx.isActive() || !q.exec(QStringLiteral("SELECT COUNT(*) FROM personas")) || !q.next())
        return failTx(tx, q, error);
    persona.position = qBound(0, persona.position, q.value(0).toInt());
    q.prepare(QStringLiteral("UPDATE personas SET position = position + 1 WHERE position >= ?"));
    q.addBindValue(persona.position);
    if (!q.exec())
        return failTx(tx, q, error);
    // An id is kept only by the persona that had it (an undone deletion); others get a new one.
    const bool keepId = persona.id > 0
        && persona.id <= project.setting(QStringLiteral("last_persona_id"), 0).toLongLong()
        && !project.scalar(QStringLiteral("SELECT 1 FROM personas WHERE id = ?"), {persona.id}).isValid();
    persona.id = keepId ? persona.id : nextPersonaId(project, error);
    persona.revision = persona.id > 0 ? project.nextRevision(error) : 0;
    if (persona.revision == 0 || !noteGivenId(project, persona.id, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO personas(%1, id) VALUES(%2, ?)").arg(kColumns, kPlaceholders));
    bindPersona(q, persona, persona.revision);
    q.addBindValue(persona.id);
    if (!q.exec())
        return failTx(tx, q, error);
    if (!writeImages(project, persona, error))
        return false;
    if (restore && !restoreDependents(project, persona.id, *restore, error))
        return false;
    // A persona put back (an undone deletion) has its versions already: one is added only if it
    // differs from the last of them.
    if (!PersonaVersions::record(project, persona.id, VersionCause::Create, QString(), 0, 0, error))
        return false;
    if (!tx.commit())
        return failTx(tx, q, error);
    return true;
}

bool remove(Project &project, qint64 id, Error *error, PersonaDependents *taken)
{
    Transaction tx(project, QStringLiteral("remove_persona"));
    QSqlQuery q(project.db());
    const QVariant position = project.scalar(QStringLiteral("SELECT position FROM personas WHERE id = ?"), {id});
    if (!tx.isActive())
        return failTx(tx, q, error);
    if (taken) {
        std::optional<PersonaDependents> rows = dependents(project, id, error);
        if (!rows)
            return false;
        *taken = std::move(*rows);
    }
    q.prepare(QStringLiteral("DELETE FROM personas WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failTx(tx, q, error);
    if (position.isValid()) {
        q.prepare(QStringLiteral("UPDATE personas SET position = position - 1 WHERE position > ?"));
        q.addBindValue(position.toInt());
        if (!q.exec())
            return failTx(tx, q, error);
    }
    if (!tx.commit())
        return failTx(tx, q, error);
    return true;
}

WriteStatus removeUnchanged(Project &project, qint64 id, qint64 baseRevision, Error *error, PersonaDependents *taken)
{
    Transaction tx(project, QStringLiteral("remove_unchanged"));
    if (!tx.isActive()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    if (const WriteStatus status = checkRevision(project, id, baseRevision, error); status != WriteStatus::Written)
        return status;
    if (!remove(project, id, error, taken))
        return WriteStatus::Failed;
    if (!tx.commit()) {
        fail(error, tx.lastError());
        return WriteStatus::Failed;
    }
    return WriteStatus::Written;
}

bool reorder(Project &project, const QList<qint64> &orderedIds, Error *error)
{
    Transaction tx(project, QStringLiteral("reorder_personas"));
    QSqlQuery q(project.db());
    if (!tx.isActive())
        return failTx(tx, q, error);
    for (int i = 0; i < orderedIds.size(); ++i) {
        q.prepare(QStringLiteral("UPDATE personas SET position = ? WHERE id = ?"));
        q.addBindValue(i);
        q.addBindValue(orderedIds[i]);
        if (!q.exec())
            return failTx(tx, q, error);
    }
    if (!tx.commit())
        return failTx(tx, q, error);
    return true;
}

bool move(Project &project, qint64 id, int position, Error *error)
{
    Transaction tx(project, QStringLiteral("move_persona"));
    QSqlQuery q(project.db());
    if (!tx.isActive() || !q.exec(QStringLiteral("SELECT id FROM personas ORDER BY position, id")))
        return failTx(tx, q, error);
    QList<qint64> ids;
    bool found = false;
    while (q.next()) {
        const qint64 other = q.value(0).toLongLong();
        found = found || other == id;
        if (other != id)
            ids << other;
    }
    if (!found)
        return fail(error, QCoreApplication::translate("PersonaRepository", "Another program deleted the persona"));
    ids.insert(qBound(0, position, int(ids.size())), id);
    if (!reorder(project, ids, error))
        return false;
    return tx.commit() || fail(error, tx.lastError());
}

} // namespace PersonaRepository

} // namespace pw
