// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace pw {

class Project;
class Progress;

enum class OnError {
    Skip, ///< import the good rows, report the bad ones
    Abort ///< the first bad row fails the whole import; nothing is imported
};

struct ImportOptions
{
    OnError onError = OnError::Skip;
    QString format = QStringLiteral("auto"); ///< "auto" or a format's short name ("generic")
    int maxReportedErrors = 1000;            ///< row errors kept in the report (all are counted)
};

/// What an import did. When `fatal` is set or `canceled` is true, nothing was imported.
struct ImportReport
{
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    QHash<QString, qint64> rowsPerEntity; ///< entity name ("orders", ...) -> rows imported
    QList<Error> rowErrors;               ///< bad rows: file, line, column, reason
    Error fatal;                          ///< why the whole import failed, if it did
    bool canceled = false;

    bool ok() const { return !fatal.isSet() && !canceled; }
};

/// Imports `files` into `project` in one transaction: either every good row of every file lands
/// (with OnError::Skip) or nothing does. Re-importing a record with the same id updates it
/// rather than doubling it. `progress` may be null.
///
/// Every file is checked (readable, not empty, a header some format reads) before anything is
/// written. Re-import rules: customers are upserted by customer_id and orders by order_id (an
/// empty optional cell keeps the stored value); an order's items are replaced by the items of
/// that order_id in this import; an event equal to a stored one in session_id, timestamp,
/// event_type and page is skipped; a review with the same customer, order_id and date replaces
/// the stored one's rating and nps (see ImportWriter). Each file adds a row to `imports`.
/// Progress is reported in bytes over all files; report() returning false cancels.
ImportReport importFiles(Project &project, const QStringList &files, const ImportOptions &options,
                         Progress *progress);

} // namespace pw
