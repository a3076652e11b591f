// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

#include "importstatement.h"
#include "personids.h"

#include <QSet>

#include <string_view>

namespace pw {

class Project;

/// Writes canonical rows into a project's tables. The caller holds the transaction; a writer is
/// used for one import (all its files) and then thrown away.
///
/// How each entity lands, so that importing the same file twice does not double anything:
/// - people: one row per customer_id, created on first sight;
/// - customers: upserted by person; an empty cell keeps the value already stored;
/// - orders: upserted by order_id; order_id, customer, date and total are replaced, an empty
///   optional cell keeps the value already stored;
/// - order_items: the first time an order_id is met in an import, the items already stored for
///   it are deleted, so a re-import replaces an order's items;
/// - events: a row equal to a stored event in session_id, timestamp, event_type and page is a
///   duplicate and skipped (an index on events(session_id, timestamp) keeps this fast);
/// - reviews: a row with the same person, order_id and date as a stored review replaces its
///   rating and nps; otherwise it is added;
/// - person_features: upserted by person and feature name.
class ImportWriter
{
public:
    explicit ImportWriter(Project &project);

    /// Prepares the statements (and the events index). Must be called inside the transaction.
    bool prepare(Error &error);
    /// Starts a file: adds its row to `imports` (`fileName` without folder).
    bool beginFile(const QString &fileName, const QString &format, Entity entity, Error &error);
    /// Writes one row of the current file's entity. Fails only on a database error.
    bool write(const CanonicalRow &row, Error &error);
    /// Writes one order of the current file from typed cells, in the order of
    /// CanonicalSchema::fields(Entity::Orders), as write() would write the same row: `values[1]`
    /// (customer_id) is UTF-8 text, already pseudonymised where needed. The import's hot path.
    bool writeOrder(const BoundValue *values, Error &error);
    /// Records the current file's counts in `imports`.
    bool finishFile(qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected, Error &error);
    /// For a bulk load: drops the secondary indexes of `orders` (those with SQL in
    /// sqlite_master; the order_id key stays), to be rebuilt once by restoreIndexes(), which is
    /// quicker than updating them row by row. Inside the transaction, so a rollback restores them.
    bool deferIndexes(Error &error);
    /// Re-creates the indexes deferIndexes() dropped. The writer writes no rows after it.
    bool restoreIndexes(Error &error);

private:
    bool personId(const QVariant &customerId, QVariant &id, Error &error);
    bool personId(std::string_view customerId, qint64 &id, Error &error);
    bool writeCustomer(const CanonicalRow &row, Error &error);
    bool writeOrder(const CanonicalRow &row, Error &error);
    bool writeOrderItem(const CanonicalRow &row, Error &error);
    bool writeEvent(const CanonicalRow &row, Error &error);
    bool writeReview(const CanonicalRow &row, Error &error);
    bool writeFeature(const CanonicalRow &row, Error &error);

    Project &m_project;
    QStringList m_deferredIndexes; ///< CREATE INDEX statements to run again
    qint64 m_importId = 0;
    PersonIds m_people;
    QSet<QString> m_itemOrders;
    ImportStatement m_insertPerson;
    ImportStatement m_selectPerson;
    ImportStatement m_customer;
    ImportStatement m_order;
    ImportStatement m_insertOrder; ///< a plain insert: no statement journal, unlike the upsert
    ImportStatement m_deleteItems;
    ImportStatement m_item;
    ImportStatement m_event;
    ImportStatement m_updateReview;
    ImportStatement m_insertReview;
    ImportStatement m_feature;
};

} // namespace pw
