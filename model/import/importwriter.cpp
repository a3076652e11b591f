// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "store/project.h"
#include "store/schema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace pw {

namespace {

/// The columns of `entity` after the key field(s) `skip`, as the SQL list
/// "a, b, c" and as "a = COALESCE(excluded.a, a), ...".
struct Columns
{
    QStringList names;
    QString list() const { return names.join(QLatin1String(", ")); }
    QString keepWhenEmpty() const
    {
        QStringList sets;
        for (const QString &n : names)
            sets.append(n + QLatin1String(" = COALESCE(excluded.") + n + QLatin1String(", ") + n
                        + QLatin1Char(')'));
        return sets.join(QLatin1String(", "));
    }
};

Columns optionalColumns(Entity entity, int from)
{
    Columns c;
    const QList<CanonicalField> &fields = CanonicalSchema::fields(entity);
    for (int i = from; i < fields.size(); ++i)
        c.names.append(fields[i].name);
    return c;
}

QString placeholders(int count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

} // namespace

ImportWriter::ImportWriter(Project &project) : m_project(project) {}

bool ImportWriter::prepare(Error &error)
{
    QSqlQuery ddl(m_project.db());
    if (!ddl.exec(schema::eventsBySessionIndex())) {
        error.message = ddl.lastError().text();
        return false;
    }
    // A bulk import touches the order_id and person indexes all over: a page cache of 64 MB
    // (instead of SQLite's 2 MB) keeps most of them in memory for millions of rows; pages beyond
    // it are read back from the OS's file cache.
    if (!ddl.exec(QStringLiteral("PRAGMA cache_size = -65536"))) {
        error.message = ddl.lastError().text();
        return false;
    }

    const Columns customer = optionalColumns(Entity::Customers, 1);
    const Columns order = optionalColumns(Entity::Orders, 4);
    const Columns item = optionalColumns(Entity::OrderItems, 0);
    const Columns event = optionalColumns(Entity::Events, 0);

    const QString customerSql = QLatin1String("INSERT INTO customers(person_id, ") + customer.list()
                                + QLatin1String(", import_id) VALUES(")
                                + placeholders(int(customer.names.size()) + 2)
                                + QLatin1String(") ON CONFLICT(person_id) DO UPDATE SET ")
                                + customer.keepWhenEmpty()
                                + QLatin1String(", import_id = excluded.import_id");
    const QString orderSql = QLatin1String("INSERT INTO orders(order_id, person_id, order_date, total, ")
                             + order.list() + QLatin1String(", import_id) VALUES(")
                             + placeholders(int(order.names.size()) + 5)
                             + QLatin1String(") ON CONFLICT(order_id) DO UPDATE SET "
                                             "person_id = excluded.person_id, "
                                             "order_date = excluded.order_date, total = excluded.total, ")
                             + order.keepWhenEmpty() + QLatin1String(", import_id = excluded.import_id");
    // The upsert's update, for the row at a rowid: its parameters are the insert's, then the rowid.
    QStringList updates{QStringLiteral("person_id = ?2"), QStringLiteral("order_date = ?3"), QStringLiteral("total = ?4")};
    int parameter = 5;
    for (const QString &n : order.names)
        updates.append(QStringLiteral("%1 = COALESCE(?%2, %1)").arg(n).arg(parameter++));
    updates.append(QStringLiteral("import_id = ?%1").arg(parameter++));
    const QString updateOrderAtSql = QLatin1String("UPDATE orders SET ") + updates.join(QLatin1String(", "))
                                     + QStringLiteral(" WHERE id = ?%1 AND order_id = ?1").arg(parameter);
    const QString itemSql = QLatin1String("INSERT INTO order_items(") + item.list()
                            + QLatin1String(", import_id) VALUES(")
                            + placeholders(int(item.names.size()) + 1) + QLatin1Char(')');
    // Events: customer_id becomes person_id; the row is skipped when an equal event is stored.
    QStringList eventColumns = event.names;
    eventColumns.replace(1, QStringLiteral("person_id"));
    const QString eventSql = QLatin1String("INSERT INTO events(") + eventColumns.join(QLatin1String(", "))
                             + QLatin1String(", import_id) SELECT ")
                             + placeholders(int(eventColumns.size()) + 1)
                             + QLatin1String(" WHERE NOT EXISTS (SELECT 1 FROM events WHERE session_id = ?"
                                             " AND timestamp = ? AND event_type = ? AND page IS ?)");

    struct Statement
    {
        ImportStatement &query;
        QString sql;
    };
    const Statement statements[] = {
        {m_insertPerson, QStringLiteral("INSERT OR IGNORE INTO people(customer_id) VALUES(?)")},
        {m_selectPerson, QStringLiteral("SELECT id FROM people WHERE customer_id = ?")},
        {m_customer, customerSql},
        {m_order, orderSql},
        {m_insertOrder, QLatin1String("INSERT INTO orders(order_id, person_id, order_date, total, ") + order.list()
                            + QLatin1String(", import_id) VALUES(") + placeholders(int(order.names.size()) + 5)
                            + QLatin1Char(')')},
        {m_orderThisImport, QStringLiteral("SELECT id FROM orders WHERE order_id = ? AND import_id >= ?")},
        {m_orderRow, QStringLiteral("SELECT id FROM orders WHERE order_id = ?")},
        {m_orderAt, QStringLiteral("SELECT id FROM orders WHERE order_id = ? AND id = ?")},
        {m_updateOrderAt, updateOrderAtSql},
        {m_customerThisImport, QStringLiteral("SELECT person_id FROM customers WHERE person_id = ? AND import_id >= ?")},
        {m_reviewThisImport, QStringLiteral("SELECT id FROM reviews WHERE person_id = ? AND order_id IS ? AND date IS ?"
                                            " AND import_id >= ?")},
        {m_deleteItems, QStringLiteral("DELETE FROM order_items WHERE order_id = ?")},
        {m_item, itemSql},
        {m_event, eventSql},
        {m_updateReview, QStringLiteral("UPDATE reviews SET rating = ?, nps = ?, import_id = ?"
                                        " WHERE person_id = ? AND order_id IS ? AND date IS ?")},
        {m_insertReview, QStringLiteral("INSERT INTO reviews(person_id, order_id, rating, nps, date,"
                                        " import_id) VALUES(?, ?, ?, ?, ?, ?)")},
        {m_feature, QStringLiteral("INSERT INTO person_features(person_id, feature, value, import_id)"
                                   " VALUES(?, ?, ?, ?) ON CONFLICT(person_id, feature) DO UPDATE SET"
                                   " value = excluded.value, import_id = excluded.import_id")},
    };
    sqlite3 *db = ImportStatement::handle(m_project.db());
    for (const Statement &s : statements) {
        if (!s.query.prepare(db, s.sql, error))
            return false;
    }
    return true;
}

bool ImportWriter::beginFile(const QString &path, const QString &fileName, const QString &format, Entity entity,
                             Error &error)
{
    m_paths.append(path);
    QSqlQuery q(m_project.db());
    q.prepare(QStringLiteral("INSERT INTO imports(file, format, entity, imported_at) VALUES(?, ?, ?, ?)"));
    q.bindValue(0, fileName);
    q.bindValue(1, format);
    q.bindValue(2, CanonicalSchema::entityName(entity));
    q.bindValue(3, QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        error.message = q.lastError().text();
        return false;
    }
    m_importId = q.lastInsertId().toLongLong();
    if (m_firstImportId == 0)
        m_firstImportId = m_importId;
    return true;
}

void ImportWriter::rememberOrder(qint64 rowid, qint64 line)
{
    const int file = int(m_paths.size()) - 1;
    if (!m_orderRuns.empty()) {
        OrderRun &last = m_orderRuns.back();
        if (last.file == file && rowid == last.rowid + last.length && line == last.line + last.length) {
            ++last.length;
            return;
        }
        if (rowid <= last.rowid) { // an order of an earlier import, updated: keep the runs sorted
            m_updatedOrders.insert(rowid, {file, line});
            return;
        }
    }
    m_orderRuns.push_back(OrderRun{rowid, line, 1, file});
}

bool ImportWriter::orderWrittenBefore(bool &found, Error &error)
{
    m_orderThisImport.bind(1, m_firstImportId);
    qint64 rowid = 0;
    if (!m_orderThisImport.first(rowid, found, error))
        return !error.isSet();
    noteDuplicateOf(rowid);
    return true;
}

void ImportWriter::noteDuplicateOf(qint64 rowid)
{
    int file = -1;
    qint64 line = 0;
    const auto run = std::upper_bound(m_orderRuns.begin(), m_orderRuns.end(), rowid,
                                      [](qint64 id, const OrderRun &r) { return id < r.rowid; });
    if (run != m_orderRuns.begin() && rowid < std::prev(run)->rowid + std::prev(run)->length) {
        file = std::prev(run)->file;
        line = std::prev(run)->line + (rowid - std::prev(run)->rowid);
    } else if (const auto it = m_updatedOrders.constFind(rowid); it != m_updatedOrders.constEnd()) {
        file = it->first;
        line = it->second;
    }
    m_duplicateOf = {file >= 0 ? m_paths[file] : QString(), line};
}

bool ImportWriter::finishFile(qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected, Error &error)
{
    QSqlQuery q(m_project.db());
    q.prepare(QStringLiteral("UPDATE imports SET rows_read = ?, rows_imported = ?, rows_rejected = ?"
                             " WHERE id = ?"));
    q.bindValue(0, rowsRead);
    q.bindValue(1, rowsImported);
    q.bindValue(2, rowsRejected);
    q.bindValue(3, m_importId);
    if (!q.exec()) {
        error.message = q.lastError().text();
        return false;
    }
    return true;
}

bool ImportWriter::readKeys(Error &error)
{
    sqlite3 *db = ImportStatement::handle(m_project.db());
    auto read = [&](const char *sql, auto keep) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            error.message = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
            keep(sqlite3_column_int64(stmt, 0), std::string_view(text ? text : "", size_t(sqlite3_column_bytes(stmt, 1))));
        }
        if (rc != SQLITE_DONE)
            error.message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE;
    };
    qint64 ignored = 0;
    return read("SELECT id, customer_id FROM people",
                [this, &ignored](qint64 id, std::string_view key) {
                    // Two rows of one customer_id cannot be: the key held until now.
                    if (!m_people.find(key, ignored))
                        m_people.insert(key, id);
                })
        && read("SELECT id, order_id FROM orders",
                [this](qint64 id, std::string_view key) { m_orderKeys.insert(OrderKeys::hash(key), id); });
}

bool ImportWriter::deferIndexes(Error &error)
{
    QSqlQuery q(m_project.db());
    // The keys go only while every rowid fits OrderKeys (a project's rowids count up from 1; one
    // past 4 billion is a forged file, which keeps its keys and imports the slower way).
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM orders")) || !q.next()) {
        error.message = q.lastError().text();
        return false;
    }
    m_lastOrderBefore = q.value(0).toLongLong();
    q.finish();
    const bool keys = m_lastOrderBefore < qint64(0x7fffffff);
    if (keys && !readKeys(error))
        return false;
    const QString tables = keys ? QStringLiteral("'orders', 'people'") : QStringLiteral("'orders'");
    if (!q.exec(QLatin1String("SELECT name, sql, \"unique\" FROM sqlite_master"
                              " JOIN pragma_index_list(tbl_name) USING (name)"
                              " WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (") + tables
                + QLatin1String(") ORDER BY \"unique\" DESC, name"))) {
        error.message = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next()) {
        const bool unique = q.value(2).toInt() != 0;
        if (unique && !keys)
            continue;
        names.append(q.value(0).toString());
        m_deferredIndexes.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &name : names) {
        if (!q.exec(QLatin1String("DROP INDEX ") + quoteIdentifier(name))) {
            error.message = q.lastError().text();
            return false;
        }
    }
    m_keysDeferred = keys;
    return true;
}

bool ImportWriter::removeGhosts(Error &error)
{
    // A person met first on a row refused as a duplicate order holds nothing unless a later
    // row gave them something: such a person is no person of the data.
    QSqlQuery q(m_project.db());
    if (!m_maybeGhosts.empty()
        && !q.prepare(QStringLiteral(
            "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM customers WHERE person_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM orders WHERE person_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM events WHERE person_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM reviews WHERE person_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM person_features WHERE person_id = ?)"))) {
        error.message = q.lastError().text();
        return false;
    }
    for (const qint64 person : m_maybeGhosts) {
        for (int i = 0; i < 6; ++i)
            q.bindValue(i, person);
        if (!q.exec()) {
            error.message = q.lastError().text();
            return false;
        }
    }
    m_maybeGhosts.clear();
    return true;
}

bool ImportWriter::restoreIndexes(Error &error)
{
    // Every row is written: the keys met are not needed any more, and the index sort below
    // is the import's peak of memory.
    m_people = PersonIds();
    m_orderKeys = OrderKeys();
    m_keysDeferred = false;
    QSqlQuery q(m_project.db());
    // SQLite sorts an index's keys in memory up to the page cache's size: a small cache while
    // indexing keeps the sort (and the freed cache pages) from adding to the import's peak memory.
    if (!m_deferredIndexes.isEmpty() && !q.exec(QStringLiteral("PRAGMA cache_size = -16384"))) {
        error.message = q.lastError().text();
        return false;
    }
    // The sort is split into runs of that size: SQLite's worker threads sort and merge them
    // side by side (one per core; each run holds its own 16 MB).
    const int workers = std::clamp(QThread::idealThreadCount(), 1, 4);
    if (!m_deferredIndexes.isEmpty() && !q.exec(QStringLiteral("PRAGMA threads = %1").arg(workers))) {
        error.message = q.lastError().text();
        return false;
    }
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!q.exec(sql)) {
            error.message = q.lastError().text();
            return false;
        }
    }
    m_deferredIndexes.clear();
    if (!q.exec(QStringLiteral("PRAGMA threads = 0")) || !q.exec(QStringLiteral("PRAGMA cache_size = -65536"))) {
        error.message = q.lastError().text();
        return false;
    }
    // With the indexes back, finding what refers to a person is a lookup, not a scan of orders.
    return removeGhosts(error);
}

bool ImportWriter::personId(const QVariant &customerId, QVariant &id, Error &error)
{
    if (customerId.isNull()) {
        id = QVariant();
        return true;
    }
    const QByteArray key = customerId.toString().toUtf8();
    qint64 value = 0;
    if (!personId(std::string_view(key.constData(), size_t(key.size())), value, error))
        return false;
    id = value;
    return true;
}

bool ImportWriter::personId(std::string_view customerId, qint64 &id, Error &error)
{
    m_personCreated = false;
    if (m_people.find(customerId, id))
        return true;
    m_insertPerson.bindText(0, customerId.data(), int(customerId.size()));
    if (!m_insertPerson.exec(error))
        return false;
    m_personCreated = m_insertPerson.changes() == 1;
    if (m_personCreated) {
        id = m_insertPerson.lastInsertId();
    } else {
        m_selectPerson.bindText(0, customerId.data(), int(customerId.size()));
        bool found = false;
        if (!m_selectPerson.first(id, found, error)) {
            if (!found && !error.isSet())
                error.message = QStringLiteral("people: no row for a customer_id just inserted");
            return false;
        }
    }
    m_people.insert(customerId, id);
    return true;
}

bool ImportWriter::writeOrder(const BoundValue *values, qint64 line, Error &error)
{
    m_outcome = WriteOutcome::Written;
    qint64 person = 0;
    if (!personId(std::string_view(values[1].text, size_t(values[1].size)), person, error))
        return false;
    // A new order_id (the common case) takes the plain insert; one stored by an earlier import the
    // upsert; one written by this import is a duplicate.
    const int count = int(CanonicalSchema::fields(Entity::Orders).size());
    auto bindRow = [&](ImportStatement &statement) {
        int b = 0;
        statement.bind(b++, values[0]);
        statement.bind(b++, person);
        for (int i = 2; i < count; ++i)
            statement.bind(b++, values[i]);
        statement.bind(b, m_importId);
    };
    const bool created = m_personCreated;
    if (!storeOrder(std::string_view(values[0].text, size_t(values[0].size)), bindRow,
                    [&](ImportStatement &statement) { statement.bind(0, values[0]); }, line, error))
        return false;
    if (created && m_outcome == WriteOutcome::Duplicate)
        m_maybeGhosts.push_back(person);
    return true;
}

bool ImportWriter::storeOrderByKeys(std::string_view orderId, const std::function<void(ImportStatement &)> &bindRow,
                                    const std::function<void(ImportStatement &)> &bindId, qint64 line, Error &error)
{
    const quint32 hash = OrderKeys::hash(orderId);
    qint64 stored = 0;
    bool failed = false;
    m_orderKeys.anyOf(hash, [&](qint64 rowid) {
        bindId(m_orderAt);
        m_orderAt.bind(1, rowid);
        bool found = false;
        if (!m_orderAt.first(stored, found, error) && error.isSet())
            failed = true;
        return found || failed;
    });
    if (failed)
        return false;
    if (stored == 0) {
        bindRow(m_insertOrder);
        if (!m_insertOrder.exec(error))
            return false;
        const qint64 rowid = m_insertOrder.lastInsertId();
        if (!OrderKeys::fits(rowid)) {
            error.message = QStringLiteral("orders: row id %1 out of range").arg(rowid);
            return false;
        }
        m_orderKeys.insert(hash, rowid);
        rememberOrder(rowid, line);
        return true;
    }
    // Written by this import already (a new row, or an earlier import's row updated): a duplicate.
    if (stored > m_lastOrderBefore || m_updatedOrders.contains(stored)) {
        noteDuplicateOf(stored);
        m_outcome = WriteOutcome::Duplicate;
        return true;
    }
    bindRow(m_updateOrderAt);
    m_updateOrderAt.bind(int(CanonicalSchema::fields(Entity::Orders).size()) + 1, stored);
    if (!m_updateOrderAt.exec(error))
        return false;
    m_updatedOrders.insert(stored, {int(m_paths.size()) - 1, line});
    return true;
}

bool ImportWriter::storeOrder(std::string_view orderId, const std::function<void(ImportStatement &)> &bindRow,
                              const std::function<void(ImportStatement &)> &bindId, qint64 line, Error &error)
{
    if (m_keysDeferred)
        return storeOrderByKeys(orderId, bindRow, bindId, line, error);
    bindRow(m_insertOrder);
    bool conflict = false;
    if (m_insertOrder.exec(error, conflict)) {
        rememberOrder(m_insertOrder.lastInsertId(), line);
        return true;
    }
    if (!conflict)
        return false;
    bindId(m_orderThisImport);
    bindId(m_orderRow);
    bool found = false;
    if (!orderWrittenBefore(found, error))
        return false;
    if (found) {
        m_outcome = WriteOutcome::Duplicate;
        return true;
    }
    bindRow(m_order);
    if (!m_order.exec(error))
        return false;
    qint64 rowid = 0;
    if (!m_orderRow.first(rowid, found, error))
        return !error.isSet();
    rememberOrder(rowid, line);
    return true;
}

bool ImportWriter::write(const CanonicalRow &row, qint64 line, Error &error)
{
    m_outcome = WriteOutcome::Written;
    switch (row.entity) {
    case Entity::Customers:
        return writeCustomer(row, error);
    case Entity::Orders:
        return writeOrder(row, line, error);
    case Entity::OrderItems:
        return writeOrderItem(row, error);
    case Entity::Events:
        return writeEvent(row, error);
    case Entity::Reviews:
        return writeReview(row, error);
    case Entity::PersonFeatures:
        return writeFeature(row, error);
    }
    return false;
}

bool ImportWriter::writeCustomer(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[0], person, error))
        return false;
    m_customerThisImport.bind(0, person);
    m_customerThisImport.bind(1, m_firstImportId);
    qint64 ignored = 0;
    bool found = false;
    if (!m_customerThisImport.first(ignored, found, error) && error.isSet())
        return false;
    if (found)
        m_outcome = WriteOutcome::Merged;
    int b = 0;
    m_customer.bind(b++, person);
    for (int i = 1; i < row.values.size(); ++i)
        m_customer.bind(b++, row.values[i]);
    m_customer.bind(b, m_importId);
    return m_customer.exec(error);
}

bool ImportWriter::writeOrder(const CanonicalRow &row, qint64 line, Error &error)
{
    QVariant person;
    if (!personId(row.values[1], person, error))
        return false;
    auto bindRow = [&](ImportStatement &statement) {
        int b = 0;
        statement.bind(b++, row.values[0]);
        statement.bind(b++, person);
        for (int i = 2; i < row.values.size(); ++i)
            statement.bind(b++, row.values[i]);
        statement.bind(b, m_importId);
    };
    const bool created = m_personCreated;
    const QByteArray orderId = row.values[0].toString().toUtf8();
    if (!storeOrder(std::string_view(orderId.constData(), size_t(orderId.size())), bindRow,
                    [&](ImportStatement &statement) { statement.bind(0, row.values[0]); }, line, error))
        return false;
    if (created && m_outcome == WriteOutcome::Duplicate)
        m_maybeGhosts.push_back(person.toLongLong());
    return true;
}

bool ImportWriter::writeOrderItem(const CanonicalRow &row, Error &error)
{
    const QString orderId = row.values[0].toString();
    if (!m_itemOrders.contains(orderId)) {
        m_deleteItems.bind(0, orderId);
        if (!m_deleteItems.exec(error))
            return false;
        m_itemOrders.insert(orderId);
    }
    int b = 0;
    for (const QVariant &value : row.values)
        m_item.bind(b++, value);
    m_item.bind(b, m_importId);
    return m_item.exec(error);
}

bool ImportWriter::writeEvent(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[1], person, error))
        return false;
    int b = 0;
    for (int i = 0; i < row.values.size(); ++i)
        m_event.bind(b++, i == 1 ? person : row.values[i]);
    m_event.bind(b++, m_importId);
    m_event.bind(b++, row.values[0]); // session_id
    m_event.bind(b++, row.values[2]); // timestamp
    m_event.bind(b++, row.values[3]); // event_type
    m_event.bind(b, row.values[6]);   // page
    if (!m_event.exec(error))
        return false;
    if (m_event.changes() == 0)
        m_outcome = WriteOutcome::Skipped;
    return true;
}

bool ImportWriter::writeReview(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[0], person, error))
        return false;
    m_reviewThisImport.bind(0, person);
    m_reviewThisImport.bind(1, row.values[1]);
    m_reviewThisImport.bind(2, row.values[4]);
    m_reviewThisImport.bind(3, m_firstImportId);
    qint64 ignored = 0;
    bool found = false;
    if (!m_reviewThisImport.first(ignored, found, error) && error.isSet())
        return false;
    if (found)
        m_outcome = WriteOutcome::Merged;
    m_updateReview.bind(0, row.values[2]);
    m_updateReview.bind(1, row.values[3]);
    m_updateReview.bind(2, m_importId);
    m_updateReview.bind(3, person);
    m_updateReview.bind(4, row.values[1]);
    m_updateReview.bind(5, row.values[4]);
    if (!m_updateReview.exec(error))
        return false;
    if (m_updateReview.changes() > 0)
        return true;
    m_insertReview.bind(0, person);
    m_insertReview.bind(1, row.values[1]);
    m_insertReview.bind(2, row.values[2]);
    m_insertReview.bind(3, row.values[3]);
    m_insertReview.bind(4, row.values[4]);
    m_insertReview.bind(5, m_importId);
    return m_insertReview.exec(error);
}

bool ImportWriter::writeFeature(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[0], person, error))
        return false;
    m_feature.bind(0, person);
    m_feature.bind(1, row.values[1]);
    m_feature.bind(2, row.values[2]);
    m_feature.bind(3, m_importId);
    return m_feature.exec(error);
}

} // namespace pw
