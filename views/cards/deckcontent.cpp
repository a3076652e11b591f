// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckcontent.h"

#include "analysis/featurelabels.h"
#include "analysis/workshoprun.h"
#include "deckexporter.h"
#include "store/project.h"

#include <QFileInfo>
#include <QPainter>

namespace pw {

std::optional<DeckContent> DeckContent::load(Project &project, const QString &language, int minSegment,
                                             Error *error)
{
    DeckContent deck;
    deck.language = language;
    deck.minSegment = qMax(0, minSegment);
    deck.date = QDate::currentDate();
    deck.projectName = QFileInfo(project.path()).completeBaseName();
    Error err;
    deck.personas = PersonaRepository::load(project, &err);
    deck.featureLabels = FeatureLabels::load(project);
    if (err.isSet()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    const auto summary = summarize(project, &err);
    if (!summary) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    deck.peopleTotal = summary->people;
    deck.segmentationOutdated = summary->segmentationOutdated;
    deck.imports = summary->imports;
    if (summary->firstDate.isValid() && summary->lastDate.isValid())
        deck.dataPeriod = summary->firstDate.date().toString(Qt::ISODate) + QStringLiteral(" – ")
            + summary->lastDate.date().toString(Qt::ISODate);
    if (summary->segmentationRuns > 0) {
        deck.run = RunStore::latestRun(project, &err);
        if (!deck.run && err.isSet()) {
            if (error)
                *error = err;
            return std::nullopt;
        }
    }
    deck.comparison = ComparisonContent::fromProject(project, deck.personas, language);
    deck.comparison.minSegment = deck.minSegment;
    deck.stages = StageDefinitions::load(project, &err);
    std::optional<FunnelReport> report;
    if (!deck.personas.isEmpty())
        report = computeFunnels(project, &err); // without funnels the deck still has everything else
    for (const Persona &persona : std::as_const(deck.personas)) {
        std::optional<Funnel> funnel;
        if (report)
            for (const PersonaFunnel &pf : std::as_const(report->personas))
                if (pf.personaId == persona.id)
                    funnel = pf.funnel;
        deck.funnels << funnel;
    }
    return deck;
}

bool DeckContent::loadChanges(Project &project, const ChangesSince &since, Error *error)
{
    changes.reset();
    noChangesReason.clear();
    Error err;
    changes = ChangeContent::load(project, run ? *run : SegmentationRun(), personas, since, language, minSegment,
                                  &noChangesReason, &err);
    if (!changes && err.isSet()) {
        if (error)
            *error = err;
        return false;
    }
    return true;
}

bool DeckContent::noteWorkshop(Project &project, Error *error) const
{
    return !run || WorkshopRun::note(project, run->id, error);
}

DeckChangesOutcome DeckContent::changesOutcome() const
{
    DeckChangesOutcome o;
    o.hasPage = changes.has_value();
    o.sinceRun = changes ? changes->thenRun.id : 0;
    o.deckRun = run ? run->id : 0;
    o.reason = noChangesReason;
    return o;
}

PageFrame::PageFrame(QPainter &painter, const QRectF &target, const QSizeF &size, const QColor &ground)
    : m_painter(painter)
{
    const qreal scale = qMin(target.width() / size.width(), target.height() / size.height());
    m_painter.save();
    if (scale <= 0)
        return;
    m_valid = true;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_painter.translate(target.center().x() - size.width() * scale / 2,
                        target.center().y() - size.height() * scale / 2);
    m_painter.scale(scale, scale);
    m_painter.setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    m_painter.fillRect(QRectF(QPointF(0, 0), size), ground);
}

PageFrame::~PageFrame()
{
    m_painter.restore();
}

} // namespace pw
