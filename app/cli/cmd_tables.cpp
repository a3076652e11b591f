// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli assignments, features: the latest segmentation run as CSV tables; labels of imported features.
#include "cli.h"

#include "analysis/featurelabels.h"
#include "analysis/runstore.h"
#include "store/purchase.h"
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
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
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
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("Cli", "Write the table to this CSV file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("label"),
                      QCoreApplication::translate("Cli", "Name a feature imported per person (a feature table's column) as you "
                                                         "want it read, e.g. BounceRates=\"Bounce rate\" (repeatable; an empty "
                                                         "label goes back to the one made from the column's name); saved in the project."),
                      QStringLiteral("NAME=TEXT")});
    parser.addOption({QStringLiteral("labels"),
                      QCoreApplication::translate("Cli", "List the features imported per person: column, label, and whether it "
                                                         "is read as conversion.")});
    int code = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate("Cli", "Write the feature matrix of the latest segmentation run, as clustered "
                                                  "(transformed and standardised), and label imported features."),
               &code))
        return code;
    const QStringList labels = parser.values(QStringLiteral("label"));
    if (!parser.isSet(QStringLiteral("csv")) && labels.isEmpty() && !parser.isSet(QStringLiteral("labels")))
        return fail(QCoreApplication::translate("Cli", "--csv OUT, --label NAME=TEXT or --labels is required"), UsageError);
    for (const QString &l : labels)
        if (l.indexOf(QLatin1Char('=')) <= 0)
            return fail(QCoreApplication::translate("Cli", "--label takes NAME=TEXT, not '%1'").arg(l), UsageError);
    auto project = openProject(parser, Project::OpenMode::OpenExisting, labels.isEmpty() ? Access::Read : Access::Write);
    if (!project)
        return Failed;
    Error error;
    for (const QString &l : labels) {
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        if (!FeatureLabels::setLabel(*project, l.left(eq).trimmed(), l.mid(eq + 1), &error))
            return fail(error, UsageError);
    }
    if (parser.isSet(QStringLiteral("labels"))) {
        const QStringList columns = FeatureLabels::importedColumns(*project, &error);
        if (error.isSet())
            return fail(error);
        const QHash<QString, QString> own = FeatureLabels::load(*project);
        const QStringList conversion = Purchase::conversionColumns(*project);
        for (const QString &column : columns) {
            QString line = column + QLatin1Char('\t') + FeatureLabels::label(column, own);
            if (conversion.contains(column))
                line += QLatin1Char('\t') + QCoreApplication::translate("Cli", "(read as conversion, not clustered)");
            else if (own.contains(column))
                line += QLatin1Char('\t') + QCoreApplication::translate("Cli", "(your label)");
            printLine(line);
        }
    }
    if (parser.isSet(QStringLiteral("csv")) && !writeFeatures(*project, parser.value(QStringLiteral("csv")), &error))
        return fail(error);
    return Ok;
}

} // namespace pw::cli
