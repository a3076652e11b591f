// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/runhistory.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace pw {

class Project;

/// What the Timeline tab's panels show: the open project's history (RunHistory::history()) and
/// how each persona is named and coloured now (a persona that no longer exists, as it last was).
struct TimelineSource
{
    Project *project = nullptr;
    History history;
    QString language;
    QHash<qint64, QString> names;  ///< persona id -> name
    QHash<qint64, QColor> colors;  ///< persona id -> colour

    QString nameOf(qint64 personaId) const
    {
        return names.value(personaId, QStringLiteral("#%1").arg(personaId));
    }
    QColor colorOf(qint64 personaId) const
    {
        const QColor c = colors.value(personaId);
        return c.isValid() ? c : QColor(0x60, 0x7d, 0x8b);
    }
    /// The date a run stands for: its as-of date, or for a run of all the data the data's last.
    QDate dateOf(const SegmentationRun &run) const
    {
        return run.asOf ? *run.asOf : lastDataDate;
    }
    QDate lastDataDate;

    /// `text` (a date, a signed number) kept left to right inside a right-to-left sentence, where
    /// the bidirectional algorithm would otherwise show 2024-06-30 as 30-06-2024 and -0.4 as 0.4-.
    static QString ltr(const QString &text)
    {
        return QChar(0x202A) + text + QChar(0x202C); // LEFT-TO-RIGHT EMBEDDING … POP DIRECTIONAL FORMATTING
    }
    static QString isoDate(const QDate &date) { return ltr(date.toString(Qt::ISODate)); }

    /// "as of 2024-06-30", or for a run of all the data "all the data (run 12)".
    static QString runLabel(const SegmentationRun &run)
    {
        return run.asOf ? QCoreApplication::translate("pw::TimelineView", "as of %1").arg(isoDate(*run.asOf))
                        : QCoreApplication::translate("pw::TimelineView", "all the data (run %1)").arg(run.id);
    }
};

} // namespace pw
