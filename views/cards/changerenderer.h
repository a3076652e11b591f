// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changecontent.h"
#include "deckpages.h"

#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace pw {

class CardCanvas;

/// The deck's "What changed" page: a table of each persona's figures then and now with the
/// change between them (new and gone personas marked), and the movement of people between the
/// two runs' personas as a flow diagram (the earlier run at the reading start, the later at its
/// end; in and out of the store at the bottom), with the largest moves in words. Same band,
/// fonts and margins as the other pages; Hebrew mirrors.
class ChangeRenderer
{
public:
    /// "What changed since the last workshop" (or since the chosen run's date).
    static QString title(const ChangeContent &content);
    /// The project, the two runs with their dates and the people then and now.
    static QString subtitle(const ChangeContent &content, const QString &projectName);
    /// The largest moves between two different personas, at most `count`, as sentences, then who
    /// came in and who left.
    static QStringList summary(const ChangeContent &content, int count = 3);
    /// The whole page at its natural size (DeckPages::naturalSize()) scaled into `target`.
    static void paint(QPainter &painter, const QRectF &target, const ChangeContent &content,
                      const QString &projectName, const PageTheme &theme = PageTheme::light());
    /// The figures table into `area` (left-to-right coordinates of `canvas`).
    static void paintTable(const CardCanvas &canvas, const QRectF &area, const ChangeContent &content,
                           const PageTheme &theme);
    /// The flow diagram into `area` (left-to-right coordinates of `canvas`).
    static void paintFlows(const CardCanvas &canvas, const QRectF &area, const ChangeContent &content,
                           const PageTheme &theme);
    /// A figure's column head ("share of people").
    static QString columnLabel(const QString &key);
    /// A persona's note under its name: new, gone, or its name then; empty for none.
    static QString personaTag(const PersonaThenNow &change);
    /// The text of a cell: the figure now, its change, and then (each empty where not shown).
    static QStringList cellLines(const ChangeContent &content, const PersonaThenNow &change, const QString &key);
    /// The note under the table (what a cell holds, the threshold of exact figures).
    static QString legend(const ChangeContent &content);
    /// "Then: Run 3 · …" and "Now: Run 5 · …", the heads of the flow diagram's columns.
    static QString thenHead(const ChangeContent &content);
    static QString nowHead(const ChangeContent &content);
    /// "Run 3 · 31 Mar 2024": a run as the page names it.
    static QString runLabel(const SegmentationRun &run, const QLocale &locale);
};

} // namespace pw
