// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace pw {

/// The names by which the generic format finds a canonical field's column: the field's own name,
/// else one of its common synonyms in English, Hebrew or Russian (`user_id`, `לקוח`, `ID клиента`
/// for customer_id; `date`, `תאריך הזמנה`, `Дата` for an order's date; `amount`, `סכום`, `Сумма`
/// for its total; `qty`, `כמות`, `Количество` for its items; ...). Names are compared as key()
/// writes them, so `Order Date`, `order-date` and `ORDER_DATE` are all order_date.
///
/// A price (`price`, `unit_price`, `מחיר`, `Цена`) is not a synonym of any one field: whether it
/// is an order's total or a unit price depends on the other columns (see GenericFormat).
class ColumnSynonyms
{
public:
    /// `name` as compared: trimmed, lower case, each run of spaces, '-', '_' and '.' one '_'.
    static QString key(QStringView name);
    /// For each canonical field of `entity`, the first column of `header` named as the field,
    /// else the first named by one of its synonyms (the earlier synonym first), or -1. No
    /// column is read as two fields.
    static QList<int> fieldColumns(const QStringList &header, Entity entity);
    /// The first column of `header` named as a price, or -1.
    static int priceColumn(const QStringList &header);
    /// True if some column of `header` is named `name` exactly (compared as key() writes it).
    static bool hasColumn(const QStringList &header, const char *name);
};

} // namespace pw
