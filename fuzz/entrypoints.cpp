// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypoints.h"

#include "import/bytecsvreader.h"
#include "import/bytefieldmapper.h"
#include "import/canonicalschema.h"
#include "import/csvreader.h"
#include "import/encodingguess.h"
#include "import/fieldmapper.h"
#include "import/formatregistry.h"
#include "import/genericformat.h"
#include "import/importer.h"
#include "import/importformat.h"
#include "import/pseudonymiser.h"
#include "import/valueparser.h"
#include "import/xlsxreader.h"
#include "persona/persona.h"
#include "persona/personatemplate.h"
#include "persona/templaterepository.h"
#include "store/project.h"
#include "store/summary.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cmath>
#include <tuple>
#include <vector>

namespace pw::fuzz {

namespace {

/// Records read per input at most: the inputs are small, this only bounds a pathological one.
constexpr int kMaxRecords = 20000;

/// The generic orders header the mappers are compared under (every record of the input is a row).
const QStringList &ordersHeader()
{
    static const QStringList header = QStringLiteral("order_id,customer_id,order_date,total,discount,shipping,items,"
                                                     "currency,status,coupon_code,category,channel,device")
                                          .split(QLatin1Char(','));
    return header;
}

QString describe(const Error &error)
{
    return QStringLiteral("line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message);
}

void parseEverything(const QString &field, const ValueParser &dotParser, const ValueParser &commaParser)
{
    for (const ValueParser *parser : {&dotParser, &commaParser}) {
        (void)parser->parseDate(field);
        (void)parser->parseNumber(field);
        (void)parser->parseInteger(field);
    }
    (void)ValueParser::parseDateTime(field);
    (void)ValueParser::parseBool(field);
    int first = 0;
    int second = 0;
    (void)ValueParser::splitNumericDate(field, first, second);
    (void)Pseudonymiser::looksLikeEmail(field);
}

/// The value ByteFieldMapper bound, in FieldMapper's terms, compared with FieldMapper's `value`.
bool sameValue(const BoundValue &bound, const QVariant &value)
{
    switch (bound.kind) {
    case BoundValue::Kind::Null:
        return value.isNull();
    case BoundValue::Kind::Integer:
        return !value.isNull() && (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int
                                   || value.typeId() == QMetaType::Bool)
               && value.toLongLong() == bound.integer;
    case BoundValue::Kind::Real:
        return !value.isNull() && value.typeId() == QMetaType::Double
               && (value.toDouble() == bound.real || (std::isnan(value.toDouble()) && std::isnan(bound.real)));
    case BoundValue::Kind::Text:
        return !value.isNull() && value.typeId() == QMetaType::QString
               && value.toString() == ByteCsvReader::decode(std::string_view(bound.text, size_t(bound.size)));
    }
    return false;
}

/// Every record of `data` as a generic orders row, through both mappers with each parser: a row
/// the byte path maps must be one FieldMapper maps to the same values.
QString compareMappers(const QByteArray &data, const ValueParser &dotParser, const ValueParser &commaParser)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const QStringList &header = ordersHeader();
    const QList<int> columns = GenericFormat::fieldColumns(header, Entity::Orders);
    const QList<CanonicalField> &fields = CanonicalSchema::fields(Entity::Orders);
    std::vector<BoundValue> values(size_t(fields.size()));
    ByteRecord bytes;
    CsvRecord record;
    CanonicalRow row;
    for (const ValueParser *parser : {&dotParser, &commaParser}) {
        ByteFieldMapper fast(Entity::Orders, columns, header.size(), *parser);
        FieldMapper slow(Entity::Orders, columns, header, *parser);
        buffer.seek(0);
        ByteCsvReader reader(&buffer, ',');
        for (int n = 0; n < kMaxRecords && reader.readRecord(bytes); ++n) {
            if (ByteFieldMapper::isBlank(bytes) || !fast.map(bytes, values.data()))
                continue;
            record.fields.clear();
            for (const std::string_view field : bytes.fields)
                record.fields << ByteCsvReader::decode(field);
            record.line = bytes.line;
            Error error;
            if (!slow.mapRow(record, row, error))
                return QStringLiteral("line %1: the byte path maps a row FieldMapper rejects: %2").arg(bytes.line).arg(describe(error));
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (!sameValue(values[size_t(i)], row.values.value(i)))
                    return QStringLiteral("line %1: %2 differs between the byte path and FieldMapper (%3)")
                        .arg(bytes.line)
                        .arg(fields[i].name, row.values.value(i).toString());
            }
        }
    }
    return QString();
}

} // namespace

QStringList targets()
{
    return {QStringLiteral("csvreader"), QStringLiteral("xlsx"), QStringLiteral("detect"), QStringLiteral("template"),
            QStringLiteral("project")};
}

QString feedCsv(const QByteArray &data)
{
    const ValueParser dotParser(false);
    const ValueParser commaParser(true);

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<CsvRecord> records;
    // Records refused for bytes that are not text, which the import skips: both readers must
    // refuse the same ones (after the same number of good records, on the same line and column).
    QList<std::tuple<qsizetype, qint64, int>> rejected;
    CsvRecord record;
    bool complete = true;
    for (;;) {
        if (!reader.readRecord(record)) {
            if (!reader.recordRejected() || rejected.size() >= kMaxRecords)
                break;
            rejected.append({records.size(), reader.error().line, reader.error().column});
            reader.skipRejectedRecord();
            continue;
        }
        for (const QString &field : std::as_const(record.fields))
            parseEverything(field, dotParser, commaParser);
        if (records.size() >= kMaxRecords) {
            complete = false;
            break;
        }
        records << record;
    }
    if (reader.hasError() && reader.error().line < 1)
        return QStringLiteral("CsvReader: an error without a line: ") + describe(reader.error());

    // The byte reader splits a UTF-8 file as CsvReader does (ImportWriter's fast path relies on it).
    const QChar delimiter = reader.delimiter();
    if (complete && reader.encodingName() == QLatin1String("UTF-8") && !delimiter.isNull() && delimiter.unicode() < 0x80) {
        QBuffer again;
        again.setData(data);
        again.open(QIODevice::ReadOnly);
        ByteCsvReader bytes(&again, char(delimiter.unicode()));
        ByteRecord byteRecord;
        qsizetype index = 0;
        QList<std::tuple<qsizetype, qint64, int>> byteRejected;
        for (;;) {
            if (!bytes.readRecord(byteRecord)) {
                if (!bytes.recordRejected() || byteRejected.size() >= kMaxRecords)
                    break;
                byteRejected.append({index, bytes.error().line, bytes.error().column});
                bytes.skipRejectedRecord();
                continue;
            }
            if (index >= records.size())
                return QStringLiteral("ByteCsvReader reads more records than CsvReader (%1, line %2; CsvReader: \"%3\")")
                    .arg(records.size())
                    .arg(byteRecord.line)
                    .arg(describe(reader.error()));
            const CsvRecord &expected = records[index];
            if (byteRecord.line != expected.line)
                return QStringLiteral("record %1: ByteCsvReader says line %2, CsvReader line %3")
                    .arg(index + 1)
                    .arg(byteRecord.line)
                    .arg(expected.line);
            if (qsizetype(byteRecord.fields.size()) != expected.fields.size())
                return QStringLiteral("line %1: ByteCsvReader reads %2 fields, CsvReader %3")
                    .arg(expected.line)
                    .arg(byteRecord.fields.size())
                    .arg(expected.fields.size());
            for (size_t i = 0; i < byteRecord.fields.size(); ++i) {
                const std::string_view field = byteRecord.fields[i];
                if (ByteCsvReader::decode(field) != expected.fields[qsizetype(i)])
                    return QStringLiteral("line %1, field %2 differs between ByteCsvReader and CsvReader").arg(expected.line).arg(i + 1);
            }
            ++index;
        }
        if (index != records.size())
            return QStringLiteral("ByteCsvReader reads %1 records, CsvReader %2 (%3 / %4)")
                .arg(index)
                .arg(records.size())
                .arg(describe(bytes.error()), describe(reader.error()));
        if (byteRejected != rejected)
            return QStringLiteral("the readers refuse different records (%1 and %2 of them, first on lines %3 and %4)")
                .arg(byteRejected.size())
                .arg(rejected.size())
                .arg(byteRejected.isEmpty() ? 0 : std::get<1>(byteRejected.first()))
                .arg(rejected.isEmpty() ? 0 : std::get<1>(rejected.first()));
        if (bytes.hasError() != reader.hasError())
            return QStringLiteral("only one reader fails: ByteCsvReader \"%1\", CsvReader \"%2\"")
                .arg(describe(bytes.error()), describe(reader.error()));
        if (bytes.hasError() && bytes.error().line != reader.error().line)
            return QStringLiteral("the readers fail on different lines: ByteCsvReader \"%1\", CsvReader \"%2\"")
                .arg(describe(bytes.error()), describe(reader.error()));
    }

    return compareMappers(data, dotParser, commaParser);
}

QString feedXlsx(const QString &path)
{
    {
        XlsxReader reader(path);
        if (!reader.openSheet()) {
            if (!reader.hasError())
                return QStringLiteral("XlsxReader::openSheet() fails without an error");
            return QString();
        }
        CsvRecord record;
        for (int n = 0; n < kMaxRecords && reader.readRecord(record); ++n) {
        }
    }
    // The wizard's preview of the workbook: format detection and the mappers on its cells.
    const Pseudonymiser pseudonymiser(QByteArray(32, 'k'), false);
    const ImportPreview preview = previewImport(path, ImportOptions(), pseudonymiser, 5, nullptr, 200);
    if (preview.fatal.isSet() && preview.fatal.message.isEmpty())
        return QStringLiteral("a preview fails without a reason");
    return QString();
}

QString feedDetect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray head = file.read(64 * 1024);
    file.close();
    const QString encoding = EncodingGuess::guess(head);
    if (encoding.isEmpty())
        return QStringLiteral("EncodingGuess gives no encoding");

    // The header as the import reads it, through every format's detection.
    QBuffer buffer;
    buffer.setData(head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord header;
    if (reader.readRecord(header)) {
        for (const ImportFormat *format : FormatRegistry::formats()) {
            QString why;
            (void)format->detectEntity(header.fields, &why);
            const std::optional<Entity> chosen = format->entityWhenChosen(header.fields, &why);
            if (chosen)
                (void)format->dateColumns(header.fields, *chosen);
        }
        (void)FormatRegistry::detect(header.fields);
    }

    // The preview, detected and with a format chosen (which one follows from the input's size).
    const Pseudonymiser pseudonymiser(QByteArray(32, 'k'), false);
    const QList<const ImportFormat *> &formats = FormatRegistry::formats();
    ImportOptions options;
    const qsizetype pick = head.size() % (formats.size() + 1);
    for (const QString &format : {QStringLiteral("auto"), pick < formats.size() ? formats[pick]->shortName() : QString()}) {
        if (format.isEmpty())
            continue;
        options.format = format;
        const ImportPreview preview = previewImport(path, options, pseudonymiser, 5, nullptr, 200);
        if (!preview.fatal.isSet()) {
            if (FormatRegistry::find(preview.format) == nullptr)
                return QStringLiteral("the preview names an unknown format \"%1\"").arg(preview.format);
            if (preview.rowsGood + preview.rowsBad > preview.rowsRead)
                return QStringLiteral("the preview counts %1 good and %2 bad rows of %3 read")
                    .arg(preview.rowsGood)
                    .arg(preview.rowsBad)
                    .arg(preview.rowsRead);
        }
    }
    return QString();
}

QString feedTemplate(const QByteArray &data)
{
    Error error;
    const std::optional<PersonaTemplate> parsed = PersonaTemplate::fromJson(data, &error);
    if (!parsed) {
        if (!error.isSet())
            return QStringLiteral("a template is refused without a reason");
        return QString();
    }
    // What is accepted can be exported and imported again, unchanged in its structure.
    const QByteArray json = parsed->toJson();
    Error again;
    const std::optional<PersonaTemplate> reread = PersonaTemplate::fromJson(json, &again);
    if (!reread)
        return QStringLiteral("an accepted template does not re-import after export: ") + describe(again);
    if (reread->sections.size() != parsed->sections.size())
        return QStringLiteral("the exported template has %1 sections, the imported one %2")
            .arg(reread->sections.size())
            .arg(parsed->sections.size());
    for (qsizetype i = 0; i < parsed->sections.size(); ++i) {
        const TemplateSection &a = parsed->sections[i];
        const TemplateSection &b = reread->sections[i];
        if (a.key != b.key || a.type != b.type || a.figures != b.figures)
            return QStringLiteral("section %1 changes on export and re-import").arg(i);
    }
    return QString();
}

QString feedProject(const QString &path)
{
    Error error;
    std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project) {
        if (!error.isSet())
            return QStringLiteral("Project::open() fails without an error");
        return QString();
    }
    // An opened project is read as the program reads it first.
    (void)project->schemaVersion();
    Error readError;
    (void)summarize(*project, &readError);
    (void)TemplateRepository::all(*project, &readError);
    return QString();
}

namespace {

/// A small real project (people, orders, a template, two personas), made once per process.
QByteArray realProject()
{
    static const QByteArray bytes = [] {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seed.personas"));
        {
            Error error;
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
            if (!project)
                return QByteArray();
            for (const char *sql :
                 {"INSERT INTO people(id, customer_id) VALUES(1, 'c1'), (2, 'c2'), (3, 'c3')",
                  "INSERT INTO orders(order_id, person_id, order_date, total) VALUES('o1', 1, 1700000000, 20), ('o2', 2, "
                  "1700100000, 35.5)",
                  "INSERT INTO templates(name, definition, builtin) VALUES('Mine', '{\"format\": "
                  "\"persona-workbench-template\", \"format_version\": 1, \"name\": \"Mine\", \"sections\": "
                  "[{\"key\": \"goals\", \"type\": \"bullet_list\", \"title\": \"Goals\"}]}', 0)",
                  "INSERT INTO personas(position, name, archetype, color, fields, stats) VALUES(0, 'Anna', 'repeat_buyer', "
                  "'#336699', '{\"goals\": [\"More\"]}', '{\"size\": 2, \"share_people\": 0.66}'), (1, NULL, "
                  "'bouncer', '#993366', '{}', '{\"size\": 1, \"share_people\": 0.33}')",
                  "PRAGMA journal_mode=DELETE"})
                project->exec(QString::fromLatin1(sql));
        }
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return bytes;
}

/// The edits a mutation script chooses from: what a user can do in the sqlite3 shell ({id}: the
/// edit's position, {number}: a small signed number, {length}: a text length).
const QStringList &edits()
{
    static const QStringList list = {
        QStringLiteral("CREATE TRIGGER t{id} AFTER UPDATE ON personas BEGIN DELETE FROM orders; END"),
        QStringLiteral("CREATE TRIGGER t{id} BEFORE INSERT ON meta BEGIN DELETE FROM people; END"),
        QStringLiteral("CREATE VIEW v{id} AS SELECT * FROM orders UNION ALL SELECT * FROM orders"),
        QStringLiteral("ALTER TABLE orders RENAME TO orders_t"),
        QStringLiteral("CREATE VIEW orders AS SELECT * FROM orders_t"),
        QStringLiteral("ALTER TABLE personas DROP COLUMN evidence"),
        QStringLiteral("ALTER TABLE people ADD COLUMN extra{id} TEXT"),
        QStringLiteral("CREATE TABLE mine{id} (x)"),
        QStringLiteral("CREATE INDEX i{id} ON orders(total)"),
        QStringLiteral("DROP INDEX IF EXISTS orders_person_date"),
        QStringLiteral("DROP TABLE IF EXISTS persona_locks"),
        QStringLiteral("PRAGMA user_version = {number}"),
        QStringLiteral("UPDATE personas SET name = printf('%.*c', {length}, 'x')"),
        QStringLiteral("UPDATE personas SET fields = json_object('goals', json_array(printf('%.*c', {length}, 'y')))"),
        QStringLiteral("UPDATE personas SET stats = json_object('size', {number}, 'share_people', {number} / 3.0, 'share_revenue', -{number})"),
        QStringLiteral("UPDATE personas SET stats = 'not json', fields = '[1, 2'"),
        QStringLiteral("UPDATE templates SET definition = json_set(definition, '$.sections[#]', json_object('key', "
                       "'k{id}', 'type', 'short_text', 'title', printf('%.*c', {length}, 't')))"),
        QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('keep_identifiers', {number})"),
        QStringLiteral("UPDATE orders SET total = {number} * 1e300"),
        QStringLiteral("DELETE FROM meta"),
    };
    return list;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

QString feedProjectEdits(const QByteArray &script)
{
    const QByteArray seed = realProject();
    if (seed.isEmpty())
        return QStringLiteral("no seed project");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.personas"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(seed) != seed.size())
            return QStringLiteral("cannot write the seed project");
    }
    // Every 3 bytes: an edit, a number and a length, applied with a plain connection.
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (qsizetype i = 0; i + 2 < script.size() && i < 3 * 16; i += 3) {
                const auto edit = quint8(script[i]) % edits().size();
                const int number = qint8(script[i + 1]);
                const int length = int(quint8(script[i + 2])) * 400; // up to 100,000 characters
                QString sql = edits()[edit];
                sql.replace(QLatin1String("{id}"), QString::number(i))
                    .replace(QLatin1String("{number}"), QString::number(number))
                    .replace(QLatin1String("{length}"), QString::number(length));
                q.exec(sql);
            }
            q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);

    const QByteArray before = hashOf(path);
    QElapsedTimer timer;
    timer.start();
    Error error;
    std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project) {
        if (!error.isSet())
            return QStringLiteral("Project::open() fails without an error");
        if (hashOf(path) != before)
            return QStringLiteral("a refused project was changed: ") + error.message;
        return QString();
    }
    // An opened project is read as the window reads it first.
    Error readError;
    (void)summarize(*project, &readError);
    const QList<Persona> personas = PersonaRepository::load(*project, &readError);
    for (const Persona &p : personas) {
        if (p.customName.size() > 1000)
            return QStringLiteral("a persona name of %1 characters was read").arg(p.customName.size());
        for (const QString &key : figureKeys())
            (void)figureValue(p.stats, key, QLocale::c());
        (void)p.displayName(QStringLiteral("en"));
    }
    if (timer.elapsed() > 10000)
        return QStringLiteral("opening and reading took %1 ms").arg(timer.elapsed());
    return QString();
}

QString feedFile(const QString &target, const QString &path)
{
    auto readAll = [&path]() {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    if (target == QLatin1String("csvreader"))
        return feedCsv(readAll());
    if (target == QLatin1String("xlsx"))
        return feedXlsx(path);
    if (target == QLatin1String("detect"))
        return feedDetect(path);
    if (target == QLatin1String("template"))
        return feedTemplate(readAll());
    if (target == QLatin1String("project") && !readAll().startsWith("SQLite format 3"))
        return feedProjectEdits(readAll());
    if (target == QLatin1String("project"))
        return feedProject(path);
    return QStringLiteral("unknown fuzz target \"%1\"").arg(target);
}

} // namespace pw::fuzz
