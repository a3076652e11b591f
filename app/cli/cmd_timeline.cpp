// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli timeline: one as-of run per month or quarter, matched to the same personas.
#include "cli.h"

#include "analysis/timeline.h"
#include "common/progress.h"
#include "stderrprogress.h"
#include "language.h"
#include "store/summary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw::cli {

int timeline(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("every"), QCoreApplication::translate("Cli", "One run per month or per quarter."),
                      QStringLiteral("month|quarter")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("Cli", "First day considered (YYYY-MM-DD; default: the data's first date)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("Cli", "Last day considered (YYYY-MM-DD; default: the data's last date)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("progress"), QCoreApplication::translate("Cli", "Print progress on standard error.")});
    addEngineOptions(parser);
    int code = Ok;
    if (!parse(parser, args,
            QCoreApplication::translate("Cli", "Segment the data as of the end of every month or quarter, matching each "
                                               "run to the personas of the one before."),
            &code))
        return code;
    const QString every = parser.value(QStringLiteral("every"));
    if (every != QLatin1String("month") && every != QLatin1String("quarter"))
        return fail(QCoreApplication::translate("Cli", "--every takes month or quarter"), UsageError);
    std::optional<QDate> from, to;
    if (!readDateOption(parser, QStringLiteral("from"), &from) || !readDateOption(parser, QStringLiteral("to"), &to))
        return UsageError;
    SegmentationOptions options;
    if (!applyEngineOptions(parser, options, &code))
        return code;
    auto project = openProject(parser, Project::OpenMode::OpenExisting);
    if (!project)
        return Failed;
    Error error;
    if (!saveFeatureChoice(parser, *project, options, &error))
        return fail(error, UsageError);
    if (!from || !to) {
        const auto summary = summarize(*project, &error);
        if (!summary)
            return fail(error);
        if (!summary->firstDate.isValid())
            return fail(QCoreApplication::translate("Cli", "The project holds no dated orders or events: there is no timeline to make"));
        if (!from)
            from = summary->firstDate.date();
        if (!to)
            to = summary->lastDate.date();
    }
    const QList<QDate> ends
        = periodEnds(every == QLatin1String("month") ? TimelinePeriod::Month : TimelinePeriod::Quarter, *from, *to);
    if (ends.isEmpty())
        return fail(QCoreApplication::translate("Cli", "No month or quarter ends between %1 and %2")
                        .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    StderrProgress stderrProgress;
    NullProgress quiet;
    const auto results = runTimeline(*project, options, ends,
        parser.isSet(QStringLiteral("progress")) ? static_cast<Progress *>(&stderrProgress) : &quiet, &error);
    if (!results)
        return fail(error);

    const QString lang = applicationLanguage();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray runs;
        for (const SegmentationResult &r : *results) {
            QJsonArray personas;
            for (const Persona &p : r.personas)
                personas.append(personaJson(p, lang));
            runs.append(QJsonObject {{QStringLiteral("run_id"), r.runId}, {QStringLiteral("as_of"), dateJson(r.asOf)},
                {QStringLiteral("k"), r.k}, {QStringLiteral("people"), r.people}, {QStringLiteral("personas"), personas}});
        }
        printJson(QJsonObject {{QStringLiteral("every"), every}, {QStringLiteral("runs"), runs}});
        return Ok;
    }
    for (const SegmentationResult &r : *results)
        printLine(QCoreApplication::translate("Cli", "as of %1: run %2, %3 personas from %4 people")
                      .arg(r.asOf->toString(Qt::ISODate))
                      .arg(r.runId)
                      .arg(r.k)
                      .arg(r.people));
    return Ok;
}

} // namespace pw::cli
