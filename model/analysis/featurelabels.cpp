// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurelabels.h"

#include "features.h"

#include "persona/textbounds.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pw::FeatureLabels {

namespace {

/// The words of one run of letters and digits: split where a lower-case letter or a digit meets
/// an upper-case one ("bounceRates", "Top10Products") and before the last capital of a run of
/// capitals followed by lower case ("HTMLPages": "HTML", "Pages"), but not before a plural "s"
/// ("IDs").
QStringList camelWords(const QString &run)
{
    QStringList words;
    qsizetype start = 0;
    for (qsizetype i = 1; i < run.size(); ++i) {
        const QChar prev = run[i - 1], c = run[i];
        if (!c.isUpper())
            continue;
        bool split = prev.isLower() || prev.isDigit();
        if (!split && prev.isUpper() && i + 1 < run.size() && run[i + 1].isLower()) {
            const bool plural = run[i + 1] == QLatin1Char('s') && (i + 2 == run.size() || !run[i + 2].isLower());
            split = !plural;
        }
        if (split) {
            words << run.mid(start, i - start);
            start = i;
        }
    }
    words << run.mid(start);
    return words;
}

/// An acronym keeps its case: two or more capitals (a plural "s" and digits allowed), "ID",
/// "URLs", "GA4".
bool isAcronym(const QString &word)
{
    int upper = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.isUpper())
            ++upper;
        else if (c.isLower() && !(c == QLatin1Char('s') && i == word.size() - 1))
            return false;
    }
    return upper >= 2;
}

} // namespace

QString humanise(const QString &column)
{
    QStringList words;
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            words << camelWords(run);
        run.clear();
    };
    for (const QChar c : column) {
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c.isSpace())
            flush();
        else
            run += c;
    }
    flush();
    if (words.isEmpty())
        return column.trimmed();
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (isAcronym(w))
            continue;
        w = w.toLower();
        if (i == 0)
            w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QString label(const QString &column, const QHash<QString, QString> &labels)
{
    const QString own = labels.value(column);
    return own.isEmpty() ? humanise(column) : own;
}

QHash<QString, QString> load(const Project &project)
{
    const QString text = project.setting(QLatin1String(kSettingKey)).toString();
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    QHash<QString, QString> labels;
    // A project file may come from someone else: a label is read within bounds, without
    // direction overrides (it becomes part of persona names and their reasons).
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const QString l = bounds::capped(bounds::withoutDirectionOverrides(it.value().toString()).trimmed(), bounds::maxLabelChars);
            !l.isEmpty())
            labels.insert(it.key().left(bounds::maxNameChars), l);
    return labels;
}

QStringList importedColumns(Project &project, Error *error)
{
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    QStringList columns;
    if (!q.exec(QStringLiteral("SELECT DISTINCT feature FROM person_features ORDER BY feature"))) {
        fail(error, q.lastError().text());
        return {};
    }
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

bool setLabel(Project &project, const QString &column, const QString &label, Error *error)
{
    const QString name = Feature::isImported(column) ? column.mid(Feature::ImportedPrefix.size()) : column;
    Error local;
    const QStringList columns = importedColumns(project, &local);
    if (local.isSet())
        return fail(error, local.message);
    if (!columns.contains(name)) {
        return fail(error, columns.isEmpty()
                               ? QCoreApplication::translate("FeatureLabels", "The project has no features imported per person")
                               : QCoreApplication::translate("FeatureLabels", "No feature imported per person is named '%1' (the project has: %2)")
                                     .arg(name, columns.join(QStringLiteral(", "))));
    }
    const QString clean = bounds::withoutDirectionOverrides(label).trimmed();
    if (clean.size() > bounds::maxLabelChars)
        return fail(error, QCoreApplication::translate("FeatureLabels", "A label is at most %1 characters long (this one has %2)")
                               .arg(bounds::maxLabelChars)
                               .arg(clean.size()));
    QHash<QString, QString> labels = load(project);
    if (clean.isEmpty())
        labels.remove(name);
    else
        labels.insert(name, clean);
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    if (!project.setSetting(QLatin1String(kSettingKey), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                            &local))
        return fail(error, QCoreApplication::translate("FeatureLabels", "The label cannot be saved: %1").arg(local.message));
    return true;
}

} // namespace pw::FeatureLabels
