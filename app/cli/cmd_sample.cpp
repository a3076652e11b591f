// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli sample, sizes: a feature table of any size, in streaming passes: a uniform sample to
// cluster, then every row's segment counted.
#include "cli.h"

#include "analysis/runstore.h"
#include "common/progress.h"
#include "language.h"
#include "warehouse/assignrecipe.h"
#include "warehouse/featuretablesample.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw::cli {

namespace {

QCommandLineOption tableOption()
{
    return {QStringLiteral("table"), QCoreApplication::translate("Cli", "The feature table (CSV or TSV, UTF-8, the id first)."),
            QStringLiteral("FILE")};
}

} // namespace

int sample(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(tableOption());
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Write the sample to this CSV file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("size"), QCoreApplication::translate("Cli", "Rows in the sample (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Seed of the random choice (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    int code = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate("Cli", "Read a feature table of any size once and write a uniform random sample "
                                                  "of its rows, to import and cluster; memory is bounded by the sample."),
               &code))
        return code;
    if (!parser.isSet(QStringLiteral("table")) || !parser.isSet(QStringLiteral("out")))
        return fail(QCoreApplication::translate("Cli", "--table FILE and --out OUT are required"), UsageError);
    bool sizeOk = false, seedOk = false;
    const qint64 size = parser.value(QStringLiteral("size")).toLongLong(&sizeOk);
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!sizeOk || size < 1 || !seedOk)
        return fail(QCoreApplication::translate("Cli", "--size takes a number of rows (at least 1), --seed a number"), UsageError);
    Error error;
    NullProgress progress;
    const auto sampled = FeatureTableSample::sample(parser.value(QStringLiteral("table")), parser.value(QStringLiteral("out")),
                                                    size, seed, &progress, &error);
    if (!sampled)
        return fail(error);
    printLine(QCoreApplication::translate("Cli", "read %1 rows, kept %2").arg(sampled->rows).arg(sampled->kept));
    return Ok;
}

int sizes(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption(tableOption());
    parser.addOption({QStringLiteral("run"), QCoreApplication::translate("Cli", "The run whose segments to count (default: the latest)."),
                      QStringLiteral("RUN")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    int code = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate("Cli", "Read a feature table of any size once and count the rows nearest to each "
                                                  "persona of a run (clustered on a sample of it)."),
               &code))
        return code;
    if (!parser.isSet(QStringLiteral("table")))
        return fail(QCoreApplication::translate("Cli", "--table FILE is required"), UsageError);
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    std::optional<SegmentationRun> run;
    if (parser.isSet(QStringLiteral("run"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("Cli", "--run takes a run's number (see runs)"), UsageError);
        run = RunStore::run(*project, id, &error);
    } else {
        run = RunStore::latestRun(*project, &error);
    }
    if (!run)
        return fail(error);
    const std::optional<FeatureTableSample::Model> model = FeatureTableSample::modelOf(*run, &error);
    if (!model)
        return fail(error);
    const int k = int(model->centroids.size() / size_t(model->transforms.size()));
    const auto personas = AssignRecipe::segmentPersonas(*project, run->id, k, applicationLanguage(), &error);
    if (!personas)
        return fail(error);
    NullProgress progress;
    const auto counted = FeatureTableSample::segmentSizes(parser.value(QStringLiteral("table")), *model, &progress, &error);
    if (!counted)
        return fail(error);
    qint64 total = 0;
    for (qint64 n : *counted)
        total += n;
    QJsonArray segments;
    for (const AssignRecipe::SegmentPersona &p : *personas) {
        const qint64 n = (*counted)[size_t(p.segment)];
        if (!parser.isSet(QStringLiteral("json")))
            printLine(QStringLiteral("%1\t%2\t%3").arg(p.personaId).arg(p.name).arg(n));
        segments.append(QJsonObject{{QStringLiteral("segment"), p.segment}, {QStringLiteral("persona_id"), p.personaId},
                                    {QStringLiteral("name"), p.name}, {QStringLiteral("size"), n},
                                    {QStringLiteral("share"), total > 0 ? double(n) / double(total) : 0.0}});
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("run"), run->id}, {QStringLiteral("rows"), total},
                              {QStringLiteral("segments"), segments}});
    return Ok;
}

} // namespace pw::cli
