// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

class Project;

/// One feature that sets a segment apart: its value in the segment against the whole store.
struct FeatureEvidence
{
    QString feature;       ///< feature key, e.g. "frequency"
    double segmentMean = 0; ///< mean raw value in the segment
    double overallMean = 0; ///< mean raw value over everyone clustered
    double zScore = 0;      ///< standardised difference (segment centroid in z units)
};

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
    double discountShare = 0;   ///< share of the segment's orders with a discount or coupon
    double cartAbandonment = 0; ///< share of the segment's carts without a purchase
    double confidence = 0;      ///< how well the archetype fits the segment's profile (0..1)
    QList<FeatureEvidence> distinguishing; ///< three to five features, most distinctive first

    QJsonObject toJson() const;
    static PersonaStats fromJson(const QJsonObject &o);
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
    QString nameSuffix;   ///< distinguishes two personas of one archetype, e.g. "2"
    QString archetype;    ///< archetype key of the catalogue
    QString color;        ///< "#rrggbb"
    qint64 runId = 0;     ///< the segmentation run it came from, 0 for none
    int segment = -1;     ///< segment index in that run, -1 for none
    QJsonObject fields;   ///< what the marketer wrote, section key -> array of strings
    PersonaStats stats;

    /// The name to show in `language` ("en", "he", "ru").
    QString displayName(const QString &language) const;
    /// The archetype's name in `language`.
    QString archetypeName(const QString &language) const;
    /// A section's lines: what was written, or else the archetype's suggestion in `language`.
    QStringList section(const QString &key, const QString &language) const;
    /// True when the section shows the archetype's suggestion rather than written text.
    bool isSuggestion(const QString &key) const;
};

/// Reading and writing personas in a project. Every write is one transaction.
namespace PersonaRepository {
QList<Persona> load(Project &project, Error *error = nullptr);
/// Replaces the personas of the project with `personas` (ids are assigned).
bool replaceAll(Project &project, QList<Persona> &personas, Error *error = nullptr);
/// Writes one persona's name, colour, archetype and fields.
bool update(Project &project, const Persona &persona, Error *error = nullptr);
} // namespace PersonaRepository

} // namespace pw
