// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/runstore.h"
#include "changecontent.h"
#include "common/error.h"
#include "comparisonrenderer.h"
#include "journey/funnel.h"
#include "journey/stagedefinition.h"
#include "persona/persona.h"
#include "store/summary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QPainter;
class QRectF;

namespace pw {

class Project;
struct DeckChangesOutcome;

/// Everything the deck's pages show, read from a project once: aggregates only, never a
/// customer's identifiers. The PDF deck and the presentation mode share it.
struct DeckContent
{
    QString language = QStringLiteral("en");
    QString projectName;
    QDate date;
    QString dataPeriod;                   ///< e.g. "2023-01-02 – 2024-06-30"
    qint64 peopleTotal = 0;               ///< everyone in the data now
    bool segmentationOutdated = false;    ///< data was imported after the latest run (ProjectSummary)
    QList<ImportRecord> imports;          ///< the sources
    std::optional<SegmentationRun> run;   ///< the latest segmentation run, if any
    QList<Persona> personas;
    QHash<QString, QString> featureLabels; ///< the user's labels of imported columns (FeatureLabels)
    QList<std::optional<Funnel>> funnels; ///< one per persona
    StageDefinitions stages = StageDefinitions::defaults(); ///< the rules the funnels were computed with
    int minSegment = 10;                  ///< a smaller segment shows no exact figures
    ComparisonContent comparison;         ///< the figures and sections chosen for the comparison page
    std::optional<ChangeContent> changes; ///< the "What changed" page's content, if the deck has the page
    QString noChangesReason;              ///< why it has none (empty before loadChanges())

    /// Reads the content from `project`; nullopt and `error` set on failure.
    static std::optional<DeckContent> load(Project &project, const QString &language, int minSegment,
                                           Error *error);
    /// Reads the "What changed" page's content as `since` asks (see ChangeContent::load()):
    /// `changes` set, or `noChangesReason` saying why there is no page. False and `error` set when
    /// the project cannot be read or the chosen run is not one to compare with.
    bool loadChanges(Project &project, const ChangesSince &since, Error *error);
    /// Notes the deck's run as the last workshop's (WorkshopRun::note()), after the deck was
    /// exported or presented; nothing when the project is read-only.
    bool noteWorkshop(Project &project, Error *error) const;
    /// Whether the deck has the "What changed" page, against which run, or why not.
    DeckChangesOutcome changesOutcome() const;
};

/// Paints a page of natural size `size` (points) centred and scaled into `target` on a white
/// ground, for the lifetime of the object; the painter's coordinates are then the page's points.
class PageFrame
{
public:
    PageFrame(QPainter &painter, const QRectF &target, const QSizeF &size, const QColor &ground);
    ~PageFrame();
    PageFrame(const PageFrame &) = delete;
    PageFrame &operator=(const PageFrame &) = delete;
    bool isValid() const { return m_valid; }

private:
    QPainter &m_painter;
    bool m_valid = false;
};

} // namespace pw
