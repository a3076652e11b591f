// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli funnel: journey funnels for everyone and per persona, the stage rules, and the
// people at a stage as CSV.
#include "cli.h"

#include "journey/funnel.h"
#include "journey/stagepeople.h"
#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pw::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray stagesJson(const Funnel &funnel)
{
    QJsonArray stages;
    for (int i = 0; i < funnel.stages.size(); ++i) {
        const FunnelStage &s = funnel.stages[i];
        QJsonObject o{{QStringLiteral("key"), s.key},
                      {QStringLiteral("name"), journeyStageName(s.key)},
                      {QStringLiteral("people"), s.measured ? QJsonValue(s.people) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("measured"), s.measured},
                      {QStringLiteral("conversion"), optionalNumber(funnel.conversionToNext(i))},
                      {QStringLiteral("drop_off"), optionalNumber(funnel.dropOffToNext(i))},
                      {QStringLiteral("median_hours_to_next"), optionalNumber(s.medianHoursToNext)}};
        if (i > 0)
            o.insert(QStringLiteral("from_previous"), optionalNumber(funnel.conversionToNext(i - 1)));
        stages.append(o);
    }
    return stages;
}

QJsonArray timeToConvertJson(const Funnel &funnel)
{
    QJsonArray buckets;
    const QList<double> bounds = timeToConvertBuckets();
    for (int b = 0; b < funnel.timeToConvert.size(); ++b)
        buckets.append(QJsonObject{{QStringLiteral("label"), timeToConvertBucketName(b)},
                                   {QStringLiteral("max_hours"), b < bounds.size() ? QJsonValue(bounds[b])
                                                                                   : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("people"), funnel.timeToConvert[b]}});
    return buckets;
}

QJsonObject funnelJson(const Funnel &funnel)
{
    return {{QStringLiteral("members"), funnel.members},
            {QStringLiteral("stages"), stagesJson(funnel)},
            {QStringLiteral("time_to_convert"), timeToConvertJson(funnel)}};
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(*share * 100, 0, 'f', 1) : QStringLiteral("-");
}

void printFunnel(const QString &title, const Funnel &f)
{
    printLine(title);
    for (int i = 0; i < f.stages.size(); ++i) {
        const FunnelStage &s = f.stages[i];
        const QString people = s.measured ? QString::number(s.people)
                                          : QCoreApplication::translate("Cli", "no data");
        QString line = QStringLiteral("  %1 %2").arg(journeyStageName(s.key), -16).arg(people, 9);
        if (const auto c = f.conversionToNext(i))
            line += QStringLiteral("   %1 %2").arg(QCoreApplication::translate("Cli", "to next:"), percent(c));
        if (s.medianHoursToNext)
            line += QStringLiteral("   %1 %2 h").arg(QCoreApplication::translate("Cli", "median"))
                        .arg(*s.medianHoursToNext, 0, 'f', 1);
        printLine(line);
    }
}

} // namespace

int funnel(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("Cli", "Language of names and labels: en, he or ru."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("people"),
                      QCoreApplication::translate("Cli", "Write the customer ids of the people at this stage (with --csv)."),
                      QStringLiteral("STAGE")});
    parser.addOption({QStringLiteral("persona"),
                      QCoreApplication::translate("Cli", "With --people: only this persona's people (its id)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("Cli", "With --people: the CSV file to write."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("stages"), QCoreApplication::translate("Cli", "Print the project's stage rules as JSON.")});
    parser.addOption({QStringLiteral("set-stages"),
                      QCoreApplication::translate("Cli", "Store the stage rules of this JSON file in the project."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("reset-stages"), QCoreApplication::translate("Cli", "Go back to the default stage rules.")});
    int code = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Cli", "Journey funnels for everyone and per persona."), &code))
        return code;
    if (parser.isSet(QStringLiteral("lang")) && !setApplicationLanguage(parser.value(QStringLiteral("lang"))))
        return fail(QCoreApplication::translate("Cli", "unknown language '%1' (en, he or ru)").arg(parser.value(QStringLiteral("lang"))),
                    UsageError);
    if (parser.isSet(QStringLiteral("people")) != parser.isSet(QStringLiteral("csv")))
        return fail(QCoreApplication::translate("Cli", "--people and --csv go together"), UsageError);
    qint64 personaId = 0;
    if (parser.isSet(QStringLiteral("persona"))) {
        bool ok = false;
        personaId = parser.value(QStringLiteral("persona")).toLongLong(&ok);
        if (!ok || personaId <= 0)
            return fail(QCoreApplication::translate("Cli", "--persona needs a persona id"), UsageError);
    }
    const bool changesStages = parser.isSet(QStringLiteral("set-stages")) || parser.isSet(QStringLiteral("reset-stages"));
    auto project = openProject(parser, Project::OpenMode::OpenExisting, changesStages ? Access::Write : Access::Read);
    if (!project)
        return Failed;
    Error error;

    if (parser.isSet(QStringLiteral("reset-stages")) && !StageDefinitions::reset(*project, &error))
        return fail(error);
    if (parser.isSet(QStringLiteral("set-stages"))) {
        QFile file(parser.value(QStringLiteral("set-stages")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Cli", "cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(QCoreApplication::translate("Cli", "%1: %2").arg(file.fileName(), parseError.errorString()));
        const auto rules = StageDefinitions::fromJson(doc.object(), &error);
        if (!rules || !rules->save(*project, &error))
            return fail(error);
    }
    const StageDefinitions definitions = StageDefinitions::load(*project, &error);
    if (parser.isSet(QStringLiteral("stages"))) {
        printJson(definitions.toJson());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("people"))) {
        const auto ids = stagePeople(*project, definitions, parser.value(QStringLiteral("people")), personaId, &error);
        if (!ids || !writeStagePeopleCsv(parser.value(QStringLiteral("csv")), *ids, &error))
            return fail(error);
        return Ok;
    }

    const auto report = computeFunnels(*project, definitions, &error);
    if (!report)
        return fail(error);
    const QList<Persona> list = PersonaRepository::load(*project, &error);
    const QString lang = applicationLanguage();
    auto nameOf = [&](qint64 id) {
        for (const Persona &p : list)
            if (p.id == id)
                return p.displayName(lang);
        return QString();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray personas;
        for (const PersonaFunnel &pf : report->personas) {
            QJsonObject o = funnelJson(pf.funnel);
            o.insert(QStringLiteral("id"), pf.personaId);
            o.insert(QStringLiteral("name"), nameOf(pf.personaId));
            o.insert(QStringLiteral("others"), funnelJson(pf.others));
            personas.append(o);
        }
        QJsonObject out = funnelJson(report->everyone);
        out.insert(QStringLiteral("personas"), personas);
        out.insert(QStringLiteral("definitions"), definitions.toJson());
        printJson(out);
        return Ok;
    }
    printFunnel(QCoreApplication::translate("Cli", "Everyone"), report->everyone);
    for (const PersonaFunnel &pf : report->personas)
        printFunnel(nameOf(pf.personaId), pf.funnel);
    return Ok;
}

} // namespace pw::cli
