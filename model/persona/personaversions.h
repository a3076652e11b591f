// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "persona.h"
#include "store/writestatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

class Project;

/// Why a version of a persona was kept (the `cause` column of persona_versions).
namespace VersionCause {
inline const QString Create = QStringLiteral("create");     ///< the persona was added (new, copy, or by a proposal)
inline const QString Edit = QStringLiteral("edit");         ///< the marketer changed it (typing in one field is one change)
inline const QString Refresh = QStringLiteral("refresh");   ///< a proposal, refresh or segment edit rewrote its figures
inline const QString Restore = QStringLiteral("restore");   ///< an earlier version was restored
inline const QString Undo = QStringLiteral("undo");         ///< an undo put it back
inline const QString Earlier = QStringLiteral("earlier");   ///< how it stood before a change, when no version held that (older files, older builds)
} // namespace VersionCause

/// One kept version of a persona: the persona as written after a change.
struct PersonaVersion
{
    qint64 id = 0;        ///< 0: not stored, the persona as it stands now (see PersonaVersions::current())
    qint64 personaId = 0;
    QDateTime createdAt;  ///< UTC
    QString cause;        ///< see VersionCause
    qint64 runId = 0;     ///< the segmentation run of a refresh, else the run the persona was linked to (0: none)
    /// What the change changed, comma-separated: section keys ("goals") and parts ("name",
    /// "color", "archetype", "photo", "avatar_style", "template", "segment", "picture:KEY"); for
    /// a restore or an undo, what it changed back; empty for a refresh or a creation.
    QString section;
    QJsonObject content;  ///< the persona's columns (see PersonaVersions::contentOf())
    QByteArray photo;     ///< its photo (PNG), empty: the generated avatar

    /// The persona this version holds (template from the version itself), with `labels` for
    /// feature names.
    Persona persona(const QHash<QString, QString> &labels = {}) const;
};

/// A section or another written part that differs between two versions.
struct TextChange
{
    QString key;      ///< section key ("goals"), or "name", "archetype", "color", "template", "avatar_style", "photo", "segment"
    QString title;    ///< the section's title (the later version's template), or the part's name, in the interface language
    bool isSection = false;
    QStringList before; ///< the lines shown (a scale: its position), in `language` of diff()
    QStringList after;
    bool writtenBefore = true; ///< false: a section showing the archetype's suggestion
    bool writtenAfter = true;
    QString evidenceBefore; ///< a section's evidence key ("assumed", "research", ...), empty for parts
    QString evidenceAfter;
};

/// A figure of the persona's segment that moved between two versions (NaN: no data).
struct FigureChange
{
    QString key; ///< as in PersonaStats::toJson(): "size", "share_people", "average_order_value", ...
    double before = 0;
    double after = 0;
};

/// What differs between two versions of a persona.
struct VersionDiff
{
    QList<TextChange> texts;     ///< parts first (name, archetype, ...), then sections in template order
    QList<FigureChange> figures; ///< in PersonaVersions::figureKeys() order

    bool isEmpty() const { return texts.isEmpty() && figures.isEmpty(); }
    /// The keys of everything that changed, texts then "figures" when a figure moved.
    QStringList changedKeys() const;
};

/// The history of each persona: every change the marketer makes (typing in one field is one
/// change), every proposal or refresh that rewrites it, every restore and undo keeps a version of
/// the persona as written after it. The writers of PersonaRepository keep them, in their own
/// transaction; section pictures are not part of a version.
namespace PersonaVersions {

/// The persona's versions, oldest first; empty when it has none (or does not exist).
QList<PersonaVersion> list(Project &project, qint64 personaId, Error *error = nullptr);
/// The stored version `versionId`, or nullopt (with the reason in `error`) when there is none.
std::optional<PersonaVersion> load(Project &project, qint64 versionId, Error *error = nullptr);
/// Persona `personaId` as stored now, as a version with id 0 (cause empty); nullopt when the
/// persona does not exist.
std::optional<PersonaVersion> current(Project &project, qint64 personaId, Error *error = nullptr);
/// Whether `a` and `b` hold the same persona (content and photo).
bool sameContent(const PersonaVersion &a, const PersonaVersion &b);

/// Writes a version of persona `personaId` as it is stored now, in the caller's transaction.
/// When `continues` names the persona's latest version, and that is an edit of the same
/// `section` (typing on in one field), that version is rewritten instead of a new one added.
/// Nothing is written when the persona is gone, or holds what its latest version holds (unless
/// `cause` is a restore). `written` receives the id of the version written or rewritten (0: none).
bool record(Project &project, qint64 personaId, const QString &cause, const QString &section = QString(),
            qint64 runId = 0, qint64 continues = 0, Error *error = nullptr, qint64 *written = nullptr);
/// Before a write: a persona whose stored state no version holds (a file of an older version, or
/// a write by an older build) gets a version of it first, with cause "earlier". In the caller's
/// transaction.
bool settle(Project &project, qint64 personaId, Error *error = nullptr);
/// Records a version (cause `cause`, `runId`) of every persona whose stored state differs from
/// its latest version: after a proposal, refresh or segment edit wrote them.
bool recordAll(Project &project, const QString &cause, qint64 runId, Error *error = nullptr);

/// The figures diff() compares, in order.
const QStringList &figureKeys();
/// A figure's name for people, in the interface language ("of revenue", "repeat buyers", ...).
QString figureLabel(const QString &key);
/// A figure's value as the card shows it (see figureValue()), also for the lifecycle shares and
/// the median order value, which the card does not show.
QString figureText(const PersonaStats &stats, const QString &key, const QLocale &locale);
/// What differs from `from` to `to`, section text in `language` ("en", "he", "ru").
VersionDiff diff(const PersonaVersion &from, const PersonaVersion &to, const QString &language);

/// The parts a restore writes: what the marketer writes (name, colour, archetype, photo, avatar
/// style, template with every section and its evidence), never the segment and its figures.
PersonaChange restoreChange();
/// `target` with what the marketer wrote in `version` (its template when the project still has
/// it, else `target`'s, keeping what fits).
Persona restored(const Persona &target, const PersonaVersion &version, Project &project);
/// Restores version `versionId` onto its persona (see restored()), if the stored persona still
/// has revision `baseRevision` (a negative one: whatever it is), recording a "restore" version.
/// Failed with the reason when the version or the persona does not exist.
WriteStatus restore(Project &project, qint64 versionId, qint64 baseRevision, Error *error = nullptr);

/// A cause's name in the interface language ("Edit", "Refresh", ...).
QString causeName(const QString &cause);
/// A changed part's or section's name for people: the section's title in `persona`'s template,
/// "Name", "Colour", ... (several joined by commas).
QString sectionName(const QString &section, const Persona &persona);

} // namespace PersonaVersions

} // namespace pw
