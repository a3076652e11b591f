// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentation.h"

#include "archetypematcher.h"
#include "featurescan.h"
#include "clusterquality.h"
#include "features.h"
#include "kmeans.h"
#include "personarefresh.h"
#include "segmentprofile.h"
#include "stability.h"

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

QJsonObject weightsJson(const FeatureMatrix &matrix)
{
    QJsonObject w;
    for (const FeatureTransform &t : matrix.transforms)
        w.insert(t.key, t.weight);
    return w;
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
    double stability = 1;
    QHash<qint64, int> pinned; ///< locked persona id -> the segment of its pinned centroid
};

QString reasonKey(LeftOutReason reason)
{
    switch (reason) {
    case LeftOutReason::NoData:
        return QStringLiteral("no_data");
    case LeftOutReason::SwitchedOff:
        return QStringLiteral("switched_off");
    case LeftOutReason::NoVariation:
        break;
    }
    return QStringLiteral("no_variation");
}

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

    if (Error before; !result.change.recordBefore(project, &before))
        return failWith(before.message);
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

    if (const QString problem = insertAssignments(project, result.runId, matrix.personIds, chosen.result.labels);
        !problem.isEmpty())
        return failWith(problem);

    for (Persona &p : result.personas)
        p.runId = result.runId;
    Error personaError;
    RefreshPlan plan
        = planRefresh(project, matrix, chosen.result.centroids, result.personas, &personaError, chosen.pinned);
    if (!personaError.message.isEmpty() || !storeRefresh(project, plan, &personaError))
        return failWith(personaError.message);
    result.personas = plan.personas;
    result.shift = plan.shift;
    result.revenueCoverage = revenueCoverage(result.personas);
    QJsonObject stored = scores;
    stored.insert(QStringLiteral("shift"), plan.shift);
    QJsonArray coverage;
    for (double v : result.revenueCoverage)
        coverage.append(v);
    stored.insert(QStringLiteral("revenue_coverage"), coverage);
    QSqlQuery update(project.db());
    update.prepare(QStringLiteral("UPDATE segmentation_runs SET scores = ? WHERE id = ?"));
    update.addBindValue(jsonText(stored));
    update.addBindValue(result.runId);
    if (!update.exec())
        return failWith(update.lastError().text());
    if (Error after; !result.change.recordAfter(project, result.runId, plan.taken, &after))
        return failWith(after.message);
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

    std::optional<FeatureMatrix> features = options.features
        ? computeFeatures(project, *options.features, progress, &err)
        : computeFeatures(project, progress, &err);
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
    // Locked personas keep their segments: their centroids, in this run's space, are pinned as
    // the first ones, so k is at least their number.
    const QList<PinnedPersona> pins = lockedCentroids(project, matrix, &err);
    if (!err.message.isEmpty())
        return std::nullopt;
    std::vector<float> pinnedCentres;
    QHash<qint64, int> pinnedSegments;
    for (const PinnedPersona &pin : pins) {
        pinnedSegments.insert(pin.personaId, int(pinnedSegments.size()));
        pinnedCentres.insert(pinnedCentres.end(), pin.centre.begin(), pin.centre.end());
    }
    const int kLow = std::max(options.k > 0 ? options.k : options.kMin, int(pins.size()));
    int kHigh = std::max(options.k > 0 ? options.k : options.kMax, kLow);
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
    QJsonObject silhouettes, inertias, stabilities;
    SegmentationResult result;
    for (int k = kLow; k <= kHigh; ++k) {
        QElapsedTimer step;
        step.start();
        KMeansOptions ko;
        ko.k = k;
        ko.restarts = std::max(1, options.restarts);
        ko.seed = options.seed;
        ko.threads = options.threads;
        ko.pinned = pinnedCentres;
        Clustering c;
        c.k = k;
        c.pinned = pinnedSegments;
        c.result = kmeans(matrix.z.data(), n, d, ko, progress);
        if (c.result.canceled) {
            err.message = QCoreApplication::translate("Segmentation", "The segmentation was canceled");
            return std::nullopt;
        }
        clusteringSeconds += seconds(step);
        step.restart();
        if (kLow != kHigh) {
            if (progress
                && !progress->report(k - kLow, kHigh - kLow + 1,
                    QCoreApplication::translate("Segmentation", "Scoring %1 segments").arg(k))) {
                err.message = QCoreApplication::translate("Segmentation", "The segmentation was canceled");
                return std::nullopt;
            }
            c.silhouette = k >= 2 ? silhouetteScore(matrix.z.data(), n, d, c.result.labels,
                               options.silhouetteSample, options.seed ^ 0x5eedULL)
                                  : 0.0;
            if (options.stabilityRuns > 0 && k >= 2) {
                StabilityOptions so;
                so.runs = options.stabilityRuns;
                so.sampleSize = options.stabilitySample;
                so.evaluationSize = options.silhouetteSample;
                so.seed = options.seed ^ 0x57ab1eULL;
                so.threads = options.threads;
                c.stability = clusteringStability(matrix.z.data(), n, d, k, c.result.labels, so);
            }
        } else if (k >= 2) {
            // One k: the silhouette is still reported, stability is not needed to choose.
            c.silhouette = silhouetteScore(matrix.z.data(), n, d, c.result.labels, options.silhouetteSample,
                options.seed ^ 0x5eedULL);
        }
        selectionSeconds += seconds(step);
        result.silhouetteByK.insert(k, c.silhouette);
        silhouettes.insert(QString::number(k), c.silhouette);
        if (kLow != kHigh && options.stabilityRuns > 0) { // only measured when choosing k
            result.stabilityByK.insert(k, c.stability);
            stabilities.insert(QString::number(k), c.stability);
        }
        inertias.insert(QString::number(k), c.result.inertia);
        tried << std::move(c);
    }
    QElapsedTimer step;
    step.start();
    double bestStability = 0;
    for (const Clustering &c : tried)
        bestStability = std::max(bestStability, c.stability);
    // Among the stable k, the smallest whose silhouette is within kSilhouetteSlack of the best:
    // a larger k must separate the people clearly better to be worth another persona.
    constexpr double kSilhouetteSlack = 0.02;
    double bestSilhouette = -1;
    for (const Clustering &c : tried)
        if (c.stability >= 0.9 * bestStability - 1e-12)
            bestSilhouette = std::max(bestSilhouette, c.silhouette);
    qsizetype best = -1;
    for (qsizetype i = 0; i < tried.size() && best < 0; ++i)
        if (tried[i].stability >= 0.9 * bestStability - 1e-12 && tried[i].silhouette >= bestSilhouette - kSilhouetteSlack)
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
        p.color = ArchetypeMatcher::color(p.archetype);
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
    result.stability = chosen.stability;
    result.inertia = chosen.result.inertia;
    result.leftOut = matrix.leftOut;
    for (auto it = matrix.leftOutReasons.cbegin(); it != matrix.leftOutReasons.cend(); ++it)
        result.leftOutReasons.insert(it.key(), reasonKey(it.value()));
    result.timings = QJsonObject {{QStringLiteral("features"), featureSeconds},
        {QStringLiteral("clustering"), clusteringSeconds}, {QStringLiteral("selection"), selectionSeconds}};
    const QJsonObject scores {{QStringLiteral("silhouette"), silhouettes},
        {QStringLiteral("stability"), stabilities}, {QStringLiteral("inertia"), inertias},
        {QStringLiteral("chosen_k"), chosen.k}, {QStringLiteral("k_min"), kLow}, {QStringLiteral("k_max"), kHigh},
        {QStringLiteral("silhouette_sample"), options.silhouetteSample},
        {QStringLiteral("stability_runs"), options.stabilityRuns},
        {QStringLiteral("left_out"), QJsonArray::fromStringList(matrix.leftOut)},
        {QStringLiteral("left_out_reasons"), result.leftOutReasons},
        {QStringLiteral("weights"), weightsJson(matrix)}};
    if (progress && !progress->report(0, 0, QCoreApplication::translate("Segmentation", "Saving the segmentation"))) {
        err.message = QCoreApplication::translate("Segmentation", "The segmentation was canceled");
        return std::nullopt;
    }
    if (!storeRun(project, options, matrix, chosen, scores, result.timings, result, err))
        return std::nullopt;
    return result;
}

} // namespace pw
