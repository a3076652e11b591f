// SPDX-License-Identifier: GPL-3.0-or-later
#include "storescore.h"

#include "analysis/clusterquality.h"
#include "import/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace pw::quality {

namespace {

/// Calls `row` for every record after the header; false when the file cannot be read.
bool readCsv(const QString &path, const std::function<void(const QStringList &)> &row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    CsvReader reader(&file);
    CsvRecord record;
    if (!reader.readRecord(record))
        return false;
    while (reader.readRecord(record))
        row(record.fields);
    return !reader.hasError();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Reads steps.tsv into `score.seconds`; the first failed step becomes `score.error`.
void readSteps(const QString &dir, StoreScore &score)
{
    QFile file(dir + QStringLiteral("/steps.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (f.size() < 3)
            continue;
        score.seconds.append({f[0], f[1].toDouble()});
        if (f[2] != QLatin1String("ok") && score.error.isEmpty())
            score.error = QStringLiteral("%1 failed: %2").arg(f[0], f.value(3));
        if (f[0] == QLatin1String("import") && f[2] == QLatin1String("ok"))
            score.importSummary = f.value(3);
    }
}

QList<PersonaInfo> readPersonas(const QString &path)
{
    QList<PersonaInfo> list;
    for (const QJsonValue &v : readJson(path).value(QStringLiteral("personas")).toArray()) {
        const QJsonObject o = v.toObject();
        list << PersonaInfo {o.value(QStringLiteral("id")).toInteger(),
            o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("archetype")).toString(),
            o.value(QStringLiteral("archetype_name")).toString(),
            o.value(QStringLiteral("size")).toInteger()};
    }
    return list;
}

/// The planted groups and their people against the personas: the adjusted Rand index and each
/// persona's majority group.
void scoreTruth(const QString &dir, const CheckContext &c, StoreScore &score)
{
    QHash<QString, int> groupIndex;
    QStringList groupNames;
    QHash<QString, QStringList> expected;
    std::vector<int> truth, found;
    QHash<qint64, int> personaIndex;
    std::map<std::pair<qint64, int>, qint64> counts; // (persona id, group) → people
    const bool read = readCsv(dir + QStringLiteral("/truth.csv"), [&](const QStringList &f) {
        const QString group = f.value(1);
        auto g = groupIndex.constFind(group);
        if (g == groupIndex.constEnd()) {
            g = groupIndex.insert(group, int(groupNames.size()));
            groupNames << group;
            expected.insert(group, f.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts));
        }
        const qint64 persona = c.personaOf.value(f.value(0), -1); // -1: in no persona
        auto p = personaIndex.constFind(persona);
        if (p == personaIndex.constEnd())
            p = personaIndex.insert(persona, int(personaIndex.size()));
        truth.push_back(*g);
        found.push_back(*p);
        ++counts[{persona, *g}];
    });
    if (!read || truth.empty()) {
        score.failures << QStringLiteral("truth.csv unreadable");
        return;
    }
    score.ari = adjustedRandIndex(truth, found);
    for (const PersonaInfo &p : c.personas) {
        SegmentScore s;
        s.persona = p;
        for (int g = 0; g < groupNames.size(); ++g) {
            const qint64 n = counts.count({p.id, g}) ? counts.at({p.id, g}) : 0;
            s.people += n;
            if (n > 0)
                s.mix.append({groupNames[g], double(n)});
        }
        for (auto &[group, share] : s.mix)
            share /= double(s.people);
        std::stable_sort(
            s.mix.begin(), s.mix.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        if (!s.mix.isEmpty()) {
            s.group = s.mix.first().first;
            s.groupShare = s.mix.first().second;
        }
        s.expected = expected.value(s.group);
        s.right = s.people > 0 && s.expected.contains(p.archetype);
        score.segments << s;
    }
    for (int g = 0; g < groupNames.size(); ++g) {
        score.unassigned += counts.count({-1, g}) ? counts.at({-1, g}) : 0;
        if (std::none_of(score.segments.cbegin(), score.segments.cend(),
                [&](const SegmentScore &seg) { return seg.group == groupNames[g]; }))
            score.groupsWithoutPersona << groupNames[g];
    }
}

} // namespace

int StoreScore::namesRight() const
{
    return int(
        std::count_if(segments.cbegin(), segments.cend(), [](const SegmentScore &s) { return s.right; }));
}

int StoreScore::checksOk() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const CheckResult &c) { return c.ok; }));
}

StoreScore scoreStore(const QString &dir, const Expectations &expectations, const QString &dataDir)
{
    StoreScore score;
    score.name = QFileInfo(dir).fileName();
    const QJsonObject store = readJson(dir + QStringLiteral("/store.json"));
    score.what = store.value(QStringLiteral("what")).toString();
    score.expectedK = store.value(QStringLiteral("expected_k")).toInt();
    score.people
        = store.value(QStringLiteral("people")).toInteger(); // the clustering's count when there is one
    score.synthetic = QFileInfo::exists(dir + QStringLiteral("/truth.csv"));
    readSteps(dir, score);
    if (!score.error.isEmpty()) {
        score.failures << score.error;
        return score;
    }

    const QJsonObject cluster = readJson(dir + QStringLiteral("/cluster.json"));
    score.k = cluster.value(QStringLiteral("k")).toInt();
    score.people = cluster.value(QStringLiteral("people")).toInteger(score.people);
    score.silhouetteByK = cluster.value(QStringLiteral("silhouette_by_k")).toObject();
    score.stabilityByK = cluster.value(QStringLiteral("stability_by_k")).toObject();

    CheckContext context;
    context.personas = readPersonas(dir + QStringLiteral("/personas.json"));
    context.storeDir = dir;
    context.dataDir = dataDir;
    readCsv(dir + QStringLiteral("/assignments.csv"), [&](const QStringList &f) {
        if (!f.value(1).isEmpty())
            context.personaOf.insert(f.value(0), f.value(1).toLongLong());
    });
    score.personas = context.personas;
    if (context.personas.isEmpty())
        score.failures << QStringLiteral("no personas");

    if (score.synthetic) {
        scoreTruth(dir, context, score);
        if (score.k != score.expectedK)
            score.failures << QStringLiteral("k %1, expected %2").arg(score.k).arg(score.expectedK);
        if (!(score.ari >= kTargetAri))
            score.failures << QStringLiteral("ARI %1 < %2").arg(score.ari, 0, 'f', 3).arg(kTargetAri);
        if (const qsizetype wrong = score.segments.size() - score.namesRight(); wrong > 0)
            score.failures << QStringLiteral("%1 name%2 wrong").arg(wrong).arg(wrong > 1 ? "s" : "");
    }
    for (const QString &rule : expectations.rules(score.name))
        score.checks << Expectations::check(rule, context);
    if (const qsizetype failed = score.checks.size() - score.checksOk(); failed > 0)
        score.failures << QStringLiteral("%1 check%2 failed").arg(failed).arg(failed > 1 ? "s" : "");
    return score;
}

namespace {

QJsonObject mixJson(const QList<std::pair<QString, double>> &pairs)
{
    QJsonObject o;
    for (const auto &[key, value] : pairs)
        o.insert(key, value);
    return o;
}

} // namespace

QJsonObject StoreScore::toJson() const
{
    QJsonArray segs;
    for (const SegmentScore &s : segments)
        segs.append(QJsonObject {{QStringLiteral("persona_id"), s.persona.id},
            {QStringLiteral("name"), s.persona.name}, {QStringLiteral("archetype"), s.persona.archetype},
            {QStringLiteral("people"), s.people}, {QStringLiteral("planted_group"), s.group},
            {QStringLiteral("planted_share"), s.groupShare}, {QStringLiteral("planted_mix"), mixJson(s.mix)},
            {QStringLiteral("expected_archetypes"), QJsonArray::fromStringList(s.expected)},
            {QStringLiteral("right"), s.right}});
    QJsonArray personaList;
    for (const PersonaInfo &p : personas)
        personaList.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
            {QStringLiteral("archetype"), p.archetype}, {QStringLiteral("size"), p.size}});
    QJsonArray checkList;
    for (const CheckResult &c : checks)
        checkList.append(QJsonObject {{QStringLiteral("rule"), c.rule}, {QStringLiteral("ok"), c.ok},
            {QStringLiteral("detail"), c.detail}});
    QJsonObject o {{QStringLiteral("store"), name}, {QStringLiteral("synthetic"), synthetic},
        {QStringLiteral("people"), people}, {QStringLiteral("k"), k},
        {QStringLiteral("seconds"), mixJson(seconds)}, {QStringLiteral("import_summary"), importSummary},
        {QStringLiteral("silhouette_by_k"), silhouetteByK}, {QStringLiteral("stability_by_k"), stabilityByK},
        {QStringLiteral("personas"), personaList}, {QStringLiteral("checks"), checkList},
        {QStringLiteral("ok"), ok()}, {QStringLiteral("failures"), QJsonArray::fromStringList(failures)}};
    if (!what.isEmpty())
        o.insert(QStringLiteral("what"), what);
    if (synthetic) {
        o.insert(QStringLiteral("expected_k"), expectedK);
        o.insert(QStringLiteral("ari"), std::isnan(ari) ? QJsonValue() : QJsonValue(ari));
        o.insert(QStringLiteral("names_right"), namesRight());
        o.insert(QStringLiteral("segments"), segs);
        o.insert(QStringLiteral("unassigned"), unassigned);
        o.insert(QStringLiteral("groups_without_persona"), QJsonArray::fromStringList(groupsWithoutPersona));
    }
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace pw::quality
