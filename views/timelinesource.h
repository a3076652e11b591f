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

    /// "as of 2024-06-30", or for a run of all the data "all the data (run 12)".
    static QString runLabel(const SegmentationRun &run)
    {
        return run.asOf ? QCoreApplication::translate("pw::TimelineView", "as of %1").arg(run.asOf->toString(Qt::ISODate))
                        : QCoreApplication::translate("pw::TimelineView", "all the data (run %1)").arg(run.id);
    }
};

} // namespace pw
