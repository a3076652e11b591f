// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli cluster, personas, export: proposing personas and showing them (funnel: cmd_funnel.cpp).
#include "cli.h"
#include "stderrprogress.h"

#include "common/progress.h"

#include "analysis/featurelabels.h"
#include "analysis/segmentation.h"
#include "deckexporter.h"
#include "journey/funnel.h"
#include "language.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace pw::cli {

namespace {

/// One persona as a line of text: id (what merge, split and lock take), name, size, revenue share.
void printPersonaLine(const Persona &p, const QString &lang)
{
    if (p.stats.invalid) {
        printLine(QStringLiteral("%1  %2  %3").arg(p.id, 4).arg(p.displayName(lang), -34)
                      .arg(QCoreApplication::translate("Cli", "figures invalid (recomputed by the next cluster)")));
        return;
    }
    // A share of revenue the data cannot measure (no amounts) is no data, not 0 %.
    const QString revenue = std::isnan(p.stats.shareRevenue)
        ? QCoreApplication::translate("Cli", "no revenue data")
        : QStringLiteral("%1% %2").arg(p.stats.shareRevenue * 100, 5, 'f', 1).arg(QCoreApplication::translate("Cli", "of revenue"));
    printLine(QStringLiteral("%1  %2  %3 %4  %5")
                  .arg(p.id, 4)
                  .arg(p.displayName(lang), -34)
                  .arg(p.stats.size, 8)
                  .arg(QCoreApplication::translate("Cli", "people"), revenue));
}


void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("Cli", "Language of names and labels: en, he or ru."),
                      QStringLiteral("LANG")});
}

/// Applies --lang if given; returns false (after printing why) for an unknown language.
bool applyLanguage(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return true;
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!setApplicationLanguage(lang)) {
        fail(QCoreApplication::translate("Cli", "unknown language '%1' (en, he or ru)").arg(lang), UsageError);
        return false;
    }
    return true;
}

} // namespace

int cluster(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("as-of"),
                      QCoreApplication::translate("Cli", "Segment the data up to and including this date (YYYY-MM-DD): "
                                                         "recency counts from it, people who came later are left out."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("progress"), QCoreApplication::translate("Cli", "Print progress on standard error.")});
    addLanguageOption(parser);
    addEngineOptions(parser);
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Propose personas by clustering everyone in the project."), &code))
        return code;
    if (!applyLanguage(parser))
        return UsageError;

    SegmentationOptions options;
    if (!readDateOption(parser, QStringLiteral("as-of"), &options.asOf))
        return UsageError;

    if (!applyEngineOptions(parser, options, &code))
        return code;
    auto project = openProject(parser, Project::OpenMode::OpenExisting);
    if (!project)
        return Failed;
    Error error;
    if (!saveFeatureChoice(parser, *project, options, &error))
        return fail(error, UsageError);
    StderrProgress stderrProgress;
    NullProgress quiet;
    const auto result = runSegmentation(*project, options,
                                        parser.isSet(QStringLiteral("progress")) ? static_cast<Progress *>(&stderrProgress)
                                                                                 : &quiet,
                                        &error);
    if (!result)
        return fail(error);

    const QString lang = applicationLanguage();
    // The new personas name their features with the project's labels, as loaded ones do.
    QList<Persona> proposed = result->personas;
    const QHash<QString, QString> labels = FeatureLabels::load(*project);
    for (Persona &p : proposed)
        p.featureLabels = labels;
    QJsonArray personas;
    for (const Persona &p : proposed)
        personas.append(personaJson(p, lang));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject byK;
        for (auto it = result->silhouetteByK.cbegin(); it != result->silhouetteByK.cend(); ++it)
            byK.insert(QString::number(it.key()), it.value());
        QJsonObject json{{QStringLiteral("run_id"), result->runId},
                         {QStringLiteral("as_of"), dateJson(result->asOf)},
                         {QStringLiteral("k"), result->k},
                         {QStringLiteral("people"), result->people},
                         {QStringLiteral("features"), QJsonArray::fromStringList(result->features)},
                         {QStringLiteral("silhouette"), result->silhouette},
                         {QStringLiteral("silhouette_by_k"), byK},
                         {QStringLiteral("inertia"), result->inertia},
                         {QStringLiteral("timings"), result->timings},
                         {QStringLiteral("personas"), personas}};
        addEngineJson(json, *result);
        printJson(json);
        return Ok;
    }
    if (result->asOf)
        printLine(QCoreApplication::translate("Cli", "%1 personas from %2 people as of %3 (silhouette %4)")
                      .arg(result->k)
                      .arg(result->people)
                      .arg(result->asOf->toString(Qt::ISODate))
                      .arg(result->silhouette, 0, 'f', 3));
    else
        printLine(QCoreApplication::translate("Cli", "%1 personas from %2 people (silhouette %3)")
                      .arg(result->k)
                      .arg(result->people)
                      .arg(result->silhouette, 0, 'f', 3));
    for (const Persona &p : proposed)
        printPersonaLine(p, lang);
    return Ok;
}

int personas(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    addLanguageOption(parser);
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "List the project's personas."), &code))
        return code;
    if (!applyLanguage(parser))
        return UsageError;
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    const QList<Persona> list = PersonaRepository::load(*project, &error);
    if (error.isSet())
        return fail(error);
    const QString lang = applicationLanguage();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Persona &p : list)
            array.append(personaJson(p, lang));
        printJson(QJsonObject{{QStringLiteral("personas"), array}});
        return Ok;
    }
    for (const Persona &p : list)
        printPersonaLine(p, lang);
    return Ok;
}

int exportDeck(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("Cli", "Write the PDF deck to this file."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("png"), QCoreApplication::translate("Cli", "Write one PNG per persona card into this folder."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("png-width"), QCoreApplication::translate("Cli", "Width of each PNG in pixels (default 1920)."),
                      QStringLiteral("PX"), QStringLiteral("1920")});
    parser.addOption({QStringLiteral("progress"), QCoreApplication::translate("Cli", "Print progress on standard error.")});
    addDeckOptions(parser);
    addLanguageOption(parser);
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Export the persona cards."), &code))
        return code;
    if (!applyLanguage(parser))
        return UsageError;
    if (!parser.isSet(QStringLiteral("pdf")) && !parser.isSet(QStringLiteral("png"))
        && !parser.isSet(QStringLiteral("json")) && !parser.isSet(QStringLiteral("csv"))
        && !parser.isSet(QStringLiteral("pptx")) && !parser.isSet(QStringLiteral("html")))
        return fail(QCoreApplication::translate("Cli", "nothing to export: give --pdf OUT, --pptx OUT, --html OUT, --png DIR, --json OUT and/or --csv OUT"),
                    UsageError);
    DeckOptions options;
    options.language = applicationLanguage();
    if (!readDeckOptions(parser, &options))
        return UsageError;
    bool ok = true;
    options.pngWidth = parser.value(QStringLiteral("png-width")).toInt(&ok);
    if (!ok || options.pngWidth < 200 || options.pngWidth > 10000)
        return fail(QCoreApplication::translate("Cli", "--png-width takes a number of pixels from 200 to 10000"), UsageError);

    // A PDF, PowerPoint or HTML deck notes its run as the last workshop's where the project can be written.
    const bool deck = parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("pptx"))
        || parser.isSet(QStringLiteral("html"));
    auto project = openProject(parser, Project::OpenMode::OpenExisting, deck ? Access::ReadAndNote : Access::Read);
    if (!project)
        return Failed;
    Error error;
    StderrProgress stderrProgress;
    NullProgress quiet;
    Progress &progress = parser.isSet(QStringLiteral("progress")) ? static_cast<Progress &>(stderrProgress) : quiet;
    if (parser.isSet(QStringLiteral("pdf"))) {
        DeckChangesOutcome changes;
        if (!exportPdfDeck(*project, parser.value(QStringLiteral("pdf")), options, &progress, &error, &changes))
            return fail(error);
        reportDeckChanges(parser, changes);
    }
    if (!exportSummaries(*project, parser, options))
        return Failed;
    if (!exportPresentation(*project, parser, options))
        return Failed;
    if (!exportWebPage(*project, parser, options))
        return Failed;
    if (parser.isSet(QStringLiteral("png"))) {
        QStringList written;
        if (!exportCardPngs(*project, parser.value(QStringLiteral("png")), options, &written, &progress, &error))
            return fail(error);
        for (const QString &path : written)
            printLine(path);
    }
    return Ok;
}

} // namespace pw::cli
