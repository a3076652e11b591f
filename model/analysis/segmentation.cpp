// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentation.h"

#include "archetypematcher.h"
#include "clusterquality.h"
#include "features.h"
#include "kmeans.h"
#include "segmentprofile.h"

#include "common/progress.h"
#include "persona/archetypecatalog.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pw {

namespace {


QString jsonText(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

/// The persona colour of an archetype: the catalogue's, else a fixed one per key.
QString archetypeColor(const QString &key)
{
    if (const Archetype *a = ArchetypeCatalog::instance().find(key); a && !a->color.isEmpty())
        return a->color;
    static const QHash<QString, QString> fallback = {{QStringLiteral("bouncer"), QStringLiteral("#757575")},
        {QStringLiteral("passive_browser"), QStringLiteral("#0277bd")},
        {QStringLiteral("cart_abandoner"), QStringLiteral("#ef6c00")},
        {QStringLiteral("first_time_low"), QStringLiteral("#7cb342")},
        {QStringLiteral("first_time_high"), QStringLiteral("#6a1b9a")},
        {QStringLiteral("repeat_buyer"), QStringLiteral("#2e7d32")},
        {QStringLiteral("discount_seeker"), QStringLiteral("#c62828")},
        {QStringLiteral("impulse_buyer"), QStringLiteral("#f9a825")}};
    return fallback.value(key, QStringLiteral("#546e7a"));
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

struct Clustering
{
    int k = 0;
    KMeansResult result;
    double silhouette = 0;
};

/// Writes the run, its assignments and its personas in one transaction.
bool storeRun(Project &project, const SegmentationOptions &options, const FeatureMatrix &matrix,
    const Clustering &chosen, const QJsonObject &scores, const QJsonObject &timings,
    SegmentationResult &result, Error &err)
{
    auto failWith = [&](const QString &reason) {
        err.message = QCoreApplication::translate("Segmentation", "The segmentation cannot be saved: %1").arg(reason);
        return false;
    };
    Transaction tx(project, QStringLiteral("segmentation"));
    if (!tx.isActive())
        return failWith(tx.lastError());

    const int d = matrix.columns();
    QJsonArray centroids;
    for (int c = 0; c < chosen.k; ++c) {
        QJsonArray centre;
        for (int j = 0; j < d; ++j)
            centre.append(double(chosen.result.centroids[size_t(c) * size_t(d) + size_t(j)]));
        centroids.append(centre);
    }
    const QJsonObject centroidsJson {{QStringLiteral("space"), QStringLiteral("standardised")},
        {QStringLiteral("features"), QJsonArray::fromStringList(matrix.keys)},
        {QStringLiteral("centroids"), centroids}, {QStringLiteral("transforms"), matrix.transformsJson()}};

    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("INSERT INTO segmentation_runs(created_at, k, seed, restarts, people, features, "
                             "scores, centroids, timings) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(chosen.k);
    q.addBindValue(qint64(options.seed));
    q.addBindValue(options.restarts);
    q.addBindValue(matrix.rows());
    q.addBindValue(jsonText(QJsonArray::fromStringList(matrix.keys)));
    q.addBindValue(jsonText(scores));
    q.addBindValue(jsonText(centroidsJson));
    q.addBindValue(jsonText(timings));
    if (!q.exec())
        return failWith(q.lastError().text());
    result.runId = q.lastInsertId().toLongLong();

    QVariantList runIds, personIds, segments;
    runIds.reserve(matrix.rows());
    personIds.reserve(matrix.rows());
    segments.reserve(matrix.rows());
    for (qsizetype i = 0; i < matrix.rows(); ++i) {
        runIds << result.runId;
        personIds << matrix.personIds[i];
        segments << chosen.result.labels[size_t(i)];
    }
    QSqlQuery insert(project.db());
    if (!insert.prepare(
            QStringLiteral("INSERT INTO assignments(run_id, person_id, segment) VALUES(?, ?, ?)")))
        return failWith(insert.lastError().text());
    insert.addBindValue(runIds);
    insert.addBindValue(personIds);
    insert.addBindValue(segments);
    if (!insert.execBatch())
        return failWith(insert.lastError().text());

    for (Persona &p : result.personas)
        p.runId = result.runId;
    Error personaError;
    if (!PersonaRepository::replaceAll(project, result.personas, &personaError))
        return failWith(personaError.message);
    if (!tx.commit())
        return failWith(tx.lastError());
    return true;
}

} // namespace

std::optional<SegmentationResult> runSegmentation(
    Project &project, const SegmentationOptions &options, Progress *progress, Error *error)
{
    Error local;
    Error &err = error ? *error : local;
    err = Error();
    QElapsedTimer timer;
    timer.start();

    std::optional<FeatureMatrix> features = computeFeatures(project, progress, &err);
    if (!features)
        return std::nullopt;
    const FeatureMatrix &matrix = *features;
    const double featureSeconds = seconds(timer);
    const qsizetype n = matrix.rows();
    const int d = matrix.columns();
    if (n == 0) {
        err.message = QCoreApplication::translate("Segmentation", "The project has no people to cluster: import customers, orders or events first");
        return std::nullopt;
    }
    if (d == 0) {
        err.message = QCoreApplication::translate("Segmentation", "The data cannot be clustered: no feature varies between people");
        return std::nullopt;
    }
    const int kLow = options.k > 0 ? options.k : options.kMin;
    int kHigh = options.k > 0 ? options.k : options.kMax;
    if (kLow < 1 || kHigh < kLow) {
        err.message = QCoreApplication::translate("Segmentation", "The number of segments must be at least 1 (asked: %1 to %2)").arg(kLow).arg(kHigh);
        return std::nullopt;
    }
    if (n < kLow) {
        err.message = QCoreApplication::translate("Segmentation", "There are %1 people, fewer than the %2 segments asked for").arg(n).arg(kLow);
        return std::nullopt;
    }
    kHigh = int(std::min<qsizetype>(kHigh, n));

    double clusteringSeconds = 0, selectionSeconds = 0;
    QList<Clustering> tried;
    QJsonObject silhouettes, inertias;
    SegmentationResult result;
    for (int k = kLow; k <= kHigh; ++k) {
        QElapsedTimer step;
        step.start();
        KMeansOptions ko;
        ko.k = k;
        ko.restarts = std::max(1, options.restarts);
        ko.seed = options.seed;
        Clustering c;
        c.k = k;
        c.result = kmeans(matrix.z.data(), n, d, ko, progress);
        if (c.result.canceled) {
            err.message = QCoreApplication::translate("Segmentation", "The segmentation was canceled");
            return std::nullopt;
        }
        clusteringSeconds += seconds(step);
        step.restart();
        c.silhouette = k >= 2 ? silhouetteScore(matrix.z.data(), n, d, c.result.labels,
                           options.silhouetteSample, options.seed ^ 0x5eedULL)
                              : 0.0;
        selectionSeconds += seconds(step);
        result.silhouetteByK.insert(k, c.silhouette);
        silhouettes.insert(QString::number(k), c.silhouette);
        inertias.insert(QString::number(k), c.result.inertia);
        tried << std::move(c);
    }
    QElapsedTimer step;
    step.start();
    qsizetype best = 0;
    for (qsizetype i = 1; i < tried.size(); ++i)
        if (tried[i].silhouette > tried[best].silhouette + 1e-12) // ties keep the smaller k
            best = i;
    const Clustering &chosen = tried[best];

    StoreProfile store;
    const QList<SegmentProfile> profiles
        = profileSegments(matrix, chosen.result.labels, chosen.result.centroids, chosen.k, &store);
    const QList<ArchetypeMatch> matches = ArchetypeMatcher::match(profiles, store);
    for (int c = 0; c < chosen.k; ++c) {
        Persona p;
        p.archetype = matches[c].archetype;
        p.nameSuffix = matches[c].nameSuffix;
        p.color = archetypeColor(p.archetype);
        p.segment = c;
        p.stats = personaStats(profiles[c], store);
        p.stats.confidence = matches[c].confidence;
        p.stats.distinguishing
            = distinguishingFeatures(matrix, chosen.result.labels, chosen.result.centroids, c);
        result.personas << p;
    }
    std::stable_sort(result.personas.begin(), result.personas.end(), [](const Persona &a, const Persona &b) {
        if (a.stats.shareRevenue != b.stats.shareRevenue)
            return a.stats.shareRevenue > b.stats.shareRevenue;
        return a.stats.size > b.stats.size;
    });
    selectionSeconds += seconds(step);

    result.k = chosen.k;
    result.people = n;
    result.features = matrix.keys;
    result.silhouette = chosen.silhouette;
    result.inertia = chosen.result.inertia;
    result.timings = QJsonObject {{QStringLiteral("features"), featureSeconds},
        {QStringLiteral("clustering"), clusteringSeconds}, {QStringLiteral("selection"), selectionSeconds}};
    const QJsonObject scores {{QStringLiteral("silhouette"), silhouettes},
        {QStringLiteral("inertia"), inertias}, {QStringLiteral("chosen_k"), chosen.k},
        {QStringLiteral("silhouette_sample"), options.silhouetteSample},
        {QStringLiteral("left_out"), QJsonArray::fromStringList(matrix.leftOut)}};
    if (progress && !progress->report(0, 0, QCoreApplication::translate("Segmentation", "Saving the segmentation"))) {
        err.message = QCoreApplication::translate("Segmentation", "The segmentation was canceled");
        return std::nullopt;
    }
    if (!storeRun(project, options, matrix, chosen, scores, result.timings, result, err))
        return std::nullopt;
    return result;
}

} // namespace pw
