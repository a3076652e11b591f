// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "importformat.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace pw {

class Project;
class Progress;
class Pseudonymiser;

enum class OnError {
    Skip, ///< import the good rows, report the bad ones
    Abort ///< the first bad row fails the whole import; nothing is imported
};

/// How day/month dates (`03/04/2024`) are read.
enum class DateOrderChoice {
    Auto,       ///< decided per file from every value of its date columns
    DayFirst,
    MonthFirst
};

struct ImportOptions
{
    OnError onError = OnError::Skip;
    QString format = QStringLiteral("auto"); ///< "auto" or a format's short name ("generic")
    QString encoding;                        ///< text encoding of files without a BOM; empty: detect
    DateOrderChoice dateOrder = DateOrderChoice::Auto;
    /// When set, changes the project's `keep_identifiers` setting before importing: true keeps
    /// e-mails and names readable, false (the default of every project) pseudonymises them.
    /// The setting in the file alone never keeps them: a project file may come from someone
    /// else, so an import into a project whose setting keeps identifiers must set this (the
    /// user's own choice), or it is refused.
    std::optional<bool> keepIdentifiers;
    /// Column renames applied to every file's header before its format is detected: source
    /// column name -> the name to read it as (e.g. "Kunden-Nr" -> "customer_id"); a source
    /// column renamed to an empty name is ignored. From the import wizard's mapping table.
    /// Renaming never changes the format a file is read as: with `format` "auto", a file some
    /// format recognises by its own header stays that format's, any other is read as generic.
    QHash<QString, QString> columnNames;
    int maxReportedErrors = 1000;            ///< row errors kept in the report (all are counted)
};

/// True when the project's setting (stored in the file) keeps e-mails and names readable: an
/// import must then say whether to keep them (ImportOptions::keepIdentifiers).
bool projectKeepsIdentifiers(const Project &project);

/// What an import did. When `fatal` is set or `canceled` is true, nothing was imported.
struct ImportReport
{
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 rowsSkipped = 0;               ///< read and deliberately not imported (anonymous lines)
    QStringList warnings;                 ///< e.g. a date column whose order had to be assumed
    QHash<QString, qint64> rowsPerEntity; ///< entity name ("orders", ...) -> rows written as new or updated rows
    QHash<QString, qint64> rowsMerged;    ///< entity -> rows folded into one this import wrote before (customers, reviews)
    QHash<QString, qint64> rowsUnchanged; ///< entity -> rows equal to a stored one, not written (events)
    QList<Error> rowErrors;               ///< bad rows: file, line, column, reason
    /// file path -> the names of its columns that nothing stores (see unreadColumnsText())
    QHash<QString, QStringList> unreadColumns;
    bool identifiersKept = false;         ///< e-mails and names stored readable, not pseudonymised
    Error fatal;                          ///< why the whole import failed, if it did
    bool canceled = false;

    bool ok() const { return !fatal.isSet() && !canceled; }
};

/// Imports `files` into `project` in one transaction: either every good row of every file lands
/// (with OnError::Skip) or nothing does. Re-importing a record with the same id updates it
/// rather than doubling it. `progress` may be null.
///
/// Every file is checked (readable, not empty, a header some format reads) before anything is
/// written; a file named twice (the same file, or one with the same bytes) is read once, with a
/// warning. Re-import rules: customers are upserted by customer_id and orders by order_id (an
/// empty optional cell keeps the stored value); an order's items are replaced by the items of
/// that order_id in this import; an event equal to a stored one in session_id, timestamp,
/// event_type and page is skipped; a review with the same customer, order_id and date replaces
/// the stored one's rating and nps (see ImportWriter). Inside one import, the first row of an
/// order_id is kept and a later row with the same order_id is a bad row naming the line of the
/// first; rows of a customer or review already written are merged into it (counted in
/// rowsMerged, not in rowsPerEntity). Each file adds a row to `imports`, whose rows_rejected
/// counts bad rows and rows read but not imported (anonymous lines).
///
/// The columns that a file's format stores nowhere are named in the report's `unreadColumns`;
/// how a file is read, where people should know it, is said in `warnings` (a file without order
/// ids, whose orders get ids made from their content: see GenericOrdersMapper).
///
/// Direct identifiers are pseudonymised unless the project keeps them (see Pseudonymiser):
/// customers' email, first_name and last_name, and any customer_id that is an e-mail address.
/// Dates written day/month are read in the order the whole column allows; when every value
/// would fit either order, day-first is assumed and a warning says so.
/// Progress is reported in bytes over all files; report() returning false cancels.
ImportReport importFiles(Project &project, const QStringList &files, const ImportOptions &options,
                         Progress *progress);

/// What importing one file would do, found by reading all of it without writing anything.
struct ImportPreview
{
    QString format;          ///< the format's short name ("shopify")
    QString formatName;      ///< its translated name
    Entity entity = Entity::Customers;
    QString encoding;        ///< "UTF-8", "windows-1255", "xlsx", ...
    QChar delimiter;         ///< null for a workbook
    QStringList sourceHeader; ///< the file's column names
    QStringList header;      ///< after ImportOptions::columnNames
    QList<QStringList> sampleRecords; ///< the first records, as in the file
    QList<CanonicalRow> sampleRows;   ///< the first rows of `entity` as they will be stored
    /// Per source column, the canonical field it is read as ("" for none), when the format maps
    /// columns onto fields (RowMapper::columnFields()); empty otherwise.
    QStringList columnFields;
    QList<int> unreadColumns; ///< the source columns (0-based) whose values nothing stores
    QStringList unreadColumnNames; ///< their names, as ImportReport::unreadColumns gives them
    qint64 rowsRead = 0;
    qint64 rowsGood = 0;
    qint64 rowsBad = 0;
    qint64 rowsSkipped = 0;
    QList<Error> rowErrors;  ///< the first ImportOptions::maxReportedErrors bad rows
    QStringList warnings;
    Error fatal;             ///< why the file cannot be imported at all
    bool canceled = false;
};

/// Reads `path` as importFiles() would, with `pseudonymiser` (the project's, so that the sample
/// shows the stored values), and reports the detected format, a sample of `sampleSize` rows and
/// the validation of every row (or of the first `maxRecords`, when not negative: a quick look).
/// Writes nothing. `progress` may be null.
ImportPreview previewImport(const QString &path, const ImportOptions &options, const Pseudonymiser &pseudonymiser,
                            int sampleSize, Progress *progress, qint64 maxRecords = -1);

/// For people: the sentence that names the columns of `file` an import leaves out, `names` as
/// ImportReport::unreadColumns holds them ("orders.csv: not imported, the project has no place
/// for these columns: “colour”").
QString unreadColumnsText(const QString &file, const QStringList &names);

} // namespace pw
