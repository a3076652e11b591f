// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli export's deck options, the persona summaries (--json, --csv), the PowerPoint deck (--pptx)
// and the HTML deck (--html).
#include "cli.h"

#include "common/progress.h"
#include "deckexporter.h"
#include "htmlexporter.h"
#include "pptxexporter.h"
#include "summaryexporter.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pw::cli {

void addDeckOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("page-size"), QCoreApplication::translate("Cli", "Paper of the PDF: a4 or letter (default a4)."),
                      QStringLiteral("SIZE"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("orientation"),
                      QCoreApplication::translate("Cli", "landscape (a page per sheet, default) or portrait (two pages per sheet)."),
                      QStringLiteral("ORIENTATION"), QStringLiteral("landscape")});
    parser.addOption({QStringLiteral("min-segment"),
                      QCoreApplication::translate("Cli", "Segments with fewer people show no exact figures (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Write the persona summaries as JSON to this file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("Cli", "Write the persona summaries as CSV to this file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("since"),
                      QCoreApplication::translate("Cli", "The run the deck's \"What changed\" page compares with: a run id, "
                                                         "last-workshop (the run of the last exported or presented deck, "
                                                         "the default) or none (no such page)."),
                      QStringLiteral("RUN"), QStringLiteral("last-workshop")});
    parser.addOption({QStringLiteral("pptx"),
                      QCoreApplication::translate("Cli", "Write the deck as a PowerPoint presentation (.pptx) to this file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("html"),
                      QCoreApplication::translate("Cli", "Write the deck as one self-contained HTML page to this file "
                                                         "(opens in any browser, prints a page per sheet)."),
                      QStringLiteral("OUT")});
}

bool readDeckOptions(const QCommandLineParser &parser, DeckOptions *options)
{
    const QString size = parser.value(QStringLiteral("page-size")).toLower();
    if (size == QLatin1String("a4"))
        options->pageSize = DeckOptions::PageSize::A4;
    else if (size == QLatin1String("letter"))
        options->pageSize = DeckOptions::PageSize::Letter;
    else {
        fail(QCoreApplication::translate("Cli", "--page-size takes a4 or letter"), UsageError);
        return false;
    }
    const QString orientation = parser.value(QStringLiteral("orientation")).toLower();
    if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait")) {
        fail(QCoreApplication::translate("Cli", "--orientation takes landscape or portrait"), UsageError);
        return false;
    }
    options->landscape = orientation == QLatin1String("landscape");
    bool ok = false;
    options->minSegment = parser.value(QStringLiteral("min-segment")).toInt(&ok);
    if (!ok || options->minSegment < 0) {
        fail(QCoreApplication::translate("Cli", "--min-segment takes a number of people, 0 or more"), UsageError);
        return false;
    }
    const QString since = parser.value(QStringLiteral("since")).trimmed().toLower();
    if (since == QLatin1String("last-workshop")) {
        options->since = ChangesSince();
    } else if (since == QLatin1String("none")) {
        options->since.mode = ChangesSince::Mode::None;
    } else {
        options->since.mode = ChangesSince::Mode::Run;
        options->since.run = since.toLongLong(&ok);
        if (!ok || options->since.run <= 0) {
            fail(QCoreApplication::translate("Cli", "--since takes a run id (see persona-cli runs), last-workshop or none"),
                 UsageError);
            return false;
        }
    }
    return true;
}

bool exportSummaries(Project &project, const QCommandLineParser &parser, const DeckOptions &options)
{
    Error error;
    if (parser.isSet(QStringLiteral("json"))
        && !exportSummaryJson(project, parser.value(QStringLiteral("json")), options, &error)) {
        fail(error);
        return false;
    }
    if (parser.isSet(QStringLiteral("csv"))
        && !exportSummaryCsv(project, parser.value(QStringLiteral("csv")), options, &error)) {
        fail(error);
        return false;
    }
    return true;
}

bool exportPresentation(Project &project, const QCommandLineParser &parser, const DeckOptions &options)
{
    if (!parser.isSet(QStringLiteral("pptx")))
        return true;
    Error error;
    NullProgress progress;
    DeckChangesOutcome changes;
    if (!exportPptxDeck(project, parser.value(QStringLiteral("pptx")), options, &progress, &error, &changes)) {
        fail(error);
        return false;
    }
    reportDeckChanges(parser, changes);
    return true;
}

bool exportWebPage(Project &project, const QCommandLineParser &parser, const DeckOptions &options)
{
    if (!parser.isSet(QStringLiteral("html")))
        return true;
    Error error;
    NullProgress progress;
    DeckChangesOutcome changes;
    if (!exportHtmlDeck(project, parser.value(QStringLiteral("html")), options, &progress, &error, &changes)) {
        fail(error);
        return false;
    }
    reportDeckChanges(parser, changes);
    return true;
}

void reportDeckChanges(const QCommandLineParser &parser, const DeckChangesOutcome &outcome)
{
    if (outcome.hasPage || !parser.isSet(QStringLiteral("since"))
        || parser.value(QStringLiteral("since")).trimmed().toLower() == QLatin1String("none"))
        return;
    QTextStream(stderr) << "persona-cli: "
                        << QCoreApplication::translate("Cli", "the deck has no \"What changed\" page: %1").arg(outcome.reason)
                        << "\n";
}

} // namespace pw::cli
