// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

#include "importstatement.h"
#include "orderkeys.h"
#include "personids.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <functional>
#include <vector>

#include <string_view>

namespace pw {

class Project;

/// Writes canonical rows into a project's tables. The caller holds the transaction; a writer is
/// used for one import (all its files) and then thrown away.
///
/// How each entity lands, so that importing the same file twice does not double anything:
/// - people: one row per customer_id, created on first sight;
/// - customers: upserted by person; an empty cell keeps the value already stored (a customer
///   already written by this import is WriteOutcome::Merged);
/// - orders: upserted by order_id, when the stored order comes from an earlier import: order_id,
///   customer, date and total are replaced, an empty optional cell keeps the value already
///   stored. An order_id written earlier in the same import is not written again: the row is a
///   duplicate (WriteOutcome::Duplicate, see duplicateOf()), the first row of an id is kept;
/// - order_items: the first time an order_id is met in an import, the items already stored for
///   it are deleted, so a re-import replaces an order's items;
/// - events: a row equal to a stored event in session_id, timestamp, event_type and page is a
///   duplicate and skipped (WriteOutcome::Skipped; an index on events(session_id, timestamp)
///   keeps this fast);
/// - reviews: a row with the same person, order_id and date as a stored review replaces its
///   rating and nps (WriteOutcome::Merged when that review came from this import); otherwise it
///   is added;
/// - person_features: upserted by person and feature name.
/// What ImportWriter::write() did with a row.
enum class WriteOutcome {
    Written,   ///< a new row, or a row of an earlier import updated
    Merged,    ///< folded into a row this import wrote before (same customer, same review)
    Skipped,   ///< equal to a stored row, not written (an event)
    Duplicate  ///< an order_id this import wrote before: not written
};

class ImportWriter
{
public:
    explicit ImportWriter(Project &project);

    /// Prepares the statements (and the events index). Must be called inside the transaction.
    bool prepare(Error &error);
    /// Starts a file: adds its row to `imports` (`fileName` without folder; `path` names it in
    /// duplicateOf()).
    bool beginFile(const QString &path, const QString &fileName, const QString &format, Entity entity, Error &error);
    /// Writes one row, read from `line` of the current file. Fails only on a database error;
    /// lastOutcome() then says what was done.
    bool write(const CanonicalRow &row, qint64 line, Error &error);
    /// Writes one order of the current file from typed cells, in the order of
    /// CanonicalSchema::fields(Entity::Orders), as write() would write the same row: `values[1]`
    /// (customer_id) is UTF-8 text, already pseudonymised where needed. The import's hot path.
    bool writeOrder(const BoundValue *values, qint64 line, Error &error);
    /// What the last write() or writeOrder() did.
    WriteOutcome lastOutcome() const { return m_outcome; }
    /// Where the order a WriteOutcome::Duplicate repeats was read: a file's path and line.
    QPair<QString, qint64> duplicateOf() const { return m_duplicateOf; }
    /// Records the current file's counts in `imports`.
    bool finishFile(qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected, Error &error);
    /// For a bulk load: drops the indexes of `orders` and `people`, the keys on order_id and
    /// customer_id with them, to be built once from sorted keys by restoreIndexes(), which is
    /// quicker than inserting into them at random row by row. Inside the transaction, so a
    /// rollback restores them. The writer keeps the keys itself meanwhile: every person stored
    /// (customer_id -> id) and every order (OrderKeys), read before the indexes go, so that rows
    /// land exactly as with the keys in place.
    bool deferIndexes(Error &error);
    /// Re-creates the indexes deferIndexes() dropped, then removes the people only a refused
    /// duplicate order named. The writer writes no rows after it.
    bool restoreIndexes(Error &error);

private:
    /// Orders written by this import, as runs of rowids read from consecutive lines of a file,
    /// so that a duplicate can name the line of the first (a few bytes per file, not per order,
    /// when the lines hold one order each).
    struct OrderRun
    {
        qint64 rowid = 0, line = 0, length = 0;
        int file = 0;
    };
    void rememberOrder(qint64 rowid, qint64 line);
    /// Whether the order_id bound to m_orderThisImport was written by this import (then
    /// m_duplicateOf names where). False on a database error.
    bool orderWrittenBefore(bool &found, Error &error);
    /// Writes the order whose values `bindRow` binds to an insert or upsert statement and whose
    /// order_id `bindId` binds as a statement's first value: a new order_id is inserted, one
    /// stored by an earlier import updated, one written by this import is a duplicate.
    bool storeOrder(std::string_view orderId, const std::function<void(ImportStatement &)> &bindRow,
                    const std::function<void(ImportStatement &)> &bindId, qint64 line, Error &error);
    /// storeOrder() while the order_id key is deferred: the order's rowid, if stored, is found
    /// through m_orderKeys.
    bool storeOrderByKeys(std::string_view orderId, const std::function<void(ImportStatement &)> &bindRow,
                          const std::function<void(ImportStatement &)> &bindId, qint64 line, Error &error);
    /// Sets m_duplicateOf to where this import wrote the order at `rowid`.
    void noteDuplicateOf(qint64 rowid);
    /// Reads every stored person and order key into m_people and m_orderKeys.
    bool readKeys(Error &error);
    bool personId(const QVariant &customerId, QVariant &id, Error &error);
    bool personId(std::string_view customerId, qint64 &id, Error &error);
    /// Deletes the people of m_maybeGhosts that no row of the project refers to.
    bool removeGhosts(Error &error);
    bool writeCustomer(const CanonicalRow &row, Error &error);
    bool writeOrder(const CanonicalRow &row, qint64 line, Error &error);
    bool writeOrderItem(const CanonicalRow &row, Error &error);
    bool writeEvent(const CanonicalRow &row, Error &error);
    bool writeReview(const CanonicalRow &row, Error &error);
    bool writeFeature(const CanonicalRow &row, Error &error);

    Project &m_project;
    QStringList m_deferredIndexes; ///< CREATE INDEX statements to run again
    qint64 m_importId = 0;
    qint64 m_firstImportId = 0; ///< the `imports` row of this import's first file
    QStringList m_paths;        ///< this import's files, by their index in OrderRun::file
    std::vector<OrderRun> m_orderRuns; ///< the new orders, ordered by rowid
    QHash<qint64, QPair<int, qint64>> m_updatedOrders; ///< rowid -> file and line, for orders of earlier imports
    WriteOutcome m_outcome = WriteOutcome::Written;
    QPair<QString, qint64> m_duplicateOf;
    PersonIds m_people;          ///< the people met; with the keys deferred, every person stored
    bool m_keysDeferred = false; ///< the order_id and customer_id keys are dropped (deferIndexes())
    OrderKeys m_orderKeys;       ///< with the keys deferred: every order stored
    qint64 m_lastOrderBefore = 0; ///< with the keys deferred: the orders' last rowid before this import
    bool m_personCreated = false;       ///< whether the last personId() added a person
    std::vector<qint64> m_maybeGhosts;  ///< people added by a row refused as a duplicate order
    QSet<QString> m_itemOrders;
    ImportStatement m_insertPerson;
    ImportStatement m_selectPerson;
    ImportStatement m_customer;
    ImportStatement m_order;
    ImportStatement m_insertOrder; ///< a plain insert: no statement journal, unlike the upsert
    ImportStatement m_orderThisImport; ///< the rowid of an order_id written by this import
    ImportStatement m_orderRow;        ///< the rowid of an order_id
    ImportStatement m_orderAt;         ///< with the keys deferred: whether a rowid holds an order_id
    ImportStatement m_updateOrderAt;   ///< with the keys deferred: m_order's update, by rowid
    ImportStatement m_customerThisImport;
    ImportStatement m_reviewThisImport;
    ImportStatement m_deleteItems;
    ImportStatement m_item;
    ImportStatement m_event;
    ImportStatement m_updateReview;
    ImportStatement m_insertReview;
    ImportStatement m_feature;
};

} // namespace pw
