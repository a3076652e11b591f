// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli versions, diff and restore: the history of one persona.
#include "cli.h"

#include "analysis/featurelabels.h"
#include "language.h"
#include "persona/personaversions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace pw::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::cli", text); // the context lupdate gives tr() here
}

QJsonValue figure(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QJsonArray keysJson(const QString &section)
{
    return QJsonArray::fromStringList(section.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

/// A version as `versions` and `diff` print it; the persona as it stands now has id null.
QJsonObject versionJson(const PersonaVersion &v, const QString &lang)
{
    const Persona p = v.persona();
    return QJsonObject {{QStringLiteral("id"), v.id > 0 ? QJsonValue(v.id) : QJsonValue()},
        {QStringLiteral("created_at"), v.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("cause"), v.id > 0 ? QJsonValue(v.cause) : QJsonValue(QStringLiteral("current"))},
        {QStringLiteral("changed"), keysJson(v.section)},
        {QStringLiteral("run_id"), v.runId > 0 ? QJsonValue(v.runId) : QJsonValue()},
        {QStringLiteral("name"), p.displayName(lang)}};
}

QString versionLabel(const PersonaVersion &v)
{
    return v.id > 0 ? tr("version %1").arg(v.id) : tr("now");
}

/// Reads --persona; prints a usage error and returns 0 when it is not an id.
qint64 personaOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("persona")).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

/// The persona as stored now, or, for a deleted one with versions, its latest version; nullopt
/// (after printing why) for an unknown persona.
std::optional<PersonaVersion> personaNow(Project &project, qint64 id, const QList<PersonaVersion> &versions,
                                         bool *exists)
{
    Error error;
    std::optional<PersonaVersion> now = PersonaVersions::current(project, id, &error);
    *exists = now.has_value();
    if (!now && !versions.isEmpty())
        return versions.last();
    if (!now)
        fail(tr("There is no persona %1 (see persona-cli personas)").arg(id));
    return now;
}

/// Version `text` of persona `personaId` ("current" is the persona as stored now); nullopt
/// after printing why.
std::optional<PersonaVersion> versionOption(Project &project, const QString &text, qint64 personaId,
                                            const std::optional<PersonaVersion> &now, int *code)
{
    *code = Failed;
    if (text == QLatin1String("current"))
        return now;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *code = fail(tr("A version is a version id (see persona-cli versions) or 'current', not '%1'").arg(text), UsageError);
        return std::nullopt;
    }
    Error error;
    std::optional<PersonaVersion> v = PersonaVersions::load(project, id, &error);
    if (!v) {
        fail(tr("There is no version %1 (see persona-cli versions --persona %2)").arg(id).arg(personaId));
        return std::nullopt;
    }
    if (v->personaId != personaId) {
        fail(tr("Version %1 is a version of persona %2, not of persona %3").arg(id).arg(v->personaId).arg(personaId));
        return std::nullopt;
    }
    return v;
}

QString lineText(const QStringList &lines)
{
    return lines.isEmpty() ? tr("(empty)") : lines.join(QStringLiteral(" / "));
}

QString figureText(const QString &key, double v, const QLocale &locale)
{
    if (std::isnan(v))
        return tr("no data");
    if (key == QLatin1String("size"))
        return locale.toString(qint64(std::llround(v)));
    if (key.contains(QLatin1String("share")) || key == QLatin1String("cart_abandonment") || key == QLatin1String("confidence"))
        return locale.toString(v * 100, 'f', 1) + QStringLiteral(" %");
    return locale.toString(v, 'f', 2);
}

} // namespace

int versions(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("persona"), tr("The persona (its id, see persona-cli personas)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = Ok;
    if (!parse(parser, args,
            tr("The versions of a persona: every change (typing in one field is one), refresh, restore and undo, oldest first."),
            &code))
        return code;
    const qint64 personaId = personaOption(parser);
    if (personaId == 0)
        return fail(tr("--persona takes a persona id (see persona-cli personas)"), UsageError);
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    const QList<PersonaVersion> list = PersonaVersions::list(*project, personaId, &error);
    if (error.isSet())
        return fail(error);
    bool exists = false;
    const std::optional<PersonaVersion> now = personaNow(*project, personaId, list, &exists);
    if (!now)
        return Failed;
    // The persona as stored now, when no version holds it (a file of an older version, or a
    // change by an older build).
    const bool unrecorded = exists && (list.isEmpty() || !PersonaVersions::sameContent(list.last(), *now));
    const QString lang = applicationLanguage();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const PersonaVersion &v : list)
            items.append(versionJson(v, lang));
        if (unrecorded)
            items.append(versionJson(*now, lang));
        printJson(QJsonObject {{QStringLiteral("persona"),
                                   QJsonObject {{QStringLiteral("id"), personaId},
                                       {QStringLiteral("name"), now->persona().displayName(lang)},
                                       {QStringLiteral("deleted"), !exists}}},
            {QStringLiteral("versions"), items}});
        return Ok;
    }
    const QLocale locale(lang);
    printLine(QStringLiteral("%1  %2%3").arg(personaId).arg(now->persona().displayName(lang),
                  exists ? QString() : QStringLiteral("  ") + tr("(deleted)")));
    auto print = [&](const PersonaVersion &v) {
        const Persona p = v.persona();
        QString line = QStringLiteral("  %1  %2  %3")
                           .arg(v.id > 0 ? QString::number(v.id) : QStringLiteral("current"), 8)
                           .arg(locale.toString(v.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                               v.id > 0 ? PersonaVersions::causeName(v.cause) : tr("Now (no version holds it yet)"));
        if (!v.section.isEmpty())
            line += QStringLiteral("  ") + PersonaVersions::sectionName(v.section, p);
        if (v.runId > 0)
            line += QStringLiteral("  ") + tr("run %1").arg(v.runId);
        printLine(line);
    };
    for (const PersonaVersion &v : list)
        print(v);
    if (unrecorded)
        print(*now);
    return Ok;
}

int diff(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("persona"), tr("The persona (its id, see persona-cli personas)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("from"), tr("The earlier version (an id, or 'current')."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("to"), tr("The later version (an id, or 'current', the default)."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = Ok;
    if (!parse(parser, args, tr("What changed between two versions of a persona: text of each section, figures moved."),
            &code))
        return code;
    const qint64 personaId = personaOption(parser);
    if (personaId == 0)
        return fail(tr("--persona takes a persona id (see persona-cli personas)"), UsageError);
    if (!parser.isSet(QStringLiteral("from")))
        return fail(tr("--from takes a version id (see persona-cli versions)"), UsageError);
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    Error error;
    const QList<PersonaVersion> list = PersonaVersions::list(*project, personaId, &error);
    if (error.isSet())
        return fail(error);
    bool exists = false;
    const std::optional<PersonaVersion> now = personaNow(*project, personaId, list, &exists);
    if (!now)
        return Failed;
    const std::optional<PersonaVersion> from
        = versionOption(*project, parser.value(QStringLiteral("from")), personaId, now, &code);
    if (!from)
        return code;
    const std::optional<PersonaVersion> to = versionOption(
        *project, parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to")) : QStringLiteral("current"),
        personaId, now, &code);
    if (!to)
        return code;
    const QString lang = applicationLanguage();
    const VersionDiff d = PersonaVersions::diff(*from, *to, lang);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sections, parts, figures;
        for (const TextChange &t : d.texts) {
            QJsonObject o {{QStringLiteral("key"), t.key}, {QStringLiteral("title"), t.title},
                {QStringLiteral("before"), QJsonArray::fromStringList(t.before)},
                {QStringLiteral("after"), QJsonArray::fromStringList(t.after)}};
            if (t.isSection) {
                o.insert(QStringLiteral("written_before"), t.writtenBefore);
                o.insert(QStringLiteral("written_after"), t.writtenAfter);
                o.insert(QStringLiteral("evidence_before"), t.evidenceBefore.isEmpty() ? QJsonValue() : QJsonValue(t.evidenceBefore));
                o.insert(QStringLiteral("evidence_after"), t.evidenceAfter.isEmpty() ? QJsonValue() : QJsonValue(t.evidenceAfter));
                sections.append(o);
            } else {
                parts.append(o);
            }
        }
        for (const FigureChange &f : d.figures)
            figures.append(QJsonObject {{QStringLiteral("key"), f.key}, {QStringLiteral("name"), PersonaVersions::figureLabel(f.key)},
                {QStringLiteral("before"), figure(f.before)}, {QStringLiteral("after"), figure(f.after)}});
        printJson(QJsonObject {{QStringLiteral("persona"),
                                   QJsonObject {{QStringLiteral("id"), personaId},
                                       {QStringLiteral("name"), now->persona().displayName(lang)}}},
            {QStringLiteral("from"), versionJson(*from, lang)}, {QStringLiteral("to"), versionJson(*to, lang)},
            {QStringLiteral("changed"), QJsonArray::fromStringList(d.changedKeys())},
            {QStringLiteral("sections"), sections}, {QStringLiteral("parts"), parts}, {QStringLiteral("figures"), figures}});
        return Ok;
    }
    const QLocale locale(lang);
    printLine(tr("%1  %2: %3 → %4")
                  .arg(personaId)
                  .arg(now->persona().displayName(lang), versionLabel(*from), versionLabel(*to)));
    if (d.isEmpty()) {
        printLine(tr("  No difference."));
        return Ok;
    }
    for (const TextChange &t : d.texts) {
        printLine(QStringLiteral("  ") + t.title + QLatin1Char(':'));
        printLine(QStringLiteral("    - ") + lineText(t.before));
        printLine(QStringLiteral("    + ") + lineText(t.after));
    }
    if (!d.figures.isEmpty())
        printLine(QStringLiteral("  ") + tr("Figures:"));
    for (const FigureChange &f : d.figures)
        printLine(QStringLiteral("    %1: %2 → %3")
                      .arg(PersonaVersions::figureLabel(f.key), figureText(f.key, f.before, locale), figureText(f.key, f.after, locale)));
    return Ok;
}

int restore(const QStringList &args)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("persona"), tr("The persona (its id, see persona-cli personas)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("version"), tr("The version to restore (see persona-cli versions)."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = Ok;
    if (!parse(parser, args,
            tr("Restores what was written in a version of a persona (name, colour, archetype, picture, template and "
               "sections; the segment's figures stay as they are), keeping a new version."),
            &code))
        return code;
    const qint64 personaId = personaOption(parser);
    if (personaId == 0)
        return fail(tr("--persona takes a persona id (see persona-cli personas)"), UsageError);
    if (!parser.isSet(QStringLiteral("version")))
        return fail(tr("--version takes a version id (see persona-cli versions)"), UsageError);
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Write);
    if (!project)
        return Failed;
    Error error;
    const std::optional<PersonaVersion> now = PersonaVersions::current(*project, personaId, &error);
    if (!now)
        return fail(tr("There is no persona %1 (see persona-cli personas)").arg(personaId));
    const std::optional<PersonaVersion> v
        = versionOption(*project, parser.value(QStringLiteral("version")), personaId, now, &code);
    if (!v)
        return code;
    if (v->id == 0)
        return fail(tr("--version takes a version id (see persona-cli versions)"), UsageError);
    if (PersonaVersions::restore(*project, v->id, -1, &error) != WriteStatus::Written)
        return fail(error);
    const QList<PersonaVersion> list = PersonaVersions::list(*project, personaId, &error);
    if (list.isEmpty())
        return fail(error);
    const QString lang = applicationLanguage();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("persona"), personaId}, {QStringLiteral("restored"), v->id},
            {QStringLiteral("version"), versionJson(list.last(), lang)}});
        return Ok;
    }
    printLine(tr("Restored version %1 of persona %2 as version %3").arg(v->id).arg(personaId).arg(list.last().id));
    return Ok;
}

} // namespace pw::cli
