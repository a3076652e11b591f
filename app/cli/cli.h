// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/segmentation.h"
#include "common/error.h"
#include "persona/persona.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace pw {
struct DeckChangesOutcome;
struct DeckOptions;
}

namespace pw::cli {

/// Exit codes of persona-cli.
enum ExitCode {
    Ok = 0,
    Failed = 1,     ///< the command could not do its work (bad input, unreadable file, ...)
    UsageError = 2, ///< the command line is wrong
    Canceled = 3,
};

/// A command: parses its own arguments (args[0] is the command name) and returns an exit code.
using Command = int (*)(const QStringList &args);

int demo(const QStringList &args);
int import(const QStringList &args);
int cluster(const QStringList &args);
int info(const QStringList &args);
int personas(const QStringList &args);
int assignments(const QStringList &args);
int features(const QStringList &args);
int funnel(const QStringList &args);
int exportDeck(const QStringList &args);
int runs(const QStringList &args);
int merge(const QStringList &args);
int split(const QStringList &args);
int lock(const QStringList &args);
int timeline(const QStringList &args);
int history(const QStringList &args);
int movement(const QStringList &args);
int versions(const QStringList &args);
int diff(const QStringList &args);
int restore(const QStringList &args);
int recipe(const QStringList &args);
int sample(const QStringList &args);
int sizes(const QStringList &args);

// Shared helpers --------------------------------------------------------------------------

/// Prints "persona-cli: <message>" on one line of standard error and returns `code`.
int fail(const QString &message, int code = Failed);
int fail(const Error &error, int code = Failed);

/// Sets up a parser with --project and --help; `extra` adds the command's options. Returns false
/// (after printing the reason) if the arguments are wrong; `exitCode` is then what to return.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           int *exitCode);
void addProjectOption(QCommandLineParser &parser);

/// What a command does with its project.
enum class Access {
    Read, ///< only reads: the file is opened read-only and left exactly as it is
    Write, ///< changes it: refused (with the reason) when the project is read-only
    /// reads, and notes what it did where the project can be written (an exported deck notes its
    /// run as the last workshop's): a read-only project is read all the same
    ReadAndNote
};

/// Opens the project named by --project; prints the reason and returns null on failure.
std::unique_ptr<Project> openProject(const QCommandLineParser &parser, Project::OpenMode mode,
                                     Access access = Access::Write);

/// Writes `json` to standard output, indented, with a final newline.
void printJson(const QJsonObject &json);
/// Writes a line to standard output.
void printLine(const QString &line);

/// Reads the date of option `name` (YYYY-MM-DD) into `date`, left unset when the option is not
/// given; false (after printing a usage error naming the option) when it is not a date.
bool readDateOption(const QCommandLineParser &parser, const QString &name, std::optional<QDate> *date);
/// A date as JSON output gives it: "YYYY-MM-DD", or null when unset.
QJsonValue dateJson(const std::optional<QDate> &date);

/// An amount of money rounded to the cent, as JSON output gives it.
double cents(double money);

/// The persona as DESIGN.md's JSON contract has it (id, name, archetype, size, share_people,
/// share_revenue, plus the evidence).
QJsonObject personaJson(const Persona &persona, const QString &language);

/// The engine's options of `cluster` (cmd_engine.cpp): --k-min, --k-max, --features, --weight,
/// --threads, --stability-runs.
void addEngineOptions(QCommandLineParser &parser);
/// Reads them into `options`; false (after printing why, `exitCode` set) when one is wrong.
bool applyEngineOptions(const QCommandLineParser &parser, SegmentationOptions &options, int *exitCode);
/// Saves --features / --weight as the project's feature settings and puts them in `options`.
bool saveFeatureChoice(const QCommandLineParser &parser, Project &project, SegmentationOptions &options,
                       Error *error);
/// Adds the engine's evidence to `cluster --json`: stability, left-out features, revenue
/// coverage, the shift of existing personas.
void addEngineJson(QJsonObject &json, const SegmentationResult &result);

/// Writes `text` to `path` through QSaveFile; fills `error` on failure.
bool writeTextFile(const QString &path, const QByteArray &text, Error *error);

/// The deck's options of `export` (cmd_export.cpp): --page-size, --orientation, --min-segment,
/// --json, --csv, --pptx, --html.
void addDeckOptions(QCommandLineParser &parser);
/// Reads --page-size, --orientation and --min-segment into `options`; false (after printing why).
bool readDeckOptions(const QCommandLineParser &parser, DeckOptions *options);
/// Writes --json / --csv persona summaries if asked; false (after printing why) on failure.
bool exportSummaries(Project &project, const QCommandLineParser &parser, const DeckOptions &options);
/// Writes the --pptx presentation if asked; false (after printing why) on failure.
bool exportPresentation(Project &project, const QCommandLineParser &parser, const DeckOptions &options);
/// Writes the --html deck if asked; false (after printing why) on failure.
bool exportWebPage(Project &project, const QCommandLineParser &parser, const DeckOptions &options);
/// Says on standard error why a deck has no "What changed" page when --since asked for one.
void reportDeckChanges(const QCommandLineParser &parser, const DeckChangesOutcome &outcome);

} // namespace pw::cli
