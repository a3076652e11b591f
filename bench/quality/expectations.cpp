// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectations.h"

#include "import/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace pw::quality {

namespace {

struct Rule
{
    enum Kind { NoArchetype, SomeArchetype, SomeArchetypeNot, EveryArchetype, NoNameContains, Mostly };
    Kind kind = NoArchetype;
    QStringList set;
    bool negate = false; ///< Mostly: "not in SET"
    QString text; ///< NoNameContains
    QString who; ///< Mostly: "buyers" or "rows"
    QString file, column, value; ///< Mostly with rows
    QString error;
};

QStringList parseSet(const QString &text)
{
    QStringList set;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!key.trimmed().isEmpty())
            set << key.trimmed();
    return set;
}

Rule parse(const QString &ruleText)
{
    Rule r;
    const QString s = ruleText.simplified();
    struct Prefix
    {
        const char *text;
        Rule::Kind kind;
    };
    for (const Prefix &p : {Prefix {"no archetype in ", Rule::NoArchetype},
             Prefix {"some archetype not in ", Rule::SomeArchetypeNot},
             Prefix {"some archetype in ", Rule::SomeArchetype},
             Prefix {"every archetype in ", Rule::EveryArchetype}}) {
        if (s.startsWith(QLatin1String(p.text))) {
            r.kind = p.kind;
            r.set = parseSet(s.mid(qsizetype(qstrlen(p.text))));
            if (r.set.isEmpty())
                r.error = QStringLiteral("no archetype keys after 'in'");
            return r;
        }
    }
    if (s.startsWith(QLatin1String("no name contains "))) {
        r.kind = Rule::NoNameContains;
        r.text = s.mid(17);
        return r;
    }
    static const QRegularExpression mostly(QStringLiteral("^(.+) mostly in archetype (not )?in (.+)$"));
    static const QRegularExpression rows(QStringLiteral("^rows (\\S+) where ([^=\\s]+) ?= ?(.+)$"));
    if (const auto m = mostly.match(s); m.hasMatch()) {
        r.kind = Rule::Mostly;
        r.negate = !m.captured(2).isEmpty();
        r.set = parseSet(m.captured(3));
        r.who = m.captured(1);
        if (r.who != QLatin1String("buyers")) {
            const auto w = rows.match(r.who);
            if (!w.hasMatch()) {
                r.error = QStringLiteral("who is '%1'? (buyers, or rows FILE where COLUMN=VALUE)").arg(r.who);
                return r;
            }
            r.who = QStringLiteral("rows");
            r.file = w.captured(1);
            r.column = w.captured(2);
            r.value = w.captured(3);
        }
        return r;
    }
    r.error = QStringLiteral("not a rule this report knows (see expectations.h)");
    return r;
}

QString describe(const QList<PersonaInfo> &personas)
{
    QStringList names;
    for (const PersonaInfo &p : personas)
        names << p.archetype;
    return QStringLiteral("archetypes: ") + names.join(QStringLiteral(", "));
}

/// The customer ids `rule` selects, or an error.
QStringList selectPeople(const Rule &rule, const CheckContext &c, QString *error)
{
    const QString path = rule.who == QLatin1String("buyers")
        ? QString(c.storeDir + QStringLiteral("/buyers.csv"))
        : QString(c.dataDir + QLatin1Char('/') + rule.file);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    CsvReader reader(&file);
    CsvRecord record;
    if (!reader.readRecord(record)) {
        *error = path + QStringLiteral(" is empty");
        return {};
    }
    QStringList people;
    if (rule.who == QLatin1String("buyers")) {
        while (reader.readRecord(record))
            if (!record.fields.value(0).isEmpty())
                people << record.fields.value(0);
        return people;
    }
    const qsizetype column = record.fields.indexOf(rule.column);
    if (column < 0) {
        *error = QStringLiteral("%1 has no column %2").arg(path, rule.column);
        return {};
    }
    const QString stem = QFileInfo(path).completeBaseName();
    while (reader.readRecord(record))
        if (record.fields.value(column).trimmed().compare(rule.value, Qt::CaseInsensitive) == 0)
            people << stem + QLatin1Char('#') + QString::number(record.line - 1);
    return people;
}

CheckResult mostly(const Rule &rule, const CheckContext &c, CheckResult result)
{
    QString error;
    const QStringList people = selectPeople(rule, c, &error);
    if (!error.isEmpty()) {
        result.detail = error;
        return result;
    }
    QHash<qint64, QString> archetypeOf;
    for (const PersonaInfo &p : c.personas)
        archetypeOf.insert(p.id, p.archetype);
    QHash<QString, qint64> byArchetype;
    qint64 found = 0, matching = 0;
    for (const QString &id : people) {
        const auto it = c.personaOf.constFind(id);
        if (it == c.personaOf.constEnd())
            continue;
        ++found;
        const QString archetype = archetypeOf.value(*it, QStringLiteral("(none)"));
        ++byArchetype[archetype];
        if (rule.set.contains(archetype) != rule.negate)
            ++matching;
    }
    QList<std::pair<qint64, QString>> counts;
    for (auto it = byArchetype.cbegin(); it != byArchetype.cend(); ++it)
        counts.append({it.value(), it.key()});
    std::sort(counts.begin(), counts.end(), std::greater<>());
    QStringList parts;
    for (const auto &[n, key] : counts)
        parts << QStringLiteral("%1 %2").arg(key).arg(n);
    result.ok = !people.isEmpty() && matching * 2 >= qint64(people.size());
    result.detail = people.isEmpty() ? QStringLiteral("nobody selected")
                                     : QStringLiteral("%1 of %2 (%3 found in the assignments: %4)")
                                           .arg(matching)
                                           .arg(people.size())
                                           .arg(found)
                                           .arg(parts.join(QStringLiteral(", ")));
    return result;
}

} // namespace

QString Expectations::validate(const QString &rule)
{
    return parse(rule).error;
}

bool Expectations::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read ") + path;
        return false;
    }
    static const QRegularExpression heading(QStringLiteral("^## +([A-Za-z0-9_-]+)"));
    static const QRegularExpression check(QStringLiteral("`check: ([^`]+)`"));
    QString store;
    int line = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine());
        ++line;
        if (const auto h = heading.match(text); h.hasMatch()) {
            store = h.captured(1);
            continue;
        }
        for (auto it = check.globalMatch(text); it.hasNext();) {
            const QString rule = it.next().captured(1).trimmed();
            if (store.isEmpty() || !validate(rule).isEmpty()) {
                *error = QStringLiteral("%1:%2: %3")
                             .arg(path)
                             .arg(line)
                             .arg(store.isEmpty() ? QStringLiteral("a check before any '## STORE' heading")
                                                  : validate(rule));
                return false;
            }
            if (!m_rules.contains(store))
                m_order << store;
            m_rules[store] << rule;
        }
    }
    return true;
}

CheckResult Expectations::check(const QString &ruleText, const CheckContext &c)
{
    const Rule rule = parse(ruleText);
    CheckResult result {ruleText, false, QString()};
    if (!rule.error.isEmpty()) {
        result.detail = rule.error;
        return result;
    }
    if (c.personas.isEmpty()) {
        result.detail = QStringLiteral("no personas");
        return result;
    }
    switch (rule.kind) {
    case Rule::NoArchetype:
        result.ok = std::none_of(c.personas.cbegin(), c.personas.cend(),
            [&](const PersonaInfo &p) { return rule.set.contains(p.archetype); });
        break;
    case Rule::SomeArchetype:
        result.ok = std::any_of(c.personas.cbegin(), c.personas.cend(),
            [&](const PersonaInfo &p) { return rule.set.contains(p.archetype); });
        break;
    case Rule::SomeArchetypeNot:
        result.ok = std::any_of(c.personas.cbegin(), c.personas.cend(),
            [&](const PersonaInfo &p) { return !rule.set.contains(p.archetype); });
        break;
    case Rule::EveryArchetype:
        result.ok = std::all_of(c.personas.cbegin(), c.personas.cend(),
            [&](const PersonaInfo &p) { return rule.set.contains(p.archetype); });
        break;
    case Rule::NoNameContains: {
        QStringList hits;
        for (const PersonaInfo &p : c.personas)
            if (p.name.contains(rule.text, Qt::CaseInsensitive)
                || p.archetypeName.contains(rule.text, Qt::CaseInsensitive))
                hits << QLatin1Char('"') + p.name + QLatin1Char('"');
        result.ok = hits.isEmpty();
        result.detail = hits.isEmpty() ? QString() : hits.join(QStringLiteral(", "));
        return result;
    }
    case Rule::Mostly:
        return mostly(rule, c, result);
    }
    result.detail = describe(c.personas);
    return result;
}

} // namespace pw::quality
