// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "store/writestatus.h"
#include "evidence.h"
#include "personatemplate.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtNumeric>

namespace pw {

class Project;
struct PersonaDependents;

/// One feature that sets a segment apart: its value in the segment against the whole store.
struct FeatureEvidence
{
    QString feature;       ///< feature key, e.g. "frequency"
    double segmentMean = 0; ///< mean raw value in the segment
    double overallMean = 0; ///< mean raw value over everyone clustered
    double zScore = 0;      ///< standardised difference (segment centroid in z units)
};

/// One value of a mix and its share (0..1), e.g. the channel "web" with 0.62 of the orders.
struct MixShare
{
    QString value; ///< as in the data (trimmed); channelLabel() names the known channels
    double share = 0;

    bool operator==(const MixShare &other) const = default;
};

/// A mix as JSON, as stored in a persona's stats: [{"value": "Web", "share": 0.62}, ...].
QJsonArray mixToJson(const QList<MixShare> &mix);

/// The evidence behind a persona that came from data (all shares in 0..1).
struct PersonaStats
{
    qint64 size = 0;            ///< people in the segment
    double sharePeople = 0;     ///< size / everyone clustered
    double shareRevenue = 0;    ///< the segment's revenue / all revenue
    double revenue = 0;
    double averageOrderValue = 0;
    double ordersPerPerson = 0;
    double recencyDays = 0;     ///< mean days since the last order, among buyers
    /// Share of the segment's orders with a discount or coupon; NaN ("no data", null in JSON) when
    /// the orders say nothing of discounts or coupons.
    double discountShare = 0;
    /// Share of the segment's carts without a purchase; NaN ("no data") when it has no carts.
    double cartAbandonment = 0;
    double confidence = 0;      ///< how well the archetype fits the segment's profile (0..1)
    double medianOrderValue = 0; ///< median of the buyers' average order values
    double medianOrders = 0;     ///< median orders per buyer
    // Lifecycle, measured against the store's purchase cycle (see StoreProfile); NaN when not
    // measured (stats stored before these figures existed).
    double buyerShare = qQNaN();        ///< people with a purchase / the segment's people
    double repeatShare = qQNaN();       ///< buyers with two or more purchases / buyers
    double singleLongAgoShare = qQNaN(); ///< single-order buyers whose order is past the lapse / single-order buyers
    double repeatLapsedShare = qQNaN();  ///< repeat buyers silent past the lapse / repeat buyers
    double purchaseCycleDays = qQNaN();  ///< the store's purchase cycle; the lapse is twice it
    QList<FeatureEvidence> distinguishing; ///< three to five features, most distinctive first
    /// Whether channelMix and topCategories were computed (stats stored before they existed lack them).
    bool mixComputed = false;
    /// What channelMix counts: "channel" (orders by orders.channel), "device" (orders by
    /// orders.device) or "source" (sessions by events.source); empty when the store has none.
    QString channelBasis;
    QList<MixShare> channelMix;    ///< largest first, at most five; empty: no such data
    QList<MixShare> topCategories; ///< the segment's revenue by category, largest first, at most three
    /// Stored figures out of their range (read from a damaged or altered file): every figure
    /// shows as invalid until the next proposal computes them again.
    bool invalid = false;

    QJsonObject toJson() const;
    static PersonaStats fromJson(const QJsonObject &o);
    /// A measured figure as JSON: the number, or null for NaN ("no data").
    static QJsonValue figureJson(double value);
};

/// The sections a persona has at this depth; each is a list of lines (the quote has one line).
namespace Section {
inline const QString Quote = QStringLiteral("quote");
inline const QString Goals = QStringLiteral("goals");
inline const QString PainPoints = QStringLiteral("pain_points");
inline const QString Motivations = QStringLiteral("motivations");
inline const QString Frustrations = QStringLiteral("frustrations");
inline const QString Channels = QStringLiteral("channels");
inline const QString Tactics = QStringLiteral("tactics");
QStringList all();
} // namespace Section

/// A persona: a segment of real customers (or a hand-written proto-persona) on a template.
struct Persona
{
    qint64 id = 0;
    int position = 0;     ///< order in the project's list, 0-based
    QString customName;   ///< empty: the generated name (the archetype's, plus a distinguishing suffix)
    QString nameSuffix;   ///< distinguishes two personas of one archetype: "+key"/"-key" (a feature, see FeatureCatalog) or "2"
    QString archetype;    ///< archetype key of the catalogue
    QString color;        ///< "#rrggbb"
    qint64 runId = 0;     ///< the segmentation run it came from, 0 for none
    int segment = -1;     ///< segment index in that run, -1 for none
    QJsonObject fields;   ///< what the marketer wrote, section key -> array of strings (a scale: a number)
    PersonaStats stats;
    qint64 templateId = 0; ///< the template's row in the project, 0 for the built-in B2C one
    PersonaTemplate personaTemplate; ///< that template's definition, filled by load(); no sections: B2C
    QByteArray photo;     ///< a square photo as PNG bytes; empty: the generated avatar
    QString avatarStyle = QStringLiteral("initials"); ///< generated avatar: "initials" or "illustration"
    QHash<QString, Evidence> evidence; ///< per written section; absent: assumed (suggested if unwritten)
    /// The pictures Image sections hold (section key -> PNG or JPEG bytes), written with
    /// PersonaRepository::setImage(); an Image section without one shows the avatar.
    QHash<QString, QByteArray> images;
    /// The project's revision counter when the persona was last written: a write based on an
    /// older revision is refused (PersonaRepository::edit), so an old view never overwrites a
    /// newer one.
    qint64 revision = 0;
    /// The project's own labels of the columns imported per person (column -> label, see
    /// FeatureLabels), which name a feature in the suffix and the evidence; filled by load().
    QHash<QString, QString> featureLabels;

    /// The name to show in `language` ("en", "he", "ru"): what the marketer wrote, else the
    /// archetype's name with the words of its suffix ("Repeat buyer — high order value",
    /// "Passive browser — low bounce rates"), never a feature's key.
    QString displayName(const QString &language) const;
    /// The archetype's name in `language`.
    QString archetypeName(const QString &language) const;
    /// Why the segment got its archetype, in words from its own figures (lifecycle against the
    /// store's purchase cycle, discounts, visits), in `language`; the archetype's signal when
    /// the figures behind it were not stored.
    QString nameReason(const QString &language) const;
    /// "What sets it apart most: Bounce rate, 0.92 against 0.41 for everyone." from the first
    /// distinguishing feature (for a segment that never bought, the first that is no purchase
    /// figure); empty without any.
    QString strongestEvidence(const QString &language) const;
    /// A feature's name in `language` (a distinguishing feature's key, e.g. "frequency" or
    /// "imported:BounceRates"), with the project's labels.
    QString featureName(const QString &key, const QString &language) const;
    /// A section's lines: what was written, or else the archetype's suggestion in `language`.
    QStringList section(const QString &key, const QString &language) const;
    /// True when the section shows the archetype's suggestion rather than written text.
    bool isSuggestion(const QString &key) const;

    /// The template the persona is on: personaTemplate, or the built-in B2C one if it is empty.
    const PersonaTemplate &effectiveTemplate() const;
    /// A text section's lines: what was written, else the archetype's suggestion for its key
    /// (the catalogue's tactics for any Tactics section) in `language`.
    QStringList lines(const TemplateSection &section, const QString &language) const;
    /// Where the section's value comes from.
    Evidence evidenceOf(const TemplateSection &section) const;
    /// A Scale section's position, 0..100 (50 until set).
    int scale(const QString &key) const;
    /// Writes a text section; a suggestion becomes written text, assumed unless told otherwise.
    void setLines(const QString &key, const QStringList &lines);
    /// Writes a Scale section's position (clamped to 0..100).
    void setScale(const QString &key, int value);
    /// Forgets what was written in a section, so that it shows the suggestion again.
    void clearSection(const QString &key);
    /// Puts the persona on `newTemplate` (stored with `id`): every value whose section still
    /// exists with a compatible type is kept, the others are dropped.
    void changeTemplate(qint64 id, const PersonaTemplate &newTemplate);
};

/// The parts of a persona that one edit by the marketer changes: PersonaRepository::edit()
/// writes these and nothing else.
struct PersonaChange
{
    enum Part : unsigned {
        Name = 1u << 0,
        Color = 1u << 1,
        Archetype = 1u << 2,
        Photo = 1u << 3,
        AvatarStyle = 1u << 4,
        Template = 1u << 5, ///< the template, with every written section and its evidence
        Segment = 1u << 6,  ///< the linked run and segment, and their figures
    };
    unsigned parts = 0;
    QStringList sections; ///< written sections changed: their values and evidence
    QStringList images;   ///< section pictures changed (set or removed)
    /// How the persona's history keeps this write (see PersonaVersions): the version's cause
    /// ("edit", "undo", "restore"), and the version a run of typing continues: when that is still
    /// the persona's latest version, an edit of the same section rewrites it instead of adding one.
    QString versionCause = QStringLiteral("edit");
    qint64 continuesVersion = 0;

    /// What the change changes, as a version names it: section keys and parts ("name",
    /// "color", "picture:KEY", ...), comma-separated.
    QString versionSection() const;

    bool isEmpty() const { return parts == 0 && sections.isEmpty() && images.isEmpty(); }
    bool has(Part part) const { return (parts & part) != 0; }
};

/// Reading and writing personas in a project. Every write is one transaction.
namespace PersonaRepository {
QList<Persona> load(Project &project, Error *error = nullptr);
/// Replaces the personas of the project with `personas` (ids are assigned).
bool replaceAll(Project &project, QList<Persona> &personas, Error *error = nullptr);
/// Writes the parts of `persona` that `change` names, and nothing else, if the stored persona
/// still has revision `baseRevision`, and stamps it with a new revision (put in `revision`).
/// Conflict, with the reason in `error`, when another program changed or deleted it since.
/// Keeps a version of the persona (PersonaVersions::record), with the id in `version` if given.
WriteStatus edit(Project &project, const Persona &persona, const PersonaChange &change, qint64 baseRevision,
                 Error *error = nullptr, qint64 *revision = nullptr, qint64 *version = nullptr);
/// Writes what the engine owns of a persona: its archetype and name suffix, run, segment,
/// figures and position; never what the marketer wrote.
bool updateFigures(Project &project, const Persona &persona, Error *error = nullptr);
/// The largest section picture setImage() stores, in bytes.
constexpr qsizetype maxImageBytes = 2 * 1024 * 1024;
/// Stores `image` (PNG or JPEG bytes, at most maxImageBytes) as the picture of section `key` of
/// persona `personaId`; empty bytes remove the picture.
bool setImage(Project &project, qint64 personaId, const QString &key, const QByteArray &image,
              Error *error = nullptr);
/// Adds `persona` at its position (moving the later ones down). A persona with an id that was
/// deleted keeps it (undoing a deletion); otherwise a new id is assigned, one never given before. `dependents` (what
/// remove() took with the persona) are written back for it in the same transaction.
bool insert(Project &project, Persona &persona, Error *error = nullptr,
            const PersonaDependents *dependents = nullptr);
/// Deletes the persona with `id` and closes the gap in the positions; the rows of other tables
/// that hang on it go with it, and are first read into `dependents` if given.
bool remove(Project &project, qint64 id, Error *error = nullptr, PersonaDependents *dependents = nullptr);
/// remove(), if the stored persona still has revision `baseRevision` (Conflict otherwise).
WriteStatus removeUnchanged(Project &project, qint64 id, qint64 baseRevision, Error *error = nullptr,
                            PersonaDependents *dependents = nullptr);
/// Moves persona `id` to `position` (0-based, clamped) among the personas as stored now.
bool move(Project &project, qint64 id, int position, Error *error = nullptr);
/// Gives the personas the positions of `orderedIds` (every persona's id, in the new order).
bool reorder(Project &project, const QList<qint64> &orderedIds, Error *error = nullptr);
} // namespace PersonaRepository

} // namespace pw
