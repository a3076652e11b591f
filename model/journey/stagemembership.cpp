// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagemembership.h"

#include "funnel.h"
#include "sqlitestatement.h"
#include "store/project.h"
#include "store/purchase.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <unordered_map>

namespace pw {

namespace {

bool failFunnel(Error *error, const QString &reason)
{
    if (error)
        error->message = QCoreApplication::translate("Funnel", "The funnel could not be computed: %1").arg(reason);
    return false;
}

bool canceled(Error *error)
{
    if (error)
        error->message = QCoreApplication::translate("Funnel", "The funnel computation was canceled.");
    return false;
}

/// Records that `person` reached `stage` at `when` (unknownTime if not known).
void reach(StageMembership &m, qint64 person, int stage, qint64 when)
{
    if (person < 0 || size_t(person) >= m.byPerson.size()) // people are all sized in up front
        return;
    // Later than the day a run was made as of: not reached yet then. The rows come in time
    // order per person (the n-th order, the n-th event), so a later one never reaches it either.
    if (m.until && when != PersonStages::unknownTime && when >= *m.until)
        return;
    PersonStages &p = m.byPerson[size_t(person)];
    p.reached |= quint8(1u << stage);
    qint64 &since = p.since[size_t(stage)];
    if (when != PersonStages::unknownTime && (since == PersonStages::unknownTime || when < since))
        since = when;
}

class Reader
{
public:
    Reader(Project &project, const StageDefinitions &definitions, StageMembership &m, Error *error,
           Progress *progress)
        : m_project(project), m_rules(definitions.rules()), m_m(m), m_error(error), m_progress(progress)
    {
    }

    bool run()
    {
        return events() && ordersAndReviews();
    }

private:
    bool step(int done, const QString &what)
    {
        if (m_progress && !m_progress->report(done, 4, what))
            return canceled(m_error);
        return true;
    }

    int stageIndex(const StageRule &r) const { return int(journeyStageKeys().indexOf(r.key)); }

    /// Which stages (bits) an event type counts for; one cache per reading thread.
    struct TypeStages
    {
        const QList<StageRule> &rules;
        std::unordered_map<std::string, quint8> cache;

        quint8 of(std::string_view type)
        {
            auto it = cache.find(std::string(type));
            if (it != cache.end())
                return it->second;
            const QString t = QString::fromUtf8(type.data(), qsizetype(type.size()));
            const QStringList keys = journeyStageKeys();
            quint8 bits = 0;
            for (const StageRule &r : rules) {
                const int s = int(keys.indexOf(r.key));
                if (s >= 0 && r.usesEvents() && (r.anyEvent() || r.eventTypes.contains(t)))
                    bits |= quint8(1u << s);
            }
            cache.emplace(std::string(type), bits);
            return bits;
        }
    };

    /// Reads the first moment per (person, event type) of the people with from <= id < to (to 0:
    /// no upper bound) in one streaming pass over the covering index (person_id, event_type,
    /// timestamp), on the project's connection or on `db`. The index yields the rows in that
    /// order, so the first row of each (person, type) run is its earliest: grouping here instead
    /// of in SQL skips SQLite's per-row aggregate steps. Returns an error text, empty if fine.
    QString scanEvents(sqlite3 *db, qint64 from, qint64 to, quint8 singleEventStages, quint8 *seen,
                       QSet<QString> *typesSeen, const std::atomic<bool> &stop)
    {
        const QString sql = QStringLiteral("SELECT person_id, event_type, timestamp FROM events"
                                           " WHERE person_id >= ?%1 ORDER BY person_id, event_type, timestamp")
                                .arg(to > 0 ? QStringLiteral(" AND person_id < ?") : QString());
        std::optional<SqliteStatement> q;
        if (db)
            q.emplace(db, sql);
        else
            q.emplace(m_project.db(), sql);
        if (!q->isValid())
            return q->errorString();
        q->bind(1, from);
        if (to > 0)
            q->bind(2, to);
        TypeStages types{m_rules, {}};
        qint64 rows = 0;
        qint64 lastPerson = -1;
        std::string lastType;
        while (q->next()) {
            const qint64 person = q->integer(0);
            const std::string_view type = q->text(1);
            if (person == lastPerson && type == lastType)
                continue; // a later moment of the same (person, type)
            lastPerson = person;
            lastType.assign(type);
            const quint8 bits = types.of(type);
            *seen |= bits;
            // In a store with orders the order is the purchase: a purchase event shows the
            // visit (awareness, consideration) but converts or retains no one (see Purchase).
            const quint8 now = bits & singleEventStages & (type == "purchase" ? m_eventPurchaseStages : quint8(0xff));
            if (now) {
                const qint64 when = q->integer(2);
                for (int s = 0; s < kJourneyStageCount; ++s)
                    if (now & (1u << s))
                        reach(m_m, person, s, when);
            }
            if ((++rows & 0xfffff) == 0 && stop.load(std::memory_order_relaxed))
                return QStringLiteral("canceled");
        }
        for (const auto &entry : types.cache)
            typesSeen->insert(QString::fromStdString(entry.first));
        return q->errorString();
    }

    bool events()
    {
        if (!step(0, QCoreApplication::translate("Funnel", "Reading events")))
            return false;
        if (m_project.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders)")).toBool())
            m_eventPurchaseStages = quint8((1u << conversionIndex()) - 1);
        quint8 singleEventStages = 0;
        for (const StageRule &r : m_rules)
            if (stageIndex(r) >= 0 && r.usesEvents() && r.minEvents == 1)
                singleEventStages |= quint8(1u << stageIndex(r));
        // Big stores: the upper half of the people is read on a second, read-only connection
        // in parallel (the two halves write to disjoint people).
        const qint64 people = qint64(m_m.byPerson.size());
        std::atomic<bool> stop{false};
        quint8 seenLow = 0, seenHigh = 0;
        QSet<QString> typesLow, typesHigh;
        QString errorHigh;
        std::optional<SqliteReadConnection> second;
        if (people > 200000 && !m_project.path().isEmpty())
            second.emplace(m_project.path());
        const bool split = second && second->handle();
        const qint64 mid = split ? people / 2 : 0;
        std::thread high;
        if (split)
            high = std::thread([&] { errorHigh = scanEvents(second->handle(), mid, 0, singleEventStages, &seenHigh, &typesHigh, stop); });
        std::atomic<bool> never{false};
        QString errorLow;
        if (split) {
            // Check for a cancel while the low half runs on this thread in slices.
            const qint64 slice = qMax<qint64>(1, mid / 8);
            for (qint64 from = 0; from < mid && errorLow.isEmpty(); from += slice) {
                errorLow = scanEvents(nullptr, from, qMin(mid, from + slice), singleEventStages, &seenLow, &typesLow,
                                      never);
                if (m_progress && !m_progress->report(from * 2 / qMax<qint64>(1, mid), 4, QString()))
                    errorLow = QStringLiteral("canceled");
            }
            if (!errorLow.isEmpty())
                stop.store(true);
            high.join();
        } else {
            errorLow = scanEvents(nullptr, 0, 0, singleEventStages, &seenLow, &typesLow, never);
        }
        m_eventStagesSeen = seenLow | seenHigh;
        typesLow.unite(typesHigh);
        m_m.eventTypes = QStringList(typesLow.begin(), typesLow.end());
        m_m.eventTypes.sort();
        const QString problem = errorLow.isEmpty() ? errorHigh : errorLow;
        if (problem == QLatin1String("canceled"))
            return canceled(m_error);
        if (!problem.isEmpty())
            return failFunnel(m_error, problem);
        // Rules that need several events: the moment of the n-th matching event.
        for (const StageRule &r : m_rules) {
            const int s = stageIndex(r);
            if (s < 0 || !r.usesEvents() || r.minEvents == 1)
                continue;
            QStringList marks;
            for (qsizetype i = 0; i < r.eventTypes.size(); ++i)
                marks << QStringLiteral("?");
            QString filter = r.anyEvent() ? QString()
                                          : QStringLiteral(" AND event_type IN (%1)").arg(marks.join(u','));
            if (!(m_eventPurchaseStages & (1u << s)))
                filter += QStringLiteral(" AND event_type <> 'purchase'");
            SqliteStatement nth(m_project.db(), QStringLiteral(
                "SELECT person_id, timestamp FROM (SELECT person_id, timestamp, row_number() OVER"
                " (PARTITION BY person_id ORDER BY timestamp) AS rn FROM events WHERE person_id IS NOT NULL%1)"
                " WHERE rn = ?").arg(filter));
            if (!nth.isValid())
                return failFunnel(m_error, nth.errorString());
            int index = 1;
            if (!r.anyEvent())
                for (const QString &t : r.eventTypes)
                    nth.bind(index++, t);
            nth.bind(index, r.minEvents);
            while (nth.next())
                reach(m_m, nth.integer(0), s, nth.integer(1));
            if (!nth.errorString().isEmpty())
                return failFunnel(m_error, nth.errorString());
        }
        return true;
    }

    /// One pass over the purchases (see Purchase), in (person, date, id) order along the index
    /// orders_person_date: a stage that needs n orders is reached at the person's n-th.
    bool orders()
    {
        std::array<int, kJourneyStageCount> need{};
        for (const StageRule &r : m_rules)
            if (const int s = stageIndex(r); s >= 0 && r.usesOrders())
                need[size_t(s)] = r.minOrders;
        if (std::all_of(need.begin(), need.end(), [](int n) { return n == 0; }))
            return true;
        // A store without orders buys through its purchase events (see Purchase). An order of
        // any status shows that its person knew and considered the shop (the stages before
        // conversion); only a purchase converts and retains.
        SqliteStatement q(m_project.db(), m_eventPurchases
                                              ? QStringLiteral("SELECT person_id, moment, 1 FROM (%1)").arg(Purchase::eventPurchasesSql())
                                              : QStringLiteral("SELECT person_id, order_date, %1 FROM orders"
                                                               " ORDER BY person_id, order_date, id")
                                                    .arg(Purchase::isPurchaseSql()));
        if (!q.isValid())
            return failFunnel(m_error, q.errorString());
        const int conversion = conversionIndex();
        qint64 person = -1;
        int placed = 0;
        int bought = 0;
        while (q.next()) {
            const qint64 p = q.integer(0);
            if (p != person)
                placed = bought = 0;
            person = p;
            ++placed;
            const bool purchase = q.integer(2) != 0;
            bought += purchase ? 1 : 0;
            for (int s = 0; s < kJourneyStageCount; ++s)
                if (s < conversion ? need[size_t(s)] == placed : purchase && need[size_t(s)] == bought)
                    reach(m_m, person, s, q.integer(1));
        }
        if (!q.errorString().isEmpty())
            return failFunnel(m_error, q.errorString());
        return flaggedPurchases(need);
    }

    /// A person a feature table's conversion column says bought made one purchase at a moment
    /// not known (see Purchase): the stages that need one order, no more.
    bool flaggedPurchases(const std::array<int, kJourneyStageCount> &need)
    {
        SqliteStatement q(m_project.db(), Purchase::flaggedBuyersSql());
        if (!q.isValid())
            return failFunnel(m_error, q.errorString());
        while (q.next())
            for (int s = 0; s < kJourneyStageCount; ++s)
                if (need[size_t(s)] == 1)
                    reach(m_m, q.integer(0), s, PersonStages::unknownTime);
        if (!q.errorString().isEmpty())
            return failFunnel(m_error, q.errorString());
        return true;
    }

    bool ordersAndReviews()
    {
        if (!step(2, QCoreApplication::translate("Funnel", "Reading orders and reviews")))
            return false;
        m_eventPurchases = !m_project.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders)")).toBool()
                           && m_project.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events WHERE event_type = 'purchase'"
                                                              " AND person_id IS NOT NULL)")).toBool();
        const bool haveOrders = m_eventPurchases
                                || m_project.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders)")).toBool();
        // A conversion column measures the stages of one purchase only: it says nothing of a second.
        const bool haveFlags = m_project.scalar(QStringLiteral("SELECT EXISTS (%1)").arg(Purchase::flaggedBuyersSql())).toBool();
        const bool haveReviews = m_project.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM reviews)")).toBool();
        if ((haveOrders || haveFlags) && !orders())
            return false;
        for (const StageRule &r : m_rules) {
            const int s = stageIndex(r);
            if (s < 0)
                continue;
            if (r.usesReviews() && haveReviews) {
                SqliteStatement q(m_project.db(), QStringLiteral(
                    "SELECT person_id, min(date) FROM reviews WHERE rating >= ? OR nps >= ? GROUP BY person_id"));
                if (!q.isValid())
                    return failFunnel(m_error, q.errorString());
                q.bind(1, r.minRating > 0 ? r.minRating : 99);
                q.bind(2, r.minNps >= 0 ? r.minNps : 99);
                while (q.next())
                    reach(m_m, q.integer(0), s, q.isNull(1) ? PersonStages::unknownTime : q.integer(1));
                if (!q.errorString().isEmpty())
                    return failFunnel(m_error, q.errorString());
            }
            // Events and reviews are what a stage is observed through; orders alone measure only
            // a stage about purchases (a shop with orders but no events cannot say who became
            // aware of it or considered it, nor one without reviews or referrals who advocates).
            const bool byEvents = r.usesEvents() && (m_eventStagesSeen & (1u << s));
            const bool byReviews = r.usesReviews() && haveReviews;
            const bool byOrders = r.usesOrders() && (haveOrders || (haveFlags && r.minOrders == 1))
                                  && !r.usesNonOrderEvents() && !r.usesReviews();
            m_m.measured[size_t(s)] = byEvents || byReviews || byOrders;
        }
        return step(4, QString());
    }

    Project &m_project;
    const QList<StageRule> &m_rules;
    StageMembership &m_m;
    Error *m_error;
    Progress *m_progress;
    static int conversionIndex() { return int(journeyStageKeys().indexOf(QStringLiteral("conversion"))); }

    quint8 m_eventStagesSeen = 0;
    /// The stages a purchase event reaches: all without orders, those before conversion with them.
    quint8 m_eventPurchaseStages = 0xff;
    bool m_eventPurchases = false; ///< no orders: purchases are the purchase events
};

} // namespace

std::optional<StageMembership> StageMembership::compute(Project &project, const StageDefinitions &definitions,
                                                        Error *error, Progress *progress, std::optional<qint64> until)
{
    StageMembership m;
    m.until = until;
    const qint64 maxId = project.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM people")).toLongLong();
    m.byPerson.resize(size_t(maxId) + 1);
    Reader reader(project, definitions, m, error, progress);
    if (!reader.run())
        return std::nullopt;
    return m;
}

} // namespace pw
