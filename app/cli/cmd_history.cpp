// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli history and movement: personas over the runs of a timeline, and where people went.
#include "cli.h"

#include "analysis/runhistory.h"
#include "language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace pw::cli {

namespace {

QJsonValue numberJson(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

/// When a run stands: the date it was computed as of, else the day it was made.
QString runDate(const SegmentationRun &run)
{
    return run.asOf ? run.asOf->toString(Qt::ISODate)
                    : QDateTime::fromSecsSinceEpoch(run.createdAt, Qt::UTC).date().toString(Qt::ISODate);
}

QJsonObject runJsonShort(const SegmentationRun &run)
{
    return QJsonObject {{QStringLiteral("id"), run.id}, {QStringLiteral("as_of"), dateJson(run.asOf)},
        {QStringLiteral("created_at"), QDateTime::fromSecsSinceEpoch(run.createdAt, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("people"), run.people}, {QStringLiteral("k"), run.k}};
}

QJsonObject figuresJson(const PersonaStats &s)
{
    return QJsonObject {{QStringLiteral("size"), s.size}, {QStringLiteral("share_people"), s.sharePeople},
        {QStringLiteral("share_revenue"), PersonaStats::figureJson(s.shareRevenue)},
        {QStringLiteral("revenue"), cents(s.revenue)},
        {QStringLiteral("average_order_value"), PersonaStats::figureJson(cents(s.averageOrderValue))},
        {QStringLiteral("orders_per_person"), s.ordersPerPerson},
        {QStringLiteral("recency_days"), PersonaStats::figureJson(s.recencyDays)}};
}

/// A persona id on the command line, or "none" for people outside the store.
bool readFlowEnd(const QString &text, std::optional<qint64> *id)
{
    if (text == QLatin1String("none")) {
        id->reset();
        return true;
    }
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0)
        return false;
    *id = v;
    return true;
}

QString nameIn(const QList<RunPersona> &list, std::optional<qint64> id, const QString &lang)
{
    if (!id)
        return QCoreApplication::translate("Cli", "(outside the store)");
    for (const RunPersona &p : list)
        if (p.personaId == *id)
            return p.displayName(lang);
    return QString::number(*id);
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n')) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        t = u'"' + t + u'"';
    }
    return t.toUtf8();
}

} // namespace

int history(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("threshold"),
                      QCoreApplication::translate("Cli", "Profile distance from one run to the next that flags a persona as drifted "
                                                         "(standard deviations; default 0.5)."),
                      QStringLiteral("Z")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    int code = Ok;
    if (!parse(parser, args,
            QCoreApplication::translate("Cli", "Each persona's figures over the runs of the latest timeline (and the runs "
                                               "after it), with the profile distance between consecutive runs."),
            &code))
        return code;
    double threshold = -1;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || !(threshold > 0) || !std::isfinite(threshold))
            return fail(QCoreApplication::translate("Cli", "--threshold takes a positive number"), UsageError);
    }
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    const auto h = RunHistory::history(*project, threshold, &error);
    if (!h)
        return fail(error);
    if (h->runs.isEmpty())
        return fail(QCoreApplication::translate("Cli", "The project has not been clustered yet"));
    const QString lang = applicationLanguage();
    QHash<qint64, const SegmentationRun *> runOf;
    for (const SegmentationRun &r : h->runs)
        runOf.insert(r.id, &r);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray runs, personas;
        for (const SegmentationRun &r : h->runs)
            runs.append(runJsonShort(r));
        for (const PersonaHistory &p : h->personas) {
            QJsonArray points;
            for (const HistoryPoint &pt : p.points) {
                QJsonArray moved;
                for (const FeatureMove &m : pt.moved)
                    moved.append(QJsonObject {{QStringLiteral("feature"), m.feature}, {QStringLiteral("z_before"), m.before},
                        {QStringLiteral("z_after"), m.after}});
                QJsonObject o = figuresJson(pt.stats);
                o.insert(QStringLiteral("run_id"), pt.runId);
                o.insert(QStringLiteral("as_of"), dateJson(runOf.value(pt.runId)->asOf));
                o.insert(QStringLiteral("segment"), pt.segment);
                o.insert(QStringLiteral("profile_distance"), numberJson(pt.distance));
                o.insert(QStringLiteral("stayed"), numberJson(pt.stayed));
                o.insert(QStringLiteral("drift"), pt.drift);
                o.insert(QStringLiteral("moved"), moved);
                points.append(o);
            }
            personas.append(QJsonObject {{QStringLiteral("id"), p.personaId},
                {QStringLiteral("name"), p.latest.displayName(lang)}, {QStringLiteral("archetype"), p.latest.archetype},
                {QStringLiteral("color"), p.latest.color}, {QStringLiteral("points"), points}});
        }
        printJson(QJsonObject {{QStringLiteral("threshold"), h->threshold}, {QStringLiteral("runs"), runs},
            {QStringLiteral("personas"), personas}});
        return Ok;
    }
    const QLocale locale(lang);
    for (const PersonaHistory &p : h->personas) {
        printLine(QStringLiteral("%1  %2").arg(p.personaId).arg(p.latest.displayName(lang)));
        for (const HistoryPoint &pt : p.points) {
            QString line = QCoreApplication::translate("Cli", "  %1  run %2  %3 people (%4 %)")
                               .arg(runDate(*runOf.value(pt.runId)))
                               .arg(pt.runId)
                               .arg(locale.toString(pt.stats.size))
                               .arg(locale.toString(pt.stats.sharePeople * 100, 'f', 1));
            if (!std::isnan(pt.distance))
                line += QCoreApplication::translate("Cli", "  distance %1  stayed %2 %")
                            .arg(locale.toString(pt.distance, 'f', 2), locale.toString(pt.stayed * 100, 'f', 0));
            if (pt.drift) {
                QStringList moved;
                for (const FeatureMove &m : pt.moved)
                    moved << m.feature;
                line += QStringLiteral("  ") + QCoreApplication::translate("Cli", "DRIFT (%1)").arg(moved.join(QStringLiteral(", ")));
            }
            printLine(line);
        }
    }
    return Ok;
}

int movement(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("Cli", "The earlier run."), QStringLiteral("RUN")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("Cli", "The later run."), QStringLiteral("RUN")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("csv"),
                      QCoreApplication::translate("Cli", "Write the flows as CSV (with --flow: that flow's customer ids)."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("flow"),
                      QCoreApplication::translate("Cli", "One flow, FROM:TO persona ids ('none' for outside the store), "
                                                         "for --csv."),
                      QStringLiteral("FROM:TO")});
    int code = Ok;
    if (!parse(parser, args,
            QCoreApplication::translate("Cli", "How many people went from each persona of one run to each persona of another."),
            &code))
        return code;
    bool okFrom = false, okTo = false;
    const qint64 from = parser.value(QStringLiteral("from")).toLongLong(&okFrom);
    const qint64 to = parser.value(QStringLiteral("to")).toLongLong(&okTo);
    if (!okFrom || !okTo)
        return fail(QCoreApplication::translate("Cli", "--from and --to take run ids (see persona-cli runs)"), UsageError);
    std::optional<qint64> flowFrom, flowTo;
    const bool oneFlow = parser.isSet(QStringLiteral("flow"));
    if (oneFlow) {
        const QStringList ends = parser.value(QStringLiteral("flow")).split(u':');
        if (ends.size() != 2 || !readFlowEnd(ends[0], &flowFrom) || !readFlowEnd(ends[1], &flowTo) || (!flowFrom && !flowTo))
            return fail(QCoreApplication::translate("Cli", "--flow takes FROM:TO, persona ids or 'none' (not both)"), UsageError);
        if (!parser.isSet(QStringLiteral("csv")))
            return fail(QCoreApplication::translate("Cli", "--flow needs --csv OUT"), UsageError);
    }
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    const auto m = RunHistory::movement(*project, from, to, &error);
    if (!m)
        return fail(error);
    const QString lang = applicationLanguage();

    if (oneFlow) {
        const auto ids = RunHistory::flowPeople(*project, from, to, flowFrom, flowTo, &error);
        if (!ids)
            return fail(error);
        QByteArray text = "customer_id\n";
        for (const QString &id : *ids)
            text += csvField(id) + '\n';
        if (!writeTextFile(parser.value(QStringLiteral("csv")), text, &error))
            return fail(error);
        if (!parser.isSet(QStringLiteral("json")))
            printLine(QCoreApplication::translate("Cli", "%1 customer ids written to %2")
                          .arg(ids->size())
                          .arg(parser.value(QStringLiteral("csv"))));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        QByteArray text = "from_id,from_name,to_id,to_name,people\n";
        for (const Flow &f : m->flows)
            text += (f.from ? QByteArray::number(*f.from) : QByteArray()) + ',' + csvField(f.from ? nameIn(m->fromPersonas, f.from, lang) : QString())
                + ',' + (f.to ? QByteArray::number(*f.to) : QByteArray()) + ',' + csvField(f.to ? nameIn(m->toPersonas, f.to, lang) : QString())
                + ',' + QByteArray::number(f.people) + '\n';
        if (!writeTextFile(parser.value(QStringLiteral("csv")), text, &error))
            return fail(error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        auto personasJson = [&](const QList<RunPersona> &list) {
            QJsonArray a;
            for (const RunPersona &p : list)
                a.append(QJsonObject {{QStringLiteral("id"), p.personaId}, {QStringLiteral("name"), p.displayName(lang)},
                    {QStringLiteral("archetype"), p.archetype}, {QStringLiteral("color"), p.color},
                    {QStringLiteral("size"), p.stats.size}});
            return a;
        };
        auto end = [&](const QList<RunPersona> &list, std::optional<qint64> id) -> QJsonValue {
            if (!id)
                return QJsonValue();
            return QJsonObject {{QStringLiteral("id"), *id}, {QStringLiteral("name"), nameIn(list, id, lang)}};
        };
        QJsonArray flows;
        for (const Flow &f : m->flows)
            flows.append(QJsonObject {{QStringLiteral("from"), end(m->fromPersonas, f.from)},
                {QStringLiteral("to"), end(m->toPersonas, f.to)}, {QStringLiteral("people"), f.people}});
        printJson(QJsonObject {{QStringLiteral("from_run"), runJsonShort(m->fromRun)},
            {QStringLiteral("to_run"), runJsonShort(m->toRun)}, {QStringLiteral("from_personas"), personasJson(m->fromPersonas)},
            {QStringLiteral("to_personas"), personasJson(m->toPersonas)}, {QStringLiteral("flows"), flows}});
        return Ok;
    }
    const QLocale locale(lang);
    printLine(QCoreApplication::translate("Cli", "From run %1 (%2, %3 people) to run %4 (%5, %6 people):")
                  .arg(m->fromRun.id)
                  .arg(runDate(m->fromRun), locale.toString(m->peopleBefore))
                  .arg(m->toRun.id)
                  .arg(runDate(m->toRun), locale.toString(m->peopleAfter)));
    for (const Flow &f : m->flows)
        printLine(QStringLiteral("  %1  →  %2  %3")
                      .arg(nameIn(m->fromPersonas, f.from, lang), nameIn(m->toPersonas, f.to, lang), locale.toString(f.people)));
    return Ok;
}

} // namespace pw::cli
