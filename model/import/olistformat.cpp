// SPDX-License-Identifier: GPL-3.0-or-later
#include "olistformat.h"

#include "csvreader.h"
#include "olistlinker.h"
#include "recordcells.h"
#include "store/project.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pw {

namespace {

enum class Cell { Key, Text, Integer, Number, Date, Rating };

struct OlistColumn
{
    const char *name; ///< the dataset's column name, also the column of the `olist_*` table
    Cell cell;
};

/// One file of the dataset: the columns kept (all of them must be in the header, which is how
/// the file is recognised; the first `keys` of them are required and form the table's key).
struct OlistFile
{
    const char *table;
    Entity entity;
    int keys;
    QList<OlistColumn> columns;
};

const QList<OlistFile> &olistFiles()
{
    static const QList<OlistFile> files = {
        {"olist_customers", Entity::Customers, 2,
         {{"customer_id", Cell::Key}, {"customer_unique_id", Cell::Key}, {"customer_city", Cell::Text},
          {"customer_state", Cell::Text}}},
        {"olist_orders", Entity::Orders, 2,
         {{"order_id", Cell::Key}, {"customer_id", Cell::Key}, {"order_status", Cell::Text},
          {"order_purchase_timestamp", Cell::Date}}},
        {"olist_order_items", Entity::OrderItems, 2,
         {{"order_id", Cell::Key}, {"order_item_id", Cell::Integer}, {"product_id", Cell::Text},
          {"price", Cell::Number}, {"freight_value", Cell::Number}}},
        {"olist_order_payments", Entity::Orders, 2,
         {{"order_id", Cell::Key}, {"payment_sequential", Cell::Integer}, {"payment_type", Cell::Text},
          {"payment_value", Cell::Number}}},
        {"olist_order_reviews", Entity::Reviews, 2,
         {{"review_id", Cell::Key}, {"order_id", Cell::Key}, {"review_score", Cell::Rating},
          {"review_creation_date", Cell::Date}}},
        {"olist_products", Entity::OrderItems, 1,
         {{"product_id", Cell::Key}, {"product_category_name", Cell::Text}}},
        {"olist_category_names", Entity::OrderItems, 1,
         {{"product_category_name", Cell::Key}, {"product_category_name_english", Cell::Text}}},
    };
    return files;
}

const OlistFile *fileFor(const QStringList &header)
{
    for (const OlistFile &file : olistFiles()) {
        bool all = true;
        for (const OlistColumn &column : file.columns)
            all = all && headerColumn(header, {column.name}) >= 0;
        if (all)
            return &file;
    }
    return nullptr;
}

/// Keeps each record of one Olist file in its `olist_*` table. In a preview (no project) it
/// hands over instead the canonical row the record contributes to, for showing.
class OlistMapper final : public RowMapper
{
public:
    OlistMapper(const QStringList &header, const OlistFile &file, const MapContext &context)
        : m_cells(header, context.parser), m_file(file)
    {
        QStringList names, marks;
        for (const OlistColumn &column : file.columns) {
            m_columns.append(m_cells.column({column.name}));
            names.append(QString::fromLatin1(column.name));
            marks.append(QStringLiteral("?"));
        }
        if (context.project) {
            m_insert.emplace(context.project->db());
            m_insert->prepare(QLatin1String("INSERT OR REPLACE INTO ") + QLatin1String(file.table) + QLatin1Char('(')
                              + names.join(QLatin1String(", ")) + QLatin1String(") VALUES(")
                              + marks.join(QLatin1String(", ")) + QLatin1Char(')'));
        }
    }

    Entity entity() const override { return m_file.entity; }
    QList<int> unreadColumns() const override { return m_cells.unreadColumns(); }

    bool map(const CsvRecord &record, QList<CanonicalRow> &out, Error &error) override
    {
        m_cells.setRecord(record);
        QVariantList values;
        for (int i = 0; i < m_file.columns.size(); ++i) {
            QVariant value;
            if (!cell(i, value, error))
                return false;
            values.append(value);
        }
        if (!m_insert) {
            preview(values, out);
            return true;
        }
        for (int i = 0; i < values.size(); ++i)
            m_insert->bindValue(i, values[i]);
        if (!m_insert->exec())
            return m_cells.fail(error, -1, m_insert->lastError().text());
        return true;
    }

private:
    bool cell(int i, QVariant &value, Error &error) const
    {
        const int column = m_columns[i];
        const bool required = i < m_file.keys;
        switch (m_file.columns[i].cell) {
        case Cell::Key:
        case Cell::Text:
            value = m_cells.textValue(column);
            if (required && value.isNull())
                return m_cells.fail(error, column, QCoreApplication::translate("Import", "required value is empty"));
            return true;
        case Cell::Integer:
            return m_cells.integer(column, value, error, required);
        case Cell::Number:
            return m_cells.number(column, value, error, required);
        case Cell::Date:
            return m_cells.date(column, value, error, true);
        case Cell::Rating:
            if (!m_cells.integer(column, value, error, true))
                return false;
            if (value.toLongLong() < 1 || value.toLongLong() > 5)
                return m_cells.fail(error, column, QCoreApplication::translate("Import", "a rating must be a whole number from 1 to 5"));
            return true;
        }
        return true;
    }

    /// The canonical row (as far as this file tells it) that a preview shows.
    void preview(const QVariantList &v, QList<CanonicalRow> &out) const
    {
        CanonicalRow row = CanonicalRow::of(m_file.entity);
        const QLatin1String table(m_file.table);
        if (table == QLatin1String("olist_customers")) {
            row.set("customer_id", v[1]);
            row.set("city", v[2]);
            row.set("region", v[3]);
            row.set("country", QStringLiteral("BR"));
        } else if (table == QLatin1String("olist_orders")) {
            row.set("order_id", v[0]);
            row.set("customer_id", v[1]);
            row.set("status", v[2].toString() == QLatin1String("canceled") ? QVariant(QStringLiteral("cancelled")) : v[2]);
            row.set("order_date", v[3]);
            row.set("currency", QStringLiteral("BRL"));
        } else if (table == QLatin1String("olist_order_items")) {
            row.set("order_id", v[0]);
            row.set("sku", v[2]);
            row.set("quantity", 1.0);
            row.set("unit_price", v[3]);
        } else if (table == QLatin1String("olist_order_payments")) {
            row.set("order_id", v[0]);
            if (v[2].toString() == QLatin1String("voucher")) {
                row.set("discount", v[3]);
                row.set("coupon_code", QStringLiteral("voucher"));
            }
        } else if (table == QLatin1String("olist_order_reviews")) {
            row.set("order_id", v[1]);
            row.set("rating", v[2]);
            row.set("date", v[3]);
        } else if (table == QLatin1String("olist_products")) {
            row.set("sku", v[0]);
            row.set("category", v[1]);
        } else {
            row.set("category", v[1].isNull() ? v[0] : v[1]);
        }
        out.append(std::move(row));
    }

    RecordCells m_cells;
    const OlistFile &m_file;
    QList<int> m_columns;
    std::optional<QSqlQuery> m_insert;
};

} // namespace

QString OlistFormat::displayName() const
{
    return QCoreApplication::translate("OlistFormat", "Olist e-commerce dataset (customers, orders, items, payments, reviews, products)");
}

std::optional<Entity> OlistFormat::detectEntity(const QStringList &header, QString *why) const
{
    if (const OlistFile *file = fileFor(header))
        return file->entity;
    if (why)
        *why = QCoreApplication::translate("OlistFormat", "The header is not that of a file of the Olist dataset (olist_customers_dataset.csv, "
                  "olist_orders_dataset.csv, olist_order_items_dataset.csv, olist_order_payments_dataset.csv, "
                  "olist_order_reviews_dataset.csv, olist_products_dataset.csv or product_category_name_translation.csv)");
    return std::nullopt;
}

std::unique_ptr<RowMapper> OlistFormat::createMapper(const QStringList &header, Entity entity,
                                                     const MapContext &context) const
{
    Q_UNUSED(entity)
    const OlistFile *file = fileFor(header);
    Q_ASSERT(file);
    return std::make_unique<OlistMapper>(header, *file, context);
}

QList<int> OlistFormat::dateColumns(const QStringList &header, Entity entity) const
{
    Q_UNUSED(entity)
    QList<int> columns;
    if (const OlistFile *file = fileFor(header)) {
        for (const OlistColumn &column : file->columns) {
            if (column.cell == Cell::Date)
                columns.append(headerColumn(header, {column.name}));
        }
    }
    return columns;
}

bool OlistFormat::finishImport(Project &project, QHash<QString, qint64> &rowsPerEntity, QStringList &warnings,
                               Error &error) const
{
    return OlistLinker::link(project, rowsPerEntity, warnings, error);
}

} // namespace pw
