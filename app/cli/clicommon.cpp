// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace pw::cli {

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextStream(stderr) << "persona-cli: " << line << "\n";
    return code;
}

int fail(const Error &error, int code)
{
    return fail(error.toString(), code);
}

void addProjectOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"),
                      QCoreApplication::translate("Cli", "The project file (NAME.personas)."),
                      QStringLiteral("FILE")});
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        *exitCode = fail(parser.errorText(), UsageError);
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                                         QStringLiteral("persona-cli ") + args.constFirst());
        *exitCode = Ok;
        return false;
    }
    return true;
}

std::unique_ptr<Project> openProject(const QCommandLineParser &parser, Project::OpenMode mode, Access access)
{
    const QString path = parser.value(QStringLiteral("project"));
    if (path.isEmpty()) {
        fail(QCoreApplication::translate("Cli", "--project FILE is required"), UsageError);
        return nullptr;
    }
    Error error;
    Project::OpenOptions options;
    options.readOnly = access == Access::Read; // ReadAndNote opens read-only only where it must
    auto project = Project::open(path, mode, &error, options);
    if (!project) {
        fail(error);
    } else if (access == Access::Write && project->isReadOnly()) {
        error.message = QCoreApplication::translate("Cli", "The project is read-only (the file or its folder cannot be "
                                                           "written), and this command changes it: copy it to a folder "
                                                           "you can write to");
        fail(error);
        return nullptr;
    }
    return project;
}

void printJson(const QJsonObject &json)
{
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented);
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    fflush(stdout);
}

void printLine(const QString &line)
{
    QTextStream(stdout) << line << "\n";
}

bool readDateOption(const QCommandLineParser &parser, const QString &name, std::optional<QDate> *date)
{
    date->reset();
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!isoDate.match(text).hasMatch() || !parsed.isValid()) {
        fail(QCoreApplication::translate("Cli", "--%1 takes a date as YYYY-MM-DD, not '%2'").arg(name, text), UsageError);
        return false;
    }
    *date = parsed;
    return true;
}

QJsonValue dateJson(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

double cents(double money)
{
    return std::round(money * 100.0) / 100.0;
}

QJsonObject personaJson(const Persona &persona, const QString &language)
{
    QJsonArray distinguishing;
    for (const FeatureEvidence &f : persona.stats.distinguishing)
        distinguishing.append(QJsonObject{{QStringLiteral("feature"), f.feature},
                                          {QStringLiteral("label"), persona.featureName(f.feature, language)},
                                          {QStringLiteral("segment_mean"), f.segmentMean},
                                          {QStringLiteral("overall_mean"), f.overallMean},
                                          {QStringLiteral("z"), f.zScore}});
    QJsonObject o{
        {QStringLiteral("id"), persona.id},
        {QStringLiteral("name"), persona.displayName(language)},
        {QStringLiteral("archetype"), persona.archetype},
        {QStringLiteral("archetype_name"), persona.archetypeName(language)},
        {QStringLiteral("name_reason"), persona.nameReason(language)},
        {QStringLiteral("color"), persona.color},
        {QStringLiteral("segment"), persona.segment},
        {QStringLiteral("size"), persona.stats.size},
        {QStringLiteral("share_people"), persona.stats.sharePeople},
        {QStringLiteral("share_revenue"), PersonaStats::figureJson(persona.stats.shareRevenue)},
        {QStringLiteral("revenue"), cents(persona.stats.revenue)},
        {QStringLiteral("average_order_value"), PersonaStats::figureJson(cents(persona.stats.averageOrderValue))},
        {QStringLiteral("orders_per_person"), persona.stats.ordersPerPerson},
        {QStringLiteral("recency_days"), PersonaStats::figureJson(persona.stats.recencyDays)},
        {QStringLiteral("discount_share"), PersonaStats::figureJson(persona.stats.discountShare)},
        {QStringLiteral("cart_abandonment"), PersonaStats::figureJson(persona.stats.cartAbandonment)},
        {QStringLiteral("confidence"), persona.stats.confidence},
        {QStringLiteral("distinguishing"), distinguishing},
    };
    if (persona.stats.invalid) { // out of range in the file: no figure is shown as true
        for (const char *key : {"size", "share_people", "share_revenue", "revenue", "average_order_value",
                                "orders_per_person", "recency_days", "discount_share", "cart_abandonment", "confidence"})
            o.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("figures_invalid"), true);
        return o;
    }
    if (persona.stats.mixComputed) { // shares of the segment's orders (or sessions) and revenue
        const QJsonObject stats = persona.stats.toJson();
        for (const char *key : {"channel_basis", "channel_mix", "top_categories"})
            o.insert(QLatin1String(key), stats.value(QLatin1String(key)));
    }
    return o;
}

bool writeTextFile(const QString &path, const QByteArray &text, Error *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        error->file = path;
        error->message = QCoreApplication::translate("Cli", "cannot write the file: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace pw::cli
