// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace pw::schema {

// Conventions: every moment is INTEGER seconds since the Unix epoch (UTC); money is REAL in the
// store's currency; a "person" is anyone with a customer_id in any table, kept once in `people`
// so that the other tables refer to an integer key.
static const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE imports (id INTEGER PRIMARY KEY, file TEXT NOT NULL, format TEXT NOT NULL,"
        " entity TEXT NOT NULL, rows_read INTEGER NOT NULL DEFAULT 0,"
        " rows_imported INTEGER NOT NULL DEFAULT 0, rows_rejected INTEGER NOT NULL DEFAULT 0,"
        " imported_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, customer_id TEXT NOT NULL UNIQUE)"),
    QStringLiteral(
        "CREATE TABLE customers (person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,"
        " email TEXT, first_name TEXT, last_name TEXT, gender TEXT, age INTEGER, birth_date INTEGER,"
        " country TEXT, region TEXT, city TEXT, signup_date INTEGER, acquisition_channel TEXT,"
        " accepts_marketing INTEGER, import_id INTEGER REFERENCES imports(id))"),
    QStringLiteral(
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL UNIQUE,"
        " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
        " order_date INTEGER NOT NULL, total REAL NOT NULL, discount REAL, shipping REAL,"
        " items INTEGER, currency TEXT, status TEXT, coupon_code TEXT, category TEXT, channel TEXT,"
        " device TEXT, import_id INTEGER REFERENCES imports(id))"),
    QStringLiteral("CREATE INDEX orders_person ON orders(person_id)"),
    QStringLiteral(
        "CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, sku TEXT,"
        " product_name TEXT, category TEXT, quantity REAL, unit_price REAL,"
        " import_id INTEGER REFERENCES imports(id))"),
    QStringLiteral("CREATE INDEX order_items_order ON order_items(order_id)"),
    QStringLiteral(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL,"
        " person_id INTEGER REFERENCES people(id) ON DELETE CASCADE, timestamp INTEGER NOT NULL,"
        " event_type TEXT NOT NULL, source TEXT, device TEXT, page TEXT, value REAL,"
        " import_id INTEGER REFERENCES imports(id))"),
    QStringLiteral("CREATE INDEX events_person ON events(person_id)"),
    QStringLiteral(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY,"
        " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, order_id TEXT,"
        " rating INTEGER CHECK (rating BETWEEN 1 AND 5), nps INTEGER CHECK (nps BETWEEN 0 AND 10),"
        " date INTEGER, import_id INTEGER REFERENCES imports(id),"
        " CHECK (rating IS NOT NULL OR nps IS NOT NULL))"),
    QStringLiteral("CREATE INDEX reviews_person ON reviews(person_id)"),
    // A segmentation run: its parameters, the features as clustered, scores, centroids and timings
    // (JSON), and one assignment per person.
    QStringLiteral(
        "CREATE TABLE segmentation_runs (id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL,"
        " k INTEGER NOT NULL, seed INTEGER NOT NULL, restarts INTEGER NOT NULL,"
        " people INTEGER NOT NULL, features TEXT NOT NULL, scores TEXT NOT NULL,"
        " centroids TEXT NOT NULL, timings TEXT NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE assignments (run_id INTEGER NOT NULL REFERENCES segmentation_runs(id) ON DELETE CASCADE,"
        " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
        " segment INTEGER NOT NULL, PRIMARY KEY (run_id, person_id)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE templates (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " definition TEXT NOT NULL, builtin INTEGER NOT NULL DEFAULT 0)"),
    // A persona. `name` NULL means the generated name (the archetype's, in the reader's language);
    // `fields` is a JSON object, section key -> value, holding only what the marketer wrote:
    // a section absent from it shows the archetype's suggestion. `stats` is the evidence (JSON).
    QStringLiteral(
        "CREATE TABLE personas (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT,"
        " archetype TEXT NOT NULL, color TEXT NOT NULL,"
        " template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,"
        " run_id INTEGER REFERENCES segmentation_runs(id) ON DELETE SET NULL, segment INTEGER,"
        " fields TEXT NOT NULL DEFAULT '{}', stats TEXT NOT NULL DEFAULT '{}')"),
};

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {kVersion1};
    return list;
}

} // namespace pw::schema
