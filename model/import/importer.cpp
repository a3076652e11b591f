// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "bulkloadsettings.h"
#include "bytebatchreader.h"
#include "common/progress.h"
#include "csvreader.h"
#include "fieldmapper.h"
#include "genericformat.h"
#include "formatregistry.h"
#include "importformat.h"
#include "importwriter.h"
#include "pseudonymiser.h"
#include "recordreader.h"
#include "store/project.h"
#include "store/storedates.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>
#include <functional>

namespace pw {

namespace {

constexpr int kRowsPerProgressReport = 4096;
constexpr int kDateProbeRecords = 200;
constexpr qint64 kBulkOrderBytes = 16 * 1024 * 1024;
constexpr int kListedMerges = 20; ///< merged rows listed in the warnings, per file

/// A file checked before anything is written: readable, with a header some format reads.
struct PlannedFile
{
    QString path;
    const ImportFormat *format = nullptr;
    Entity entity = Entity::Customers;
    qint64 size = 0;
    ValueParser::DateOrder dateOrder = ValueParser::DateOrder::DayFirst;
    std::optional<bool> decimalComma; ///< decided from the whole file; unset: by its delimiter
};

Error fileError(const QString &path, const QString &message, qint64 line = 0)
{
    Error e;
    e.file = path;
    e.message = message;
    e.line = line;
    return e;
}

QStringList renamedHeader(QStringList header, const ImportOptions &options)
{
    if (options.columnNames.isEmpty())
        return header;
    for (QString &name : header) {
        const QString trimmed = name.trimmed();
        for (auto it = options.columnNames.constBegin(); it != options.columnNames.constEnd(); ++it) {
            if (it.key().compare(trimmed, Qt::CaseInsensitive) == 0) {
                name = it->isEmpty() ? QStringLiteral("\x1f") + name : *it; // an ignored column matches nothing
                break;
            }
        }
    }
    return header;
}

bool isBlank(const CsvRecord &record)
{
    return record.fields.size() == 1 && record.fields[0].trimmed().isEmpty();
}

/// Reads the records of `plan`'s file after its header, passing each to `visit` until it
/// returns false. Records the reader refuses are skipped (they are reported when importing).
void scanRecords(const PlannedFile &plan, const ReadOptions &readOptions,
                 const std::function<bool(const CsvRecord &)> &visit)
{
    Error openError;
    std::unique_ptr<RecordReader> reader = RecordReader::open(plan.path, readOptions, openError);
    CsvRecord record;
    if (!reader || !reader->readRecord(record))
        return; // reported when importing
    for (;;) {
        if (!reader->readRecord(record)) {
            if (!reader->recordRejected())
                return;
            reader->skipRejectedRecord();
            continue;
        }
        if (!visit(record))
            return;
    }
}

/// Decides day-first or month-first from every value of the file's date columns (a second
/// pass over the file, made only when the first records hold such dates).
bool decideDateOrder(const PlannedFile &plan, const QList<int> &columns, const ReadOptions &readOptions,
                     ValueParser::DateOrder &order, QStringList &warnings, Error &error)
{
    bool dayFirst = false, monthFirst = false, any = false;
    qint64 dayLine = 0, monthLine = 0;
    qint64 records = 0;
    scanRecords(plan, readOptions, [&](const CsvRecord &record) {
        ++records;
        for (int column : columns) {
            if (column < 0 || column >= record.fields.size())
                continue;
            int a = 0, b = 0;
            if (!ValueParser::splitNumericDate(record.fields[column], a, b))
                continue;
            any = true;
            if (a > 12 && !dayFirst) {
                dayFirst = true;
                dayLine = record.line;
            }
            if (b > 12 && !monthFirst) {
                monthFirst = true;
                monthLine = record.line;
            }
        }
        return any || records < kDateProbeRecords; // no day/month dates: nothing to decide
    });
    if (!any)
        return true;
    if (dayFirst && monthFirst) {
        error = fileError(plan.path, QCoreApplication::translate("Import", "The dates mix day-first (line %1) and month-first (line %2) forms")
                                         .arg(dayLine).arg(monthLine));
        return false;
    }
    if (monthFirst) {
        order = ValueParser::DateOrder::MonthFirst;
    } else {
        order = ValueParser::DateOrder::DayFirst;
        if (any && !dayFirst)
            warnings.append(QCoreApplication::translate("Import", "%1: every date fits both day-first and month-first; read as day-first (choose the order to change it)")
                                .arg(QFileInfo(plan.path).fileName()));
    }
    return true;
}

/// Decides the decimal separator of a `;`-separated file from every value in it (a pass over
/// the file): values only a decimal comma reads (`1.234,50`, `12.345.678`) against values only a
/// decimal point reads (`1,234.50`, `12.5`). With one kind alone it is decided, so that `1.500`
/// is 1500 beside `1.234,50`; with both, or neither, the file keeps the default (a decimal comma,
/// a lone '.' read as a decimal point) and a mix is warned about.
void decideDecimalSeparator(PlannedFile &plan, const ReadOptions &readOptions, QStringList &warnings)
{
    qint64 commaLine = 0, pointLine = 0;
    scanRecords(plan, readOptions, [&](const CsvRecord &record) {
        for (const QString &field : record.fields) {
            const ValueParser::Decimal d = ValueParser::decimalEvidence(field);
            if (d == ValueParser::Decimal::Comma && commaLine == 0)
                commaLine = record.line;
            else if (d == ValueParser::Decimal::Point && pointLine == 0)
                pointLine = record.line;
        }
        return commaLine == 0 || pointLine == 0;
    });
    if (commaLine > 0 && pointLine > 0)
        warnings.append(QCoreApplication::translate("Import", "%1: numbers with a decimal comma (line %2) and with a decimal point (line %3): a number with a lone '.' is read with a decimal point")
                            .arg(QFileInfo(plan.path).fileName()).arg(commaLine).arg(pointLine));
    else if (commaLine > 0 || pointLine > 0)
        plan.decimalComma = commaLine > 0;
}

/// Opens `path`, reads its header and finds its format and entity; fills `error` if it cannot.
bool planFile(const QString &path, const ImportFormat *forced, const ImportOptions &options,
              PlannedFile &plan, QStringList &warnings, Error &error)
{
    plan.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        error = fileError(path, QCoreApplication::translate("Import", "The file does not exist"));
        return false;
    }
    if (info.isDir()) {
        error = fileError(path, QCoreApplication::translate("Import", "This is a folder, not a data file"));
        return false;
    }
    plan.size = info.size();
    ReadOptions readOptions;
    readOptions.encoding = options.encoding;
    std::unique_ptr<RecordReader> reader = RecordReader::open(path, readOptions, error);
    if (!reader)
        return false;
    CsvRecord header;
    if (!reader->readRecord(header)) {
        error = reader->hasError() ? reader->error() : fileError(path, QCoreApplication::translate("Import", "The file is empty"));
        error.file = path;
        return false;
    }
    const QStringList ownHeader = header.fields;
    header.fields = renamedHeader(header.fields, options);
    const bool chosen = forced != nullptr;
    if (!chosen && !options.columnNames.isEmpty()) {
        // The mapping names columns inside a format, it never picks one: a file some format
        // reads by its own header stays that format's, any other file is read with the mapping
        // as the generic format's columns. A renamed header must not turn a file into another
        // kind (`customer_id,E-Mail,Ort` would look like a feature table).
        forced = FormatRegistry::detect(ownHeader);
        if (!forced)
            forced = FormatRegistry::find(QStringLiteral("generic"));
    }
    if (forced) {
        QString why;
        const std::optional<Entity> entity = chosen ? forced->entityWhenChosen(header.fields, &why)
                                                    : forced->detectEntity(header.fields, &why);
        if (!entity) {
            error = fileError(path, why, header.line);
            return false;
        }
        plan.format = forced;
        plan.entity = *entity;
    } else {
        plan.format = FormatRegistry::detect(header.fields);
        if (!plan.format) {
            // Explain with the generic format's rules: the one every file can be brought to.
            QString why;
            if (const ImportFormat *generic = FormatRegistry::find(QStringLiteral("generic")))
                generic->detectEntity(header.fields, &why);
            if (why.isEmpty())
                why = QCoreApplication::translate("Import", "The format of this file is not recognised");
            error = fileError(path, why, header.line);
            return false;
        }
        plan.entity = *plan.format->detectEntity(header.fields);
    }
    if (reader->delimiter() == QLatin1Char(';'))
        decideDecimalSeparator(plan, readOptions, warnings);
    switch (options.dateOrder) {
    case DateOrderChoice::DayFirst:
        plan.dateOrder = ValueParser::DateOrder::DayFirst;
        return true;
    case DateOrderChoice::MonthFirst:
        plan.dateOrder = ValueParser::DateOrder::MonthFirst;
        return true;
    case DateOrderChoice::Auto:
        break;
    }
    const QList<int> dateColumns = plan.format->dateColumns(header.fields, plan.entity);
    if (dateColumns.isEmpty())
        return true;
    reader.reset();
    return decideDateOrder(plan, dateColumns, readOptions, plan.dateOrder, warnings, error);
}

class FileImport
{
public:
    FileImport(const PlannedFile &plan, ImportWriter *writer, const Pseudonymiser &pseudonymiser,
               const ImportOptions &options, ImportReport &report)
        : m_plan(plan), m_writer(writer), m_pseudonymiser(pseudonymiser), m_options(options), m_report(report)
    {
    }

    /// Writes the rows mapped from one record (or from the end of the file). False: stop the
    /// import. A row with an order_id this import wrote before fills `duplicate` (the record is
    /// then refused).
    bool writeRows(QList<CanonicalRow> &rows, qint64 line, Error *duplicate = nullptr)
    {
        if (m_preview) {
            for (CanonicalRow &row : rows) {
                m_pseudonymiser.pseudonymise(row);
                if (row.entity == m_plan.entity && m_preview->sampleRows.size() < m_sampleSize)
                    m_preview->sampleRows.append(row);
            }
            rows.clear();
            return true;
        }
        for (CanonicalRow &row : rows) {
            m_pseudonymiser.pseudonymise(row);
            if (!m_writer->write(row, line, m_report.fatal)) {
                m_report.fatal.file = m_plan.path;
                m_report.fatal.line = line;
                return false;
            }
            if (!count(row.entity, line, duplicate))
                break; // the record is refused: none of its other rows are written
        }
        rows.clear();
        return true;
    }

    /// Counts what the writer did with a row of `entity` read from `line`; false for a duplicated
    /// order_id, with `duplicate` saying so.
    bool count(Entity entity, qint64 line, Error *duplicate)
    {
        const QString name = CanonicalSchema::entityName(entity);
        switch (m_writer->lastOutcome()) {
        case WriteOutcome::Written:
            ++m_written[name];
            return true;
        case WriteOutcome::Merged:
            ++m_report.rowsMerged[name];
            if (entity == m_plan.entity && m_mergeWarnings++ < kListedMerges)
                m_report.warnings.append(QCoreApplication::translate("Import", "%1:%2: the same %3 as an earlier row of this import: merged into it (an empty cell keeps the earlier value)")
                                             .arg(QFileInfo(m_plan.path).fileName()).arg(line).arg(singular(entity)));
            return true;
        case WriteOutcome::Skipped:
            ++m_report.rowsUnchanged[name];
            return true;
        case WriteOutcome::Duplicate:
            break;
        }
        if (duplicate)
            *duplicate = duplicateError(line);
        return false;
    }

    /// The bad row that repeats an order_id this import wrote before (ImportWriter::duplicateOf()).
    Error duplicateError(qint64 line) const
    {
        const auto [firstFile, firstLine] = m_writer->duplicateOf();
        const QString where = firstFile == m_plan.path ? QCoreApplication::translate("Import", "this file") : firstFile;
        Error e;
        e.line = line;
        if (m_mapper && m_mapper->makesOrderIds()) {
            // Ids made from the content repeat only in another file of the import.
            e.message = QCoreApplication::translate("Import", "the same purchase as line %1 of %2 (customer, date, amount, quantity): imported once")
                            .arg(firstLine).arg(where);
            return e;
        }
        e.column = m_orderIdColumn + 1;
        e.columnName = m_orderIdColumn >= 0 ? m_header.value(m_orderIdColumn) : QStringLiteral("order_id");
        e.message = QCoreApplication::translate("Import", "order_id already read on line %1 of %2: the first row of an order_id is kept, this one is not imported")
                        .arg(firstLine).arg(where);
        return e;
    }

    static QString singular(Entity entity)
    {
        return entity == Entity::Reviews ? QCoreApplication::translate("Import", "review")
                                         : QCoreApplication::translate("Import", "customer");
    }

    /// The project written, for formats that keep their files in tables of their own.
    void setProject(Project *project) { m_project = project; }

    /// With a preview, rows are mapped and checked but not written.
    void setPreview(ImportPreview *preview, int sampleSize, qint64 maxRecords)
    {
        m_preview = preview;
        m_sampleSize = sampleSize;
        m_maxRecords = maxRecords;
    }

    /// Imports the rows of the file. Returns false when the whole import must stop
    /// (report.fatal set, or report.canceled).
    bool run(Progress &progress, qint64 bytesBefore, qint64 bytesTotal)
    {
        ImportReport &report = m_report;
        ReadOptions readOptions;
        readOptions.encoding = m_options.encoding;
        std::unique_ptr<RecordReader> reader = RecordReader::open(m_plan.path, readOptions, report.fatal);
        if (!reader)
            return false;
        CsvRecord record;
        if (!reader->readRecord(record)) {
            report.fatal = reader->hasError() ? reader->error() : fileError(m_plan.path, QCoreApplication::translate("Import", "The file is empty"));
            report.fatal.file = m_plan.path;
            return false;
        }
        const QStringList header = renamedHeader(record.fields, m_options);
        m_header = record.fields;
        ValueParser parser(reader->delimiter() == QLatin1Char(';'));
        if (m_plan.decimalComma)
            parser.setDecidedDecimalComma(*m_plan.decimalComma);
        parser.setDateOrder(m_plan.dateOrder);
        const QString fileName = QFileInfo(m_plan.path).fileName();
        const MapContext context{parser, m_pseudonymiser, fileName, m_preview ? nullptr : m_project};
        m_mapper = m_plan.format->createMapper(header, m_plan.entity, context);
        const QStringList columnFields = m_mapper->columnFields();
        m_orderIdColumn = int(columnFields.indexOf(QStringLiteral("order_id")));
        for (qsizetype i = 0; i < header.size() && m_orderIdColumn < 0 && columnFields.isEmpty(); ++i)
            if (header[i].trimmed().compare(QLatin1String("order_id"), Qt::CaseInsensitive) == 0)
                m_orderIdColumn = int(i);
        tellHowTheFileIsRead(fileName);

        if (m_preview) {
            m_preview->sourceHeader = record.fields;
            m_preview->header = header;
            m_preview->columnFields = columnFields;
            m_preview->unreadColumns = m_mapper->unreadColumns();
            m_preview->encoding = reader->encodingName();
            m_preview->delimiter = reader->delimiter();
        }
        if (!m_preview && !m_writer->beginFile(m_plan.path, fileName, m_plan.format->shortName(), m_plan.entity, report.fatal)) {
            report.fatal.file = m_plan.path;
            return false;
        }

        m_stage = QCoreApplication::translate("Import", "Importing %1").arg(fileName);
        qint64 lastLine = record.line;
        // Generic orders in UTF-8, the bulk of a big import, take the byte-level path: the hot
        // path of FieldMapper, for rows read as they stand.
        const bool bytePath = !m_preview && m_plan.entity == Entity::Orders
                              && m_plan.format->shortName() == QLatin1String("generic")
                              && dynamic_cast<const FieldMapper *>(m_mapper.get()) != nullptr
                              && reader->encodingName() == QLatin1String("UTF-8")
                              && reader->delimiter().unicode() < 0x80;
        if (bytePath) {
            const char delimiter = char(reader->delimiter().unicode());
            reader.reset();
            if (!runBytes(delimiter, header, parser, progress, bytesBefore, bytesTotal, lastLine))
                return false;
        } else {
            // A quick look stops after m_maxRecords, unless a row may gather records from the
            // whole file: then it reads on, so that the sample shows the rows as stored.
            const qint64 maxRecords = m_mapper->gathersWholeFile() ? -1 : m_maxRecords;
            while (maxRecords < 0 || m_read < maxRecords) {
                if (reader->readRecord(record)) {
                    lastLine = record.line;
                    if (!importRecord(record))
                        return false;
                } else if (reader->recordRejected()) {
                    lastLine = reader->error().line;
                    if (!rejectRecord(reader->error()))
                        return false;
                    reader->skipRejectedRecord();
                } else {
                    break;
                }
                if (!reportProgress(progress, bytesBefore + reader->bytePosition(), bytesTotal))
                    return false;
            }
            if (reader->hasError()) {
                report.fatal = reader->error();
                report.fatal.file = m_plan.path;
                return false;
            }
        }
        QList<CanonicalRow> rows;
        m_mapper->finish(rows);
        // Notes that only the whole file decides (a column read as conversion; they name the
        // file themselves), said once.
        for (const QString &note : m_mapper->notes())
            if (!m_earlyNotes.contains(note))
                (m_preview ? m_preview->warnings : report.warnings) << note;
        if (m_preview && m_maxRecords >= 0 && m_read >= m_maxRecords && !m_mapper->gathersWholeFile())
            rows.clear(); // held back at a quick look's end: may lack the lines not read, not a sample
        Error duplicate;
        if (!writeRows(rows, lastLine, &duplicate))
            return false;
        if (duplicate.isSet()) {
            // The last record's order, written at the end (it was counted as imported).
            --m_imported;
            --report.rowsImported;
            if (!refuse(duplicate))
                return false;
        }
        report.rowsSkipped += m_mapper->skipped();
        // rows_rejected: every row read and not imported, bad or anonymous.
        if (!m_preview && !m_writer->finishFile(m_read, m_imported, m_rejected + m_mapper->skipped(), report.fatal)) {
            report.fatal.file = m_plan.path;
            return false;
        }
        for (auto it = m_written.cbegin(); it != m_written.cend(); ++it)
            report.rowsPerEntity[it.key()] += it.value();
        if (!progress.report(bytesBefore + m_plan.size, bytesTotal, m_stage)) {
            report.canceled = true;
            return false;
        }
        return true;
    }

private:
    /// Says in the warnings how the file is read where people should know it (the mapper's
    /// notes) and names the columns that nothing stores.
    void tellHowTheFileIsRead(const QString &fileName)
    {
        m_earlyNotes = m_mapper->notes();
        for (const QString &note : std::as_const(m_earlyNotes))
            m_report.warnings.append(fileName + QLatin1String(": ") + note);
        QStringList names;
        for (const int column : m_mapper->unreadColumns()) {
            const QString name = m_header.value(column).trimmed();
            names.append(name.isEmpty() ? QCoreApplication::translate("Import", "column %1 (no name)").arg(column + 1) : name);
        }
        if (!names.isEmpty())
            m_report.unreadColumns[m_plan.path] = names;
    }

    /// Maps and writes one record (or counts and reports it as bad). False: stop the import.
    bool importRecord(const CsvRecord &record)
    {
        if (isBlank(record))
            return true;
        ImportReport &report = m_report;
        ++m_read;
        ++report.rowsRead;
        if (m_preview && m_preview->sampleRecords.size() < m_sampleSize)
            m_preview->sampleRecords.append(record.fields);
        Error rowError;
        m_rows.clear();
        const qint64 skippedBefore = m_mapper->skipped();
        if (!m_mapper->map(record, m_rows, rowError)) {
            rowError.line = record.line;
            return refuse(rowError);
        }
        Error duplicate;
        if (!writeRows(m_rows, record.line, &duplicate))
            return false;
        if (duplicate.isSet())
            return refuse(duplicate);
        if (m_mapper->skipped() == skippedBefore) {
            ++m_imported;
            ++report.rowsImported;
        }
        return true;
    }

    /// Counts a record whose bytes are not text in the file's encoding as read and bad, and
    /// reports it as importRecord() reports a record it cannot map. False: stop the import.
    bool rejectRecord(const Error &readError)
    {
        ++m_read;
        ++m_report.rowsRead;
        return refuse(readError);
    }

    /// A bad record: stops an import that aborts on errors, else is counted and listed.
    bool refuse(Error rowError)
    {
        rowError.file = m_plan.path;
        ++m_rejected;
        ++m_report.rowsRejected;
        if (m_options.onError == OnError::Abort) {
            m_report.fatal = rowError;
            return false;
        }
        if (m_report.rowErrors.size() < m_options.maxReportedErrors)
            m_report.rowErrors.append(rowError);
        return true;
    }

    bool reportProgress(Progress &progress, qint64 done, qint64 total)
    {
        if (++m_sinceReport < kRowsPerProgressReport)
            return true;
        m_sinceReport = 0;
        if (!progress.report(done, total, m_stage)) {
            m_report.canceled = true;
            return false;
        }
        return true;
    }

    /// The rows of a generic orders file in UTF-8, read as bytes and mapped on a thread of their
    /// own (ByteBatchReader): the common row is written from typed cells, any other row goes
    /// through importRecord().
    bool runBytes(char delimiter, const QStringList &header, const ValueParser &parser, Progress &progress,
                  qint64 bytesBefore, qint64 bytesTotal, qint64 &lastLine)
    {
        ImportReport &report = m_report;
        ByteBatchReader batches(m_plan.path, delimiter, m_plan.entity,
                                GenericFormat::fieldColumns(header, m_plan.entity), header.size(), parser);
        if (!batches.start(report.fatal))
            return false;
        CsvRecord record;
        qint64 typedRows = 0;
        while (const ByteBatch *batch = batches.next()) {
            for (const ByteBatch::Entry &entry : batch->entries) {
                lastLine = entry.line;
                switch (entry.kind) {
                case ByteBatch::Kind::Blank:
                    continue;
                case ByteBatch::Kind::Typed:
                    ++m_read;
                    ++report.rowsRead;
                    if (!m_writer->writeOrder(batch->row(entry.index), entry.line, report.fatal)) {
                        report.fatal.file = m_plan.path;
                        report.fatal.line = entry.line;
                        return false;
                    }
                    if (m_writer->lastOutcome() == WriteOutcome::Duplicate) {
                        if (!refuse(duplicateError(entry.line)))
                            return false;
                        break;
                    }
                    ++typedRows;
                    ++m_imported;
                    ++report.rowsImported;
                    break;
                case ByteBatch::Kind::Other:
                    record.fields = batch->others[size_t(entry.index)];
                    record.line = entry.line;
                    if (!importRecord(record))
                        return false;
                    break;
                case ByteBatch::Kind::Rejected:
                    if (!rejectRecord(batch->rejected[size_t(entry.index)]))
                        return false;
                    break;
                }
                if (!reportProgress(progress, bytesBefore + entry.bytePosition, bytesTotal))
                    return false;
            }
            if (batch->error.isSet()) {
                report.fatal = batch->error;
                report.fatal.file = m_plan.path;
                return false;
            }
        }
        m_written[CanonicalSchema::entityName(m_plan.entity)] += typedRows;
        return true;
    }

    const PlannedFile &m_plan;
    ImportWriter *m_writer;
    const Pseudonymiser &m_pseudonymiser;
    const ImportOptions &m_options;
    ImportReport &m_report;
    QHash<QString, qint64> m_written;
    std::unique_ptr<RowMapper> m_mapper;
    QList<CanonicalRow> m_rows;
    QString m_stage;
    qint64 m_read = 0;
    qint64 m_imported = 0;
    qint64 m_rejected = 0;
    int m_sinceReport = 0;
    int m_mergeWarnings = 0;
    QStringList m_header;
    int m_orderIdColumn = -1;
    QStringList m_earlyNotes; ///< the mapper's notes once it read the header (said then)
    Project *m_project = nullptr;
    ImportPreview *m_preview = nullptr;
    int m_sampleSize = 0;
    qint64 m_maxRecords = -1;
};

/// SHA-256 of a file's bytes; empty if it cannot be read.
QByteArray contentHash(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QByteArray();
    return hash.result();
}

/// The path of a file of `plans` that is `plan`'s file (the same file, or the same bytes: a
/// file named twice in one import would double its order items), else null.
const QString *sameFile(const QList<PlannedFile> &plans, const PlannedFile &plan)
{
    const QString canonical = QFileInfo(plan.path).canonicalFilePath();
    QByteArray hash;
    for (const PlannedFile &other : plans) {
        if (QFileInfo(other.path).canonicalFilePath() == canonical)
            return &other.path;
        if (other.size != plan.size)
            continue;
        if (hash.isEmpty())
            hash = contentHash(plan.path);
        if (!hash.isEmpty() && contentHash(other.path) == hash)
            return &other.path;
    }
    return nullptr;
}

ImportReport failed(ImportReport report)
{
    // Nothing was imported: the transaction was rolled back.
    report.rowsImported = 0;
    report.rowsPerEntity.clear();
    return report;
}

/// The format named by `options.format`: null for "auto" (detect per file). Returns false and
/// fills `error` for an unknown name.
bool forcedFormat(const ImportOptions &options, const ImportFormat *&format, Error &error)
{
    format = nullptr;
    if (options.format.isEmpty() || options.format.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return true;
    format = FormatRegistry::find(options.format);
    if (format)
        return true;
    error.message = QCoreApplication::translate("Import", "Unknown import format \"%1\" (known: auto, %2)")
                        .arg(options.format, FormatRegistry::shortNames().join(QLatin1String(", ")));
    return false;
}

} // namespace

bool projectKeepsIdentifiers(const Project &project)
{
    return project.setting(QStringLiteral("keep_identifiers"), 0).toInt() != 0;
}

/// Dates after today in the rows an import adds: a typing error (2052 for 2025) that would make
/// everyone's recency count from a day that has not come. Nothing is refused; the files are named.
class FutureDateCheck
{
public:
    explicit FutureDateCheck(Project &project)
    {
        for (const Table &t : tables())
            m_lastRow << project.scalar(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(QLatin1String(t.name))).toLongLong();
    }

    void warn(Project &project, QStringList &warnings) const
    {
        // A day of slack: a file written in a time zone ahead of this machine's.
        const qint64 tomorrow = QDateTime::currentSecsSinceEpoch() + 86400;
        for (int i = 0; i < int(tables().size()); ++i) {
            const Table &t = tables()[size_t(i)];
            QSqlQuery q(project.db());
            q.prepare(QStringLiteral("SELECT i.file, count(*), max(x.%1) FROM %2 x JOIN imports i ON i.id = x.import_id "
                                     "WHERE x.rowid > ? AND x.%1 > ? GROUP BY x.import_id ORDER BY x.import_id")
                          .arg(QLatin1String(t.date), QLatin1String(t.name)));
            q.addBindValue(m_lastRow.value(i));
            q.addBindValue(tomorrow);
            if (!q.exec())
                continue; // a warning, not a reason to fail the import
            while (q.next()) {
                const QString latest = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc()).date().toString(Qt::ISODate);
                warnings.append(QCoreApplication::translate("Import", "%1: rows of %3 dated after today: %2 (the latest %4); "
                                    "check the file's dates: recency is counted from the store's last date")
                                    .arg(QFileInfo(q.value(0).toString()).fileName())
                                    .arg(q.value(1).toLongLong())
                                    .arg(QLatin1String(t.name))
                                    .arg(latest));
            }
        }
    }

private:
    struct Table
    {
        const char *name;
        const char *date;
    };
    static const std::array<Table, 3> &tables()
    {
        static const std::array<Table, 3> all {{{"orders", "order_date"}, {"events", "timestamp"}, {"reviews", "date"}}};
        return all;
    }
    QList<qint64> m_lastRow;
};

ImportReport importFiles(Project &project, const QStringList &files, const ImportOptions &options,
                         Progress *progress)
{
    ImportReport report;
    NullProgress noProgress;
    Progress &reporter = progress ? *progress : noProgress;

    const ImportFormat *forced = nullptr;
    if (!forcedFormat(options, forced, report.fatal))
        return report;
    if (files.isEmpty()) {
        report.fatal.message = QCoreApplication::translate("Import", "No files to import");
        return report;
    }

    QList<PlannedFile> plans;
    qint64 bytesTotal = 0;
    for (const QString &path : files) {
        PlannedFile plan;
        if (!planFile(path, forced, options, plan, report.warnings, report.fatal))
            return report;
        if (const QString *first = sameFile(plans, plan)) {
            report.warnings.append(QCoreApplication::translate("Import", "%1 is the same file as %2: it is read once")
                                       .arg(path, *first));
            continue;
        }
        bytesTotal += plan.size;
        plans.append(plan);
    }
    if (!reporter.report(0, bytesTotal, QCoreApplication::translate("Import", "Importing"))) {
        report.canceled = true;
        return report;
    }

    // A big orders file loads faster with the secondary indexes of orders built once at the end,
    // and with a rollback journal (see BulkLoadSettings).
    qint64 orderBytes = 0;
    for (const PlannedFile &plan : plans) {
        if (plan.entity == Entity::Orders)
            orderBytes += plan.size;
    }
    const bool bulk = orderBytes >= kBulkOrderBytes;
    const BulkLoadSettings settings(project, bulk);
    Transaction transaction(project, QStringLiteral("import"));
    if (!transaction.isActive()) {
        report.fatal = fileError(project.path(), QCoreApplication::translate("Import", "The project cannot be written: %1").arg(transaction.lastError()));
        return report;
    }
    if (!options.keepIdentifiers && projectKeepsIdentifiers(project)) {
        report.fatal = fileError(project.path(), QCoreApplication::translate("Import", "The project file asks to keep e-mail "
                                 "addresses and names readable; nothing was imported. A project file may come from someone "
                                 "else: choose yourself whether to keep them readable or to pseudonymise them"));
        return report;
    }
    if (options.keepIdentifiers
        && !project.setSetting(QStringLiteral("keep_identifiers"), *options.keepIdentifiers ? 1 : 0)) {
        report.fatal = fileError(project.path(), QCoreApplication::translate("Import", "The project cannot be written: %1").arg(transaction.lastError()));
        return report;
    }
    Pseudonymiser pseudonymiser;
    if (!Pseudonymiser::forProject(project, pseudonymiser, report.fatal)) {
        report.fatal.file = project.path();
        return failed(report);
    }
    report.identifiersKept = pseudonymiser.keepIdentifiers();
    const FutureDateCheck futureDates(project);
    const StoreDates::Mark datesBefore = StoreDates::Mark::of(project);
    ImportWriter writer(project);
    if (!writer.prepare(report.fatal)) {
        report.fatal.file = project.path();
        return failed(report);
    }
    if (bulk && !writer.deferIndexes(report.fatal)) {
        report.fatal.file = project.path();
        return failed(report);
    }
    qint64 bytesBefore = 0;
    for (const PlannedFile &plan : plans) {
        FileImport file(plan, &writer, pseudonymiser, options, report);
        file.setProject(&project);
        if (!file.run(reporter, bytesBefore, bytesTotal))
            return failed(report); // the transaction rolls back
        bytesBefore += plan.size;
    }
    if (!reporter.report(bytesTotal, bytesTotal, QCoreApplication::translate("Import", "Indexing"))
        || !writer.restoreIndexes(report.fatal)) {
        report.canceled = !report.fatal.isSet();
        report.fatal.file = report.fatal.isSet() ? project.path() : QString();
        return failed(report);
    }
    // Formats whose files refer to each other (Olist) build their canonical rows once at the end,
    // with the keys in place (their statements upsert by order_id and customer_id).
    QList<const ImportFormat *> finishing;
    for (const PlannedFile &plan : plans) {
        if (!finishing.contains(plan.format))
            finishing.append(plan.format);
    }
    for (const ImportFormat *format : finishing) {
        if (!format->finishImport(project, report.rowsPerEntity, report.warnings, report.fatal)) {
            report.fatal.file = project.path();
            return failed(report);
        }
    }
    futureDates.warn(project, report.warnings);
    // Orders written beyond the new rows are orders of earlier imports written again: their dates
    // may have moved, so the store's range is read anew.
    const qint64 newOrders = project.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE id > ?"),
                                            {datesBefore.orders}).toLongLong();
    if (!StoreDates::keep(project, datesBefore, report.rowsPerEntity.value(QStringLiteral("orders")) > newOrders,
                          &report.fatal)) {
        report.fatal = fileError(project.path(), QCoreApplication::translate("Import", "The project cannot be written: %1")
                                                     .arg(report.fatal.message));
        return failed(report);
    }
    if (!transaction.commit()) {
        report.fatal = fileError(project.path(), QCoreApplication::translate("Import", "The project cannot be written: %1").arg(transaction.lastError()));
        return failed(report);
    }
    return report;
}

ImportPreview previewImport(const QString &path, const ImportOptions &options, const Pseudonymiser &pseudonymiser,
                            int sampleSize, Progress *progress, qint64 maxRecords)
{
    ImportPreview preview;
    ImportReport report;
    NullProgress noProgress;
    Progress &reporter = progress ? *progress : noProgress;
    const ImportFormat *forced = nullptr;
    if (!forcedFormat(options, forced, preview.fatal))
        return preview;
    PlannedFile plan;
    if (!planFile(path, forced, options, plan, preview.warnings, preview.fatal)) {
        // Still show the file's columns, so that they can be mapped by hand.
        ReadOptions readOptions;
        readOptions.encoding = options.encoding;
        Error ignored;
        if (std::unique_ptr<RecordReader> reader = RecordReader::open(path, readOptions, ignored)) {
            CsvRecord record;
            if (reader->readRecord(record)) {
                preview.sourceHeader = record.fields;
                preview.header = renamedHeader(record.fields, options);
                preview.encoding = reader->encodingName();
                preview.delimiter = reader->delimiter();
            }
            while (preview.sampleRecords.size() < sampleSize && reader->readRecord(record))
                preview.sampleRecords.append(record.fields);
        }
        return preview;
    }
    preview.format = plan.format->shortName();
    preview.formatName = plan.format->displayName();
    preview.entity = plan.entity;
    FileImport file(plan, nullptr, pseudonymiser, options, report);
    file.setPreview(&preview, sampleSize, maxRecords);
    file.run(reporter, 0, plan.size);
    preview.rowsRead = report.rowsRead;
    preview.rowsBad = report.rowsRejected;
    preview.rowsGood = report.rowsImported;
    preview.rowsSkipped = report.rowsSkipped;
    preview.rowErrors = report.rowErrors;
    preview.warnings += report.warnings;
    preview.unreadColumnNames = report.unreadColumns.value(path);
    preview.fatal = report.fatal;
    preview.canceled = report.canceled;
    return preview;
}

QString unreadColumnsText(const QString &file, const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QStringLiteral("“%1”").arg(name));
    return QCoreApplication::translate("Import", "%1: not imported, the project has no place for these columns: %2")
        .arg(QFileInfo(file).fileName(), quoted.join(QLatin1String(", ")));
}

} // namespace pw
