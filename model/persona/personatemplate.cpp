// SPDX-License-Identifier: GPL-3.0-or-later
#include "personatemplate.h"

#include "persona.h"

#include "textbounds.h"
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace pw {

namespace {

struct TypeInfo
{
    SectionType type;
    const char *key;
    const char *name;
};

const TypeInfo kTypes[] = {
    {SectionType::ShortText, "short_text", QT_TRANSLATE_NOOP("SectionTypes", "Short text")},
    {SectionType::LongText, "long_text", QT_TRANSLATE_NOOP("SectionTypes", "Long text")},
    {SectionType::BulletList, "bullet_list", QT_TRANSLATE_NOOP("SectionTypes", "Bullet list")},
    {SectionType::Tags, "tags", QT_TRANSLATE_NOOP("SectionTypes", "Tags")},
    {SectionType::Quote, "quote", QT_TRANSLATE_NOOP("SectionTypes", "Quote")},
    {SectionType::Image, "image", QT_TRANSLATE_NOOP("SectionTypes", "Image")},
    {SectionType::Scale, "scale", QT_TRANSLATE_NOOP("SectionTypes", "Scale")},
    {SectionType::Figures, "figures", QT_TRANSLATE_NOOP("SectionTypes", "Figures from the data")},
    {SectionType::Journey, "journey", QT_TRANSLATE_NOOP("SectionTypes", "Journey snapshot")},
    {SectionType::Tactics, "tactics", QT_TRANSLATE_NOOP("SectionTypes", "Tactics")},
};

/// Default titles of the section keys the built-in templates use.
const QHash<QString, const char *> &defaultTitles()
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("Card", "Photo")},
        {QStringLiteral("quote"), QT_TRANSLATE_NOOP("Card", "Quote")},
        {QStringLiteral("key_figures"), QT_TRANSLATE_NOOP("Card", "Key figures")},
        {QStringLiteral("demographics"), QT_TRANSLATE_NOOP("Card", "Demographics")},
        {QStringLiteral("goals"), QT_TRANSLATE_NOOP("Card", "Goals")},
        {QStringLiteral("pain_points"), QT_TRANSLATE_NOOP("Card", "Pain points")},
        {QStringLiteral("motivations"), QT_TRANSLATE_NOOP("Card", "Motivations")},
        {QStringLiteral("frustrations"), QT_TRANSLATE_NOOP("Card", "Frustrations")},
        {QStringLiteral("personality"), QT_TRANSLATE_NOOP("Card", "Personality")},
        {QStringLiteral("price_quality"), QT_TRANSLATE_NOOP("Card", "Price or quality")},
        {QStringLiteral("planner_impulsive"), QT_TRANSLATE_NOOP("Card", "Planner or impulsive")},
        {QStringLiteral("interests"), QT_TRANSLATE_NOOP("Card", "Interests")},
        {QStringLiteral("channels"), QT_TRANSLATE_NOOP("Card", "Channels")},
        {QStringLiteral("buying_behaviour"), QT_TRANSLATE_NOOP("Card", "Buying behaviour")},
        {QStringLiteral("journey"), QT_TRANSLATE_NOOP("Card", "Customer journey")},
        {QStringLiteral("tactics"), QT_TRANSLATE_NOOP("Card", "What to do")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Card", "Role")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("Card", "Company")},
        {QStringLiteral("buying_committee"), QT_TRANSLATE_NOOP("Card", "Buying committee")},
        {QStringLiteral("decision_criteria"), QT_TRANSLATE_NOOP("Card", "Decision criteria")},
        {QStringLiteral("objections"), QT_TRANSLATE_NOOP("Card", "Objections")},
        {QStringLiteral("innovation_risk"), QT_TRANSLATE_NOOP("Card", "Early adopter or risk-averse")},
    };
    return titles;
}

struct Poles
{
    const char *left;
    const char *right;
};

const QHash<QString, Poles> &defaultPoles()
{
    static const QHash<QString, Poles> poles = {
        {QStringLiteral("price_quality"),
         {QT_TRANSLATE_NOOP("Card", "Price-driven"), QT_TRANSLATE_NOOP("Card", "Quality-driven")}},
        {QStringLiteral("planner_impulsive"),
         {QT_TRANSLATE_NOOP("Card", "Planner"), QT_TRANSLATE_NOOP("Card", "Impulsive")}},
        {QStringLiteral("innovation_risk"),
         {QT_TRANSLATE_NOOP("Card", "Early adopter"), QT_TRANSLATE_NOOP("Card", "Risk-averse")}},
    };
    return poles;
}

struct FigureInfo
{
    const char *key;
    const char *name;
};

const FigureInfo kFigures[] = {
    {"share_people", QT_TRANSLATE_NOOP("Card", "of people")},
    {"share_revenue", QT_TRANSLATE_NOOP("Card", "of revenue")},
    {"size", QT_TRANSLATE_NOOP("Card", "people")},
    {"revenue", QT_TRANSLATE_NOOP("Card", "revenue")},
    {"average_order_value", QT_TRANSLATE_NOOP("Card", "average order value")},
    {"orders_per_person", QT_TRANSLATE_NOOP("Card", "orders per person")},
    {"recency_days", QT_TRANSLATE_NOOP("Card", "days since the last order")},
    {"discount_share", QT_TRANSLATE_NOOP("Card", "orders with a discount")},
    {"cart_abandonment", QT_TRANSLATE_NOOP("Card", "carts abandoned")},
    {"confidence", QT_TRANSLATE_NOOP("Card", "archetype fit")},
    {"channel_mix", QT_TRANSLATE_NOOP("Card", "channel mix")},
    {"top_categories", QT_TRANSLATE_NOOP("Card", "top categories")},
};

/// Names of the channel, device and traffic-source values shops commonly store (lower case).
struct ChannelName
{
    const char *value;
    const char *name;
};

const ChannelName kChannels[] = {
    {"web", QT_TRANSLATE_NOOP("Channels", "Web")},
    {"online", QT_TRANSLATE_NOOP("Channels", "Web")},
    {"online_store", QT_TRANSLATE_NOOP("Channels", "Web")},
    {"online store", QT_TRANSLATE_NOOP("Channels", "Web")},
    {"website", QT_TRANSLATE_NOOP("Channels", "Web")},
    {"checkout", QT_TRANSLATE_NOOP("Channels", "Web")},
    {"app", QT_TRANSLATE_NOOP("Channels", "Mobile app")},
    {"mobile_app", QT_TRANSLATE_NOOP("Channels", "Mobile app")},
    {"mobile app", QT_TRANSLATE_NOOP("Channels", "Mobile app")},
    {"ios", QT_TRANSLATE_NOOP("Channels", "Mobile app")},
    {"android", QT_TRANSLATE_NOOP("Channels", "Mobile app")},
    {"pos", QT_TRANSLATE_NOOP("Channels", "Store")},
    {"store", QT_TRANSLATE_NOOP("Channels", "Store")},
    {"in_store", QT_TRANSLATE_NOOP("Channels", "Store")},
    {"in store", QT_TRANSLATE_NOOP("Channels", "Store")},
    {"retail", QT_TRANSLATE_NOOP("Channels", "Store")},
    {"offline", QT_TRANSLATE_NOOP("Channels", "Store")},
    {"phone", QT_TRANSLATE_NOOP("Channels", "Phone")},
    {"marketplace", QT_TRANSLATE_NOOP("Channels", "Marketplace")},
    {"mobile", QT_TRANSLATE_NOOP("Channels", "Mobile")},
    {"desktop", QT_TRANSLATE_NOOP("Channels", "Desktop")},
    {"tablet", QT_TRANSLATE_NOOP("Channels", "Tablet")},
    {"email", QT_TRANSLATE_NOOP("Channels", "Email")},
    {"direct", QT_TRANSLATE_NOOP("Channels", "Direct")},
    {"organic", QT_TRANSLATE_NOOP("Channels", "Organic search")},
    {"search", QT_TRANSLATE_NOOP("Channels", "Search")},
    {"paid_search", QT_TRANSLATE_NOOP("Channels", "Paid search")},
    {"social", QT_TRANSLATE_NOOP("Channels", "Social")},
    {"referral", QT_TRANSLATE_NOOP("Channels", "Referral")},
};



/// "Web 62% · Mobile app 30% · Store 8%": the first `count` shares with their names.
QString mixText(const QList<MixShare> &mix, qsizetype count, const QLocale &locale, bool channels)
{
    QStringList parts;
    for (const MixShare &m : mix.mid(0, count))
        parts << (channels ? channelLabel(m.value) : categoryLabel(m.value)) + QChar::Nbsp + percent(locale, m.share);
    return parts.join(QStringLiteral(" · "));
}

TemplateSection section(const char *key, SectionType type, QStringList figures = {})
{
    TemplateSection s;
    s.key = QString::fromLatin1(key);
    s.type = type;
    s.figures = figures;
    return s;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

bool failAt(Error *error, const QString &path, const QString &reason)
{
    if (error) {
        *error = Error();
        error->message = QStringLiteral("%1: %2").arg(path, reason);
    }
    return false;
}

/// Reads an optional string member; false (and `error`) if present with another type.
bool readString(const QJsonObject &o, const QString &member, const QString &path, QString *out, Error *error)
{
    const QJsonValue v = o.value(member);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return failAt(error, path + QLatin1Char('.') + member,
                      QCoreApplication::translate("TemplateJson", "expected a string, found %1").arg(jsonTypeName(v)));
    *out = v.toString();
    return true;
}

} // namespace

QString percent(const QLocale &locale, double share)
{
    if (std::isnan(share))
        return QCoreApplication::translate("Card", "no data");
    return locale.toString(share * 100.0, 'f', share < 0.1 && share > 0 ? 1 : 0) + QLatin1Char('%');
}

QString sectionTypeKey(SectionType type)
{
    for (const TypeInfo &t : kTypes)
        if (t.type == type)
            return QString::fromLatin1(t.key);
    return QString();
}

std::optional<SectionType> sectionTypeFromKey(const QString &key)
{
    for (const TypeInfo &t : kTypes)
        if (key == QLatin1String(t.key))
            return t.type;
    return std::nullopt;
}

QList<SectionType> allSectionTypes()
{
    QList<SectionType> list;
    for (const TypeInfo &t : kTypes)
        list << t.type;
    return list;
}

QString sectionTypeName(SectionType type)
{
    for (const TypeInfo &t : kTypes)
        if (t.type == type)
            return QCoreApplication::translate("SectionTypes", t.name);
    return QString();
}

bool isDataBound(SectionType type)
{
    return type == SectionType::Figures || type == SectionType::Journey;
}

bool isTextType(SectionType type)
{
    return type != SectionType::Image && type != SectionType::Scale && !isDataBound(type);
}

QStringList figureKeys()
{
    QStringList keys;
    for (const FigureInfo &f : kFigures)
        keys << QString::fromLatin1(f.key);
    return keys;
}

QString invalidFigure()
{
    return QCoreApplication::translate("Card", "invalid");
}

QString figureName(const QString &key)
{
    for (const FigureInfo &f : kFigures)
        if (key == QLatin1String(f.key))
            return QCoreApplication::translate("Card", f.name);
    return key;
}

QString figureValue(const PersonaStats &s, const QString &key, const QLocale &locale)
{
    if (s.invalid)
        return invalidFigure();
    // Figures about orders mean nothing for a segment that never ordered: a dash, not a zero.
    const bool buyers = s.ordersPerPerson > 0;
    const QString none = QStringLiteral("—");
    if (key == QLatin1String("share_people"))
        return percent(locale, s.sharePeople);
    if (key == QLatin1String("share_revenue"))
        return percent(locale, s.shareRevenue);
    if (key == QLatin1String("size"))
        return locale.toString(s.size);
    if (key == QLatin1String("revenue"))
        return locale.toString(s.revenue, 'f', 0);
    // A figure the data cannot measure (no discount or coupon column, no carts, no order dates or
    // amounts) is no data, not 0.
    const QString noData = QCoreApplication::translate("Card", "no data");
    if (key == QLatin1String("average_order_value"))
        return !buyers                          ? none
            : std::isnan(s.averageOrderValue) ? noData
                                              : locale.toString(s.averageOrderValue, 'f', s.averageOrderValue >= 100 ? 0 : 2);
    if (key == QLatin1String("orders_per_person"))
        return buyers ? locale.toString(s.ordersPerPerson, 'f', 2) : none;
    if (key == QLatin1String("recency_days"))
        return !buyers ? none : std::isnan(s.recencyDays) ? noData : locale.toString(s.recencyDays, 'f', 0);
    if (key == QLatin1String("discount_share"))
        return !buyers ? none : std::isnan(s.discountShare) ? noData : percent(locale, s.discountShare);
    if (key == QLatin1String("cart_abandonment"))
        return std::isnan(s.cartAbandonment) ? noData : percent(locale, s.cartAbandonment);
    if (key == QLatin1String("confidence"))
        return percent(locale, s.confidence);
    if (key == QLatin1String("channel_mix") || key == QLatin1String("top_categories")) {
        const bool channels = key == QLatin1String("channel_mix");
        if (!s.mixComputed)
            return none; // stored before these figures existed: the next refresh computes them
        if (!buyers && (!channels || s.channelBasis != QLatin1String("source")))
            return none; // shares of orders or revenue of a segment that never ordered
        const QList<MixShare> &mix = channels ? s.channelMix : s.topCategories;
        return mix.isEmpty() ? noData : mixText(mix, 3, locale, channels);
    }
    return none;
}

bool isMixFigure(const QString &key)
{
    return key == QLatin1String("channel_mix") || key == QLatin1String("top_categories");
}

QString channelLabel(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    for (const ChannelName &c : kChannels)
        if (lower == QLatin1String(c.value))
            return QCoreApplication::translate("Channels", c.name);
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? trimmed : trimmed.left(1).toUpper() + trimmed.mid(1);
}

/// Common shop categories (the demo store's among them), matched without regard to case.
const char *const kCategories[] = {
    QT_TRANSLATE_NOOP("Categories", "Accessories"), QT_TRANSLATE_NOOP("Categories", "Apparel"),
    QT_TRANSLATE_NOOP("Categories", "Beauty"),      QT_TRANSLATE_NOOP("Categories", "Books"),
    QT_TRANSLATE_NOOP("Categories", "Clothing"),    QT_TRANSLATE_NOOP("Categories", "Electronics"),
    QT_TRANSLATE_NOOP("Categories", "Food"),        QT_TRANSLATE_NOOP("Categories", "Footwear"),
    QT_TRANSLATE_NOOP("Categories", "Garden"),      QT_TRANSLATE_NOOP("Categories", "Health"),
    QT_TRANSLATE_NOOP("Categories", "Home"),        QT_TRANSLATE_NOOP("Categories", "Jewelry"),
    QT_TRANSLATE_NOOP("Categories", "Kids"),        QT_TRANSLATE_NOOP("Categories", "Shoes"),
    QT_TRANSLATE_NOOP("Categories", "Sports"),      QT_TRANSLATE_NOOP("Categories", "Toys"),
};

QString categoryLabel(const QString &value)
{
    const QString trimmed = value.trimmed();
    for (const char *name : kCategories)
        if (trimmed.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Categories", name);
    return trimmed;
}

QString channelKey(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    for (const ChannelName &c : kChannels)
        if (lower == QLatin1String(c.value))
            return QString::fromLatin1(c.name).toLower();
    return lower;
}

QString TemplateSection::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    if (const char *t = defaultTitles().value(key))
        return QCoreApplication::translate("Card", t);
    return key;
}

QString TemplateSection::displayLeftPole() const
{
    if (!leftPole.isEmpty())
        return leftPole;
    const auto it = defaultPoles().constFind(key);
    return it != defaultPoles().cend() ? QCoreApplication::translate("Card", it->left) : QStringLiteral("0");
}

QString TemplateSection::displayRightPole() const
{
    if (!rightPole.isEmpty())
        return rightPole;
    const auto it = defaultPoles().constFind(key);
    return it != defaultPoles().cend() ? QCoreApplication::translate("Card", it->right) : QStringLiteral("100");
}

QString PersonaTemplate::displayName() const
{
    if (!name.isEmpty())
        return name;
    switch (builtin) {
    case Builtin::B2C: return QCoreApplication::translate("Templates", "E-commerce buyer (B2C)");
    case Builtin::B2B: return QCoreApplication::translate("Templates", "B2B buyer");
    case Builtin::Lean: return QCoreApplication::translate("Templates", "Lean (one page)");
    case Builtin::None: break;
    }
    return QCoreApplication::translate("Templates", "Untitled template");
}

const TemplateSection *PersonaTemplate::find(const QString &key) const
{
    for (const TemplateSection &s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

QString PersonaTemplate::uniqueKey(const QString &base) const
{
    QString stem;
    for (const QChar c : base.toLower())
        stem += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    if (stem.isEmpty())
        stem = QStringLiteral("section");
    QString key = stem;
    for (int n = 2; find(key); ++n)
        key = stem + QLatin1Char('_') + QString::number(n);
    return key;
}

PersonaTemplate PersonaTemplate::builtinTemplate(Builtin which)
{
    using T = SectionType;
    PersonaTemplate t;
    t.builtin = which;
    const QStringList keyFigures = {QStringLiteral("share_people"), QStringLiteral("share_revenue"),
                                    QStringLiteral("size"), QStringLiteral("average_order_value"),
                                    QStringLiteral("orders_per_person"), QStringLiteral("discount_share")};
    switch (which) {
    case Builtin::B2C:
        t.sections = {section("photo", T::Image), section("quote", T::Quote),
                      section("key_figures", T::Figures,
                              keyFigures + QStringList{QStringLiteral("channel_mix"), QStringLiteral("top_categories")}), section("demographics", T::LongText),
                      section("goals", T::BulletList), section("pain_points", T::BulletList),
                      section("motivations", T::BulletList), section("frustrations", T::BulletList),
                      section("personality", T::Tags), section("price_quality", T::Scale),
                      section("planner_impulsive", T::Scale), section("interests", T::Tags),
                      section("channels", T::BulletList), section("buying_behaviour", T::LongText),
                      section("tactics", T::Tactics), section("journey", T::Journey)};
        break;
    case Builtin::B2B:
        t.sections = {section("photo", T::Image), section("quote", T::Quote),
                      section("key_figures", T::Figures, keyFigures), section("role", T::ShortText),
                      section("company", T::ShortText), section("buying_committee", T::BulletList),
                      section("goals", T::BulletList), section("pain_points", T::BulletList),
                      section("decision_criteria", T::BulletList), section("objections", T::BulletList),
                      section("innovation_risk", T::Scale), section("channels", T::BulletList),
                      section("tactics", T::Tactics), section("journey", T::Journey)};
        break;
    case Builtin::Lean:
        t.sections = {section("photo", T::Image), section("quote", T::Quote),
                      section("key_figures", T::Figures,
                              {QStringLiteral("share_people"), QStringLiteral("share_revenue"),
                               QStringLiteral("average_order_value")}),
                      section("goals", T::BulletList), section("frustrations", T::BulletList),
                      section("tactics", T::Tactics)};
        break;
    case Builtin::None:
        break;
    }
    return t;
}

QByteArray PersonaTemplate::toJson() const
{
    QJsonArray list;
    for (const TemplateSection &s : sections) {
        QJsonObject o{{QStringLiteral("key"), s.key}, {QStringLiteral("type"), sectionTypeKey(s.type)}};
        o.insert(QStringLiteral("title"), s.displayTitle());
        if (s.type == SectionType::Scale)
            o.insert(QStringLiteral("poles"), QJsonArray{s.displayLeftPole(), s.displayRightPole()});
        if (s.type == SectionType::Figures)
            o.insert(QStringLiteral("figures"), QJsonArray::fromStringList(s.figures));
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("persona-workbench-template")},
                           {QStringLiteral("format_version"), formatVersion},
                           {QStringLiteral("name"), displayName()},
                           {QStringLiteral("sections"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<PersonaTemplate> PersonaTemplate::fromJson(const QByteArray &json, Error *error)
{
    if (json.size() > bounds::maxTemplateBytes) {
        failAt(error, QStringLiteral("$"),
               QCoreApplication::translate("TemplateJson", "the template is too large (%1 KB; at most %2 KB)")
                   .arg(json.size() / 1024)
                   .arg(bounds::maxTemplateBytes / 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error) {
            *error = Error();
            error->message = QCoreApplication::translate("TemplateJson", "Not valid JSON at character %1: %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString());
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        failAt(error, QStringLiteral("$"), QCoreApplication::translate("TemplateJson", "expected an object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("persona-workbench-template")) {
        failAt(error, QStringLiteral("$.format"),
               QCoreApplication::translate("TemplateJson", "this is not a Persona Workbench template"));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toInt() < 1) {
        failAt(error, QStringLiteral("$.format_version"), QCoreApplication::translate("TemplateJson", "expected a version number"));
        return std::nullopt;
    }
    if (version.toInt() > formatVersion) {
        failAt(error, QStringLiteral("$.format_version"),
               QCoreApplication::translate("TemplateJson", "version %1 is newer than this application reads (%2)")
                   .arg(version.toInt())
                   .arg(formatVersion));
        return std::nullopt;
    }
    PersonaTemplate t;
    if (!readString(root, QStringLiteral("name"), QStringLiteral("$"), &t.name, error))
        return std::nullopt;
    if (t.name.trimmed().isEmpty()) {
        failAt(error, QStringLiteral("$.name"), QCoreApplication::translate("TemplateJson", "the template needs a name"));
        return std::nullopt;
    }
    const QJsonValue sections = root.value(QStringLiteral("sections"));
    if (!sections.isArray()) {
        failAt(error, QStringLiteral("$.sections"),
               QCoreApplication::translate("TemplateJson", "expected an array, found %1").arg(jsonTypeName(sections)));
        return std::nullopt;
    }
    const QJsonArray list = sections.toArray();
    if (list.size() > bounds::maxSections) {
        failAt(error, QStringLiteral("$.sections"),
               QCoreApplication::translate("TemplateJson", "the template has %1 sections; at most %2 are read")
                   .arg(list.size())
                   .arg(bounds::maxSections));
        return std::nullopt;
    }
    t.name = bounds::capped(t.name, bounds::maxNameChars);
    const QStringList figures = figureKeys();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.sections[%1]").arg(i);
        if (!list[i].isObject()) {
            failAt(error, path,
                   QCoreApplication::translate("TemplateJson", "expected an object, found %1").arg(jsonTypeName(list[i])));
            return std::nullopt;
        }
        const QJsonObject o = list[i].toObject();
        TemplateSection s;
        QString typeKey;
        if (!readString(o, QStringLiteral("key"), path, &s.key, error)
            || !readString(o, QStringLiteral("type"), path, &typeKey, error)
            || !readString(o, QStringLiteral("title"), path, &s.title, error))
            return std::nullopt;
        s.title = bounds::capped(s.title, bounds::maxNameChars);
        if (s.key.isEmpty()) {
            failAt(error, path + QStringLiteral(".key"), QCoreApplication::translate("TemplateJson", "every section needs a key"));
            return std::nullopt;
        }
        if (t.find(s.key)) {
            failAt(error, path + QStringLiteral(".key"),
                   QCoreApplication::translate("TemplateJson", "the key \"%1\" is used twice").arg(s.key));
            return std::nullopt;
        }
        const std::optional<SectionType> type = sectionTypeFromKey(typeKey);
        if (!type) {
            failAt(error, path + QStringLiteral(".type"),
                   QCoreApplication::translate("TemplateJson", "unknown section type \"%1\"").arg(typeKey));
            return std::nullopt;
        }
        s.type = *type;
        const QJsonValue poles = o.value(QStringLiteral("poles"));
        if (s.type == SectionType::Scale && !poles.isUndefined()) {
            const QJsonArray pair = poles.toArray();
            if (!poles.isArray() || pair.size() != 2 || !pair[0].isString() || !pair[1].isString()) {
                failAt(error, path + QStringLiteral(".poles"), QCoreApplication::translate("TemplateJson", "expected two labels"));
                return std::nullopt;
            }
            s.leftPole = pair[0].toString();
            s.rightPole = pair[1].toString();
        }
        const QJsonValue chosen = o.value(QStringLiteral("figures"));
        if (s.type == SectionType::Figures && !chosen.isUndefined()) {
            if (!chosen.isArray()) {
                failAt(error, path + QStringLiteral(".figures"),
                       QCoreApplication::translate("TemplateJson", "expected an array, found %1").arg(jsonTypeName(chosen)));
                return std::nullopt;
            }
            const QJsonArray keys = chosen.toArray();
            for (qsizetype f = 0; f < keys.size(); ++f) {
                if (!figures.contains(keys[f].toString())) {
                    failAt(error, path + QStringLiteral(".figures[%1]").arg(f),
                           QCoreApplication::translate("TemplateJson", "unknown figure \"%1\"").arg(keys[f].toString()));
                    return std::nullopt;
                }
                s.figures << keys[f].toString();
            }
        }
        t.sections << s;
    }
    return t;
}

} // namespace pw
