// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli: everything the GUI does, headless (automation, tests, benchmarks).
#include "cli.h"
#include "language.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <utility>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <unistd.h> // getuid: XDG_RUNTIME_DIR is a Linux/BSD desktop's folder
#elif defined(Q_OS_WIN)
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h> // SetConsoleOutputCP
#endif

namespace {

struct Entry
{
    const char *name;
    pw::cli::Command run;
    const char *summary;
};

constexpr Entry kCommands[] = {
    {"demo", pw::cli::demo, QT_TRANSLATE_NOOP("Cli", "create a project from the bundled demo store, clustered")},
    {"import", pw::cli::import, QT_TRANSLATE_NOOP("Cli", "import data files into a project")},
    {"cluster", pw::cli::cluster, QT_TRANSLATE_NOOP("Cli", "propose personas by clustering everyone")},
    {"info", pw::cli::info, QT_TRANSLATE_NOOP("Cli", "what the project holds")},
    {"personas", pw::cli::personas, QT_TRANSLATE_NOOP("Cli", "list the personas")},
    {"assignments", pw::cli::assignments, QT_TRANSLATE_NOOP("Cli", "write customer_id,persona per person")},
    {"features", pw::cli::features, QT_TRANSLATE_NOOP("Cli", "write the feature matrix as clustered")},
    {"funnel", pw::cli::funnel, QT_TRANSLATE_NOOP("Cli", "journey funnels for everyone and per persona")},
    {"timeline", pw::cli::timeline, QT_TRANSLATE_NOOP("Cli", "one run as of the end of every month or quarter, matched to the same personas")},
    {"history", pw::cli::history, QT_TRANSLATE_NOOP("Cli", "each persona's figures over the timeline, with drift")},
    {"movement", pw::cli::movement, QT_TRANSLATE_NOOP("Cli", "how many people went from each persona to each other between two runs")},
    {"versions", pw::cli::versions, QT_TRANSLATE_NOOP("Cli", "the versions of a persona: every change, refresh and restore")},
    {"diff", pw::cli::diff, QT_TRANSLATE_NOOP("Cli", "what changed between two versions of a persona")},
    {"restore", pw::cli::restore, QT_TRANSLATE_NOOP("Cli", "restore a version of a persona")},
    {"runs", pw::cli::runs, QT_TRANSLATE_NOOP("Cli", "list the segmentation runs, or show one")},
    {"merge", pw::cli::merge, QT_TRANSLATE_NOOP("Cli", "merge one persona's segment into another's")},
    {"split", pw::cli::split, QT_TRANSLATE_NOOP("Cli", "split a persona's segment in two")},
    {"lock", pw::cli::lock, QT_TRANSLATE_NOOP("Cli", "lock a persona so that refreshes keep it (or --unlock)")},
    {"recipe", pw::cli::recipe, QT_TRANSLATE_NOOP("Cli", "write SQL for your warehouse: everyone's features, or everyone's persona of a run")},
    {"sample", pw::cli::sample, QT_TRANSLATE_NOOP("Cli", "write a uniform random sample of a feature table of any size")},
    {"sizes", pw::cli::sizes, QT_TRANSLATE_NOOP("Cli", "count every row of a feature table of any size per persona of a run")},
    {"export", pw::cli::exportDeck, QT_TRANSLATE_NOOP("Cli", "export the persona cards as a PDF or PowerPoint deck and PNGs")},
};

void printUsage(FILE *to)
{
    QTextStream out(to);
    out << QCoreApplication::translate("Cli", "Usage: persona-cli COMMAND --project FILE [options]") << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << "\n";
    for (const Entry &e : kCommands)
        out << "  " << QString::fromLatin1(e.name).leftJustified(12) << QCoreApplication::translate("Cli", e.summary)
            << "\n";
    out << "\n" << QCoreApplication::translate("Cli", "Run 'persona-cli COMMAND --help' for a command's options.")
        << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    // The card renderer needs a GUI application for fonts, but the CLI never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Qt falls back to this folder itself, but warns on standard error, which is ours.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(uint(::getuid()));
        if (QDir().mkpath(dir)
            && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
#elif defined(Q_OS_WIN)
    // Everything is written as UTF-8 (QTextStream's default): a console shows it so when told.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Persona Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("persona-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    pw::setApplicationLanguage(pw::systemLanguage());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? pw::cli::UsageError : pw::cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        pw::cli::printLine(QStringLiteral("persona-cli ") + QCoreApplication::applicationVersion());
        return pw::cli::Ok;
    }
    for (const Entry &e : kCommands)
        if (args.first() == QLatin1String(e.name))
            return e.run(args);
    return pw::cli::fail(QCoreApplication::translate("Cli", "unknown command '%1' (run persona-cli --help)")
                             .arg(args.first()),
                         pw::cli::UsageError);
}
