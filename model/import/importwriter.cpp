// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "store/project.h"

#include <QDateTime>
#include <QSqlError>

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

ImportWriter::ImportWriter(Project &project)
    : m_project(project),
      m_insertPerson(project.db()),
      m_selectPerson(project.db()),
      m_customer(project.db()),
      m_order(project.db()),
      m_deleteItems(project.db()),
      m_item(project.db()),
      m_event(project.db()),
      m_updateReview(project.db()),
      m_insertReview(project.db())
{
}

bool ImportWriter::prepare(Error &error)
{
    QSqlQuery ddl(m_project.db());
    if (!ddl.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS events_session ON events(session_id, timestamp)"))) {
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
        QSqlQuery &query;
        QString sql;
    };
    const Statement statements[] = {
        {m_insertPerson, QStringLiteral("INSERT OR IGNORE INTO people(customer_id) VALUES(?)")},
        {m_selectPerson, QStringLiteral("SELECT id FROM people WHERE customer_id = ?")},
        {m_customer, customerSql},
        {m_order, orderSql},
        {m_deleteItems, QStringLiteral("DELETE FROM order_items WHERE order_id = ?")},
        {m_item, itemSql},
        {m_event, eventSql},
        {m_updateReview, QStringLiteral("UPDATE reviews SET rating = ?, nps = ?, import_id = ?"
                                        " WHERE person_id = ? AND order_id IS ? AND date IS ?")},
        {m_insertReview, QStringLiteral("INSERT INTO reviews(person_id, order_id, rating, nps, date,"
                                        " import_id) VALUES(?, ?, ?, ?, ?, ?)")},
    };
    for (const Statement &s : statements) {
        s.query.setForwardOnly(true);
        if (!s.query.prepare(s.sql)) {
            error.message = s.query.lastError().text();
            return false;
        }
    }
    return true;
}

bool ImportWriter::exec(QSqlQuery &query, Error &error)
{
    if (query.exec())
        return true;
    error.message = query.lastError().text();
    return false;
}

bool ImportWriter::beginFile(const QString &fileName, const QString &format, Entity entity, Error &error)
{
    QSqlQuery q(m_project.db());
    q.prepare(QStringLiteral("INSERT INTO imports(file, format, entity, imported_at) VALUES(?, ?, ?, ?)"));
    q.bindValue(0, fileName);
    q.bindValue(1, format);
    q.bindValue(2, CanonicalSchema::entityName(entity));
    q.bindValue(3, QDateTime::currentSecsSinceEpoch());
    if (!exec(q, error))
        return false;
    m_importId = q.lastInsertId().toLongLong();
    return true;
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
    return exec(q, error);
}

bool ImportWriter::personId(const QVariant &customerId, QVariant &id, Error &error)
{
    if (customerId.isNull()) {
        id = QVariant();
        return true;
    }
    const QString key = customerId.toString();
    const auto cached = m_people.constFind(key);
    if (cached != m_people.constEnd()) {
        id = *cached;
        return true;
    }
    m_insertPerson.bindValue(0, key);
    if (!exec(m_insertPerson, error))
        return false;
    qint64 value = 0;
    if (m_insertPerson.numRowsAffected() == 1) {
        value = m_insertPerson.lastInsertId().toLongLong();
    } else {
        m_selectPerson.bindValue(0, key);
        if (!exec(m_selectPerson, error))
            return false;
        if (!m_selectPerson.next()) {
            error.message = m_selectPerson.lastError().text();
            return false;
        }
        value = m_selectPerson.value(0).toLongLong();
        m_selectPerson.finish();
    }
    m_people.insert(key, value);
    id = value;
    return true;
}

bool ImportWriter::write(const CanonicalRow &row, Error &error)
{
    switch (row.entity) {
    case Entity::Customers:
        return writeCustomer(row, error);
    case Entity::Orders:
        return writeOrder(row, error);
    case Entity::OrderItems:
        return writeOrderItem(row, error);
    case Entity::Events:
        return writeEvent(row, error);
    case Entity::Reviews:
        return writeReview(row, error);
    }
    return false;
}

bool ImportWriter::writeCustomer(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[0], person, error))
        return false;
    int b = 0;
    m_customer.bindValue(b++, person);
    for (int i = 1; i < row.values.size(); ++i)
        m_customer.bindValue(b++, row.values[i]);
    m_customer.bindValue(b, m_importId);
    return exec(m_customer, error);
}

bool ImportWriter::writeOrder(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[1], person, error))
        return false;
    int b = 0;
    m_order.bindValue(b++, row.values[0]);
    m_order.bindValue(b++, person);
    for (int i = 2; i < row.values.size(); ++i)
        m_order.bindValue(b++, row.values[i]);
    m_order.bindValue(b, m_importId);
    return exec(m_order, error);
}

bool ImportWriter::writeOrderItem(const CanonicalRow &row, Error &error)
{
    const QString orderId = row.values[0].toString();
    if (!m_itemOrders.contains(orderId)) {
        m_deleteItems.bindValue(0, orderId);
        if (!exec(m_deleteItems, error))
            return false;
        m_itemOrders.insert(orderId);
    }
    int b = 0;
    for (const QVariant &value : row.values)
        m_item.bindValue(b++, value);
    m_item.bindValue(b, m_importId);
    return exec(m_item, error);
}

bool ImportWriter::writeEvent(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[1], person, error))
        return false;
    int b = 0;
    for (int i = 0; i < row.values.size(); ++i)
        m_event.bindValue(b++, i == 1 ? person : row.values[i]);
    m_event.bindValue(b++, m_importId);
    m_event.bindValue(b++, row.values[0]); // session_id
    m_event.bindValue(b++, row.values[2]); // timestamp
    m_event.bindValue(b++, row.values[3]); // event_type
    m_event.bindValue(b, row.values[6]);   // page
    return exec(m_event, error);
}

bool ImportWriter::writeReview(const CanonicalRow &row, Error &error)
{
    QVariant person;
    if (!personId(row.values[0], person, error))
        return false;
    m_updateReview.bindValue(0, row.values[2]);
    m_updateReview.bindValue(1, row.values[3]);
    m_updateReview.bindValue(2, m_importId);
    m_updateReview.bindValue(3, person);
    m_updateReview.bindValue(4, row.values[1]);
    m_updateReview.bindValue(5, row.values[4]);
    if (!exec(m_updateReview, error))
        return false;
    if (m_updateReview.numRowsAffected() > 0)
        return true;
    m_insertReview.bindValue(0, person);
    m_insertReview.bindValue(1, row.values[1]);
    m_insertReview.bindValue(2, row.values[2]);
    m_insertReview.bindValue(3, row.values[3]);
    m_insertReview.bindValue(4, row.values[4]);
    m_insertReview.bindValue(5, m_importId);
    return exec(m_insertReview, error);
}

} // namespace pw
