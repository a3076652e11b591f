// SPDX-License-Identifier: GPL-3.0-or-later
// The PowerPoint deck: a complete, well-formed package whose slides hold the personas as text.
#include "common/progress.h"
#include "deckexporter.h"
#include "figureguard.h"
#include "import/importer.h"
#include "persona/personatemplate.h"
#include "pptxexporter.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

using namespace pw;

namespace {

const QString nsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");

/// Every part of a zip package by name.
QMap<QString, QByteArray> readPackage(const QString &path)
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

/// Where a relationship of `relsPart` points: its source part's folder plus the target.
QString resolveTarget(const QString &relsPart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString folder = relsPart.section(QStringLiteral("_rels/"), 0, 0);
    return QDir::cleanPath(folder + target);
}

/// The attribute `name` of every element `element` in `xml`.
QStringList attributes(const QByteArray &xml, const QString &element, const QString &name)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            values << reader.attributes().value(name).toString();
    }
    return values;
}

/// The a:t texts of a slide, in order.
QStringList slideTexts(const QByteArray &xml)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("t") && reader.namespaceUri() == nsA)
            texts << reader.readElementText();
    }
    return texts;
}

QList<QByteArray> slides(const QMap<QString, QByteArray> &parts)
{
    QList<QByteArray> result;
    for (int i = 1; parts.contains(QStringLiteral("ppt/slides/slide%1.xml").arg(i)); ++i)
        result << parts.value(QStringLiteral("ppt/slides/slide%1.xml").arg(i));
    return result;
}

std::unique_ptr<Project> projectWith(const test::TempDir &dir, const QList<Persona> &personas)
{
    auto project = test::newProject(dir, QStringLiteral("Spring shop.personas"));
    Error error;
    QList<Persona> copy = personas;
    EXPECT_TRUE(PersonaRepository::replaceAll(*project, copy, &error)) << qPrintable(error.toString());
    return project;
}

} // namespace

TEST(PptxExporter, PackageIsCompleteWellFormedAndHoldsThePersonasAsText)
{
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString path = dir.path(QStringLiteral("deck.pptx"));
    Error error;
    ASSERT_TRUE(exportPptxDeck(*project, path, DeckOptions(), nullptr, &error)) << qPrintable(error.toString());
    const QMap<QString, QByteArray> parts = readPackage(path);
    ASSERT_FALSE(parts.isEmpty());

    // Every XML part is well-formed.
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader reader(it.value());
        while (!reader.atEnd())
            reader.readNext();
        EXPECT_FALSE(reader.hasError()) << qPrintable(it.key()) << ": " << qPrintable(reader.errorString());
    }

    // Every part the content types name exists, and every part has a content type.
    const QByteArray types = parts.value(QStringLiteral("[Content_Types].xml"));
    ASSERT_FALSE(types.isEmpty());
    const QStringList overrides = attributes(types, QStringLiteral("Override"), QStringLiteral("PartName"));
    const QStringList defaults = attributes(types, QStringLiteral("Default"), QStringLiteral("Extension"));
    EXPECT_TRUE(overrides.contains(QStringLiteral("/ppt/presentation.xml")));
    for (const QString &part : overrides)
        EXPECT_TRUE(parts.contains(part.mid(1))) << qPrintable(part);
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.key() != QLatin1String("[Content_Types].xml")) {
            EXPECT_TRUE(overrides.contains(QLatin1Char('/') + it.key()) || defaults.contains(QFileInfo(it.key()).suffix()))
                << qPrintable(it.key());
        }
    }

    // Every relationship points at a part of the package.
    int relationships = 0;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".rels")))
            continue;
        for (const QString &target : attributes(it.value(), QStringLiteral("Relationship"), QStringLiteral("Target"))) {
            ++relationships;
            EXPECT_TRUE(parts.contains(resolveTarget(it.key(), target))) << qPrintable(it.key() + QStringLiteral(" → ") + target);
        }
    }
    EXPECT_GE(relationships, 10);

    // Cover, overview, three personas, funnels, data; each persona slide has its card picture.
    const QList<QByteArray> slideParts = slides(parts);
    EXPECT_EQ(slideParts.size(), 7);
    EXPECT_EQ(attributes(parts.value(QStringLiteral("ppt/presentation.xml")), QStringLiteral("sldId"), QStringLiteral("id")).size(), 7);
    const QStringList size = attributes(parts.value(QStringLiteral("ppt/presentation.xml")), QStringLiteral("sldSz"), QStringLiteral("cx"))
        + attributes(parts.value(QStringLiteral("ppt/presentation.xml")), QStringLiteral("sldSz"), QStringLiteral("cy"));
    ASSERT_EQ(size.size(), 2);
    EXPECT_EQ(size[0].toLongLong() * 9, size[1].toLongLong() * 16); // 16:9
    int pictures = 0;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("ppt/media/"))) {
            ++pictures;
            EXPECT_TRUE(it.value().startsWith("\x89PNG")) << qPrintable(it.key());
        }
    }
    EXPECT_EQ(pictures, 3);

    // The names and figures are real text on the personas' slides.
    const QLocale en(QStringLiteral("en"));
    const QList<Persona> personas = test::samplePersonas();
    for (int i = 0; i < personas.size(); ++i) {
        const QStringList texts = slideTexts(slideParts.value(2 + i));
        EXPECT_TRUE(texts.contains(personas[i].customName)) << qPrintable(texts.join(QLatin1Char('|')));
        EXPECT_TRUE(texts.contains(en.toString(personas[i].stats.size))) << qPrintable(texts.join(QLatin1Char('|')));
        EXPECT_TRUE(texts.contains(figureValue(personas[i].stats, QStringLiteral("share_revenue"), en)));
        EXPECT_TRUE(texts.contains(figureValue(personas[i].stats, QStringLiteral("average_order_value"), en)));
        EXPECT_TRUE(slideTexts(slideParts.value(1)).contains(personas[i].customName)); // the overview
    }
}

TEST(PptxExporter, SmallSegmentShowsNoExactFigures)
{
    test::TempDir dir;
    QList<Persona> personas = test::samplePersonas();
    personas[1].stats.size = 4;
    personas[1].stats.revenue = 987.5;
    auto project = projectWith(dir, personas);
    ASSERT_TRUE(project);
    const QString path = dir.path(QStringLiteral("deck.pptx"));
    Error error;
    ASSERT_TRUE(exportPptxDeck(*project, path, DeckOptions(), nullptr, &error)) << qPrintable(error.toString());
    const QList<QByteArray> slideParts = slides(readPackage(path));
    ASSERT_EQ(slideParts.size(), 7);

    const QLocale en(QStringLiteral("en"));
    const QStringList small = slideTexts(slideParts[3]);
    EXPECT_TRUE(small.contains(personas[1].customName));
    EXPECT_TRUE(small.contains(fewerThan(en, 10))) << qPrintable(small.join(QLatin1Char('|')));
    for (const QString &key : {QStringLiteral("size"), QStringLiteral("revenue"), QStringLiteral("share_people"),
                               QStringLiteral("average_order_value"), QStringLiteral("orders_per_person")})
        EXPECT_FALSE(small.contains(figureValue(personas[1].stats, key, en))) << qPrintable(key);
    // Nowhere does the segment's size or revenue appear.
    for (const QByteArray &slide : slideParts) {
        EXPECT_FALSE(slideTexts(slide).contains(QStringLiteral("4")));
        EXPECT_FALSE(slide.contains(figureValue(personas[1].stats, QStringLiteral("revenue"), en).toUtf8()));
    }
    // A large segment keeps its figures.
    EXPECT_TRUE(slideTexts(slideParts[2]).contains(en.toString(personas[0].stats.size)));
}

TEST(PptxExporter, HoldsNoImportedIdentifiers)
{
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString customers = dir.write(QStringLiteral("customers.csv"),
                                        "customer_id,email,first_name,last_name,city\n"
                                        "ZQX-7731,zelda.quill@example.org,Zelda,Quillfeather,Springfield\n"
                                        "ZQX-7732,yorick.vantablack@example.org,Yorick,Vantablack,Shelbyville\n");
    const QString orders = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,order_date,total\n"
                                                                   "ORD-99017,ZQX-7731,2024-03-01,40.5\n"
                                                                   "ORD-99018,ZQX-7732,2024-03-02,12\n");
    ASSERT_TRUE(importFiles(*project, {customers, orders}, ImportOptions(), nullptr).ok());
    const QString path = dir.path(QStringLiteral("deck.pptx"));
    Error error;
    ASSERT_TRUE(exportPptxDeck(*project, path, DeckOptions(), nullptr, &error)) << qPrintable(error.toString());
    const QMap<QString, QByteArray> parts = readPackage(path);
    ASSERT_FALSE(parts.isEmpty());
    bool sawSources = false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")))
            continue;
        sawSources = sawSources || it.value().contains("customers.csv");
        for (const char *identifier : {"ZQX-773", "zelda", "Quillfeather", "Vantablack", "ORD-9901", "Springfield"})
            EXPECT_FALSE(it.value().contains(identifier)) << identifier << " in " << qPrintable(it.key());
    }
    EXPECT_TRUE(sawSources); // the data slide names the imported files, not what they hold
}

TEST(PptxExporter, HebrewIsRightToLeftAndTextIsEscaped)
{
    test::TempDir dir;
    QList<Persona> personas = test::samplePersonas();
    personas[0].customName = QStringLiteral("לקוחה <נאמנה> & \"שמחה\"\x01");
    auto project = projectWith(dir, personas);
    ASSERT_TRUE(project);
    const QString path = dir.path(QStringLiteral("deck.pptx"));
    DeckOptions options;
    options.language = QStringLiteral("he");
    Error error;
    ASSERT_TRUE(exportPptxDeck(*project, path, options, nullptr, &error)) << qPrintable(error.toString());
    const QList<QByteArray> slideParts = slides(readPackage(path));
    ASSERT_EQ(slideParts.size(), 7);
    EXPECT_TRUE(slideTexts(slideParts[2]).contains(QStringLiteral("לקוחה <נאמנה> & \"שמחה\"")));
    for (const QByteArray &slide : slideParts) {
        const QStringList rtl = attributes(slide, QStringLiteral("pPr"), QStringLiteral("rtl"));
        ASSERT_FALSE(rtl.isEmpty());
        EXPECT_EQ(rtl.count(QStringLiteral("1")), rtl.size());
    }
}

TEST(PptxExporter, CancelingLeavesNoFile)
{
    test::TempDir dir;
    auto project = projectWith(dir, test::samplePersonas());
    ASSERT_TRUE(project);
    const QString path = dir.path(QStringLiteral("deck.pptx"));
    CallbackProgress progress;
    progress.cancel();
    Error error;
    EXPECT_FALSE(exportPptxDeck(*project, path, DeckOptions(), &progress, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(exportPptxDeck(*project, dir.path(QStringLiteral("missing/deck.pptx")), DeckOptions(), nullptr, &error));
    EXPECT_EQ(error.file, dir.path(QStringLiteral("missing/deck.pptx")));
}
