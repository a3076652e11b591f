// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaversions.h"

#include "analysis/featurelabels.h"
#include "store/project.h"
#include "templaterepository.h"
#include "textbounds.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace pw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::PersonaVersions", text); // the context lupdate gives tr() here
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool run(QSqlQuery &q, Error *error)
{
    return q.exec() || fail(error, q.lastError().text());
}

const QString kSha = QStringLiteral("photo_sha1");

QString photoHash(const QByteArray &photo)
{
    return photo.isEmpty() ? QString()
                           : QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha1).toHex());
}

/// The stored persona `id` as a version's content and photo; false when it does not exist.
bool readStored(Project &project, qint64 id, QJsonObject *content, QByteArray *photo, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT name, archetype, color, run_id, segment, fields, stats, template_id, photo, "
                             "avatar_style, evidence FROM personas WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q, error) || !q.next())
        return false;
    QJsonObject fields = jsonObject(q.value(5).toString());
    const QString suffix = fields.take(QStringLiteral("_name_suffix")).toString();
    const qint64 templateId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    QJsonObject o {{QStringLiteral("name"), q.value(0).isNull() ? QJsonValue() : QJsonValue(q.value(0).toString())},
        {QStringLiteral("name_suffix"), suffix}, {QStringLiteral("archetype"), q.value(1).toString()},
        {QStringLiteral("color"), q.value(2).toString()},
        {QStringLiteral("run_id"), q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toLongLong())},
        {QStringLiteral("segment"), q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toInt())},
        {QStringLiteral("fields"), fields}, {QStringLiteral("stats"), jsonObject(q.value(6).toString())},
        {QStringLiteral("template_id"), templateId}, {QStringLiteral("avatar_style"), q.value(9).toString()},
        {QStringLiteral("evidence"), jsonObject(q.value(10).toString())}};
    *photo = q.value(8).toByteArray();
    o.insert(kSha, photo->isEmpty() ? QJsonValue() : QJsonValue(photoHash(*photo)));
    if (templateId > 0)
        if (const std::optional<PersonaTemplate> t = TemplateRepository::find(project, templateId)) {
            // A built-in template is named by its kind (its titles are in the interface
            // language when shown); the user's own is kept as it is.
            o.insert(QStringLiteral("template_builtin"), int(t->builtin));
            if (t->builtin == PersonaTemplate::Builtin::None)
                o.insert(QStringLiteral("template"), QJsonDocument::fromJson(t->toJson()).object());
        }
    *content = o;
    return true;
}

PersonaVersion fromRow(const QSqlQuery &q)
{
    PersonaVersion v;
    v.id = q.value(0).toLongLong();
    v.personaId = q.value(1).toLongLong();
    v.createdAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    v.cause = q.value(3).toString();
    v.runId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    v.section = q.value(5).toString();
    v.content = jsonObject(q.value(6).toString());
    v.photo = q.value(7).toByteArray();
    return v;
}

const QString kSelect = QStringLiteral("SELECT id, persona_id, created_at, cause, run_id, section, content, photo "
                                       "FROM persona_versions ");

/// A version's photo: stored in the first version of the persona that had it, found by its hash.
void fillPhoto(Project &project, PersonaVersion &v)
{
    const QString sha = v.content.value(kSha).toString();
    if (!v.photo.isEmpty() || sha.isEmpty())
        return;
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT photo FROM persona_versions WHERE persona_id = ? AND photo IS NOT NULL "
                             "AND json_valid(content) AND json_extract(content, '$.photo_sha1') = ? LIMIT 1"));
    q.addBindValue(v.personaId);
    q.addBindValue(sha);
    if (q.exec() && q.next())
        v.photo = q.value(0).toByteArray();
}

struct Latest
{
    qint64 id = 0;
    QString cause;
    QString section;
    QJsonObject content;
};

std::optional<Latest> latest(Project &project, qint64 personaId, Error *error, bool *failed)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT id, cause, section, content FROM persona_versions WHERE persona_id = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(personaId);
    *failed = !run(q, error);
    if (*failed || !q.next())
        return std::nullopt;
    return Latest {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), jsonObject(q.value(3).toString())};
}

/// Whether a version with this content needs to store the photo itself (no earlier version of
/// the persona holds it).
bool storesPhoto(Project &project, qint64 personaId, const QJsonObject &content, qint64 exceptVersion)
{
    const QString sha = content.value(kSha).toString();
    if (sha.isEmpty())
        return false;
    return !project
                .scalar(QStringLiteral("SELECT 1 FROM persona_versions WHERE persona_id = ? AND id <> ? AND photo IS NOT NULL "
                                       "AND json_valid(content) AND json_extract(content, '$.photo_sha1') = ?"),
                    {personaId, exceptVersion, sha})
                .isValid();
}

bool sameFigure(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

double figureOf(const PersonaStats &s, const QString &key)
{
    static const QHash<QString, double PersonaStats::*> members {
        {QStringLiteral("share_people"), &PersonaStats::sharePeople},
        {QStringLiteral("share_revenue"), &PersonaStats::shareRevenue},
        {QStringLiteral("revenue"), &PersonaStats::revenue},
        {QStringLiteral("average_order_value"), &PersonaStats::averageOrderValue},
        {QStringLiteral("orders_per_person"), &PersonaStats::ordersPerPerson},
        {QStringLiteral("recency_days"), &PersonaStats::recencyDays},
        {QStringLiteral("discount_share"), &PersonaStats::discountShare},
        {QStringLiteral("cart_abandonment"), &PersonaStats::cartAbandonment},
        {QStringLiteral("buyer_share"), &PersonaStats::buyerShare},
        {QStringLiteral("repeat_share"), &PersonaStats::repeatShare},
        {QStringLiteral("repeat_lapsed_share"), &PersonaStats::repeatLapsedShare},
        {QStringLiteral("median_order_value"), &PersonaStats::medianOrderValue},
        {QStringLiteral("confidence"), &PersonaStats::confidence},
    };
    if (key == QLatin1String("size"))
        return double(s.size);
    const auto it = members.constFind(key);
    return it == members.cend() ? qQNaN() : s.*(it.value());
}

QString partTitle(const QString &key)
{
    if (key == QLatin1String("name"))
        return tr("Name");
    if (key == QLatin1String("archetype"))
        return tr("Archetype");
    if (key == QLatin1String("color"))
        return tr("Colour");
    if (key == QLatin1String("template"))
        return tr("Template");
    if (key == QLatin1String("avatar_style"))
        return tr("Avatar");
    if (key == QLatin1String("photo"))
        return tr("Photo");
    if (key == QLatin1String("segment"))
        return tr("Segment");
    return QString();
}

} // namespace

Persona PersonaVersion::persona(const QHash<QString, QString> &labels) const
{
    const QJsonObject &c = content;
    Persona p;
    p.id = personaId;
    p.featureLabels = labels;
    p.customName = bounds::capped(c.value(QStringLiteral("name")).toString(), bounds::maxNameChars);
    p.nameSuffix = c.value(QStringLiteral("name_suffix")).toString().left(bounds::maxNameChars);
    p.archetype = c.value(QStringLiteral("archetype")).toString();
    p.color = c.value(QStringLiteral("color")).toString();
    p.runId = c.value(QStringLiteral("run_id")).toInteger();
    p.segment = c.value(QStringLiteral("segment")).isDouble() ? c.value(QStringLiteral("segment")).toInt() : -1;
    p.fields = bounds::cappedFields(c.value(QStringLiteral("fields")).toObject());
    p.stats = PersonaStats::fromJson(c.value(QStringLiteral("stats")).toObject());
    p.templateId = c.value(QStringLiteral("template_id")).toInteger();
    const auto builtin = PersonaTemplate::Builtin(c.value(QStringLiteral("template_builtin")).toInt());
    if (builtin != PersonaTemplate::Builtin::None) {
        p.personaTemplate = PersonaTemplate::builtinTemplate(builtin);
        p.personaTemplate.id = p.templateId;
    } else if (c.contains(QStringLiteral("template"))) {
        if (std::optional<PersonaTemplate> t = PersonaTemplate::fromJson(
                QJsonDocument(c.value(QStringLiteral("template")).toObject()).toJson(), nullptr)) {
            p.personaTemplate = *t;
            p.personaTemplate.id = p.templateId;
        }
    }
    p.photo = photo;
    const QString style = c.value(QStringLiteral("avatar_style")).toString();
    p.avatarStyle = style.isEmpty() ? QStringLiteral("initials") : style;
    const QJsonObject evidence = c.value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        if (const auto e = evidenceFromKey(it.value().toString()))
            p.evidence.insert(it.key(), *e);
    return p;
}

QStringList VersionDiff::changedKeys() const
{
    QStringList keys;
    for (const TextChange &t : texts)
        keys << t.key;
    if (!figures.isEmpty())
        keys << QStringLiteral("figures");
    return keys;
}

namespace PersonaVersions {

QList<PersonaVersion> list(Project &project, qint64 personaId, Error *error)
{
    QList<PersonaVersion> versions;
    QSqlQuery q(project.db());
    q.prepare(kSelect + QStringLiteral("WHERE persona_id = ? ORDER BY id"));
    q.addBindValue(personaId);
    if (!run(q, error))
        return versions;
    while (q.next())
        versions << fromRow(q);
    for (PersonaVersion &v : versions)
        fillPhoto(project, v);
    return versions;
}

std::optional<PersonaVersion> load(Project &project, qint64 versionId, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(versionId);
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        fail(error, tr("There is no version %1").arg(versionId));
        return std::nullopt;
    }
    PersonaVersion v = fromRow(q);
    fillPhoto(project, v);
    return v;
}

std::optional<PersonaVersion> current(Project &project, qint64 personaId, Error *error)
{
    PersonaVersion v;
    v.personaId = personaId;
    v.createdAt = QDateTime::currentDateTimeUtc();
    Error local;
    if (!readStored(project, personaId, &v.content, &v.photo, &local)) {
        fail(error, local.isSet() ? local.message : tr("There is no persona %1").arg(personaId));
        return std::nullopt;
    }
    v.runId = v.content.value(QStringLiteral("run_id")).toInteger();
    return v;
}

bool sameContent(const PersonaVersion &a, const PersonaVersion &b)
{
    return a.content == b.content;
}

bool record(Project &project, qint64 personaId, const QString &cause, const QString &section, qint64 runId,
            qint64 continues, Error *error, qint64 *written)
{
    if (written)
        *written = 0;
    QJsonObject content;
    QByteArray photo;
    Error local;
    if (!readStored(project, personaId, &content, &photo, &local))
        return !local.isSet() || fail(error, local.message);
    bool failed = false;
    const std::optional<Latest> last = latest(project, personaId, error, &failed);
    if (failed)
        return false;
    if (last && last->content == content && cause != VersionCause::Restore)
        return true;
    // A restore or an undo names what it changed back, not every part it wrote.
    QString changed = section;
    if (last && (cause == VersionCause::Restore || cause == VersionCause::Undo)) {
        PersonaVersion before, after;
        before.content = last->content;
        after.content = content;
        QStringList keys = diff(before, after, QStringLiteral("en")).changedKeys();
        keys.removeAll(QStringLiteral("figures"));
        changed = keys.join(QLatin1Char(','));
    }
    const qint64 linkedRun = runId > 0 ? runId : content.value(QStringLiteral("run_id")).toInteger();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(project.db());
    if (last && continues == last->id && last->cause == VersionCause::Edit && cause == VersionCause::Edit
        && last->section == section && !section.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE persona_versions SET created_at = ?, run_id = ?, content = ?, photo = ? "
                                 "WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(linkedRun > 0 ? QVariant(linkedRun) : QVariant());
        q.addBindValue(jsonText(content));
        q.addBindValue(storesPhoto(project, personaId, content, last->id) ? QVariant(photo)
                                                                         : QVariant(QMetaType(QMetaType::QByteArray)));
        q.addBindValue(last->id);
        if (!run(q, error))
            return false;
        if (written)
            *written = last->id;
        return true;
    }
    q.prepare(QStringLiteral("INSERT INTO persona_versions (persona_id, created_at, cause, run_id, section, content, photo) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(personaId);
    q.addBindValue(now);
    q.addBindValue(cause);
    q.addBindValue(linkedRun > 0 ? QVariant(linkedRun) : QVariant());
    q.addBindValue(changed.isEmpty() ? QVariant() : QVariant(changed));
    q.addBindValue(jsonText(content));
    q.addBindValue(storesPhoto(project, personaId, content, 0) ? QVariant(photo) : QVariant(QMetaType(QMetaType::QByteArray)));
    if (!run(q, error))
        return false;
    if (written)
        *written = q.lastInsertId().toLongLong();
    return true;
}

bool settle(Project &project, qint64 personaId, Error *error)
{
    return record(project, personaId, VersionCause::Earlier, QString(), 0, 0, error);
}

bool recordAll(Project &project, const QString &cause, qint64 runId, Error *error)
{
    QSqlQuery q(project.db());
    if (!q.exec(QStringLiteral("SELECT id FROM personas ORDER BY position, id")))
        return fail(error, q.lastError().text());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        // A persona the run does not hold (a hand-written one, or one left without a segment)
        // is recorded with the run all the same: the refresh rewrote it.
        if (!record(project, id, cause, QString(), runId, 0, error))
            return false;
    }
    return true;
}

const QStringList &figureKeys()
{
    static const QStringList keys {QStringLiteral("size"), QStringLiteral("share_people"),
        QStringLiteral("share_revenue"), QStringLiteral("revenue"), QStringLiteral("average_order_value"),
        QStringLiteral("orders_per_person"), QStringLiteral("recency_days"), QStringLiteral("discount_share"),
        QStringLiteral("cart_abandonment"), QStringLiteral("buyer_share"), QStringLiteral("repeat_share"),
        QStringLiteral("repeat_lapsed_share"), QStringLiteral("median_order_value"), QStringLiteral("confidence")};
    return keys;
}

QString figureLabel(const QString &key)
{
    if (key == QLatin1String("buyer_share"))
        return tr("people who bought");
    if (key == QLatin1String("repeat_share"))
        return tr("buyers who ordered again");
    if (key == QLatin1String("repeat_lapsed_share"))
        return tr("repeat buyers who lapsed");
    if (key == QLatin1String("median_order_value"))
        return tr("median order value");
    return figureName(key);
}

QString figureText(const PersonaStats &stats, const QString &key, const QLocale &locale)
{
    if (stats.invalid)
        return invalidFigure();
    const double v = figureOf(stats, key);
    if (key == QLatin1String("buyer_share") || key == QLatin1String("repeat_share")
        || key == QLatin1String("repeat_lapsed_share"))
        return percent(locale, v);
    if (key == QLatin1String("median_order_value"))
        return std::isnan(v) ? QCoreApplication::translate("Card", "no data") : locale.toString(v, 'f', v >= 100 ? 0 : 2);
    return figureValue(stats, key, locale);
}

VersionDiff diff(const PersonaVersion &from, const PersonaVersion &to, const QString &language)
{
    VersionDiff d;
    const Persona a = from.persona();
    const Persona b = to.persona();
    auto part = [&](const QString &key, const QString &before, const QString &after) {
        if (before == after)
            return;
        TextChange t;
        t.key = key;
        t.title = partTitle(key);
        t.before = before.isEmpty() ? QStringList() : QStringList {before};
        t.after = after.isEmpty() ? QStringList() : QStringList {after};
        d.texts << t;
    };
    part(QStringLiteral("name"), a.displayName(language), b.displayName(language));
    part(QStringLiteral("archetype"), a.archetype.isEmpty() ? QString() : a.archetypeName(language),
        b.archetype.isEmpty() ? QString() : b.archetypeName(language));
    if (a.archetype != b.archetype && a.archetypeName(language) == b.archetypeName(language))
        part(QStringLiteral("archetype"), a.archetype, b.archetype);
    part(QStringLiteral("color"), a.color, b.color);
    if (a.templateId != b.templateId)
        part(QStringLiteral("template"), a.effectiveTemplate().displayName(), b.effectiveTemplate().displayName());
    part(QStringLiteral("avatar_style"), a.avatarStyle, b.avatarStyle);
    if (from.content.value(kSha) != to.content.value(kSha))
        part(QStringLiteral("photo"), a.photo.isEmpty() ? QString() : tr("photo %1").arg(photoHash(a.photo).left(8)),
            b.photo.isEmpty() ? QString() : tr("photo %1").arg(photoHash(b.photo).left(8)));
    auto segmentText = [](const Persona &p) {
        return p.runId > 0 && p.segment >= 0 ? tr("run %1, segment %2").arg(p.runId).arg(p.segment + 1) : QString();
    };
    part(QStringLiteral("segment"), segmentText(a), segmentText(b));

    // Sections, in the later version's template order, then those only the earlier one has.
    QList<TemplateSection> sections = b.effectiveTemplate().sections;
    for (const TemplateSection &s : a.effectiveTemplate().sections)
        if (!b.effectiveTemplate().find(s.key))
            sections << s;
    for (const TemplateSection &s : std::as_const(sections)) {
        if (isDataBound(s.type))
            continue;
        const bool inA = a.effectiveTemplate().find(s.key) != nullptr;
        const bool inB = b.effectiveTemplate().find(s.key) != nullptr;
        const QJsonValue va = a.fields.value(s.key);
        const QJsonValue vb = b.fields.value(s.key);
        const auto ea = a.evidence.value(s.key, Evidence::Assumed);
        const auto eb = b.evidence.value(s.key, Evidence::Assumed);
        if (inA == inB && va == vb && ea == eb && (va.isUndefined() ? a.archetype == b.archetype : true))
            continue;
        auto shown = [&s, &language](const Persona &p, bool in) -> QStringList {
            if (!in)
                return {};
            if (s.type == SectionType::Scale)
                return {QString::number(p.scale(s.key))};
            return isTextType(s.type) ? p.lines(s, language) : QStringList();
        };
        TextChange t;
        t.key = s.key;
        t.title = s.displayTitle();
        t.isSection = true;
        t.before = shown(a, inA);
        t.after = shown(b, inB);
        t.writtenBefore = inA && !va.isUndefined();
        t.writtenAfter = inB && !vb.isUndefined();
        t.evidenceBefore = inA ? evidenceKey(a.evidenceOf(s)) : QString();
        t.evidenceAfter = inB ? evidenceKey(b.evidenceOf(s)) : QString();
        if (t.before == t.after && t.writtenBefore == t.writtenAfter && t.evidenceBefore == t.evidenceAfter)
            continue;
        d.texts << t;
    }
    for (const QString &key : figureKeys()) {
        const double x = figureOf(a.stats, key);
        const double y = figureOf(b.stats, key);
        if (!sameFigure(x, y))
            d.figures << FigureChange {key, x, y};
    }
    return d;
}

PersonaChange restoreChange()
{
    PersonaChange change;
    change.parts = PersonaChange::Name | PersonaChange::Color | PersonaChange::Archetype | PersonaChange::Photo
        | PersonaChange::AvatarStyle | PersonaChange::Template;
    change.versionCause = VersionCause::Restore;
    return change;
}

Persona restored(const Persona &target, const PersonaVersion &version, Project &project)
{
    const Persona then = version.persona();
    Persona p = target;
    p.customName = then.customName;
    p.color = then.color.isEmpty() ? target.color : then.color;
    p.archetype = then.archetype;
    p.photo = then.photo;
    p.avatarStyle = then.avatarStyle;
    p.fields = then.fields;
    p.evidence = then.evidence;
    std::optional<PersonaTemplate> t;
    if (then.templateId > 0 && then.templateId != target.templateId)
        t = TemplateRepository::find(project, then.templateId);
    if (t) {
        p.templateId = t->id;
        p.personaTemplate = *t;
    }
    // What the template (the version's, or the current one when that is gone from the project)
    // cannot hold is dropped.
    Persona fitted = p;
    fitted.changeTemplate(p.templateId, p.effectiveTemplate());
    p.fields = fitted.fields;
    p.evidence = fitted.evidence;
    return p;
}

WriteStatus restore(Project &project, qint64 versionId, qint64 baseRevision, Error *error)
{
    const std::optional<PersonaVersion> version = load(project, versionId, error);
    if (!version)
        return WriteStatus::Failed;
    Error local;
    const QList<Persona> all = PersonaRepository::load(project, &local);
    if (local.isSet()) {
        fail(error, local.message);
        return WriteStatus::Failed;
    }
    for (const Persona &p : all) {
        if (p.id != version->personaId)
            continue;
        return PersonaRepository::edit(project, restored(p, *version, project), restoreChange(),
                                       baseRevision < 0 ? p.revision : baseRevision, error);
    }
    fail(error, tr("Persona %1 of version %2 no longer exists").arg(version->personaId).arg(versionId));
    return WriteStatus::Failed;
}

QString causeName(const QString &cause)
{
    if (cause == VersionCause::Create)
        return tr("Created");
    if (cause == VersionCause::Edit)
        return tr("Edited");
    if (cause == VersionCause::Refresh)
        return tr("Refreshed");
    if (cause == VersionCause::Restore)
        return tr("Restored");
    if (cause == VersionCause::Undo)
        return tr("Undone");
    if (cause == VersionCause::Earlier)
        return tr("As it stood before (not recorded then)");
    if (cause.isEmpty())
        return tr("Now");
    return cause;
}

QString sectionName(const QString &section, const Persona &persona)
{
    QStringList names;
    for (const QString &key : section.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString picture = QStringLiteral("picture:");
        const QString sectionKey = key.startsWith(picture) ? key.mid(picture.size()) : key;
        const TemplateSection *s = persona.effectiveTemplate().find(sectionKey);
        const QString part = partTitle(key);
        if (!part.isEmpty())
            names << part;
        else if (key.startsWith(picture))
            names << tr("Picture of %1").arg(s ? s->displayTitle() : sectionKey);
        else
            names << (s ? s->displayTitle() : sectionKey);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace PersonaVersions

} // namespace pw
