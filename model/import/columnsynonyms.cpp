// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnsynonyms.h"

#include <QHash>

namespace pw {

namespace {

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(ColumnSynonyms::key(QString::fromUtf8(name)));
    return out;
}

/// Field name -> its synonyms, the preferred first. A field of several entities (customer_id,
/// order_id) has the same synonyms in each.
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("customer_id"),
         keys({"customerid", "customer no", "customer number", "customer code", "cust_id", "customer", "user_id",
               "userid", "user", "client_id", "clientid", "client", "buyer_id", "buyer", "member_id", "account_id",
               "מספר לקוח", "מס' לקוח", "קוד לקוח", "מזהה לקוח", "לקוח", "ID клиента", "код клиента",
               "номер клиента", "идентификатор клиента", "клиент", "ID покупателя", "покупатель"})},
        {QStringLiteral("order_id"),
         keys({"orderid", "order no", "order number", "order num", "order", "invoice_id", "invoice no",
               "invoice number", "invoice", "transaction_id", "receipt_id", "מספר הזמנה", "מזהה הזמנה", "הזמנה",
               "номер заказа", "ID заказа", "заказ"})},
        {QStringLiteral("order_date"),
         keys({"date", "purchase_date", "order time", "purchase time", "transaction_date", "invoice_date",
               "order_datetime", "datetime", "created_at", "timestamp", "תאריך הזמנה", "תאריך רכישה", "תאריך",
               "дата заказа", "дата покупки", "дата"})},
        {QStringLiteral("total"),
         keys({"amount", "order_total", "total_amount", "order_amount", "revenue", "sales", "value", "sum",
               "total_price", "order_value", "spend", "net_sales", "סכום", "סכום הזמנה", "סה\"כ", "סה״כ",
               "סך הכל", "сумма", "сумма заказа", "итого", "выручка", "стоимость"})},
        {QStringLiteral("items"),
         keys({"qty", "quantity", "units", "item_count", "number_of_items", "num_items", "כמות", "מספר פריטים",
               "количество", "кол-во"})},
        {QStringLiteral("quantity"), keys({"qty", "units", "items", "כמות", "количество", "кол-во"})},
        {QStringLiteral("unit_price"),
         keys({"price", "unitprice", "item_price", "price_per_unit", "מחיר", "מחיר ליחידה", "цена",
               "цена за единицу"})},
        {QStringLiteral("sku"), keys({"product_id", "item_id", "article", "מק\"ט", "מק״ט", "артикул"})},
        {QStringLiteral("product_name"),
         keys({"product", "item_name", "item", "product_title", "שם מוצר", "מוצר", "наименование", "товар"})},
        {QStringLiteral("category"), keys({"product_category", "קטגוריה", "категория"})},
        {QStringLiteral("currency"), keys({"מטבע", "валюта"})},
        {QStringLiteral("status"), keys({"order_status", "סטטוס", "статус"})},
    };
    return table;
}

} // namespace

QString ColumnSynonyms::key(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool gap = false;
    for (const QChar c : name.trimmed()) {
        if (c.isSpace() || c == u'-' || c == u'_' || c == u'.') {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out += u'_';
        gap = false;
        out += c.toLower();
    }
    return out;
}

QList<int> ColumnSynonyms::fieldColumns(const QStringList &header, Entity entity)
{
    const QList<CanonicalField> &fields = CanonicalSchema::fields(entity);
    QStringList names;
    for (const QString &column : header)
        names.append(key(column));
    QList<int> columns(fields.size(), -1);
    QList<bool> taken(names.size(), false);
    auto take = [&](int field, const QString &name) {
        for (int c = 0; c < names.size(); ++c) {
            if (!taken[c] && names[c] == name) {
                columns[field] = c;
                taken[c] = true;
                return true;
            }
        }
        return false;
    };
    for (int f = 0; f < fields.size(); ++f)
        take(f, fields[f].name);
    for (int f = 0; f < fields.size(); ++f) {
        if (columns[f] >= 0)
            continue;
        for (const QString &name : synonyms().value(fields[f].name)) {
            if (take(f, name))
                break;
        }
    }
    return columns;
}

int ColumnSynonyms::priceColumn(const QStringList &header)
{
    const QStringList names = QStringList{QStringLiteral("unit_price")} + synonyms().value(QStringLiteral("unit_price"));
    for (const QString &name : names) {
        for (int c = 0; c < header.size(); ++c) {
            if (key(header[c]) == name)
                return c;
        }
    }
    return -1;
}

bool ColumnSynonyms::hasColumn(const QStringList &header, const char *name)
{
    const QString wanted = QString::fromLatin1(name);
    for (const QString &column : header) {
        if (key(column) == wanted)
            return true;
    }
    return false;
}

} // namespace pw
