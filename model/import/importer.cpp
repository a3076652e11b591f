// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "common/progress.h"
#include "csvreader.h"
#include "formatregistry.h"
#include "importformat.h"
#include "importwriter.h"
#include "store/project.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pw {

namespace {

constexpr int kRowsPerProgressReport = 4096;

/// A file checked before anything is written: readable, with a header some format reads.
struct PlannedFile
{
    QString path;
    const ImportFormat *format = nullptr;
    Entity entity = Entity::Customers;
    qint64 size = 0;
};

Error fileError(const QString &path, const QString &message, qint64 line = 0)
{
    Error e;
    e.file = path;
    e.message = message;
    e.line = line;
    return e;
}

/// Opens `path`, reads its header and finds its format and entity; fills `error` if it cannot.
bool planFile(const QString &path, const ImportFormat *forced, PlannedFile &plan, Error &error)
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = fileError(path, QCoreApplication::translate("Import", "The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    plan.size = info.size();
    CsvReader reader(&file);
    CsvRecord header;
    if (!reader.readRecord(header)) {
        error = reader.hasError() ? reader.error() : fileError(path, QCoreApplication::translate("Import", "The file is empty"));
        error.file = path;
        return false;
    }
    if (forced) {
        QString why;
        const std::optional<Entity> entity = forced->detectEntity(header.fields, &why);
        if (!entity) {
            error = fileError(path, why, header.line);
            return false;
        }
        plan.format = forced;
        plan.entity = *entity;
        return true;
    }
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
    return true;
}

bool isBlank(const CsvRecord &record)
{
    return record.fields.size() == 1 && record.fields[0].trimmed().isEmpty();
}

/// Imports the rows of one planned file. Returns false when the whole import must stop
/// (report.fatal set, or report.canceled).
bool importFile(const PlannedFile &plan, ImportWriter &writer, const ImportOptions &options,
                Progress &progress, qint64 bytesBefore, qint64 bytesTotal, ImportReport &report)
{
    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatal = fileError(plan.path, QCoreApplication::translate("Import", "The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    CsvReader reader(&file);
    CsvRecord record;
    if (!reader.readRecord(record)) {
        report.fatal = reader.hasError() ? reader.error() : fileError(plan.path, QCoreApplication::translate("Import", "The file is empty"));
        report.fatal.file = plan.path;
        return false;
    }
    const QStringList header = record.fields;
    const ValueParser parser(reader.delimiter() == QLatin1Char(';'));
    const std::unique_ptr<RowMapper> mapper = plan.format->createMapper(header, plan.entity, parser);

    if (!writer.beginFile(QFileInfo(plan.path).fileName(), plan.format->shortName(), plan.entity,
                          report.fatal)) {
        report.fatal.file = plan.path;
        return false;
    }

    const QString stage = QCoreApplication::translate("Import", "Importing %1").arg(QFileInfo(plan.path).fileName());
    qint64 read = 0, imported = 0, rejected = 0;
    int sinceReport = 0;
    CanonicalRow row;
    while (reader.readRecord(record)) {
        if (isBlank(record))
            continue;
        ++read;
        Error rowError;
        if (!mapper->map(record, row, rowError)) {
            rowError.file = plan.path;
            rowError.line = record.line;
            ++rejected;
            ++report.rowsRejected;
            ++report.rowsRead;
            if (options.onError == OnError::Abort) {
                report.fatal = rowError;
                return false;
            }
            if (report.rowErrors.size() < options.maxReportedErrors)
                report.rowErrors.append(rowError);
            continue;
        }
        if (!writer.write(row, report.fatal)) {
            report.fatal.file = plan.path;
            report.fatal.line = record.line;
            return false;
        }
        ++imported;
        ++report.rowsImported;
        ++report.rowsRead;
        if (++sinceReport >= kRowsPerProgressReport) {
            sinceReport = 0;
            if (!progress.report(bytesBefore + record.bytePosition, bytesTotal, stage)) {
                report.canceled = true;
                return false;
            }
        }
    }
    if (reader.hasError()) {
        report.fatal = reader.error();
        report.fatal.file = plan.path;
        return false;
    }
    report.rowsPerEntity[CanonicalSchema::entityName(plan.entity)] += imported;
    if (!writer.finishFile(read, imported, rejected, report.fatal)) {
        report.fatal.file = plan.path;
        return false;
    }
    if (!progress.report(bytesBefore + plan.size, bytesTotal, stage)) {
        report.canceled = true;
        return false;
    }
    return true;
}

ImportReport failed(ImportReport report)
{
    // Nothing was imported: the transaction was rolled back.
    report.rowsImported = 0;
    report.rowsPerEntity.clear();
    return report;
}

} // namespace

ImportReport importFiles(Project &project, const QStringList &files, const ImportOptions &options,
                         Progress *progress)
{
    ImportReport report;
    NullProgress noProgress;
    Progress &reporter = progress ? *progress : noProgress;

    const ImportFormat *forced = nullptr;
    if (!options.format.isEmpty() && options.format.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        forced = FormatRegistry::find(options.format);
        if (!forced) {
            report.fatal.message = QCoreApplication::translate("Import", "Unknown import format \"%1\" (known: auto, %2)")
                                       .arg(options.format, FormatRegistry::shortNames().join(QLatin1String(", ")));
            return report;
        }
    }
    if (files.isEmpty()) {
        report.fatal.message = QCoreApplication::translate("Import", "No files to import");
        return report;
    }

    QList<PlannedFile> plans;
    qint64 bytesTotal = 0;
    for (const QString &path : files) {
        PlannedFile plan;
        if (!planFile(path, forced, plan, report.fatal))
            return report;
        bytesTotal += plan.size;
        plans.append(plan);
    }
    if (!reporter.report(0, bytesTotal, QCoreApplication::translate("Import", "Importing"))) {
        report.canceled = true;
        return report;
    }

    Transaction transaction(project, QStringLiteral("import"));
    if (!transaction.isActive()) {
        report.fatal = fileError(project.path(), QCoreApplication::translate("Import", "The project cannot be written: %1").arg(transaction.lastError()));
        return report;
    }
    ImportWriter writer(project);
    if (!writer.prepare(report.fatal)) {
        report.fatal.file = project.path();
        return failed(report);
    }
    qint64 bytesBefore = 0;
    for (const PlannedFile &plan : plans) {
        if (!importFile(plan, writer, options, reporter, bytesBefore, bytesTotal, report))
            return failed(report); // the transaction rolls back
        bytesBefore += plan.size;
    }
    if (!transaction.commit()) {
        report.fatal = fileError(project.path(), QCoreApplication::translate("Import", "The project cannot be written: %1").arg(transaction.lastError()));
        return failed(report);
    }
    return report;
}

} // namespace pw
