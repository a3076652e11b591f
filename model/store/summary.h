// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pw {

class Project;

struct ImportRecord
{
    qint64 id = 0;
    QString file;
    QString format;
    QString entity;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    QDateTime importedAt;
};

/// What a project holds.
struct ProjectSummary
{
    qint64 people = 0;     ///< everyone with a customer id in any table
    qint64 customers = 0;  ///< rows in customers
    qint64 orders = 0;
    qint64 orderItems = 0;
    qint64 events = 0;
    qint64 reviews = 0;
    qint64 buyers = 0;     ///< people with at least one purchase (see Purchase)
    double revenue = 0;    ///< net revenue (see Purchase), rounded to cents
    QDateTime firstDate;   ///< earliest order or event (UTC); invalid if none
    QDateTime lastDate;    ///< latest order or event (UTC)
    qint64 segmentationRuns = 0;
    qint64 personas = 0;
    qint64 segmentedPeople = 0;        ///< people the latest segmentation run split (0 without a run)
    /// Data was imported after the latest segmentation run: its segments (and the personas'
    /// figures) are of the earlier data. Told apart by the second; an import in the very second
    /// of the run counts as before it.
    bool segmentationOutdated = false;
    QList<ImportRecord> imports;
};

/// Everything above; reads every order (buyers, revenue) and every table's rows (counts): seconds
/// on a million people, so not on the GUI thread of a big project.
std::optional<ProjectSummary> summarize(Project &project, Error *error);

/// What the latest segmentation run covers, in a few indexed reads.
struct SegmentationState
{
    qint64 personas = 0;
    qint64 segmentedPeople = 0;        ///< see ProjectSummary
    bool segmentationOutdated = false; ///< see ProjectSummary
};
std::optional<SegmentationState> segmentationState(Project &project, Error *error);

/// The earliest and latest order or event (UTC; invalid if none): kept by the imports (see
/// StoreDates), read from every row only in a project whose imports kept none.
std::optional<std::pair<QDateTime, QDateTime>> dataPeriod(Project &project, Error *error);

} // namespace pw
