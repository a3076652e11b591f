// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli runs, merge, split, lock, and the engine's options of cluster.
#include "cli.h"

#include "analysis/features.h"
#include "analysis/personarefresh.h"
#include "analysis/runstore.h"
#include "analysis/segmentedit.h"
#include "common/progress.h"
#include "language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace pw::cli {

namespace {

QJsonObject byKJson(const QMap<int, double> &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

QJsonObject runJson(const SegmentationRun &run)
{
    return QJsonObject {{QStringLiteral("run_id"), run.id},
        {QStringLiteral("created_at"), QDateTime::fromSecsSinceEpoch(run.createdAt, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("as_of"), dateJson(run.asOf)},
        {QStringLiteral("k"), run.k}, {QStringLiteral("seed"), QString::number(run.seed)},
        {QStringLiteral("restarts"), run.restarts}, {QStringLiteral("people"), run.people},
        {QStringLiteral("features"), QJsonArray::fromStringList(run.features)},
        {QStringLiteral("silhouette_by_k"), run.scores.value(QStringLiteral("silhouette"))},
        {QStringLiteral("stability_by_k"), run.scores.value(QStringLiteral("stability"))},
        {QStringLiteral("inertia_by_k"), run.scores.value(QStringLiteral("inertia"))},
        {QStringLiteral("left_out"), run.scores.value(QStringLiteral("left_out"))},
        {QStringLiteral("revenue_coverage"), run.scores.value(QStringLiteral("revenue_coverage"))},
        {QStringLiteral("shift"), run.scores.value(QStringLiteral("shift"))},
        {QStringLiteral("edits"), run.scores.value(QStringLiteral("edits"))},
        {QStringLiteral("timings"), run.timings}};
}

/// A persona id from a positional argument; 0 (after printing why) if it is not one.
qint64 personaId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(QCoreApplication::translate("Cli", "'%1' is not a persona id (see persona-cli personas)").arg(text), UsageError);
        return 0;
    }
    return id;
}

} // namespace

void addEngineOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("k"), QCoreApplication::translate("Cli", "Number of personas, or auto (chosen between --k-min and --k-max by silhouette and stability)."),
                      QStringLiteral("auto|N"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 42)."), QStringLiteral("N"),
                      QStringLiteral("42")});
    parser.addOption({QStringLiteral("restarts"), QCoreApplication::translate("Cli", "k-means restarts (default 10)."), QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("k-min"), QCoreApplication::translate("Cli", "Smallest k tried by --k auto (2 to 8, default 3)."),
        QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("k-max"), QCoreApplication::translate("Cli", "Largest k tried by --k auto (2 to 8, default 4)."),
        QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("features"),
        QCoreApplication::translate("Cli", "Comma-separated features to cluster on (the others are switched off); saved in the project."),
        QStringLiteral("A,B,...")});
    parser.addOption({QStringLiteral("weight"),
        QCoreApplication::translate("Cli", "A feature's weight, e.g. monetary=2 (repeatable); saved in the project."),
        QStringLiteral("KEY=W")});
    parser.addOption({QStringLiteral("threads"), QCoreApplication::translate("Cli", "Worker threads (default: one per core)."),
        QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("stability-runs"),
        QCoreApplication::translate("Cli", "Bootstrap re-runs per k for the stability score (default 3)."), QStringLiteral("N"),
        QStringLiteral("3")});
}

bool applyEngineOptions(const QCommandLineParser &parser, SegmentationOptions &options, int *exitCode)
{
    *exitCode = UsageError;
    bool ok = true;
    const QString k = parser.value(QStringLiteral("k"));
    if (k != QLatin1String("auto")) {
        options.k = k.toInt(&ok);
        if (!ok || options.k < 2 || options.k > 12) {
            fail(QCoreApplication::translate("Cli", "--k takes auto or a number from 2 to 12, not '%1'").arg(k), UsageError);
            return false;
        }
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        fail(QCoreApplication::translate("Cli", "--seed takes a whole number"), UsageError);
        return false;
    }
    options.restarts = parser.value(QStringLiteral("restarts")).toInt(&ok);
    if (!ok || options.restarts < 1) {
        fail(QCoreApplication::translate("Cli", "--restarts takes a number of at least 1"), UsageError);
        return false;
    }
    bool ok1 = false, ok2 = false;
    options.kMin = parser.value(QStringLiteral("k-min")).toInt(&ok1);
    options.kMax = parser.value(QStringLiteral("k-max")).toInt(&ok2);
    if (!ok1 || !ok2 || options.kMin < 2 || options.kMax > 8 || options.kMin > options.kMax) {
        fail(QCoreApplication::translate("Cli", "--k-min and --k-max take numbers from 2 to 8, the first not above the second"),
            UsageError);
        return false;
    }
    options.threads = parser.value(QStringLiteral("threads")).toInt(&ok1);
    if (!ok1 || options.threads < 0) {
        fail(QCoreApplication::translate("Cli", "--threads takes a whole number"), UsageError);
        return false;
    }
    options.stabilityRuns = parser.value(QStringLiteral("stability-runs")).toInt(&ok1);
    if (!ok1 || options.stabilityRuns < 0) {
        fail(QCoreApplication::translate("Cli", "--stability-runs takes a whole number"), UsageError);
        return false;
    }
    *exitCode = Ok;
    return true;
}

bool saveFeatureChoice(const QCommandLineParser &parser, Project &project, SegmentationOptions &options, Error *error)
{
    const bool chooses = parser.isSet(QStringLiteral("features"));
    const QStringList weights = parser.values(QStringLiteral("weight"));
    if (!chooses && weights.isEmpty())
        return true;
    FeatureSettings settings = FeatureSettings::load(project);
    if (chooses) {
        const QStringList wanted = parser.value(QStringLiteral("features")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : wanted) {
            if (!Feature::all().contains(key.trimmed())) {
                error->message = QCoreApplication::translate("Cli", "unknown feature '%1' (known: %2)")
                                     .arg(key, Feature::all().join(QStringLiteral(", ")));
                return false;
            }
        }
        settings.disabled.clear();
        for (const QString &key : Feature::all())
            if (!wanted.contains(key))
                settings.disabled << key;
    }
    for (const QString &w : weights) {
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        bool ok = false;
        const double value = eq > 0 ? w.mid(eq + 1).toDouble(&ok) : 0.0;
        if (!ok) {
            error->message = QCoreApplication::translate("Cli", "--weight takes KEY=NUMBER, not '%1'").arg(w);
            return false;
        }
        settings.weights.insert(w.left(eq).trimmed(), value);
    }
    if (!settings.save(project, error))
        return false;
    options.features = settings;
    return true;
}

void addEngineJson(QJsonObject &json, const SegmentationResult &result)
{
    json.insert(QStringLiteral("stability"), result.stabilityByK.isEmpty() ? QJsonValue() : QJsonValue(result.stability));
    json.insert(QStringLiteral("stability_by_k"), byKJson(result.stabilityByK));
    json.insert(QStringLiteral("calinski_harabasz_by_k"), byKJson(result.calinskiHarabaszByK));
    QJsonObject kinds;
    for (auto it = result.kindsByK.cbegin(); it != result.kindsByK.cend(); ++it)
        kinds.insert(QString::number(it.key()), QJsonArray::fromStringList(it.value()));
    json.insert(QStringLiteral("kinds_by_k"), kinds);
    json.insert(QStringLiteral("k_rule"), result.kRule);
    json.insert(QStringLiteral("k_reason"), explainK(result.scores, applicationLanguage()));
    json.insert(QStringLiteral("left_out"), QJsonArray::fromStringList(result.leftOut));
    json.insert(QStringLiteral("left_out_reasons"), result.leftOutReasons);
    QJsonArray coverage;
    for (double v : result.revenueCoverage)
        coverage.append(v);
    json.insert(QStringLiteral("revenue_coverage"), coverage);
    // The core personas: the 3–4 that the rule of thumb says hold about 90% of sales.
    const int core = int(std::min<qsizetype>(result.revenueCoverage.size(), 4));
    json.insert(QStringLiteral("core_revenue_share"), core > 0 ? QJsonValue(result.revenueCoverage[core - 1]) : QJsonValue()); // null: no revenue
    json.insert(QStringLiteral("shift"), result.shift);
}

int runs(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("run"), QCoreApplication::translate("Cli", "Show this run only."), QStringLiteral("ID")});
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "List the project's segmentation runs, newest first."), &code))
        return code;
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    QList<SegmentationRun> list;
    if (parser.isSet(QStringLiteral("run"))) {
        const auto one = RunStore::run(*project, parser.value(QStringLiteral("run")).toLongLong(), &error);
        if (!one)
            return fail(error);
        list << *one;
    } else {
        const auto all = RunStore::allRuns(*project, &error);
        if (!all)
            return fail(error);
        list = *all;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SegmentationRun &r : list)
            array.append(runJson(r));
        printJson(QJsonObject {{QStringLiteral("runs"), array}});
        return Ok;
    }
    for (const SegmentationRun &r : list) {
        const QString k = QString::number(r.scores.value(QStringLiteral("chosen_k")).toInt(r.k));
        QString line = QCoreApplication::translate("Cli", "run %1  %2  k=%3  %4 people  silhouette %5  stability %6")
                           .arg(r.id)
                           .arg(QDateTime::fromSecsSinceEpoch(r.createdAt, Qt::UTC).toString(Qt::ISODate))
                           .arg(r.k)
                           .arg(r.people)
                           .arg(r.scores.value(QStringLiteral("silhouette")).toObject().value(k).toDouble(), 0, 'f', 3)
                           .arg(r.scores.value(QStringLiteral("stability")).toObject().contains(k)
                                   ? QString::number(r.scores.value(QStringLiteral("stability")).toObject().value(k).toDouble(), 'f', 3)
                                   : QStringLiteral("–"));
        if (r.asOf)
            line += QStringLiteral("  ") + QCoreApplication::translate("Cli", "as of %1").arg(r.asOf->toString(Qt::ISODate));
        printLine(line);
    }
    return Ok;
}

int merge(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addPositionalArgument(QStringLiteral("keep"), QCoreApplication::translate("Cli", "The persona that stays."));
    parser.addPositionalArgument(QStringLiteral("other"), QCoreApplication::translate("Cli", "The persona merged into it."));
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Merge one persona's segment into another's."), &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return fail(QCoreApplication::translate("Cli", "merge takes two persona ids"), UsageError);
    const qint64 keep = personaId(parser.positionalArguments()[0]);
    const qint64 other = keep ? personaId(parser.positionalArguments()[1]) : 0;
    if (!keep || !other)
        return UsageError;
    auto project = openProject(parser, Project::OpenMode::OpenExisting);
    if (!project)
        return Failed;
    Error error;
    NullProgress progress;
    if (!SegmentEdit::merge(*project, keep, other, &progress, &error))
        return fail(error);
    return Ok;
}

int split(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addPositionalArgument(QStringLiteral("persona"), QCoreApplication::translate("Cli", "The persona to split."));
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 42)."), QStringLiteral("N"),
        QStringLiteral("42")});
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Split a persona's segment in two."), &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("Cli", "split takes one persona id"), UsageError);
    const qint64 id = personaId(parser.positionalArguments()[0]);
    if (!id)
        return UsageError;
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return fail(QCoreApplication::translate("Cli", "--seed takes a whole number"), UsageError);
    auto project = openProject(parser, Project::OpenMode::OpenExisting);
    if (!project)
        return Failed;
    Error error;
    NullProgress progress;
    const qint64 added = SegmentEdit::split(*project, id, seed, &progress, &error);
    if (!added)
        return fail(error);
    printLine(QString::number(added));
    return Ok;
}

int lock(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addPositionalArgument(QStringLiteral("persona"), QCoreApplication::translate("Cli", "The persona to lock."));
    parser.addOption({QStringLiteral("unlock"), QCoreApplication::translate("Cli", "Unlock it instead.")});
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Lock a persona so that refreshes keep it."), &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("Cli", "lock takes one persona id"), UsageError);
    const qint64 id = personaId(parser.positionalArguments()[0]);
    if (!id)
        return UsageError;
    auto project = openProject(parser, Project::OpenMode::OpenExisting);
    if (!project)
        return Failed;
    Error error;
    if (!setPersonaLocked(*project, id, !parser.isSet(QStringLiteral("unlock")), &error))
        return fail(error);
    return Ok;
}

} // namespace pw::cli
