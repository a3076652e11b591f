// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/runhistory.h"
#include "analysis/runstore.h"
#include "common/error.h"
#include "persona/persona.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

class Project;

/// Which run the deck's "What changed" page compares the deck's run with.
struct ChangesSince
{
    enum class Mode {
        LastWorkshop, ///< the run of the last exported or presented deck (WorkshopRun::noted())
        Run,          ///< the run `run`
        None          ///< no "What changed" page
    };
    Mode mode = Mode::LastWorkshop;
    qint64 run = 0;
};

/// One persona on the "What changed" page: its figures then and now (RunHistory's run_personas).
struct PersonaThenNow
{
    enum class Kind {
        Kept, ///< in both runs
        New,  ///< only in the later run
        Gone  ///< only in the earlier run
    };
    Kind kind = Kind::Kept;
    qint64 personaId = 0;
    QString name;     ///< its name now (for a gone persona: then)
    QString nameThen; ///< its name then when it differs from `name`, else empty
    QColor color;
    std::optional<PersonaStats> then; ///< unset for a new persona
    std::optional<PersonaStats> now;  ///< unset for a gone one
};

/// People who went from one persona to another: indexes into ChangeContent::personas, -1 for
/// outside the store (from: not in the earlier run; to: not in the later one).
struct ChangeFlow
{
    int from = -1;
    int to = -1;
    qint64 people = 0;
};

/// Everything the "What changed" page shows: the two runs, each persona's figures then and now
/// and the movement of people between them. Aggregates only.
struct ChangeContent
{
    QString language = QStringLiteral("en");
    int minSegment = 10;             ///< a smaller segment or flow shows no exact figures
    bool sinceWorkshop = true;       ///< compared with the last workshop's run, not a run the user chose
    SegmentationRun thenRun;
    SegmentationRun nowRun;
    qint64 peopleThen = 0;
    qint64 peopleNow = 0;
    QList<PersonaThenNow> personas;   ///< the later run's in the deck's order, then the gone ones
    QList<ChangeFlow> flows;         ///< every non-empty flow

    /// The figures the page shows for each persona, in order.
    static QStringList figureKeys();

    /// The content of `movement` (from the earlier run to the later one); `current` are the
    /// project's personas, whose order, names and colours the page uses where they still exist.
    static ChangeContent fromMovement(const Movement &movement, const QList<Persona> &current,
                                      const QString &language, int minSegment);

    /// The page's content for a deck of run `nowRun` compared as `since` asks. nullopt when the
    /// deck has no such page, with `reason` (if given) saying why in the interface language, or
    /// with `error` set when the project cannot be read or the chosen run does not exist.
    static std::optional<ChangeContent> load(Project &project, const SegmentationRun &nowRun,
                                             const QList<Persona> &current, const ChangesSince &since,
                                             const QString &language, int minSegment, QString *reason,
                                             Error *error);

    /// The run a deck of `nowRun` compares with as `since` asks, without reading the movement;
    /// nullopt with `reason` or `error` as for load().
    static std::optional<qint64> resolve(Project &project, const SegmentationRun &nowRun, const ChangesSince &since,
                                         QString *reason, Error *error);

    /// People who came into the store (in the later run only) and who left it.
    qint64 cameIn() const;
    qint64 left() const;
    /// The people of the flow from `from` to `to` (indexes, -1 outside), 0 if none.
    qint64 flowPeople(int from, int to) const;

    /// A run's date as the page names it: the date it segmented the data as of, else the day it ran.
    static QDate runDate(const SegmentationRun &run);
    /// A figure of `stats` as the page shows it (guarded: a small segment shows "fewer than N").
    QString valueText(const std::optional<PersonaStats> &stats, const QString &key, const QLocale &locale) const;
    /// The movement of a figure from `then` to `now`: an arrow and the signed difference
    /// ("▲ +120", "▼ −2.5 pp"), "=" when equal, a dash when either cannot be compared.
    QString deltaText(const PersonaThenNow &change, const QString &key, const QLocale &locale) const;
    /// A flow's people as the page shows them ("fewer than N" under minSegment).
    QString peopleText(qint64 people, const QLocale &locale) const;
};

/// A figure of `stats` as a number, nullopt where figureValue() shows a dash or "no data".
std::optional<double> figureNumber(const PersonaStats &stats, const QString &key);

} // namespace pw
