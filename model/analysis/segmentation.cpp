// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentation.h"

#include "runhistory.h"
#include "persona/personaversions.h"

#include "archetypematcher.h"
#include "featurescan.h"
#include "orderscan.h"
#include "clusterquality.h"
#include "features.h"
#include "kmeans.h"
#include "personarefresh.h"
#include "segmentprofile.h"
#include "stability.h"
#include "timeline.h"

#include "common/progress.h"
#include "persona/archetypecatalog.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
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
    bool scored = false; ///< silhouette measured (see SegmentationOptions::previousRun)
    bool stabilityMeasured = false;
    double calinskiHarabasz = 0;
    QHash<qint64, int> pinned; ///< locked persona id -> the segment of its pinned centroid
    QList<SegmentProfile> profiles;
    QList<ArchetypeMatch> matches;
    QStringList distinct; ///< the distinct archetype families its segments show with confidence
};

/// Archetypes that name one kind of persona at two depths count once when k is chosen: a split
/// into "repeat buyer" and "loyal customer", or into first-time buyers of low and high order
/// value, shows no new kind of customer.
QString archetypeFamily(const QString &archetype)
{
    if (archetype == QLatin1String("loyal_customer"))
        return QStringLiteral("repeat_buyer");
    if (archetype == QLatin1String("first_time_high") || archetype == QLatin1String("new_customer"))
        return QStringLiteral("first_time_low");
    return archetype;
}

/// The kinds of customer a clustering shows: the archetype families of its segments that fit
/// their archetype with confidence (at least kConfident) and hold a meaningful share of the
/// people (3 %) or of the revenue (5 %), in segment order.
QStringList distinctArchetypes(const QList<SegmentProfile> &profiles, const QList<ArchetypeMatch> &matches,
    const StoreProfile &store)
{
    constexpr double kConfident = 0.3;
    QStringList kinds;
    for (qsizetype c = 0; c < profiles.size(); ++c) {
        const SegmentProfile &p = profiles[c];
        const bool meaningful = (store.people > 0 && double(p.size) >= 0.03 * double(store.people))
            || (store.revenue > 0 && p.revenue >= 0.05 * store.revenue);
        const QString family = archetypeFamily(matches[c].archetype);
        if (matches[c].confidence >= kConfident && meaningful && !kinds.contains(family))
            kinds << family;
    }
    return kinds;
}

/// The segments of a clustering that hold active and lapsed repeat buyers together: at least 3 %
/// of the store's people are its repeat buyers, and between a quarter and three quarters of
/// them lapsed (see StoreProfile::lapseDays()). Such a segment hides one lifecycle stage in
/// another's persona.
int mixedLifecycleSegments(const QList<SegmentProfile> &profiles, const StoreProfile &store)
{
    int mixed = 0;
    for (const SegmentProfile &p : profiles)
        if (store.people > 0 && double(p.repeatBuyers) >= 0.03 * double(store.people)
            && p.repeatLapsedShare() >= 0.25 && p.repeatLapsedShare() <= 0.75)
            ++mixed;
    return mixed;
}

/// Total sum of squares of the standardised matrix around its mean (for Calinski–Harabasz).
double totalSumOfSquares(const FeatureMatrix &matrix)
{
    const qsizetype n = matrix.rows();
    const int d = matrix.columns();
    double total = 0;
    for (int j = 0; j < d; ++j) {
        double sum = 0, squares = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = matrix.zAt(i, j);
            sum += v;
            squares += v * v;
        }
        total += squares - sum * sum / double(std::max<qsizetype>(n, 1));
    }
    return total;
}

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

struct KChoice
{
    qsizetype index = 0;
    QString rule; ///< "asked", "kinds", "separation" or "kept" (see runSegmentation())
};

/// Chooses among the clusterings of each k tried (see runSegmentation()).
KChoice chooseK(const QList<Clustering> &tried)
{
    if (tried.size() == 1)
        return {0, QStringLiteral("asked")};
    double bestStability = 0, bestSilhouette = -1;
    for (const Clustering &c : tried)
        bestStability = std::max(bestStability, c.stability);
    for (const Clustering &c : tried)
        if (c.stability >= 0.9 * bestStability - 1e-12)
            bestSilhouette = std::max(bestSilhouette, c.silhouette);
    // Separation: among the stable k, the smallest whose silhouette is within kSilhouetteSlack of
    // the best; a larger k must separate the people clearly better to be worth another persona.
    constexpr double kSilhouetteSlack = 0.02;
    qsizetype best = 0;
    for (qsizetype i = tried.size() - 1; i >= 0; --i)
        if (tried[i].stability >= 0.9 * bestStability - 1e-12 && tried[i].silhouette >= bestSilhouette - kSilhouetteSlack)
            best = i;
    // Kinds: one segment more is worth it when the split shows another kind of customer (a core
    // persona of another archetype) while staying stable and nearly as well separated. A split
    // along a continuum, such as recency, may show a kind too, but it is not stable.
    constexpr double kKindsSilhouetteSlack = 0.08;
    QString rule = QStringLiteral("separation");
    // The smallest larger k that shows more kinds, not only the next one: a k tried beyond the
    // range (see runSegmentation()) may show a kind the one before it did not.
    for (;;) {
        qsizetype next = -1;
        for (qsizetype j = best + 1; j < tried.size() && next < 0; ++j)
            if (tried[j].distinct.size() > tried[best].distinct.size() && tried[j].stability >= 0.9 * bestStability - 1e-12
                && tried[j].silhouette >= bestSilhouette - kKindsSilhouetteSlack)
                next = j;
        if (next < 0)
            break;
        best = next;
        rule = QStringLiteral("kinds");
    }
    return {best, rule};
}

/// The segments of run `runId` as centres in this run's data: the mean standardised row of each
/// segment's people who are in `matrix` too. Empty when some segment has none of them; `k` gets
/// the run's number of segments.
std::vector<float> previousCentres(Project &project, qint64 runId, const FeatureMatrix &matrix, int *k, Error &err)
{
    *k = 0;
    auto *db = static_cast<sqlite3 *>(sqliteHandle(project));
    if (!db) {
        err.message = QStringLiteral("not an SQLite connection");
        return {};
    }
    RowScan scan(db, "SELECT person_id, segment FROM assignments WHERE run_id = ?1");
    scan.bind(1, runId);
    const PersonRows rows(matrix.personIds);
    const int d = matrix.columns();
    std::vector<double> sums;
    std::vector<qint64> counts;
    constexpr qint64 kMostSegments = 1024; // a damaged row must not size the vectors
    while (scan.next()) {
        const qint64 row = rows.rowOf(scan.integer(0));
        const qint64 segment = scan.integer(1);
        if (row < 0 || segment < 0 || segment >= kMostSegments)
            continue;
        if (size_t(segment) >= counts.size()) {
            counts.resize(size_t(segment) + 1, 0);
            sums.resize(counts.size() * size_t(d), 0.0);
        }
        ++counts[size_t(segment)];
        for (int j = 0; j < d; ++j)
            sums[size_t(segment) * size_t(d) + size_t(j)] += double(matrix.zAt(row, j));
    }
    err.message = scan.error();
    if (!err.message.isEmpty() || counts.empty() || std::count(counts.begin(), counts.end(), 0) > 0)
        return {};
    std::vector<float> centres(sums.size());
    for (size_t c = 0; c < counts.size(); ++c)
        for (int j = 0; j < d; ++j)
            centres[c * size_t(d) + size_t(j)] = float(sums[c * size_t(d) + size_t(j)] / double(counts[c]));
    *k = int(counts.size());
    return centres;
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
                             "scores, centroids, timings, as_of) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(chosen.k);
    q.addBindValue(qint64(options.seed));
    q.addBindValue(options.restarts);
    q.addBindValue(matrix.rows());
    q.addBindValue(jsonText(QJsonArray::fromStringList(matrix.keys)));
    q.addBindValue(jsonText(scores));
    q.addBindValue(jsonText(centroidsJson));
    q.addBindValue(jsonText(timings));
    q.addBindValue(matrix.asOf ? QVariant(matrix.asOf->startOfDay(Qt::UTC).toSecsSinceEpoch()) : QVariant());
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
        = planRefresh(project, matrix, chosen.result.centroids, chosen.result.labels, result.personas, &personaError,
              chosen.pinned);
    if (!personaError.message.isEmpty()
        || !storeRefresh(project, plan, &personaError, options.reads ? &options.reads->mix : nullptr)
        || !RunHistory::record(project, result.runId, &personaError)
        || !PersonaVersions::recordAll(project, VersionCause::Refresh, result.runId, &personaError))
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
    result.scores = stored;
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

namespace {

QString explainRule(const QJsonObject &scores, const QString &language)
{
    const QString rule = scores.value(QStringLiteral("k_rule")).toString();
    const int chosen = scores.value(QStringLiteral("chosen_k")).toInt();
    const QJsonObject kinds = scores.value(QStringLiteral("kinds")).toObject();
    auto names = [&](int k) {
        QStringList list;
        for (const QJsonValue &v : kinds.value(QString::number(k)).toArray()) {
            const Archetype *a = ArchetypeCatalog::instance().find(v.toString());
            list << (a ? a->name.text(language) : v.toString());
        }
        return list.join(QStringLiteral("; ")); // names may hold a comma ("First-time buyer, low order value")
    };
    const QLocale locale(language);
    const QJsonObject silhouettes = scores.value(QStringLiteral("silhouette")).toObject();
    auto silhouette = [&](int k) { return locale.toString(silhouettes.value(QString::number(k)).toDouble(), 'f', 3); };
    if (rule == QLatin1String("asked"))
        return QCoreApplication::translate("Segmentation", "%1 personas, as asked.").arg(chosen);
    if (rule == QLatin1String("kept"))
        return QCoreApplication::translate("Segmentation",
            "%1 personas (%2), as in the run before: no other number shows more kinds of customer.")
            .arg(chosen)
            .arg(names(chosen));
    if (rule == QLatin1String("kinds")) {
        // The k with fewer kinds that separation alone would have preferred, if any.
        int fewer = 0;
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            if (it.value().toArray().size() < kinds.value(QString::number(chosen)).toArray().size()
                && (fewer == 0 || silhouettes.value(it.key()).toDouble() > silhouettes.value(QString::number(fewer)).toDouble()))
                fewer = it.key().toInt();
        // The silhouette may prefer the smaller number, or only find it nearly as good.
        const bool prefers = silhouettes.value(QString::number(fewer)).toDouble() > silhouettes.value(QString::number(chosen)).toDouble();
        return (prefers ? QCoreApplication::translate("Segmentation",
                              "%1 personas: they show %2 kinds of customer (%3), %4 personas only %5 (%6). The silhouette "
                              "prefers %4 (%7 against %8), but merging would hide a core persona.")
                        : QCoreApplication::translate("Segmentation",
                              "%1 personas: they show %2 kinds of customer (%3), %4 personas only %5 (%6). %4 personas "
                              "separate people nearly as well (silhouette %7 against %8), but merging would hide a core persona."))
            .arg(chosen)
            .arg(kinds.value(QString::number(chosen)).toArray().size())
            .arg(names(chosen))
            .arg(fewer)
            .arg(kinds.value(QString::number(fewer)).toArray().size())
            .arg(names(fewer), silhouette(fewer), silhouette(chosen));
    }
    if (rule == QLatin1String("separation")) {
        const QString base = QCoreApplication::translate("Segmentation",
            "%1 personas (%2): the smallest number whose people are stable across re-runs and separated "
            "nearly as well as the best (silhouette %3).")
                                 .arg(chosen)
                                 .arg(names(chosen), silhouette(chosen));
        const QString next = QString::number(chosen + 1);
        if (!kinds.contains(next))
            return base;
        if (kinds.value(next).toArray().size() <= kinds.value(QString::number(chosen)).toArray().size())
            return base + QLatin1Char(' ')
                + QCoreApplication::translate("Segmentation", "One persona more would show no other kind of customer.");
        const QJsonObject stabilities = scores.value(QStringLiteral("stability")).toObject();
        return base + QLatin1Char(' ')
            + QCoreApplication::translate("Segmentation",
                "%1 personas would show another kind of customer (%2), but their people are not stable "
                "enough across re-runs or not separated well enough (silhouette %3, stability %4).")
                  .arg(chosen + 1)
                  .arg(names(chosen + 1), silhouette(chosen + 1),
                      locale.toString(stabilities.value(next).toDouble(), 'f', 3));
    }
    return {};
}

} // namespace

QString explainK(const QJsonObject &scores, const QString &language)
{
    const QString rule = explainRule(scores, language);
    if (rule.isEmpty() || !scores.value(QStringLiteral("k_extended")).toBool())
        return rule;
    return rule + QLatin1Char(' ')
        + QCoreApplication::translate("Segmentation",
            "%1 personas were tried besides the numbers asked for, because one persona held active and "
            "lapsed repeat buyers together.")
              .arg(scores.value(QStringLiteral("k_max")).toInt());
}

std::optional<SegmentationResult> runSegmentation(
    Project &project, const SegmentationOptions &options, Progress *progress, Error *error)
{
    if (!options.reads) {
        // A run on its own keeps what it reads too: the orders the features read once are what
        // the personas' channel mix and top categories are tallied from, instead of a second read
        // of every order while the run is saved (most of the saving's time on a big store).
        TimelineReads reads;
        SegmentationOptions keeping = options;
        keeping.reads = &reads;
        return runSegmentation(project, keeping, progress, error);
    }
    Error local;
    Error &err = error ? *error : local;
    err = Error();
    QElapsedTimer timer;
    timer.start();

    OrderHistory *orders = options.reads ? &options.reads->orders : nullptr;
    std::optional<FeatureMatrix> features = options.features
        ? computeFeatures(project, *options.features, progress, &err, options.asOf, orders)
        : computeFeatures(project, progress, &err, options.asOf, orders);
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
    const bool choosing = kLow != kHigh;
    // In a timeline, the run before's segments start k-means for their number (see
    // SegmentationOptions::previousRun); with locked personas' pinned centres, they do not.
    std::vector<float> warm;
    int warmK = 0;
    if (options.previousRun > 0 && pins.isEmpty()) {
        warm = previousCentres(project, options.previousRun, matrix, &warmK, err);
        if (!err.message.isEmpty())
            return std::nullopt;
    }
    // Only the silhouette of the k kept is measured when the choice cannot depend on the scores.
    const bool lazy = choosing && options.k == 0 && options.preferK > 0 && options.previousRun > 0;
    // Scores one clustering for the choice of k (or, with one k, its silhouette); false on a cancel.
    // A timeline's runs measure the silhouette on a smaller sample: there it mostly describes the
    // k kept, and the runs are many.
    constexpr int kTimelineSilhouetteSample = 4000;
    const int silhouetteSample = options.previousRun > 0 && options.silhouetteSample > 0
        ? std::min(options.silhouetteSample, kTimelineSilhouetteSample)
        : options.silhouetteSample;
    auto score = [&](Clustering &c, bool withStability = true) {
        const int k = c.k;
        if (choosing) {
            if (progress
                && !progress->report(k - kLow, kHigh - kLow + 1,
                    QCoreApplication::translate("Segmentation", "Scoring %1 segments").arg(k)))
                return false;
            c.silhouette = k >= 2 ? silhouetteScore(matrix.z.data(), n, d, c.result.labels,
                               silhouetteSample, options.seed ^ 0x5eedULL, options.threads)
                                  : 0.0;
            if (withStability && options.stabilityRuns > 0 && k >= 2) {
                StabilityOptions so;
                so.runs = options.stabilityRuns;
                so.sampleSize = options.stabilitySample;
                so.evaluationSize = options.silhouetteSample;
                so.seed = options.seed ^ 0x57ab1eULL;
                so.threads = options.threads;
                c.stability = clusteringStability(matrix.z.data(), n, d, k, c.result.labels, so);
                c.stabilityMeasured = true;
            }
        } else if (k >= 2) {
            // One k: the silhouette is still reported, stability is not needed to choose.
            c.silhouette = silhouetteScore(matrix.z.data(), n, d, c.result.labels, silhouetteSample,
                options.seed ^ 0x5eedULL, options.threads);
        }
        c.scored = true;
        return true;
    };
    double nestedSeconds = 0; // spent in tryK()
    // Clusters one k, and scores it unless the scores may not be needed; false on a cancel.
    auto tryK = [&](int k) {
        QElapsedTimer step;
        step.start();
        KMeansOptions ko;
        ko.k = k;
        ko.restarts = std::max(1, options.restarts);
        // A timeline's runs over many people, where the starts cost, make fewer: one besides the
        // run before's segments, a third for another k.
        constexpr qsizetype kManyPeople = 10000;
        if (options.previousRun > 0 && n >= kManyPeople)
            ko.restarts = k == warmK ? 1 : std::max(1, (ko.restarts + 2) / 3);
        if (k == warmK)
            ko.initial = warm;
        ko.seed = options.seed;
        ko.threads = options.threads;
        ko.pinned = pinnedCentres;
        Clustering c;
        c.k = k;
        c.pinned = pinnedSegments;
        c.result = kmeans(matrix.z.data(), n, d, ko, progress);
        if (c.result.canceled)
            return false;
        const double clustered = seconds(step);
        clusteringSeconds += clustered;
        if (!lazy && !score(c))
            return false;
        selectionSeconds += seconds(step) - clustered;
        nestedSeconds += seconds(step);
        tried << std::move(c);
        return true;
    };
    auto canceled = [&] {
        err.message = QCoreApplication::translate("Segmentation", "The segmentation was canceled");
        return std::nullopt;
    };
    for (int k = kLow; k <= kHigh; ++k)
        if (!tryK(k))
            return canceled();
    QElapsedTimer step;
    step.start();
    const double nestedBefore = nestedSeconds;
    // What each k means: the archetypes its segments match, and how well it separates people
    // by the between/within variance ratio (Calinski–Harabasz) besides the silhouette.
    StoreProfile store;
    const double totalSquares = totalSumOfSquares(matrix);
    QJsonObject calinski, archetypesByK, kindsByK;
    auto describe = [&](Clustering &c) {
        c.profiles = profileSegments(matrix, c.result.labels, c.result.centroids, c.k, &store);
        c.matches = ArchetypeMatcher::match(c.profiles, store);
        c.distinct = distinctArchetypes(c.profiles, c.matches, store);
    };
    for (Clustering &c : tried)
        describe(c);
    // The k the rules would choose holds active and lapsed repeat buyers in one segment (the
    // larger k went to another split, such as one-time buyers by how long ago they came, or are
    // unstable between that split and theirs): one k more than asked is tried, and kept among the
    // candidates only when it tells them apart without a handful-sized segment; the usual rules
    // then choose. Once, and never beyond kMaxExtended.
    // A segment of a handful of people (fewer than 10, or 1 % of everyone) is no persona to
    // prefer a k for: neither to try one more nor to keep the run before's.
    auto smallest = [](const Clustering &c) {
        qint64 least = std::numeric_limits<qint64>::max();
        for (const SegmentProfile &p : c.profiles)
            least = std::min(least, p.size);
        return least;
    };
    const qint64 fewest = std::max<qint64>(10, n / 100);
    // A timeline's run keeps the k of the run before, unscored, when no score could change that:
    // that k shows the most kinds of customer, no segment of a handful of people, and no k tried
    // mixes active and lapsed repeat buyers (which would try one k more). Else all are scored.
    std::optional<qsizetype> keptUnscored;
    if (lazy) {
        qsizetype prefer = -1;
        qsizetype mostKinds = 0;
        bool mixed = false;
        for (qsizetype i = 0; i < tried.size(); ++i) {
            if (tried[i].k == options.preferK)
                prefer = i;
            mostKinds = std::max(mostKinds, tried[i].distinct.size());
            mixed = mixed || mixedLifecycleSegments(tried[i].profiles, store) > 0;
        }
        if (prefer >= 0 && !mixed && tried[prefer].distinct.size() == mostKinds && smallest(tried[prefer]) >= fewest) {
            keptUnscored = prefer;
            if (!score(tried[prefer], false))
                return canceled();
        } else {
            for (Clustering &c : tried)
                if (!score(c))
                    return canceled();
        }
    }
    constexpr int kMaxExtended = 6;
    bool extended = false;
    if (!keptUnscored && choosing && options.k == 0 && kHigh < kMaxExtended && kHigh < n && tried.last().k == kHigh) {
        const int mixed = mixedLifecycleSegments(tried[chooseK(tried).index].profiles, store);
        if (mixed > 0) {
            if (!tryK(kHigh + 1) || (!tried.last().scored && !score(tried.last())))
                return canceled();
            describe(tried.last());
            if (mixedLifecycleSegments(tried.last().profiles, store) < mixed && smallest(tried.last()) >= fewest) {
                ++kHigh;
                extended = true;
            } else { // no better: forgotten, as if never tried
                tried.removeLast();
            }
        }
    }
    for (Clustering &c : tried) {
        const double within = c.result.inertia;
        c.calinskiHarabasz = c.k >= 2 && within > 0 && n > c.k
            ? ((totalSquares - within) / double(c.k - 1)) / (within / double(n - c.k))
            : 0.0;
        QJsonArray names;
        for (const ArchetypeMatch &m : c.matches)
            names.append(m.archetype);
        const QString key = QString::number(c.k);
        if (c.scored) {
            result.silhouetteByK.insert(c.k, c.silhouette);
            silhouettes.insert(key, c.silhouette);
        }
        if (c.stabilityMeasured) { // only measured when choosing k
            result.stabilityByK.insert(c.k, c.stability);
            stabilities.insert(key, c.stability);
        }
        inertias.insert(key, c.result.inertia);
        calinski.insert(key, c.calinskiHarabasz);
        archetypesByK.insert(key, names);
        kindsByK.insert(key, QJsonArray::fromStringList(c.distinct));
    }
    KChoice choice = keptUnscored ? KChoice {*keptUnscored, QStringLiteral("kept")} : chooseK(tried);
    // A timeline keeps the number of personas of the run before while the chosen one shows no
    // other kind of customer: a persona is not born or lost to a split along a continuum.
    // Never for a segment of a handful of people (fewer than 10, or 1 % of everyone).
    for (qsizetype i = 0; i < tried.size(); ++i)
        if (options.preferK > 0 && tried[i].k == options.preferK && i != choice.index
            && tried[i].distinct.size() >= tried[choice.index].distinct.size() && smallest(tried[i]) >= fewest)
            choice = {i, QStringLiteral("kept")};
    const Clustering &chosen = tried[choice.index];
    for (const Clustering &c : tried) {
        result.calinskiHarabaszByK.insert(c.k, c.calinskiHarabasz);
        result.kindsByK.insert(c.k, c.distinct);
    }
    result.kRule = choice.rule;
    const QList<SegmentProfile> &profiles = chosen.profiles;
    const QList<ArchetypeMatch> &matches = chosen.matches;
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
    selectionSeconds += seconds(step) - (nestedSeconds - nestedBefore);

    result.k = chosen.k;
    result.asOf = matrix.asOf;
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
        {QStringLiteral("calinski_harabasz"), calinski}, {QStringLiteral("archetypes"), archetypesByK},
        {QStringLiteral("kinds"), kindsByK}, {QStringLiteral("k_rule"), choice.rule},
        {QStringLiteral("chosen_k"), chosen.k}, {QStringLiteral("k_min"), kLow}, {QStringLiteral("k_max"), kHigh},
        {QStringLiteral("k_extended"), extended},
        {QStringLiteral("silhouette_sample"), silhouetteSample},
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
