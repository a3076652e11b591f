// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace pw {

class Project;

/// What the comparison page shows: the personas side by side, the chosen figures and sections.
struct ComparisonContent
{
    QString language = QStringLiteral("en");
    QList<Persona> personas;
    QStringList figures;  ///< figure keys (see figureKeys())
    QStringList sections; ///< section keys; a persona whose template lacks one shows a dash
    int minSegment = 0;   ///< a smaller segment shows no exact figures (0: all shown)

    /// The figures and sections compared when the user has not chosen.
    static QStringList defaultFigures();
    static QStringList defaultSections();
    /// The choice stored in `project` (or the defaults).
    static ComparisonContent fromProject(Project &project, const QList<Persona> &personas, const QString &language);
    /// Stores the choice of figures and sections in `project`.
    static bool storeChoice(Project &project, const QStringList &figures, const QStringList &sections);
};

/// A cell of the comparison: a figure, or a section's lines with the section's evidence.
struct ComparisonCell
{
    QStringList lines;
    bool hasEvidence = false;
    Evidence evidence = Evidence::Assumed;
    int hidden = 0; ///< lines left out to fit the page
};

/// A row of the comparison: a figure's or a section's title and a cell per persona.
struct ComparisonRow
{
    QString title;
    QList<ComparisonCell> cells;
};

/// Paints the comparison of personas as one page: a column per persona (colour, avatar, name,
/// archetype), a row per figure and per section, with each section's evidence. Text is never cut:
/// the type shrinks to fit, and only beyond the smallest size are whole lines left out (and counted).
class ComparisonRenderer
{
public:
    /// The page's natural size in points (A4 landscape, like the cards).
    static QSizeF naturalSize();
    static void paint(QPainter &painter, const QRectF &target, const ComparisonContent &content);
    /// The rows the page shows, figures first, then sections (every line; nothing left out yet).
    static QList<ComparisonRow> rows(const ComparisonContent &content);
};

} // namespace pw
