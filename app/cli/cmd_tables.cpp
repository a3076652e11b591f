// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli assignments, features: the latest segmentation run as CSV tables.
#include "cli.h"

#include "analysis/runstore.h"
#include "common/progress.h"

#include <QCoreApplication>

namespace pw::cli {

namespace {

using Writer = bool (*)(Project &project, const QString &path, Error *error);

int writeTable(const QStringList &args, const QString &description, Writer write)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("Cli", "Write the table to this CSV file."),
                      QStringLiteral("OUT")});
    int code = Ok;
    if (!parse(parser, args, description, &code))
        return code;
    if (!parser.isSet(QStringLiteral("csv")))
        return fail(QCoreApplication::translate("Cli", "--csv OUT is required"), UsageError);
    auto project = openProject(parser, Project::OpenMode::OpenExisting);
    if (!project)
        return Failed;
    Error error;
    if (!write(*project, parser.value(QStringLiteral("csv")), &error))
        return fail(error);
    return Ok;
}

bool writeFeatures(Project &project, const QString &path, Error *error)
{
    NullProgress progress;
    return RunStore::writeFeaturesCsv(project, path, &progress, error);
}

} // namespace

int assignments(const QStringList &args)
{
    return writeTable(args,
                      QCoreApplication::translate("Cli", "Write customer_id,persona (the persona's id) for every "
                                                         "person of the latest segmentation run."),
                      RunStore::writeAssignmentsCsv);
}

int features(const QStringList &args)
{
    return writeTable(args,
                      QCoreApplication::translate("Cli", "Write the feature matrix of the latest segmentation run, "
                                                         "as clustered (transformed and standardised)."),
                      writeFeatures);
}

} // namespace pw::cli
