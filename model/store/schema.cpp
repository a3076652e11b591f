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

// Journey funnels: covering indexes for the per-person stage computation, and per-persona
// journey notes: one text per (persona, stage, field), e.g. touchpoints, key focus, improvement
// ideas, goal, pain points, emotion, opportunities. A note absent from the table shows the
// stage's default.
static const QStringList kJourneyFunnels = {
    QStringLiteral("CREATE INDEX events_person_type_time ON events(person_id, event_type, timestamp)"),
    QStringLiteral("CREATE INDEX orders_person_date ON orders(person_id, order_date)"),
    QStringLiteral(
        "CREATE TABLE journey_notes (persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,"
        " stage TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,"
        " PRIMARY KEY (persona_id, stage, field)) WITHOUT ROWID"),
};

// Persona templates and the persona editor: a row per built-in template (`builtin` 1 = B2C,
// 2 = B2B, 3 = Lean; their sections come from the application), and per persona a photo (PNG
// bytes, NULL for the generated avatar), the generated avatar's style and the evidence of each
// written section (JSON: section key -> "suggested" | "assumed" | "research" | "data").
static const QStringList kPersonaEditor = {
    QStringLiteral("ALTER TABLE personas ADD COLUMN photo BLOB"),
    QStringLiteral("ALTER TABLE personas ADD COLUMN avatar_style TEXT NOT NULL DEFAULT 'initials'"),
    QStringLiteral("ALTER TABLE personas ADD COLUMN evidence TEXT NOT NULL DEFAULT '{}'"),
    QStringLiteral("INSERT INTO templates(name, definition, builtin) SELECT 'E-commerce buyer (B2C)', '{}', 1"
                   " WHERE NOT EXISTS (SELECT 1 FROM templates WHERE builtin = 1)"),
    QStringLiteral("INSERT INTO templates(name, definition, builtin) SELECT 'B2B buyer', '{}', 2"
                   " WHERE NOT EXISTS (SELECT 1 FROM templates WHERE builtin = 2)"),
    QStringLiteral("INSERT INTO templates(name, definition, builtin) SELECT 'Lean', '{}', 3"
                   " WHERE NOT EXISTS (SELECT 1 FROM templates WHERE builtin = 3)"),
};

// The segmentation engine: personas the marketer locked, which a refresh keeps (name, archetype,
// everything written) whatever the new data says. Feature switches and weights live in `meta`.
static const QStringList kSegmentationEngine = {
    QStringLiteral("CREATE TABLE persona_locks (persona_id INTEGER PRIMARY KEY"
                   " REFERENCES personas(id) ON DELETE CASCADE, locked_at INTEGER NOT NULL)"),
};

// Import: data aggregated elsewhere, one numeric value per person and feature (the feature-table
// format; see FeatureTableFormat). The engine may cluster on these features.
static const QStringList kImportFeatureTables = {
    QStringLiteral(
        "CREATE TABLE person_features (person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
        " feature TEXT NOT NULL, value REAL NOT NULL, import_id INTEGER REFERENCES imports(id),"
        " PRIMARY KEY (person_id, feature)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX person_features_feature ON person_features(feature)"),
};

// Persona editor: the picture an Image section holds (PNG or JPEG bytes), per persona and section
// key; a section without a row shows the persona's avatar.
static const QStringList kSectionPictures = {
    QStringLiteral("CREATE TABLE persona_images (persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,"
                   " section TEXT NOT NULL, image BLOB NOT NULL, PRIMARY KEY (persona_id, section)) WITHOUT ROWID"),
};

// Import: the files of the Olist dataset as they are (the columns kept, under the dataset's own
// names), each upserted by its own key; OlistLinker builds the canonical rows from them, so the
// files may be imported in any order and in several imports.
static const QStringList kOlistFiles = {
    QStringLiteral("CREATE TABLE olist_customers (customer_id TEXT PRIMARY KEY, customer_unique_id TEXT NOT NULL,"
                   " customer_city TEXT, customer_state TEXT) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE olist_orders (order_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL,"
                   " order_status TEXT, order_purchase_timestamp INTEGER NOT NULL) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE olist_order_items (order_id TEXT NOT NULL, order_item_id INTEGER NOT NULL,"
                   " product_id TEXT, price REAL, freight_value REAL, PRIMARY KEY (order_id, order_item_id)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE olist_order_payments (order_id TEXT NOT NULL, payment_sequential INTEGER NOT NULL,"
                   " payment_type TEXT, payment_value REAL, PRIMARY KEY (order_id, payment_sequential)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE olist_order_reviews (review_id TEXT NOT NULL, order_id TEXT NOT NULL,"
                   " review_score INTEGER, review_creation_date INTEGER, PRIMARY KEY (review_id, order_id)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE olist_products (product_id TEXT PRIMARY KEY, product_category_name TEXT) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE olist_category_names (product_category_name TEXT PRIMARY KEY,"
                   " product_category_name_english TEXT) WITHOUT ROWID"),
};

// Journey funnels: the single-column person indexes of version 1 are prefixes of the covering
// indexes events_person_type_time and orders_person_date, which serve every lookup by person:
// dropping them saves their upkeep on every import and their room in the file.
static const QStringList kRedundantPersonIndexes = {
    QStringLiteral("DROP INDEX IF EXISTS events_person"),
    QStringLiteral("DROP INDEX IF EXISTS orders_person"),
};

// Two programs on one project: every write of a persona, template, journey note or setting stamps
// its row with the next value of the project's revision counter (meta 'revision'), so a program
// can tell whether a row changed since it read it, and a row deleted and made again never has
// the revision the old one had. Persona ids are never given twice ('last_persona_id'): an id
// names one persona for the life of the project.
static const QStringList kRevisions = {
    QStringLiteral("ALTER TABLE personas ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE templates ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE journey_notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE meta ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('revision', 0)"),
    QStringLiteral("INSERT OR IGNORE INTO meta(key, value) SELECT 'last_persona_id', coalesce(max(id), 0) FROM personas"),
};

// Personas over time: a run computed from the data up to a date (`cluster --as-of`) records that
// date, as seconds since the epoch of its first moment (00:00 UTC); NULL for a run of all the data.
static const QStringList kRunAsOf = {
    QStringLiteral("ALTER TABLE segmentation_runs ADD COLUMN as_of INTEGER"),
};

// Personas over time. Each run keeps what its segments were when it was made — the persona each
// segment was matched to (ids are never given twice, so a persona deleted since still names its
// history), its name as written (NULL: the generated one), archetype, suffix, colour and figures
// (PersonaStats JSON) — so later runs moving the personas on leave a history and the people's
// movement between two runs can be counted. The runs before this version keep the personas that
// hold them now. And every change of a persona (an edit, a refresh, a restore) keeps a version of
// it: `content` is the persona as written after the change (JSON, see PersonaVersions), `photo`
// its photo; `section` names the section an edit changed, so that typing on in it merges.
static const QStringList kPersonasOverTime = {
    // The runs of one timeline (persona-cli timeline, the Timeline view) carry its first run's id.
    QStringLiteral("ALTER TABLE segmentation_runs ADD COLUMN timeline INTEGER"),
    QStringLiteral(
        "CREATE TABLE run_personas (run_id INTEGER NOT NULL REFERENCES segmentation_runs(id) ON DELETE CASCADE,"
        " segment INTEGER NOT NULL, persona_id INTEGER NOT NULL, custom_name TEXT, archetype TEXT NOT NULL,"
        " name_suffix TEXT NOT NULL DEFAULT '', color TEXT NOT NULL, stats TEXT NOT NULL DEFAULT '{}',"
        " PRIMARY KEY (run_id, segment)) WITHOUT ROWID"),
    QStringLiteral(
        "INSERT OR IGNORE INTO run_personas (run_id, segment, persona_id, custom_name, archetype, name_suffix, color, stats)"
        " SELECT run_id, segment, id, name, archetype, coalesce(json_extract(fields, '$._name_suffix'), ''), color, stats"
        " FROM personas WHERE run_id IN (SELECT id FROM segmentation_runs) AND segment >= 0 AND json_valid(fields)"),
    QStringLiteral(
        "CREATE TABLE persona_versions (id INTEGER PRIMARY KEY, persona_id INTEGER NOT NULL,"
        " created_at INTEGER NOT NULL, cause TEXT NOT NULL, run_id INTEGER, section TEXT,"
        " content TEXT NOT NULL, photo BLOB)"),
    QStringLiteral("CREATE INDEX persona_versions_persona ON persona_versions(persona_id, id)"),
};

// Speed: the store's first and last date (of its orders and events), kept by every import so that
// `info` and the project summary need not read every order and event for them. `orders_row` and
// `events_row` are the tables' last rowids when the range was taken: a range whose rowids are
// not the tables' own any more is not used. One row at most.
static const QStringList kStoreDates = {
    QStringLiteral("CREATE TABLE store_dates (id INTEGER PRIMARY KEY CHECK (id = 1), orders_row INTEGER NOT NULL,"
                   " events_row INTEGER NOT NULL, first INTEGER, last INTEGER)"),
};

// Speed: the keys of people (customer_id) and orders (order_id) become indexes of their own, not
// constraints of the tables, so that a bulk import can drop them and build them once at the end
// from sorted keys instead of inserting into two B-trees at random for every row (ImportWriter).
// The tables are made again with the same columns; SQLite cannot drop a column's UNIQUE. Run with
// the foreign keys off (Project::open), so dropping the old tables cascades nowhere.
static const QStringList kKeysAsIndexes = {
    QStringLiteral("CREATE TABLE people_keyed (id INTEGER PRIMARY KEY, customer_id TEXT NOT NULL)"),
    QStringLiteral("INSERT INTO people_keyed(id, customer_id) SELECT id, customer_id FROM people"),
    QStringLiteral("DROP TABLE people"),
    QStringLiteral("ALTER TABLE people_keyed RENAME TO people"),
    QStringLiteral("CREATE UNIQUE INDEX people_customer ON people(customer_id)"),
    QStringLiteral(
        "CREATE TABLE orders_keyed (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL,"
        " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
        " order_date INTEGER NOT NULL, total REAL NOT NULL, discount REAL, shipping REAL,"
        " items INTEGER, currency TEXT, status TEXT, coupon_code TEXT, category TEXT, channel TEXT,"
        " device TEXT, import_id INTEGER REFERENCES imports(id))"),
    QStringLiteral("INSERT INTO orders_keyed SELECT id, order_id, person_id, order_date, total, discount, shipping,"
                   " items, currency, status, coupon_code, category, channel, device, import_id FROM orders"),
    QStringLiteral("DROP TABLE orders"),
    QStringLiteral("ALTER TABLE orders_keyed RENAME TO orders"),
    QStringLiteral("CREATE UNIQUE INDEX orders_order_id ON orders(order_id)"),
    QStringLiteral("CREATE INDEX orders_person_date ON orders(person_id, order_date)"),
};

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {kVersion1, kJourneyFunnels, kPersonaEditor, kSegmentationEngine,
                                            kImportFeatureTables, kSectionPictures,
                                            kOlistFiles, kRedundantPersonIndexes, kRevisions, kRunAsOf,
                                            kPersonasOverTime, kStoreDates, kKeysAsIndexes};
    return list;
}

const QString &eventsBySessionIndex()
{
    // The import of events groups them by session; made by the first import.
    static const QString sql = QStringLiteral("CREATE INDEX IF NOT EXISTS events_session ON events(session_id, timestamp)");
    return sql;
}

const QStringList &optionalObjects()
{
    static const QStringList list = {eventsBySessionIndex()};
    return list;
}

} // namespace pw::schema
