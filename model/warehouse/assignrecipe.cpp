// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignrecipe.h"

#include "featurerecipe.h"

#include "analysis/runhistory.h"
#include "analysis/runstore.h"
#include "persona/persona.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw::AssignRecipe {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

/// A string literal: BigQuery and Spark escape with backslashes, the others double the quote.
QString literal(SqlDialect dialect, const QString &text)
{
    QString escaped = text;
    if (dialect == SqlDialect::BigQuery || dialect == SqlDialect::Spark) {
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    } else {
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    }
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// The dialect's 32-bit float, empty where it has none.
QString floatType(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::Postgres:
        return QStringLiteral("REAL");
    case SqlDialect::Spark:
    case SqlDialect::DuckDb:
        return QStringLiteral("FLOAT");
    default:
        return {};
    }
}

const char *kHeader =
    "-- Persona Workbench: every person's persona of run %1 (%2), computed in the warehouse.\n"
    "-- Reads the canonical tables customers, orders, order_items, events and reviews (the generic\n"
    "-- format's column names; a column the store lacks must be there as NULL), computes the run's\n"
    "-- features, standardises them with the run's transforms and gives each person the nearest\n"
    "-- centroid's persona.\n";

} // namespace

std::optional<RunModel> load(Project &project, qint64 runId, const QString &language, Error *error)
{
    const std::optional<SegmentationRun> run = RunStore::run(project, runId, error);
    if (!run)
        return std::nullopt;
    if (run->asOf) {
        fail(error, QCoreApplication::translate("Recipe", "Run %1 segmented the data as of %2: the recipe computes the "
                                                          "features of all the data, so it cannot assign as that run did")
                        .arg(runId)
                        .arg(run->asOf->toString(Qt::ISODate)));
        return std::nullopt;
    }
    RunModel model;
    model.runId = runId;
    model.transforms = run->transforms();
    for (const FeatureTransform &t : model.transforms) {
        if (!Feature::all().contains(t.key)) {
            fail(error, QCoreApplication::translate("Recipe", "Run %1 clusters a feature imported per person (%2): the "
                                                              "recipe computes only the app's own features")
                            .arg(runId)
                            .arg(t.key));
            return std::nullopt;
        }
    }
    const QJsonArray centroids = run->centroids.value(QStringLiteral("centroids")).toArray();
    const qsizetype d = model.transforms.size();
    for (const QJsonValue &c : centroids) {
        const QJsonArray centre = c.toArray();
        if (centre.size() != d) {
            fail(error, QCoreApplication::translate("Recipe", "Run %1 has no centroids of its features").arg(runId));
            return std::nullopt;
        }
        for (const QJsonValue &v : centre)
            model.centroids.push_back(v.toDouble());
    }
    if (centroids.isEmpty() || d == 0) {
        fail(error, QCoreApplication::translate("Recipe", "Run %1 has no centroids of its features").arg(runId));
        return std::nullopt;
    }
    std::optional<QList<SegmentPersona>> personas = segmentPersonas(project, runId, int(centroids.size()), language, error);
    if (!personas)
        return std::nullopt;
    model.personas = std::move(*personas);
    return model;
}

std::optional<QList<SegmentPersona>> segmentPersonas(Project &project, qint64 runId, int segments,
    const QString &language, Error *error)
{
    // The personas now made of the run's segments; else the ones they were when it was made.
    Error local;
    const QList<Persona> current = PersonaRepository::load(project, &local);
    if (local.isSet()) {
        fail(error, local.message);
        return std::nullopt;
    }
    const std::optional<QList<RunPersona>> then = RunHistory::personasOf(project, runId, error);
    if (!then)
        return std::nullopt;
    QList<SegmentPersona> list;
    for (int s = 0; s < segments; ++s) {
        SegmentPersona p;
        p.segment = s;
        for (const Persona &persona : current) {
            if (persona.runId == runId && persona.segment == s) {
                p.personaId = persona.id;
                p.name = persona.displayName(language);
            }
        }
        for (const RunPersona &r : *then) {
            if (p.personaId == 0 && r.segment == s) {
                p.personaId = r.personaId;
                p.name = r.displayName(language);
            }
        }
        list << p;
    }
    return list;
}

QString query(SqlDialect dialect, const RunModel &run)
{
    const QString dbl = SqlDialects::doubleType(dialect);
    const QString flt = floatType(dialect);
    const qsizetype d = run.transforms.size();
    const int k = int(run.personas.size());
    QStringList keys;
    for (const FeatureTransform &t : run.transforms)
        keys << t.key;
    const bool ownFrequency = !keys.contains(Feature::Frequency);
    if (ownFrequency)
        keys << Feature::Frequency;
    // Layer by layer, as FeatureTransform::apply(): filled (and logged), clipped, standardised.
    QStringList filled, clipped, standardised;
    for (qsizetype j = 0; j < d; ++j) {
        const FeatureTransform &t = run.transforms[j];
        const QString raw = t.key;
        const QString value = t.log ? QStringLiteral("LN(1 + CASE WHEN 0 < %1 THEN %1 ELSE 0 END)").arg(raw) : raw;
        filled << QStringLiteral("CASE WHEN %1 IS NULL THEN %2 ELSE CAST(%3 AS %4) END AS x%5")
                      .arg(raw, number(t.fill), value, dbl)
                      .arg(j);
        clipped << QStringLiteral("CASE WHEN x%1 < %2 THEN %2 WHEN %3 < x%1 THEN %3 ELSE x%1 END AS v%1")
                       .arg(j)
                       .arg(number(t.low), number(t.high));
        const QString shrink = t.credibility > 0
            ? QStringLiteral("CASE WHEN orders > 0 THEN CAST(orders AS %1) / (CAST(orders AS %1) + %2) ELSE 1 END").arg(dbl, number(t.credibility))
            : QStringLiteral("1");
        QString z = t.sd > 0 ? QStringLiteral("((%1 * %2) * (v%3 - %4)) / %5")
                                   .arg(number(t.weight), shrink)
                                   .arg(j)
                                   .arg(number(t.mean), number(t.sd))
                             : QStringLiteral("CAST(0 AS %1)").arg(dbl);
        if (!flt.isEmpty())
            z = QStringLiteral("CAST(%1 AS %2)").arg(z, flt);
        standardised << QStringLiteral("%1 AS z%2").arg(z).arg(j);
    }
    QStringList distances;
    for (int c = 0; c < k; ++c) {
        QString sum;
        for (qsizetype j = 0; j < d; ++j) {
            QString centre = number(run.centroids[size_t(c) * size_t(d) + size_t(j)]);
            if (!flt.isEmpty())
                centre = QStringLiteral("CAST(%1 AS %2)").arg(centre, flt);
            const QString term = QStringLiteral("(z%1 - %2) * (z%1 - %2)").arg(j).arg(centre);
            sum = sum.isEmpty() ? term : QStringLiteral("(%1) + %2").arg(sum, term);
        }
        distances << QStringLiteral("%1 AS d%2").arg(sum).arg(c);
    }
    // The lowest segment among the nearest: a segment wins over those before it only when nearer.
    QStringList nearest;
    for (int c = 0; c < k; ++c) {
        QStringList conditions;
        for (int o = 0; o < k; ++o)
            if (o != c)
                conditions << QStringLiteral("d%1 %2 d%3").arg(c).arg(o < c ? QStringLiteral("<") : QStringLiteral("<=")).arg(o);
        nearest << (conditions.isEmpty() ? QStringLiteral("WHEN 1 = 1 THEN %1").arg(c)
                                         : QStringLiteral("WHEN %1 THEN %2").arg(conditions.join(QStringLiteral(" AND "))).arg(c));
    }
    QStringList ids, names;
    for (const SegmentPersona &p : run.personas) {
        ids << QStringLiteral("WHEN %1 THEN %2").arg(p.segment).arg(p.personaId > 0 ? QString::number(p.personaId) : QStringLiteral("NULL"));
        names << QStringLiteral("WHEN %1 THEN %2").arg(p.segment).arg(p.personaId > 0 ? literal(dialect, p.name) : QStringLiteral("NULL"));
    }
    QString featureQuery = FeatureRecipe::query(dialect, keys);
    featureQuery.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    return QStringLiteral(
        "WITH\n"
        "features AS (\n  %1),\n"
        "filled AS (SELECT customer_id, %2 AS orders,\n  %3\n  FROM features),\n"
        "clipped AS (SELECT customer_id, orders,\n  %4\n  FROM filled),\n"
        "standardised AS (SELECT customer_id,\n  %5\n  FROM clipped),\n"
        "distances AS (SELECT customer_id,\n  %6\n  FROM standardised),\n"
        "nearest AS (SELECT customer_id, CASE %7 END AS segment FROM distances)\n"
        "SELECT customer_id, CASE segment %8 END AS persona_id, CASE segment %9 END AS persona_name\n"
        "FROM nearest")
        .arg(featureQuery, Feature::Frequency, filled.join(QStringLiteral(",\n  ")), clipped.join(QStringLiteral(",\n  ")),
            standardised.join(QStringLiteral(",\n  ")), distances.join(QStringLiteral(",\n  ")),
            nearest.join(QLatin1Char(' ')), ids.join(QLatin1Char(' ')), names.join(QLatin1Char(' ')));
}

QString script(SqlDialect dialect, const RunModel &run, const QString &table)
{
    return QString::fromLatin1(kHeader).arg(run.runId).arg(SqlDialects::name(dialect))
        + QStringLiteral("CREATE TABLE %1 AS\n%2;\n").arg(table, query(dialect, run));
}

} // namespace pw::AssignRecipe
