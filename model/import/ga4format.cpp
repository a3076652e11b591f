// SPDX-License-Identifier: GPL-3.0-or-later
#include "ga4format.h"

#include "csvreader.h"
#include "recordcells.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace pw {

namespace {

QString ga4Type(QStringView name)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("view_item"), QStringLiteral("product_view")},
        {QStringLiteral("view_search_results"), QStringLiteral("search")},
        {QStringLiteral("view_item_list"), QStringLiteral("page_view")},
        {QStringLiteral("add_shipping_info"), QStringLiteral("begin_checkout")},
        {QStringLiteral("add_payment_info"), QStringLiteral("begin_checkout")},
        {QStringLiteral("share"), QStringLiteral("referral")},
    };
    const QString lower = name.toString().toLower();
    return map.value(lower, lower);
}

class Ga4Mapper final : public RowMapper
{
public:
    Ga4Mapper(const QStringList &header, const MapContext &context)
        : m_cells(header, context.parser), m_parser(context.parser)
    {
        m_date = m_cells.column({"event_date"});
        m_timestamp = m_cells.column({"event_timestamp"});
        m_name = m_cells.column({"event_name"});
        m_pseudo = m_cells.column({"user_pseudo_id"});
        m_user = m_cells.column({"user_id"});
        m_session = m_cells.column({"ga_session_id", "session_id"});
        m_page = m_cells.column({"page_location", "page"});
        // GA4 exports often fill only one of these on a row: the first one filled is the value.
        for (const char *name : {"purchase_revenue", "value", "event_value_in_usd"})
            if (const int column = m_cells.column({name}); column >= 0)
                m_values.push_back(column);
        m_source = m_cells.column({"source", "traffic_source.source", "traffic_source_source"});
        m_device = m_cells.column({"device.category", "device_category", "device"});
    }
    Entity entity() const override { return Entity::Events; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        qint64 seconds = 0;
        const QStringView micros = m_cells.text(m_timestamp);
        if (!micros.isEmpty()) {
            const std::optional<qint64> v = m_parser.parseInteger(micros);
            if (!v)
                return m_cells.fail(error, m_timestamp, QCoreApplication::translate("Import", "not a whole number"));
            seconds = *v / 1000000;
        } else {
            const QDate day = QDate::fromString(m_cells.text(m_date).toString(), QStringLiteral("yyyyMMdd"));
            if (!day.isValid())
                return m_cells.fail(error, m_date < 0 ? m_timestamp : m_date, QCoreApplication::translate("Import", "not a date"));
            seconds = day.startOfDay(Qt::UTC).toSecsSinceEpoch();
        }
        const QStringView name = m_cells.text(m_name);
        if (name.isEmpty())
            return m_cells.fail(error, m_name, QCoreApplication::translate("Import", "required value is empty"));
        const QStringView pseudo = m_cells.text(m_pseudo);
        const QStringView user = m_cells.text(m_user);
        if (pseudo.isEmpty() && user.isEmpty())
            return m_cells.fail(error, m_pseudo, QCoreApplication::translate("Import", "an event needs a user_pseudo_id or a user_id"));
        QVariant value;
        for (const int column : m_values) {
            if (!m_cells.number(column, value, error))
                return false;
            if (!value.isNull())
                break;
        }
        const QString visitor = pseudo.isEmpty() ? user.toString() : pseudo.toString();
        const QStringView sessionCell = m_cells.text(m_session);
        const QString session = visitor + QLatin1Char('@')
                                + (sessionCell.isEmpty()
                                       ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date().toString(Qt::ISODate)
                                       : sessionCell.toString());
        CanonicalRow row = CanonicalRow::of(Entity::Events);
        row.set("session_id", session);
        row.set("customer_id", user.isEmpty() ? visitor : user.toString());
        row.set("timestamp", seconds);
        row.set("event_type", ga4Type(name));
        row.set("source", m_cells.textValue(m_source));
        row.set("device", m_cells.textValue(m_device));
        row.set("page", m_cells.textValue(m_page));
        row.set("value", value);
        out.append(std::move(row));
        return true;
    }

private:
    RecordCells m_cells;
    const ValueParser &m_parser;
    int m_date, m_timestamp, m_name, m_pseudo, m_user, m_session, m_page, m_source, m_device;
    std::vector<int> m_values; ///< the value columns present, in order of preference
};

int find(const QStringList &header, const char *name)
{
    return headerColumn(header, {name});
}

} // namespace

QString Ga4Format::displayName() const
{
    return QCoreApplication::translate("Ga4Format", "Google Analytics 4 events");
}

std::optional<Entity> Ga4Format::detectEntity(const QStringList &header, QString *why) const
{
    if (find(header, "event_name") >= 0 && find(header, "user_pseudo_id") >= 0
        && (find(header, "event_timestamp") >= 0 || find(header, "event_date") >= 0))
        return Entity::Events;
    if (why)
        *why = QCoreApplication::translate("Ga4Format", "A GA4 export needs the columns event_name, user_pseudo_id and event_timestamp");
    return std::nullopt;
}

std::unique_ptr<RowMapper> Ga4Format::createMapper(const QStringList &header, Entity,
                                                   const MapContext &context) const
{
    return std::make_unique<Ga4Mapper>(header, context);
}

QList<int> Ga4Format::dateColumns(const QStringList &, Entity) const
{
    return {};
}

} // namespace pw
