// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentedit.h"

#include "runhistory.h"
#include "persona/personaversions.h"

#include "archetypematcher.h"
#include "kmeans.h"
#include "personarefresh.h"
#include "runstore.h"
#include "segmentmix.h"
#include "segmentprofile.h"

#include "persona/persona.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pw::SegmentEdit {

namespace {

/// The latest run with its feature matrix, its labels (one per row) and its personas.
struct RunState
{
    SegmentationRun run;
    FeatureMatrix matrix;
    std::vector<int> labels;
    QList<Persona> personas; ///< those of the run
    QList<Persona> others; ///< the project's other personas
};

bool loadState(Project &project, Progress *progress, RunState &state, Error *error)
{
    const auto run = RunStore::latestRun(project, error);
    if (!run)
        return false;
    state.run = *run;
    auto matrix = RunStore::latestFeatures(project, progress, error);
    if (!matrix)
        return false;
    state.matrix = std::move(*matrix);
    QHash<qint64, int> segmentOf;
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT person_id, segment FROM assignments WHERE run_id = ?"));
    q.addBindValue(state.run.id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    while (q.next())
        segmentOf.insert(q.value(0).toLongLong(), q.value(1).toInt());
    state.labels.resize(size_t(state.matrix.rows()));
    for (qsizetype i = 0; i < state.matrix.rows(); ++i)
        state.labels[size_t(i)] = segmentOf.value(state.matrix.personIds[i], 0);
    Error loadError;
    for (const Persona &p : PersonaRepository::load(project, &loadError)) {
        if (p.runId == state.run.id && p.segment >= 0)
            state.personas << p;
        else
            state.others << p;
    }
    return loadError.message.isEmpty() || fail(error, loadError.message);
}

const Persona *findPersona(const RunState &state, qint64 id)
{
    for (const Persona &p : state.personas)
        if (p.id == id)
            return &p;
    return nullptr;
}

/// Recomputes centroids and evidence from `state.labels`, stores assignments (for the rows in
/// `changedRows`), centroids, the edit record and the personas (`removed` deleted, `added`
/// inserted), in one transaction.
bool store(Project &project, RunState &state, const std::vector<qsizetype> &changedRows, qint64 removed,
    Persona *added, const QJsonObject &edit, Error *error)
{
    const int d = state.matrix.columns();
    int k = 0;
    for (int l : state.labels)
        k = std::max(k, l + 1);
    std::vector<float> centroids(size_t(k) * size_t(d), 0.0f);
    std::vector<double> sums(size_t(k) * size_t(d), 0.0);
    std::vector<qint64> counts(size_t(k), 0);
    for (qsizetype i = 0; i < state.matrix.rows(); ++i) {
        const int c = state.labels[size_t(i)];
        ++counts[size_t(c)];
        for (int j = 0; j < d; ++j)
            sums[size_t(c) * size_t(d) + size_t(j)] += double(state.matrix.zAt(i, j));
    }
    for (int c = 0; c < k; ++c)
        for (int j = 0; j < d; ++j)
            centroids[size_t(c) * size_t(d) + size_t(j)]
                = counts[size_t(c)] > 0 ? float(sums[size_t(c) * size_t(d) + size_t(j)] / double(counts[size_t(c)])) : 0.0f;

    StoreProfile storeProfile;
    const QList<SegmentProfile> profiles = profileSegments(state.matrix, state.labels, centroids, k, &storeProfile);
    const QList<ArchetypeMatch> matches = ArchetypeMatcher::match(profiles, storeProfile);
    const QSet<qint64> locked = lockedPersonas(project);
    auto refreshPersona = [&](Persona &p) {
        p.stats = personaStats(profiles[p.segment], storeProfile);
        p.stats.confidence = matches[p.segment].confidence;
        p.stats.distinguishing = distinguishingFeatures(state.matrix, state.labels, centroids, p.segment);
        if (!locked.contains(p.id)) {
            p.archetype = matches[p.segment].archetype;
            p.nameSuffix = matches[p.segment].nameSuffix;
        }
    };

    Transaction tx(project, QStringLiteral("segment_edit"));
    if (!tx.isActive())
        return fail(error, tx.lastError());
    QSqlQuery q(project.db());
    if (!changedRows.empty()) {
        QVariantList segments, runIds, personIds;
        for (qsizetype i : changedRows) {
            segments << state.labels[size_t(i)];
            runIds << state.run.id;
            personIds << state.matrix.personIds[i];
        }
        q.prepare(QStringLiteral("UPDATE assignments SET segment = ? WHERE run_id = ? AND person_id = ?"));
        q.addBindValue(segments);
        q.addBindValue(runIds);
        q.addBindValue(personIds);
        if (!q.execBatch())
            return fail(error, q.lastError().text());
    }
    QJsonArray centres;
    for (int c = 0; c < k; ++c) {
        QJsonArray centre;
        for (int j = 0; j < d; ++j)
            centre.append(double(centroids[size_t(c) * size_t(d) + size_t(j)]));
        centres.append(centre);
    }
    QJsonObject centroidsJson = state.run.centroids;
    centroidsJson.insert(QStringLiteral("centroids"), centres);
    QJsonObject scores = state.run.scores;
    QJsonArray edits = scores.value(QStringLiteral("edits")).toArray();
    edits.append(edit);
    scores.insert(QStringLiteral("edits"), edits);

    if (removed > 0 && !PersonaRepository::remove(project, removed, error))
        return false;
    QList<Persona> all;
    for (Persona &p : state.personas) {
        if (p.id == removed)
            continue;
        refreshPersona(p);
        all << p;
    }
    if (added) {
        refreshPersona(*added);
        added->color = ArchetypeMatcher::color(added->archetype);
        added->runId = state.run.id;
        all << *added;
    }
    std::stable_sort(all.begin(), all.end(), [](const Persona &a, const Persona &b) {
        return a.stats.shareRevenue > b.stats.shareRevenue;
    });
    all << state.others;
    if (!SegmentMix::attach(project, all, error))
        return false;
    QList<qint64> order;
    for (int i = 0; i < all.size(); ++i) {
        Persona &p = all[i];
        p.position = i;
        const bool ok = p.id > 0 ? PersonaRepository::updateFigures(project, p, error)
                                 : PersonaRepository::insert(project, p, error);
        if (!ok)
            return false;
        if (added && p.segment == added->segment && p.runId == added->runId)
            added->id = p.id;
        order << p.id;
    }
    if (!PersonaRepository::reorder(project, order, error))
        return false;
    qint64 segmentsInUse = 0;
    for (qint64 c : counts)
        segmentsInUse += c > 0 ? 1 : 0;
    QJsonArray coverage;
    for (double v : revenueCoverage(all.mid(0, all.size() - state.others.size())))
        coverage.append(v);
    scores.insert(QStringLiteral("revenue_coverage"), coverage);
    q.prepare(QStringLiteral("UPDATE segmentation_runs SET k = ?, scores = ?, centroids = ? WHERE id = ?"));
    q.addBindValue(segmentsInUse);
    q.addBindValue(QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(centroidsJson).toJson(QJsonDocument::Compact)));
    q.addBindValue(state.run.id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    if (!RunHistory::record(project, state.run.id, error)
        || !PersonaVersions::recordAll(project, VersionCause::Refresh, state.run.id, error))
        return false;
    if (!tx.commit())
        return fail(error, tx.lastError());
    return true;
}

} // namespace

bool merge(Project &project, qint64 keepId, qint64 otherId, Progress *progress, Error *error)
{
    RunState state;
    if (!loadState(project, progress, state, error))
        return false;
    const Persona *keep = findPersona(state, keepId);
    const Persona *other = findPersona(state, otherId);
    if (!keep || !other || keepId == otherId)
        return fail(error,
            QCoreApplication::translate("Segmentation", "Merging needs two different personas of the latest segmentation run"));
    const int into = keep->segment;
    const int from = other->segment;
    std::vector<qsizetype> changed;
    for (qsizetype i = 0; i < state.matrix.rows(); ++i) {
        if (state.labels[size_t(i)] == from) {
            state.labels[size_t(i)] = into;
            changed.push_back(i);
        }
    }
    const QJsonObject edit {{QStringLiteral("edit"), QStringLiteral("merge")}, {QStringLiteral("keep"), keepId},
        {QStringLiteral("merged"), otherId}, {QStringLiteral("people"), qint64(changed.size())}};
    return store(project, state, changed, otherId, nullptr, edit, error);
}

qint64 split(Project &project, qint64 id, quint64 seed, Progress *progress, Error *error)
{
    RunState state;
    if (!loadState(project, progress, state, error))
        return 0;
    const Persona *persona = findPersona(state, id);
    if (!persona) {
        fail(error, QCoreApplication::translate("Segmentation", "Only a persona of the latest segmentation run can be split"));
        return 0;
    }
    const int segment = persona->segment;
    const int d = state.matrix.columns();
    std::vector<qsizetype> rows;
    for (qsizetype i = 0; i < state.matrix.rows(); ++i)
        if (state.labels[size_t(i)] == segment)
            rows.push_back(i);
    if (rows.size() < 2) {
        fail(error, QCoreApplication::translate("Segmentation", "A segment needs at least two people to be split"));
        return 0;
    }
    std::vector<float> data(rows.size() * size_t(d));
    for (size_t r = 0; r < rows.size(); ++r)
        for (int j = 0; j < d; ++j)
            data[r * size_t(d) + size_t(j)] = state.matrix.zAt(rows[r], j);
    KMeansOptions options;
    options.k = 2;
    options.restarts = 5;
    options.seed = seed;
    const KMeansResult halves = kmeans(data.data(), qsizetype(rows.size()), d, options, progress);
    if (halves.canceled || halves.labels.empty()) {
        fail(error, QCoreApplication::translate("Segmentation", "The split was canceled"));
        return 0;
    }
    const qint64 ones = std::count(halves.labels.begin(), halves.labels.end(), 1);
    const int moving = ones * 2 > qint64(rows.size()) ? 0 : 1; // the smaller half moves
    int next = 0;
    for (int l : state.labels)
        next = std::max(next, l + 1);
    std::vector<qsizetype> changed;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (halves.labels[r] == moving) {
            state.labels[size_t(rows[r])] = next;
            changed.push_back(rows[r]);
        }
    }
    Persona added;
    added.segment = next;
    const QJsonObject edit {{QStringLiteral("edit"), QStringLiteral("split")}, {QStringLiteral("persona"), id},
        {QStringLiteral("new_segment"), next}, {QStringLiteral("people"), qint64(changed.size())}};
    if (!store(project, state, changed, 0, &added, edit, error))
        return 0;
    return added.id;
}

} // namespace pw::SegmentEdit
