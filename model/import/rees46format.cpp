// SPDX-License-Identifier: GPL-3.0-or-later
#include "rees46format.h"

#include "csvreader.h"
#include "recordcells.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pw {

namespace {

QString rees46Type(QStringView type)
{
    const QString lower = type.toString().toLower();
    if (lower == QLatin1String("view"))
        return QStringLiteral("product_view");
    if (lower == QLatin1String("cart"))
        return QStringLiteral("add_to_cart");
    return lower;
}

class Rees46Mapper final : public RowMapper
{
public:
    Rees46Mapper(const QStringList &header, const MapContext &context) : m_cells(header, context.parser)
    {
        m_time = m_cells.column({"event_time"});
        m_type = m_cells.column({"event_type"});
        m_product = m_cells.column({"product_id"});
        m_price = m_cells.column({"price"});
        m_user = m_cells.column({"user_id"});
        m_session = m_cells.column({"user_session"});
    }
    Entity entity() const override { return Entity::Events; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        QVariant time, price;
        if (!m_cells.date(m_time, time, error, true) || !m_cells.number(m_price, price, error))
            return false;
        const QStringView type = m_cells.text(m_type);
        if (type.isEmpty())
            return m_cells.fail(error, m_type, QCoreApplication::translate("Import", "required value is empty"));
        const QStringView user = m_cells.text(m_user);
        QString session = m_cells.text(m_session).toString();
        if (session.isEmpty()) {
            if (user.isEmpty())
                return m_cells.fail(error, m_session, QCoreApplication::translate("Import", "an event needs a user_session or a user_id"));
            session = user.toString() + QLatin1Char('@')
                      + QDateTime::fromSecsSinceEpoch(time.toLongLong(), Qt::UTC).date().toString(Qt::ISODate);
        }
        CanonicalRow row = CanonicalRow::of(Entity::Events);
        row.set("session_id", session);
        row.set("customer_id", m_cells.textValue(m_user));
        row.set("timestamp", time);
        row.set("event_type", rees46Type(type));
        row.set("page", m_cells.textValue(m_product));
        row.set("value", price);
        out.append(std::move(row));
        return true;
    }

private:
    RecordCells m_cells;
    int m_time, m_type, m_product, m_price, m_user, m_session;
};

int find(const QStringList &header, const char *name)
{
    return headerColumn(header, {name});
}

} // namespace

QString Rees46Format::displayName() const
{
    return QCoreApplication::translate("Rees46Format", "Event stream (REES46 / Open CDP)");
}

std::optional<Entity> Rees46Format::detectEntity(const QStringList &header, QString *why) const
{
    if (find(header, "event_time") >= 0 && find(header, "event_type") >= 0 && find(header, "user_id") >= 0
        && find(header, "user_session") >= 0)
        return Entity::Events;
    if (why)
        *why = QCoreApplication::translate("Rees46Format", "An event stream needs the columns event_time, event_type, user_id and user_session");
    return std::nullopt;
}

std::unique_ptr<RowMapper> Rees46Format::createMapper(const QStringList &header, Entity,
                                                      const MapContext &context) const
{
    return std::make_unique<Rees46Mapper>(header, context);
}

QList<int> Rees46Format::dateColumns(const QStringList &header, Entity) const
{
    return {find(header, "event_time")};
}

} // namespace pw
