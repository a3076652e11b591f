// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli demo, import, info: making a project and filling it.
#include "cli.h"
#include "stderrprogress.h"

#include "common/progress.h"

#include "demo/demostore.h"
#include "import/importer.h"
#include "store/summary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace pw::cli {

namespace {


QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

int demo(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Create a project from the bundled demo store, clustered."), &code))
        return code;
    const QString path = parser.value(QStringLiteral("project"));
    if (path.isEmpty())
        return fail(QCoreApplication::translate("Cli", "--project FILE is required"), UsageError);
    if (QFileInfo::exists(path))
        return fail(QCoreApplication::translate("Cli", "%1 exists already; the demo is only written into a new project").arg(path));
    Error error;
    NullProgress progress;
    if (!createDemoProject(path, &progress, &error))
        return fail(error);
    return Ok;
}

int import(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("Cli", "The files' format: auto (default), generic, shopify, woocommerce, online-retail, "
                                                         "olist, rees46, ga4 or features."),
                      QStringLiteral("FORMAT"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("encoding"),
                      QCoreApplication::translate("Cli", "The text encoding of files without a byte order mark (e.g. windows-1255); "
                                                         "detected when not given."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date-order"),
                      QCoreApplication::translate("Cli", "How to read dates like 03/04/2024: auto (default, decided from the whole "
                                                         "column), dmy or mdy."),
                      QStringLiteral("ORDER"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("keep-identifiers"),
                      QCoreApplication::translate("Cli", "Keep e-mails and names readable in this project (by default they are "
                                                         "pseudonymised); needed on every import into a project that keeps them.")});
    parser.addOption({QStringLiteral("pseudonymise"),
                      QCoreApplication::translate("Cli", "Pseudonymise e-mails and names from now on, in a project that kept them "
                                                         "readable.")});
    parser.addOption({QStringLiteral("on-error"),
                      QCoreApplication::translate("Cli", "skip (default): import the good rows and report the bad ones; abort: the first "
                         "bad row fails the whole import."),
                      QStringLiteral("MODE"), QStringLiteral("skip")});
    parser.addOption({QStringLiteral("progress"), QCoreApplication::translate("Cli", "Print progress on standard error.")});
    parser.addOption({QStringLiteral("report"), QCoreApplication::translate("Cli", "Write every bad row (file, line, column, reason) to this CSV."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The files to import."), QStringLiteral("FILE..."));
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Import files into a project (created if missing)."), &code))
        return code;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(QCoreApplication::translate("Cli", "no file to import"), UsageError);
    ImportOptions options;
    options.format = parser.value(QStringLiteral("format"));
    const QString onError = parser.value(QStringLiteral("on-error"));
    if (onError == QLatin1String("abort"))
        options.onError = OnError::Abort;
    else if (onError != QLatin1String("skip"))
        return fail(QCoreApplication::translate("Cli", "--on-error takes skip or abort, not '%1'").arg(onError), UsageError);
    options.encoding = parser.value(QStringLiteral("encoding"));
    const QString dateOrder = parser.value(QStringLiteral("date-order"));
    if (dateOrder == QLatin1String("dmy"))
        options.dateOrder = DateOrderChoice::DayFirst;
    else if (dateOrder == QLatin1String("mdy"))
        options.dateOrder = DateOrderChoice::MonthFirst;
    else if (dateOrder != QLatin1String("auto"))
        return fail(QCoreApplication::translate("Cli", "--date-order takes auto, dmy or mdy, not '%1'").arg(dateOrder), UsageError);
    if (parser.isSet(QStringLiteral("keep-identifiers")) && parser.isSet(QStringLiteral("pseudonymise")))
        return fail(QCoreApplication::translate("Cli", "--keep-identifiers and --pseudonymise exclude each other"), UsageError);
    if (parser.isSet(QStringLiteral("keep-identifiers")))
        options.keepIdentifiers = true;
    else if (parser.isSet(QStringLiteral("pseudonymise")))
        options.keepIdentifiers = false;
    for (const QString &f : files)
        if (!QFileInfo(f).isFile())
            return fail(Error{QCoreApplication::translate("Cli", "the file does not exist"), f});

    // The setting in the file is not the user's choice: the file may come from someone else. It
    // is read before the project is opened for writing, so that a refusal leaves every byte of
    // the file as it was (its journal mode included).
    auto refuseKept = [](const QString &path) {
        return fail(Error{QCoreApplication::translate("Cli", "the project file asks to keep e-mail addresses and names "
                                                             "readable; nothing was imported. Import with --keep-identifiers "
                                                             "to keep them readable, or with --pseudonymise to pseudonymise them"),
                          path});
    };
    if (!options.keepIdentifiers && QFileInfo::exists(parser.value(QStringLiteral("project")))) {
        const auto existing = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
        if (!existing)
            return Failed;
        if (projectKeepsIdentifiers(*existing))
            return refuseKept(existing->path());
    }
    auto project = openProject(parser, Project::OpenMode::CreateIfMissing);
    if (!project)
        return Failed;
    StderrProgress stderrProgress;
    NullProgress quiet;
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importFiles(*project, files, options,
                                            parser.isSet(QStringLiteral("progress")) ? static_cast<Progress *>(&stderrProgress)
                                                                                     : &quiet);
    if (!report.ok())
        return fail(report.fatal);

    QTextStream err(stderr);
    for (const QString &warning : report.warnings)
        err << "persona-cli: " << warning << "\n";
    for (const QString &file : files) {
        if (report.unreadColumns.contains(file))
            err << "persona-cli: " << unreadColumnsText(file, report.unreadColumns.value(file)) << "\n";
    }
    if (report.rowsSkipped > 0)
        err << "persona-cli: " << QCoreApplication::translate("Cli", "%1 anonymous rows (no customer) were not imported").arg(report.rowsSkipped) << "\n";
    for (const Error &e : report.rowErrors.mid(0, 20))
        err << "persona-cli: " << QCoreApplication::translate("Cli", "skipped") << ": " << e.toString() << "\n";
    if (report.rowsRejected > 20)
        err << "persona-cli: " << QCoreApplication::translate("Cli", "... and %1 more bad rows").arg(report.rowsRejected - 20) << "\n";
    if (parser.isSet(QStringLiteral("report"))) {
        QByteArray csv = "file,line,column,column_name,reason\n";
        // Returns a QByteArray, not the string builder `+` makes under QT_USE_QSTRINGBUILDER:
        // that would refer to `v`, gone when the lambda returns.
        auto cell = [](const QString &s) -> QByteArray {
            QString v = s;
            v.replace(QLatin1Char('"'), QLatin1String("\"\""));
            return QByteArray("\"") + v.toUtf8() + "\"";
        };
        for (const Error &e : report.rowErrors)
            csv += cell(e.file) + ',' + QByteArray::number(e.line) + ',' + QByteArray::number(e.column) + ','
                   + cell(e.columnName) + ',' + cell(e.message) + '\n';
        Error writeError;
        if (!writeTextFile(parser.value(QStringLiteral("report")), csv, &writeError))
            return fail(writeError);
    }
    // What is stored: rows written per entity; rows folded into an earlier one or equal to a
    // stored one are said apart, so that each figure is what the project gained.
    auto listed = [](const QHash<QString, qint64> &counts, const QString &form) {
        QStringList entities = counts.keys();
        entities.sort();
        QStringList parts;
        for (const QString &entity : std::as_const(entities))
            if (counts.value(entity) > 0)
                parts << form.arg(counts.value(entity)).arg(entity);
        return parts;
    };
    QStringList perEntity = listed(report.rowsPerEntity, QStringLiteral("%1 %2"));
    const QStringList notes = listed(report.rowsMerged, QCoreApplication::translate("Cli", "%1 %2 merged into earlier rows"))
                              + listed(report.rowsUnchanged, QCoreApplication::translate("Cli", "%1 identical %2 skipped"));
    QString stored = perEntity.join(QStringLiteral(", "));
    if (!notes.isEmpty())
        stored += QStringLiteral("; ") + notes.join(QStringLiteral(", "));
    QString rejected = QString::number(report.rowsRejected + report.rowsSkipped);
    if (report.rowsSkipped > 0)
        rejected += QLatin1Char(' ') + QCoreApplication::translate("Cli", "(%1 anonymous)").arg(report.rowsSkipped);
    printLine(QCoreApplication::translate("Cli", "imported %1 rows (%2), rejected %3, in %4 s")
                  .arg(report.rowsImported)
                  .arg(stored, rejected)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    printLine(report.identifiersKept
                  ? QCoreApplication::translate("Cli", "e-mail addresses and names: kept readable (--keep-identifiers)")
                  : QCoreApplication::translate("Cli", "e-mail addresses and names: pseudonymised"));
    return Ok;
}

int info(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "What the project holds."), &code))
        return code;
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    const auto summary = summarize(*project, &error);
    if (!summary)
        return fail(error);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray imports;
        for (const ImportRecord &r : summary->imports)
            imports.append(QJsonObject{{QStringLiteral("file"), r.file},
                                       {QStringLiteral("format"), r.format},
                                       {QStringLiteral("entity"), r.entity},
                                       {QStringLiteral("rows_read"), r.rowsRead},
                                       {QStringLiteral("rows_imported"), r.rowsImported},
                                       {QStringLiteral("rows_rejected"), r.rowsRejected},
                                       {QStringLiteral("imported_at"), isoDate(r.importedAt)}});
        printJson(QJsonObject{{QStringLiteral("people"), summary->people},
                              {QStringLiteral("customers"), summary->customers},
                              {QStringLiteral("buyers"), summary->buyers},
                              {QStringLiteral("orders"), summary->orders},
                              {QStringLiteral("order_items"), summary->orderItems},
                              {QStringLiteral("events"), summary->events},
                              {QStringLiteral("reviews"), summary->reviews},
                              {QStringLiteral("revenue"), cents(summary->revenue)},
                              {QStringLiteral("first_date"), isoDate(summary->firstDate)},
                              {QStringLiteral("last_date"), isoDate(summary->lastDate)},
                              {QStringLiteral("segmentation_runs"), summary->segmentationRuns},
                              {QStringLiteral("personas"), summary->personas},
                              {QStringLiteral("schema_version"), project->schemaVersion()},
                              {QStringLiteral("imports"), imports}});
        return Ok;
    }
    printLine(QCoreApplication::translate("Cli", "people:     %1").arg(summary->people));
    printLine(QCoreApplication::translate("Cli", "customers:  %1").arg(summary->customers));
    printLine(QCoreApplication::translate("Cli", "buyers:     %1").arg(summary->buyers));
    printLine(QCoreApplication::translate("Cli", "orders:     %1").arg(summary->orders));
    printLine(QCoreApplication::translate("Cli", "events:     %1").arg(summary->events));
    printLine(QCoreApplication::translate("Cli", "reviews:    %1").arg(summary->reviews));
    printLine(QCoreApplication::translate("Cli", "revenue:    %1").arg(summary->revenue, 0, 'f', 2));
    printLine(QCoreApplication::translate("Cli", "period:     %1 – %2").arg(isoDate(summary->firstDate), isoDate(summary->lastDate)));
    printLine(QCoreApplication::translate("Cli", "personas:   %1").arg(summary->personas));
    printLine(QCoreApplication::translate("Cli", "imports:    %1").arg(summary->imports.size()));
    return Ok;
}

} // namespace pw::cli
