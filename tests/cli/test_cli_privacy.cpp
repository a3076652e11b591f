// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy (issue 8): a store full of e-mails, names, phones and street addresses is imported with
// the default settings, clustered and exported in every format; no identifier and no pseudonym
// reaches any export or the project file, a small segment shows no exact figures anywhere, and
// the pseudonyms cannot be recomputed without the project's key.
#include "persona/persona.h"
#include "persona/personatemplate.h"
#include "store/project.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QStandardPaths>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace pw;

namespace {

const QString kCli = QStringLiteral(PERSONA_CLI);

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(kCli, args);
}

/// One customer of the generated store and every form its identifiers may take.
struct Customer
{
    QString id;       ///< the raw customer_id (an e-mail address for the guest buyers)
    QString email;
    QString first;
    QString last;
    QString phone;
    QString street;
};

/// The groups of the store: loyal repeat buyers, one-time discount buyers (whose customer_id is
/// their e-mail address), browsers without orders and a handful of big spenders (a segment under
/// the default threshold of 10 people).
enum class Group { Loyal, OneTime, Browser, BigSpender };

struct Store
{
    QList<Customer> customers;
    QStringList orderIds;
    QByteArray customersCsv = "customer_id,email,first_name,last_name,phone,address,city,country,signup_date\n";
    QByteArray ordersCsv = "order_id,customer_id,order_date,total,discount,coupon_code,channel,category\n";
    QByteArray eventsCsv = "session_id,customer_id,timestamp,event_type,source,page\n";
};

// Rare names and streets, which no persona text holds by chance.
const char *const kFirstNames[] = {"Zephyrine",  "Quillon",  "Bartholomea", "Ottoline",   "Peregrinus",
                                   "Wilhelmina", "Thaddeus", "Ermengarde",  "Leopoldine", "Cassius"};
const char *const kLastNames[] = {"Quackenbush",  "Vanderslice", "Featherstonehaugh", "Oglethorpe",   "Throckmorton",
                                  "Wolstenholme", "Zarkowski",   "Pennywhistle",      "Brackenridge", "Marchbanks"};
const char *const kStreets[] = {"Marigold Crescentway", "Quarrystone Mews", "Hollyhock Parade", "Tamarisk Wynd"};

Store makeStore()
{
    Store s;
    const QList<QPair<Group, int>> groups = {
        {Group::Loyal, 45}, {Group::OneTime, 40}, {Group::Browser, 30}, {Group::BigSpender, 6}};
    int n = 0;
    int order = 0;
    for (const auto &[group, size] : groups) {
        for (int i = 0; i < size; ++i, ++n) {
            Customer c;
            c.first = QString::fromLatin1(kFirstNames[n % 10]) + QString::number(n);
            c.last = QString::fromLatin1(kLastNames[(n / 10) % 10]) + QStringLiteral("x%1").arg(n, 3, 10, QLatin1Char('0'));
            c.email = QStringLiteral("%1.%2@privacyprobe-mail.example").arg(c.first, c.last);
            c.id = group == Group::OneTime ? c.email.toUpper() : QStringLiteral("PRVX%1").arg(7000 + n);
            c.phone = QStringLiteral("+44 7700 9%1").arg(10000 + n * 37, 5, 10, QLatin1Char('0'));
            c.street = QStringLiteral("%1 %2").arg(11 + n).arg(QString::fromLatin1(kStreets[n % 4]));
            s.customers << c;
            s.customersCsv += QStringLiteral("%1,%2,%3,%4,\"%5\",\"%6, Flat %7\",Leeds,GB,2023-0%8-1%9\n")
                                  .arg(c.id, c.email, c.first, c.last, c.phone, c.street)
                                  .arg(n % 9 + 1)
                                  .arg(n % 9 + 1)
                                  .arg(n % 10)
                                  .toUtf8();
            auto addOrder = [&](int month, int day, double total, bool discount) {
                const QString id = QStringLiteral("ORDPRV%1").arg(50000 + order++);
                s.orderIds << id;
                s.ordersCsv += QStringLiteral("%1,%2,2024-%3-%4,%5,%6,%7,%8,%9\n")
                                   .arg(id, group == Group::OneTime ? c.id.toLower() : c.id) // e-mails match in any case
                                   .arg(month, 2, 10, QLatin1Char('0'))
                                   .arg(day, 2, 10, QLatin1Char('0'))
                                   .arg(total, 0, 'f', 2)
                                   .arg(discount ? QStringLiteral("5") : QString())
                                   .arg(discount ? QStringLiteral("SAVE5") : QString())
                                   .arg(group == Group::BigSpender ? QStringLiteral("store") : QStringLiteral("web"))
                                   .arg(group == Group::BigSpender ? QStringLiteral("jewelry") : QStringLiteral("shoes"))
                                   .toUtf8();
            };
            switch (group) {
            case Group::Loyal:
                for (int k = 0; k < 5 + i % 4; ++k)
                    addOrder(1 + k, 3 + i % 20, 61.13 + (i * 7 + k * 3) % 29, false);
                break;
            case Group::OneTime:
                addOrder(2 + i % 6, 5 + i % 20, 21.37 + i % 13, true);
                break;
            case Group::Browser:
                for (int k = 0; k < 3; ++k) {
                    const QString session = QStringLiteral("s-%1-%2").arg(n).arg(k);
                    for (const char *type : {"session_start", "product_view", "add_to_cart"})
                        s.eventsCsv += QStringLiteral("%1,%2,2024-0%3-1%4T10:0%5:00,%6,google,/p/%7\n")
                                           .arg(session, c.id)
                                           .arg(3 + k)
                                           .arg(i % 10)
                                           .arg(k)
                                           .arg(QString::fromLatin1(type))
                                           .arg(i)
                                           .toUtf8();
                }
                break;
            case Group::BigSpender:
                addOrder(3, 2 + i, 2417.29 + i * 113.71, false);
                addOrder(6, 2 + i, 2873.61 + i * 91.13, false);
                break;
            }
        }
    }
    return s;
}

/// A form of an identifier searched for, and what it is.
struct Needle
{
    QByteArray value;
    QString what;
};

/// Every form of the identifiers searched for.
QList<Needle> needles(const QList<Customer> &customers, const QStringList &orderIds)
{
    QList<Needle> out;
    auto add = [&](const QString &value, const QString &what) { out.append({value.toUtf8(), what}); };
    for (const Customer &c : customers) {
        add(c.email, QStringLiteral("e-mail"));
        add(c.email.section(QLatin1Char('@'), 0, 0), QStringLiteral("local part of the e-mail"));
        add(c.first, QStringLiteral("first name"));
        add(c.last, QStringLiteral("last name"));
        add(c.phone, QStringLiteral("phone"));
        QString digits = c.phone;
        digits.remove(QRegularExpression(QStringLiteral("\\D")));
        add(digits, QStringLiteral("digits of the phone"));
        add(digits.right(7), QStringLiteral("last digits of the phone"));
        add(c.street, QStringLiteral("street address"));
        add(c.id, QStringLiteral("customer id"));
    }
    add(QStringLiteral("privacyprobe-mail"), QStringLiteral("e-mail domain"));
    for (const char *first : kFirstNames)
        add(QString::fromLatin1(first), QStringLiteral("first name"));
    for (const char *last : kLastNames)
        add(QString::fromLatin1(last), QStringLiteral("last name"));
    for (const char *street : kStreets)
        add(QString::fromLatin1(street).section(QLatin1Char(' '), 0, 0), QStringLiteral("street name"));
    add(QStringLiteral("PRVX"), QStringLiteral("customer id prefix"));
    add(QStringLiteral("ORDPRV"), QStringLiteral("order id prefix"));
    for (const QString &id : orderIds)
        add(id, QStringLiteral("order id"));
    return out;
}

/// What an export gives to read: text (searched without regard to case) or bytes (searched for
/// the identifiers as written and lower-cased, those of 6 bytes or more, so that compressed data
/// cannot match by chance).
struct Haystack
{
    QByteArray data;
    bool binary = false;

    /// Where `needle` occurs, if it does.
    bool contains(const QByteArray &needle) const
    {
        if (!binary)
            return data.contains(needle.toLower());
        return needle.size() >= 6 && (data.contains(needle) || data.contains(needle.toLower()));
    }
};
using Haystacks = QMap<QString, Haystack>;

Haystack text(const QByteArray &data)
{
    return {data.toLower(), false};
}

Haystack bytes(const QByteArray &data)
{
    return {data, true};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The bytes of a PNG and, decoded, every text chunk it carries (tEXt, zTXt, iTXt).
void addPng(Haystacks &h, const QString &name, const QByteArray &data)
{
    h.insert(name, bytes(data));
    const QImage image = QImage::fromData(data, "PNG");
    EXPECT_FALSE(image.isNull()) << qPrintable(name);
    QByteArray chunks;
    for (const QString &key : image.textKeys())
        chunks += key.toUtf8() + '=' + image.text(key).toUtf8() + '\n';
    h.insert(name + QStringLiteral(" (text chunks)"), text(chunks));
}

QMap<QString, QByteArray> unzip(const QString &path)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            parts.insert(zip.getCurrentFileName(), file.readAll());
    }
    return parts;
}

QString pdfText(const QString &pdf)
{
    const auto r = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                   QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QString::fromUtf8(r.out);
}

/// Exports `project` in every format into `folder` and returns what can be read from them.
Haystacks exportEverything(const QString &project, const QString &folder, const QStringList &extra = {})
{
    QDir().mkpath(folder);
    const QDir dir(folder);
    const auto r = cli(QStringList{QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--pdf"),
                                   dir.filePath(QStringLiteral("deck.pdf")), QStringLiteral("--pptx"),
                                   dir.filePath(QStringLiteral("deck.pptx")), QStringLiteral("--html"),
                                   dir.filePath(QStringLiteral("deck.html")), QStringLiteral("--png"),
                                   dir.filePath(QStringLiteral("cards")), QStringLiteral("--png-width"), QStringLiteral("800"),
                                   QStringLiteral("--json"), dir.filePath(QStringLiteral("personas.json")),
                                   QStringLiteral("--csv"), dir.filePath(QStringLiteral("personas.csv"))}
                       + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    Haystacks h;
    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    h.insert(QStringLiteral("PDF text"), text(pdfText(pdf).toUtf8()));
    h.insert(QStringLiteral("PDF info"), text(test::runProgram(QStringLiteral("pdfinfo"), {pdf}).out));
    h.insert(QStringLiteral("PDF bytes"), bytes(readAll(pdf)));
    const QMap<QString, QByteArray> parts = unzip(dir.filePath(QStringLiteral("deck.pptx")));
    EXPECT_GE(parts.size(), 10) << "the .pptx could not be read";
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.value().startsWith("\x89PNG"))
            addPng(h, QStringLiteral("PPTX ") + it.key(), it.value());
        else
            h.insert(QStringLiteral("PPTX ") + it.key(), text(it.value()));
    }
    // The HTML deck: its text, and every picture it holds as a data URI.
    const QByteArray html = readAll(dir.filePath(QStringLiteral("deck.html")));
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>")) << "the HTML deck was not written";
    // What a reader sees or a search finds: the text and the attributes, not the style sheet's
    // lengths (a "2.00" there is a position, not a figure) or the pictures' bytes (read below).
    QString readable = QString::fromUtf8(html);
    readable.remove(QRegularExpression(QStringLiteral("<style>.*</style>"),
                                       QRegularExpression::DotMatchesEverythingOption));
    readable.remove(QRegularExpression(QStringLiteral(" style=\"[^\"]*\"")));
    readable.remove(QRegularExpression(QStringLiteral("data:image/png;base64,[^\"]*")));
    h.insert(QStringLiteral("HTML"), text(readable.toUtf8()));
    int picture = 0;
    for (qsizetype at = html.indexOf("data:image/png;base64,"); at >= 0;
         at = html.indexOf("data:image/png;base64,", at + 1)) {
        const qsizetype start = at + qstrlen("data:image/png;base64,");
        const qsizetype end = html.indexOf('"', start);
        addPng(h, QStringLiteral("HTML picture %1").arg(++picture), QByteArray::fromBase64(html.mid(start, end - start)));
    }
    EXPECT_GE(picture, 3);
    const QDir cards(dir.filePath(QStringLiteral("cards")));
    const QStringList pngs = cards.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    EXPECT_GE(pngs.size(), 3);
    for (const QString &png : pngs) {
        h.insert(QStringLiteral("PNG file name ") + png, text(png.toUtf8()));
        addPng(h, QStringLiteral("PNG ") + png, readAll(cards.filePath(png)));
    }
    h.insert(QStringLiteral("JSON"), text(readAll(dir.filePath(QStringLiteral("personas.json")))));
    h.insert(QStringLiteral("CSV"), text(readAll(dir.filePath(QStringLiteral("personas.csv")))));
    return h;
}

/// Every pseudonym the project stores (the hexadecimal part, lower-case) and its key.
struct Stored
{
    QStringList pseudonyms;
    QString key;
};

Stored storedPseudonyms(const QString &path)
{
    Stored s;
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project) {
        ADD_FAILURE() << qPrintable(error.toString());
        return s;
    }
    QSqlQuery q(project->db());
    q.exec(QStringLiteral("SELECT customer_id FROM people WHERE customer_id LIKE 'h:%'"
                          " UNION SELECT email FROM customers UNION SELECT first_name FROM customers"
                          " UNION SELECT last_name FROM customers"));
    while (q.next())
        if (!q.value(0).isNull())
            s.pseudonyms << q.value(0).toString().toLower();
    s.key = project->setting(QStringLiteral("pseudonym_key")).toString().toLower();
    return s;
}

} // namespace

namespace {

/// A store imported with the default settings and clustered with the default settings.
struct ClusteredStore
{
    test::TempDir dir;
    Store store = makeStore();
    QString project = dir.path(QStringLiteral("shop.personas"));

    bool make()
    {
        const auto imported = cli({QStringLiteral("import"), QStringLiteral("--project"), project,
                                   dir.write(QStringLiteral("customers.csv"), store.customersCsv),
                                   dir.write(QStringLiteral("orders.csv"), store.ordersCsv),
                                   dir.write(QStringLiteral("events.csv"), store.eventsCsv)});
        EXPECT_EQ(imported.exitCode, 0) << imported.err.constData();
        const auto clustered = cli({QStringLiteral("cluster"), QStringLiteral("--project"), project});
        EXPECT_EQ(clustered.exitCode, 0) << clustered.err.constData();
        return imported.exitCode == 0 && clustered.exitCode == 0;
    }
};

bool hasPdfTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

} // namespace

TEST(CliPrivacy, NoIdentifierReachesAnyExportOrTheProjectFile)
{
    if (!hasPdfTools())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ClusteredStore s;
    ASSERT_TRUE(s.make());
    const QList<Needle> ids = needles(s.store.customers, s.store.orderIds);

    // The project file (and its write-ahead log or journal, if any) holds no e-mail address,
    // name, phone or street: only pseudonyms. Customer ids that are not e-mail addresses are kept,
    // by design, so that `assignments` and `funnel --people` can name the people of a segment.
    const Stored stored = storedPseudonyms(s.project);
    ASSERT_EQ(stored.key.size(), 64);
    ASSERT_GE(stored.pseudonyms.size(), 3 * s.store.customers.size());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        const Haystack file = bytes(readAll(s.project + suffix));
        if (suffix.isEmpty()) {
            ASSERT_GT(file.data.size(), 4096);
        }
        for (const Needle &n : ids) {
            if (n.what.startsWith(QLatin1String("customer id")) || n.what.startsWith(QLatin1String("order id")))
                continue;
            EXPECT_FALSE(file.contains(n.value))
                << qPrintable(n.what) << " '" << n.value.constData() << "' in the project file" << qPrintable(suffix);
        }
        for (const Customer &c : s.store.customers) { // a customer id that is an e-mail address too
            if (c.id.contains(QLatin1Char('@'))) {
                EXPECT_FALSE(file.contains(c.id.toUtf8())) << qPrintable(c.id);
            }
        }
    }

    const Haystacks exports = exportEverything(s.project, s.dir.path(QStringLiteral("out")));
    // The extraction works: every export names the personas it holds, the deck its sources.
    const QJsonArray personas =
        QJsonDocument::fromJson(cli({QStringLiteral("personas"), QStringLiteral("--project"), s.project, QStringLiteral("--json")}).out)
            .object()
            .value(QStringLiteral("personas"))
            .toArray();
    ASSERT_GE(personas.size(), 3);
    const QByteArray name = personas[0].toObject().value(QStringLiteral("name")).toString().toUtf8();
    for (const QString &part : {QStringLiteral("PDF text"), QStringLiteral("JSON"), QStringLiteral("CSV"),
                                QStringLiteral("PPTX ppt/slides/slide2.xml")})
        EXPECT_TRUE(exports.value(part).contains(name)) << qPrintable(part) << " does not name " << name.constData();
    EXPECT_TRUE(exports.value(QStringLiteral("PDF text")).contains("customers.csv"));

    for (auto it = exports.cbegin(); it != exports.cend(); ++it) {
        for (const Needle &n : ids)
            EXPECT_FALSE(it.value().contains(n.value)) << qPrintable(n.what) << " '" << n.value.constData() << "' in "
                                                       << qPrintable(it.key());
        for (const QString &pseudonym : stored.pseudonyms)
            EXPECT_FALSE(it.value().contains(pseudonym.mid(2).toUtf8()))
                << "pseudonym " << qPrintable(pseudonym) << " in " << qPrintable(it.key());
        if (!it.value().binary) {
            EXPECT_FALSE(QString::fromUtf8(it.value().data).contains(QRegularExpression(QStringLiteral("h:[0-9a-f]{24}"))))
                << "a pseudonym in " << qPrintable(it.key());
        }
        EXPECT_FALSE(it.value().contains(stored.key.toUtf8())) << "the pseudonym key in " << qPrintable(it.key());
    }
}

namespace {

/// Multiplies every number of a JSON value by `factor` (the segment's size stays an integer).
QJsonValue scaled(const QJsonValue &v, double factor)
{
    if (v.isDouble())
        return v.toDouble() * factor;
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(scaled(x, factor));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(it.key(), scaled(it.value(), factor));
        return o;
    }
    return v;
}

/// Rewrites the stored figures of the persona `id`: every number times `factor`, its size `size`.
void rewriteStats(const QString &path, qint64 id, double factor, qint64 size)
{
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.toString());
    const QJsonObject stats =
        QJsonDocument::fromJson(project->scalar(QStringLiteral("SELECT stats FROM personas WHERE id = ?"), {id}).toString().toUtf8())
            .object();
    ASSERT_FALSE(stats.isEmpty());
    QJsonObject changed = scaled(stats, factor).toObject();
    changed.insert(QStringLiteral("size"), size);
    ASSERT_TRUE(project->exec(QStringLiteral("UPDATE personas SET stats = ? WHERE id = ?"),
                              {QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact)), id}, &error))
        << qPrintable(error.toString());
}

/// The text of one page of a PDF.
QString pdfPage(const QString &pdf, int page)
{
    return QString::fromUtf8(test::runProgram(QStringLiteral("pdftotext"),
                                              {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                               QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                                               QStringLiteral("-")})
                                 .out);
}

/// The figures of personas[index] as the exports would write them, those distinctive enough to
/// be searched for in a whole deck: three digits or more, and no other persona's figure.
QStringList distinctiveFigures(const QList<Persona> &personas, int index)
{
    const QLocale en(QStringLiteral("en"));
    auto figures = [&](const PersonaStats &stats) {
        QStringList out;
        for (const QString &key : figureKeys())
            out << figureValue(stats, key, en);
        for (double raw : {stats.revenue, stats.averageOrderValue, stats.medianOrderValue})
            out << QString::number(raw, 'g', 12);
        return out;
    };
    QStringList others;
    for (int i = 0; i < personas.size(); ++i)
        if (i != index)
            others << figures(personas[i].stats);
    QStringList out;
    for (const QString &value : figures(personas[index].stats))
        if (value.count(QRegularExpression(QStringLiteral("\\d"))) >= 3 && !others.contains(value))
            out << value;
    return out;
}

} // namespace

// The big spenders (6 people) are a segment under the default threshold of 10: no export shows
// its exact figures, and none changes when they change; a large segment's figures are shown.
TEST(CliPrivacy, ASmallSegmentShowsNoExactFiguresInAnyFormat)
{
    if (!hasPdfTools())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ClusteredStore s;
    ASSERT_TRUE(s.make());
    QList<Persona> personas;
    {
        Error error;
        auto project = Project::open(s.project, Project::OpenMode::OpenExisting, &error);
        ASSERT_TRUE(project) << qPrintable(error.toString());
        personas = PersonaRepository::load(*project);
    }
    ASSERT_GE(personas.size(), 3);
    int small = -1;
    int large = -1;
    for (int i = 0; i < personas.size(); ++i) {
        if (personas[i].stats.size < 10) {
            ASSERT_EQ(small, -1) << "two segments under the threshold";
            small = i;
        } else if (large == -1 || personas[i].stats.revenue > personas[large].stats.revenue) {
            large = i;
        }
    }
    QStringList sizes;
    for (const Persona &p : std::as_const(personas))
        sizes << QStringLiteral("%1: %2").arg(p.archetype).arg(p.stats.size);
    ASSERT_NE(small, -1) << "the big spenders are no segment of their own: " << qPrintable(sizes.join(QStringLiteral(", ")));
    ASSERT_NE(large, -1);
    const Persona smallPersona = personas[small];
    ASSERT_GT(smallPersona.stats.revenue, 10000);

    const QString before = s.dir.path(QStringLiteral("before"));
    const Haystacks exports = exportEverything(s.project, before);
    // Exact figures are searched for where they would be shown: a large segment's are.
    const QString largeValue =
        figureValue(personas[large].stats, QStringLiteral("average_order_value"), QLocale(QStringLiteral("en")));
    EXPECT_TRUE(exports.value(QStringLiteral("PDF text")).contains(largeValue.toUtf8())) << qPrintable(largeValue);
    EXPECT_TRUE(exports.value(QStringLiteral("PPTX ppt/slides/slide%1.xml").arg(3 + large)).contains(largeValue.toUtf8()))
        << qPrintable(largeValue);
    const QStringList figures = distinctiveFigures(personas, small);
    ASSERT_GE(figures.size(), 5);
    for (auto it = exports.cbegin(); it != exports.cend(); ++it)
        for (const QString &figure : figures)
            EXPECT_FALSE(it.value().contains(figure.toUtf8())) << qPrintable(figure) << " in " << qPrintable(it.key());

    // The JSON and CSV summaries say "fewer than 10" and leave every other figure out.
    const QJsonArray summaries = QJsonDocument::fromJson(readAll(QDir(before).filePath(QStringLiteral("personas.json"))))
                                     .object()
                                     .value(QStringLiteral("personas"))
                                     .toArray();
    ASSERT_EQ(summaries.size(), personas.size());
    const QJsonObject smallFigures = summaries[small].toObject().value(QStringLiteral("figures")).toObject();
    EXPECT_TRUE(summaries[small].toObject().value(QStringLiteral("small_segment")).toBool());
    EXPECT_EQ(smallFigures.value(QStringLiteral("size")).toString(), QStringLiteral("fewer than 10"));
    for (auto it = smallFigures.begin(); it != smallFigures.end(); ++it)
        if (it.key() != QLatin1String("size")) {
            EXPECT_TRUE(it.value().isNull()) << qPrintable(it.key());
        }
    EXPECT_FALSE(summaries[large].toObject().value(QStringLiteral("figures")).toObject().value(QStringLiteral("revenue")).isNull());

    // Other figures of the small segment give other exports of nothing at all: every figure
    // scaled (down, so that every share stays a share: one above 1 shows as invalid), one more
    // person.
    rewriteStats(s.project, smallPersona.id, 0.73, smallPersona.stats.size + 1);
    const QString after = s.dir.path(QStringLiteral("after"));
    const Haystacks changed = exportEverything(s.project, after);
    ASSERT_EQ(changed.keys(), exports.keys());
    for (auto it = exports.cbegin(); it != exports.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("PDF ")) || it.key() == QLatin1String("PPTX docProps/core.xml"))
            continue; // the PDF's compressed streams and creation date, the deck's creation date
        EXPECT_TRUE(changed.value(it.key()).data == it.value().data) << qPrintable(it.key()) << " shows the small segment's figures";
    }
    const int pages = pdfText(QDir(before).filePath(QStringLiteral("deck.pdf"))).count(QLatin1Char('\f'));
    ASSERT_GE(pages, 3 + int(personas.size()));
    for (int page = 1; page <= pages; ++page)
        EXPECT_EQ(pdfPage(QDir(after).filePath(QStringLiteral("deck.pdf")), page),
                  pdfPage(QDir(before).filePath(QStringLiteral("deck.pdf")), page))
            << "page " << page << " of the PDF shows the small segment's figures";

    // The same change to a large segment does change its card.
    rewriteStats(s.project, personas[large].id, 1.37, personas[large].stats.size + 1);
    const QString control = s.dir.path(QStringLiteral("control"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("--project"), s.project, QStringLiteral("--png"), control,
                   QStringLiteral("--png-width"), QStringLiteral("800")})
                  .exitCode,
              0);
    const QStringList cards = QDir(control).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(cards.size(), personas.size());
    EXPECT_NE(readAll(QDir(control).filePath(cards[large])),
              readAll(QDir(after).filePath(QStringLiteral("cards/") + cards[large])));
    EXPECT_EQ(readAll(QDir(control).filePath(cards[small])),
              readAll(QDir(after).filePath(QStringLiteral("cards/") + cards[small])));
}

// Without the project's key the pseudonyms cannot be recomputed: they are no plain hash of the
// address, another project gives others, and only this project's key gives them.
TEST(CliPrivacy, PseudonymsNeedTheProjectsKey)
{
    test::TempDir dir;
    const QString email = QStringLiteral("  Zephyrine.Quackenbush@PrivacyProbe-Mail.example ");
    const QString normalised = email.trimmed().toLower();
    const QString csv = dir.write(QStringLiteral("customers.csv"),
                                  "customer_id,email,first_name,last_name\nC1," + email.toUtf8() + ",Zephyrine,Quackenbush\n");
    auto pseudonymIn = [&](const QString &name, QString *key) {
        const QString project = dir.path(name);
        const auto r = cli({QStringLiteral("import"), QStringLiteral("--project"), project, csv});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        Error error;
        auto p = Project::open(project, Project::OpenMode::OpenExisting, &error);
        if (!p) {
            ADD_FAILURE() << qPrintable(error.toString());
            return QString();
        }
        *key = p->setting(QStringLiteral("pseudonym_key")).toString();
        return p->scalar(QStringLiteral("SELECT email FROM customers")).toString();
    };
    QString key;
    QString otherKey;
    const QString pseudonym = pseudonymIn(QStringLiteral("one.personas"), &key);
    const QString other = pseudonymIn(QStringLiteral("two.personas"), &otherKey);
    ASSERT_TRUE(pseudonym.startsWith(QLatin1String("h:"))) << qPrintable(pseudonym);
    ASSERT_EQ(pseudonym.size(), 26);
    const QString hex = pseudonym.mid(2);

    for (const QString &value : {email, normalised, email.trimmed()}) {
        for (auto algorithm : {QCryptographicHash::Sha256, QCryptographicHash::Sha1, QCryptographicHash::Md5,
                               QCryptographicHash::Sha512, QCryptographicHash::Sha3_256}) {
            const QString plain = QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), algorithm).toHex());
            EXPECT_FALSE(plain.contains(hex)) << "an unkeyed hash of " << qPrintable(value);
            EXPECT_FALSE(plain.startsWith(hex.left(12)));
        }
    }
    EXPECT_NE(other, pseudonym); // another project, another key, another pseudonym
    EXPECT_NE(otherKey, key);
    auto keyed = [&](const QString &k) -> QString {
        return QStringLiteral("h:")
            + QString::fromLatin1(QMessageAuthenticationCode::hash(normalised.toUtf8(), QByteArray::fromHex(k.toLatin1()),
                                                                   QCryptographicHash::Sha256)
                                      .toHex()
                                      .left(24));
    };
    EXPECT_EQ(keyed(key), pseudonym);      // this project's key gives it
    EXPECT_NE(keyed(otherKey), pseudonym); // the other one's does not
    EXPECT_EQ(keyed(otherKey), other);
    // The key is kept in the project file itself, in clear: whoever holds the file can test a
    // guessed address, but no export carries the key (CliPrivacy.NoIdentifierReachesAnyExportOrTheProjectFile).
}
