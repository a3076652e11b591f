// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

/// What kind of value a template section holds and how the editor and the card show it.
enum class SectionType {
    ShortText,  ///< one line of text
    LongText,   ///< paragraphs of text (one per line)
    BulletList, ///< one bullet per line
    Tags,       ///< short labels
    Quote,      ///< one sentence in the persona's voice, shown in the card's header
    Image,      ///< the first: the persona's avatar (generated or a photo); any other: a picture of its own
    Scale,      ///< a position 0..100 between two labelled poles
    Figures,    ///< figures bound to the data, the user's choice of them (read-only)
    Journey,    ///< the persona's journey funnel, bound to the data (read-only)
    Tactics,    ///< recommended tactics, one per line
};

/// The stable key of a section type in JSON ("short_text", "bullet_list", ...).
QString sectionTypeKey(SectionType type);
/// The type for `key`, or nullopt if unknown.
std::optional<SectionType> sectionTypeFromKey(const QString &key);
/// Every section type, in the order the editors offer them.
QList<SectionType> allSectionTypes();
/// The type's name in the interface language.
QString sectionTypeName(SectionType type);
/// True for the types whose value comes from the data and is never written.
bool isDataBound(SectionType type);
/// True for the types whose value is a list of text lines.
bool isTextType(SectionType type);

/// The figures a Figures section can show (keys of PersonaStats).
QStringList figureKeys();
/// A figure's label in the interface language, e.g. "of revenue" (shown under the value).
QString figureName(const QString &key);
struct PersonaStats;
/// A figure's value formatted for `locale`; a dash for order figures of a segment without orders.
/// The mixes read "Web 62% · Mobile app 30% · Store 8%" (the three largest shares), "no data"
/// when the store holds no such values, a dash when they were not computed yet.
QString figureValue(const PersonaStats &stats, const QString &key, const QLocale &locale);
/// A share (0..1) as a percentage ("62%", "4.5%" under a tenth); "no data" for NaN (a share the
/// data cannot measure, e.g. of revenue in a store without amounts).
QString percent(const QLocale &locale, double share);
/// What a figure shows when the stored figures are out of range (PersonaStats::invalid).
QString invalidFigure();
/// True for the figures that are a list of shares (channel mix, top categories), not one number.
bool isMixFigure(const QString &key);
/// A channel, device or traffic-source value as people read it ("app" -> "Mobile app"), in the
/// interface language; an unknown value with its first letter capitalised.
QString channelLabel(const QString &value);
/// A product category from the data as people read it in the interface language ("Apparel" ->
/// "Одежда"): the common shop categories are translated, any other value is shown as it is.
QString categoryLabel(const QString &value);
/// The key that merges synonyms of a channel ("app", "ios", "mobile_app" -> one key).
QString channelKey(const QString &value);

/// One section of a template.
struct TemplateSection
{
    QString key;          ///< unique in the template; the persona's value is stored under it
    SectionType type = SectionType::BulletList;
    QString title;        ///< empty: the default title of `key` in the interface language
    QString leftPole;     ///< Scale: the label of 0 (empty: the default for `key`)
    QString rightPole;    ///< Scale: the label of 100
    QStringList figures;  ///< Figures: the figure keys shown, in order

    /// The title to show, in the interface language.
    QString displayTitle() const;
    /// The scale's pole labels to show.
    QString displayLeftPole() const;
    QString displayRightPole() const;

    bool operator==(const TemplateSection &other) const = default;
};

/// A persona template: an ordered list of sections. Built-in templates are defined by the
/// application (and refreshed with it); the user's own are stored in the project in full.
struct PersonaTemplate
{
    /// The current version of the template JSON format.
    static constexpr int formatVersion = 1;

    enum class Builtin { None = 0, B2C = 1, B2B = 2, Lean = 3 };

    qint64 id = 0;        ///< row in the project's `templates` table, 0 if not stored
    QString name;         ///< empty for a built-in: its name in the interface language
    Builtin builtin = Builtin::None;
    QList<TemplateSection> sections;
    /// The project's revision counter when the template was last written (TemplateRepository).
    qint64 revision = 0;

    /// The name to show, in the interface language.
    QString displayName() const;
    /// The section with `key`, or null.
    const TemplateSection *find(const QString &key) const;
    /// A section key not used yet in this template, derived from `base`.
    QString uniqueKey(const QString &base) const;

    /// The built-in template `which`, with its sections (id 0).
    static PersonaTemplate builtinTemplate(Builtin which);

    /// The template as a shareable JSON document (format and version, name, sections).
    QByteArray toJson() const;
    /// Parses a template JSON document. On failure returns nullopt and fills `error` with a
    /// reason that names the JSON path of the offending value, e.g. `$.sections[2].type`.
    static std::optional<PersonaTemplate> fromJson(const QByteArray &json, Error *error);
};

} // namespace pw
