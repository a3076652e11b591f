// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstore.h"

#include "demo/csvwriter.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace pw {

namespace {


QJsonDocument parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

} // namespace

QList<FeatureTransform> SegmentationRun::transforms() const
{
    QList<FeatureTransform> list;
    for (const QJsonValue &v : centroids.value(QStringLiteral("transforms")).toArray())
        list << FeatureTransform::fromJson(v.toObject());
    return list;
}

namespace RunStore {

namespace {

/// Runs matching `where` (an SQL condition on segmentation_runs with bound `values`), newest first.
std::optional<QList<SegmentationRun>> readRuns(
    Project &project, const QString &where, const QVariantList &values, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT id, created_at, k, seed, restarts, people, features, scores, centroids, "
                             "timings, as_of FROM segmentation_runs %1 ORDER BY id DESC")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            error->message = QCoreApplication::translate("RunStore", "The segmentation runs cannot be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<SegmentationRun> runs;
    while (q.next()) {
        SegmentationRun run;
        run.id = q.value(0).toLongLong();
        run.createdAt = q.value(1).toLongLong();
        run.k = q.value(2).toInt();
        run.seed = quint64(q.value(3).toLongLong());
        run.restarts = q.value(4).toInt();
        run.people = q.value(5).toLongLong();
        for (const QJsonValue &v : parse(q.value(6).toString()).array())
            run.features << v.toString();
        run.scores = parse(q.value(7).toString()).object();
        run.centroids = parse(q.value(8).toString()).object();
        run.timings = parse(q.value(9).toString()).object();
        if (!q.value(10).isNull())
            run.asOf = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC).date();
        runs << run;
    }
    return runs;
}

} // namespace

std::optional<QList<SegmentationRun>> allRuns(Project &project, Error *error)
{
    return readRuns(project, QString(), {}, error);
}

std::optional<SegmentationRun> run(Project &project, qint64 id, Error *error)
{
    const auto runs = readRuns(project, QStringLiteral("WHERE id = ?"), {id}, error);
    if (!runs)
        return std::nullopt;
    if (runs->isEmpty()) {
        if (error)
            error->message = QCoreApplication::translate("RunStore", "There is no segmentation run %1").arg(id);
        return std::nullopt;
    }
    return runs->first();
}

std::optional<SegmentationRun> latestRun(Project &project, Error *error)
{
    const auto runs = readRuns(
        project, QStringLiteral("WHERE id = (SELECT MAX(id) FROM segmentation_runs)"), {}, error);
    if (!runs)
        return std::nullopt;
    if (runs->isEmpty()) {
        if (error)
            error->message = QCoreApplication::translate("RunStore", "The project has not been clustered yet");
        return std::nullopt;
    }
    return runs->first();
}

std::optional<QList<PersonAssignment>> latestAssignments(Project &project, Error *error)
{
    const std::optional<SegmentationRun> run = latestRun(project, error);
    if (!run)
        return std::nullopt;
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.customer_id, a.segment, s.id, s.position FROM assignments a"
                             " JOIN people p ON p.id = a.person_id"
                             " LEFT JOIN personas s ON s.run_id = a.run_id AND s.segment = a.segment"
                             " WHERE a.run_id = ? ORDER BY p.customer_id"));
    q.addBindValue(run->id);
    if (!q.exec()) {
        if (error)
            error->message = QCoreApplication::translate("RunStore", "The assignments cannot be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<PersonAssignment> list;
    while (q.next())
        list << PersonAssignment {q.value(0).toString(), q.value(1).toInt(),
            q.value(2).isNull() ? 0 : q.value(2).toLongLong(), q.value(3).isNull() ? -1 : q.value(3).toInt()};
    return list;
}

std::optional<FeatureMatrix> latestFeatures(Project &project, Progress *progress, Error *error)
{
    const std::optional<SegmentationRun> run = latestRun(project, error);
    if (!run)
        return std::nullopt;
    std::optional<FeatureMatrix> all = computeFeatures(project, run->transforms(), progress, error, run->asOf);
    if (!all)
        return std::nullopt;

    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT person_id FROM assignments WHERE run_id = ?"));
    q.addBindValue(run->id);
    if (!q.exec()) {
        if (error)
            error->message = QCoreApplication::translate("RunStore", "The assignments cannot be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QSet<qint64> clustered;
    while (q.next())
        clustered.insert(q.value(0).toLongLong());

    // Keep only the rows of the people the run clustered.
    FeatureMatrix m;
    m.asOf = all->asOf;
    m.keys = all->keys;
    m.transforms = all->transforms;
    const size_t d = size_t(m.columns());
    for (qsizetype i = 0; i < all->rows(); ++i) {
        if (!clustered.contains(all->personIds[i]))
            continue;
        m.personIds << all->personIds[i];
        m.activity.push_back(all->activity[size_t(i)]);
        m.raw.insert(m.raw.end(), all->raw.begin() + qsizetype(size_t(i) * d),
            all->raw.begin() + qsizetype(size_t(i + 1) * d));
        m.z.insert(m.z.end(), all->z.begin() + qsizetype(size_t(i) * d),
            all->z.begin() + qsizetype(size_t(i + 1) * d));
    }
    return m;
}

std::optional<QStringList> customerIds(Project &project, const QList<qint64> &personIds, Error *error)
{
    QStringList ids;
    ids.reserve(personIds.size());
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, customer_id FROM people ORDER BY id"))) {
        if (error)
            error->message = q.lastError().text();
        return std::nullopt;
    }
    // Both in the order of the ids: one merge.
    bool more = q.next();
    for (const qint64 id : personIds) {
        while (more && q.value(0).toLongLong() < id)
            more = q.next();
        if (!more || q.value(0).toLongLong() != id) {
            if (error)
                error->message = QCoreApplication::translate("RunStore", "Person %1 is no longer in the project.").arg(id);
            return std::nullopt;
        }
        ids << q.value(1).toString();
    }
    return ids;
}

bool writeAssignmentsCsv(Project &project, const QString &path, Error *error)
{
    const std::optional<QList<PersonAssignment>> list = latestAssignments(project, error);
    if (!list)
        return false;
    CsvWriter writer(path);
    writer.writeRow({QStringLiteral("customer_id"), QStringLiteral("persona")});
    for (const PersonAssignment &a : *list)
        writer.writeRow({a.customerId, a.personaId > 0 ? QString::number(a.personaId) : QString()});
    return writer.commit(error);
}

bool writeFeaturesCsv(Project &project, const QString &path, Progress *progress, Error *error)
{
    const std::optional<FeatureMatrix> m = latestFeatures(project, progress, error);
    if (!m)
        return false;
    const std::optional<QStringList> customers = customerIds(project, m->personIds, error);
    if (!customers)
        return false;
    CsvWriter writer(path);
    writer.writeRow(QStringList {QStringLiteral("customer_id")} + m->keys);
    for (qsizetype i = 0; i < m->rows(); ++i) {
        QStringList row {(*customers)[i]};
        for (int j = 0; j < m->columns(); ++j)
            row << QString::number(double(m->zAt(i, j)), 'g', 7);
        writer.writeRow(row);
    }
    return writer.commit(error);
}

} // namespace RunStore

} // namespace pw
