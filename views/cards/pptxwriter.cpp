// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxwriter.h"

#include "common/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace pw {

namespace {

/// The translation context of the texts in this file.
class Pptx
{
    Q_DECLARE_TR_FUNCTIONS(Pptx)
};

const QString nsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString nsR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString nsP = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString nsPackageRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString relBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString ctBase = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.");

constexpr qint64 emuPerPoint = 12700;

qint64 emu(qreal points)
{
    return qRound64(points * emuPerPoint);
}

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb).mid(1).toUpper();
}

/// `text` without the characters XML 1.0 cannot hold (control characters, lone surrogates).
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xfffe || c.unicode() == 0xffff)
            continue;
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            continue;
        out += c;
    }
    return out;
}

/// A part's XML: the declaration, then what `body` writes.
template <typename Body>
QByteArray xmlPart(Body body)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return bytes;
}

void startPresentationML(QXmlStreamWriter &w, const QString &root)
{
    w.writeStartElement(QStringLiteral("p:") + root);
    w.writeAttribute(QStringLiteral("xmlns:a"), nsA);
    w.writeAttribute(QStringLiteral("xmlns:r"), nsR);
    w.writeAttribute(QStringLiteral("xmlns:p"), nsP);
}

void emptyWithAttrs(QXmlStreamWriter &w, const QString &name, const QList<QPair<QString, QString>> &attrs)
{
    w.writeEmptyElement(name);
    for (const auto &[key, value] : attrs)
        w.writeAttribute(key, value);
}

void writeXfrm(QXmlStreamWriter &w, const QRectF &rect)
{
    w.writeStartElement(QStringLiteral("a:xfrm"));
    emptyWithAttrs(w, QStringLiteral("a:off"),
                   {{QStringLiteral("x"), QString::number(emu(rect.x()))}, {QStringLiteral("y"), QString::number(emu(rect.y()))}});
    emptyWithAttrs(w, QStringLiteral("a:ext"), {{QStringLiteral("cx"), QString::number(emu(qMax<qreal>(0, rect.width())))},
                                                {QStringLiteral("cy"), QString::number(emu(qMax<qreal>(0, rect.height())))}});
    w.writeEndElement();
}

void writeSolidFill(QXmlStreamWriter &w, const QColor &color)
{
    w.writeStartElement(QStringLiteral("a:solidFill"));
    emptyWithAttrs(w, QStringLiteral("a:srgbClr"), {{QStringLiteral("val"), hex(color)}});
    w.writeEndElement();
}

/// The empty group properties every shape tree begins with.
void writeTreeStart(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("p:spTree"));
    w.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
    emptyWithAttrs(w, QStringLiteral("p:cNvPr"), {{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("name"), QString()}});
    w.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
    w.writeEmptyElement(QStringLiteral("p:nvPr"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("p:grpSpPr"));
    w.writeStartElement(QStringLiteral("a:xfrm"));
    const QString zero = QStringLiteral("0");
    emptyWithAttrs(w, QStringLiteral("a:off"), {{QStringLiteral("x"), zero}, {QStringLiteral("y"), zero}});
    emptyWithAttrs(w, QStringLiteral("a:ext"), {{QStringLiteral("cx"), zero}, {QStringLiteral("cy"), zero}});
    emptyWithAttrs(w, QStringLiteral("a:chOff"), {{QStringLiteral("x"), zero}, {QStringLiteral("y"), zero}});
    emptyWithAttrs(w, QStringLiteral("a:chExt"), {{QStringLiteral("cx"), zero}, {QStringLiteral("cy"), zero}});
    w.writeEndElement();
    w.writeEndElement();
}

void writeRelationships(QXmlStreamWriter &w, const QList<QPair<QString, QString>> &typeAndTarget)
{
    w.writeStartElement(QStringLiteral("Relationships"));
    w.writeDefaultNamespace(nsPackageRels);
    for (int i = 0; i < typeAndTarget.size(); ++i)
        emptyWithAttrs(w, QStringLiteral("Relationship"),
                       {{QStringLiteral("Id"), QStringLiteral("rId%1").arg(i + 1)},
                        {QStringLiteral("Type"), typeAndTarget[i].first.startsWith(QLatin1String("http"))
                                                     ? typeAndTarget[i].first
                                                     : relBase + typeAndTarget[i].first},
                        {QStringLiteral("Target"), typeAndTarget[i].second}});
    w.writeEndElement();
}

QString languageTag(const QString &language)
{
    if (language == QLatin1String("he"))
        return QStringLiteral("he-IL");
    if (language == QLatin1String("ru"))
        return QStringLiteral("ru-RU");
    return QStringLiteral("en-US");
}

QByteArray themeXml()
{
    return xmlPart([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("a:theme"));
        w.writeAttribute(QStringLiteral("xmlns:a"), nsA);
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Persona Workbench"));
        w.writeStartElement(QStringLiteral("a:themeElements"));

        w.writeStartElement(QStringLiteral("a:clrScheme"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Persona Workbench"));
        const QList<QPair<QString, QString>> colors = {
            {QStringLiteral("dk1"), QStringLiteral("1F2933")},     {QStringLiteral("lt1"), QStringLiteral("FFFFFF")},
            {QStringLiteral("dk2"), QStringLiteral("263238")},     {QStringLiteral("lt2"), QStringLiteral("F3F4F6")},
            {QStringLiteral("accent1"), QStringLiteral("1565C0")}, {QStringLiteral("accent2"), QStringLiteral("C62828")},
            {QStringLiteral("accent3"), QStringLiteral("2E7D32")}, {QStringLiteral("accent4"), QStringLiteral("6A1B9A")},
            {QStringLiteral("accent5"), QStringLiteral("EF6C00")}, {QStringLiteral("accent6"), QStringLiteral("00838F")},
            {QStringLiteral("hlink"), QStringLiteral("1565C0")},   {QStringLiteral("folHlink"), QStringLiteral("6A1B9A")}};
        for (const auto &[name, value] : colors) {
            w.writeStartElement(QStringLiteral("a:") + name);
            emptyWithAttrs(w, QStringLiteral("a:srgbClr"), {{QStringLiteral("val"), value}});
            w.writeEndElement();
        }
        w.writeEndElement();

        w.writeStartElement(QStringLiteral("a:fontScheme"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Persona Workbench"));
        for (const QString &kind : {QStringLiteral("a:majorFont"), QStringLiteral("a:minorFont")}) {
            w.writeStartElement(kind);
            emptyWithAttrs(w, QStringLiteral("a:latin"), {{QStringLiteral("typeface"), QStringLiteral("Arial")}});
            emptyWithAttrs(w, QStringLiteral("a:ea"), {{QStringLiteral("typeface"), QString()}});
            emptyWithAttrs(w, QStringLiteral("a:cs"), {{QStringLiteral("typeface"), QStringLiteral("Arial")}});
            w.writeEndElement();
        }
        w.writeEndElement();

        // Three of each style, as the schema asks; all plain.
        w.writeStartElement(QStringLiteral("a:fmtScheme"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Persona Workbench"));
        w.writeStartElement(QStringLiteral("a:fillStyleLst"));
        for (int i = 0; i < 3; ++i) {
            w.writeStartElement(QStringLiteral("a:solidFill"));
            emptyWithAttrs(w, QStringLiteral("a:schemeClr"), {{QStringLiteral("val"), QStringLiteral("phClr")}});
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("a:lnStyleLst"));
        for (const int width : {6350, 12700, 19050}) {
            w.writeStartElement(QStringLiteral("a:ln"));
            w.writeAttribute(QStringLiteral("w"), QString::number(width));
            w.writeStartElement(QStringLiteral("a:solidFill"));
            emptyWithAttrs(w, QStringLiteral("a:schemeClr"), {{QStringLiteral("val"), QStringLiteral("phClr")}});
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("a:effectStyleLst"));
        for (int i = 0; i < 3; ++i) {
            w.writeStartElement(QStringLiteral("a:effectStyle"));
            w.writeEmptyElement(QStringLiteral("a:effectLst"));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("a:bgFillStyleLst"));
        for (int i = 0; i < 3; ++i) {
            w.writeStartElement(QStringLiteral("a:solidFill"));
            emptyWithAttrs(w, QStringLiteral("a:schemeClr"), {{QStringLiteral("val"), QStringLiteral("phClr")}});
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement(); // fmtScheme

        w.writeEndElement(); // themeElements
        w.writeEndElement(); // theme
    });
}

QByteArray masterXml()
{
    return xmlPart([](QXmlStreamWriter &w) {
        startPresentationML(w, QStringLiteral("sldMaster"));
        w.writeStartElement(QStringLiteral("p:cSld"));
        w.writeStartElement(QStringLiteral("p:bg"));
        w.writeStartElement(QStringLiteral("p:bgRef"));
        w.writeAttribute(QStringLiteral("idx"), QStringLiteral("1001"));
        emptyWithAttrs(w, QStringLiteral("a:schemeClr"), {{QStringLiteral("val"), QStringLiteral("bg1")}});
        w.writeEndElement();
        w.writeEndElement();
        writeTreeStart(w);
        w.writeEndElement(); // spTree
        w.writeEndElement(); // cSld
        emptyWithAttrs(w, QStringLiteral("p:clrMap"),
                       {{QStringLiteral("bg1"), QStringLiteral("lt1")},
                        {QStringLiteral("tx1"), QStringLiteral("dk1")},
                        {QStringLiteral("bg2"), QStringLiteral("lt2")},
                        {QStringLiteral("tx2"), QStringLiteral("dk2")},
                        {QStringLiteral("accent1"), QStringLiteral("accent1")},
                        {QStringLiteral("accent2"), QStringLiteral("accent2")},
                        {QStringLiteral("accent3"), QStringLiteral("accent3")},
                        {QStringLiteral("accent4"), QStringLiteral("accent4")},
                        {QStringLiteral("accent5"), QStringLiteral("accent5")},
                        {QStringLiteral("accent6"), QStringLiteral("accent6")},
                        {QStringLiteral("hlink"), QStringLiteral("hlink")},
                        {QStringLiteral("folHlink"), QStringLiteral("folHlink")}});
        w.writeStartElement(QStringLiteral("p:sldLayoutIdLst"));
        emptyWithAttrs(w, QStringLiteral("p:sldLayoutId"),
                       {{QStringLiteral("id"), QStringLiteral("2147483649")}, {QStringLiteral("r:id"), QStringLiteral("rId1")}});
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:txStyles"));
        for (const QString &style : {QStringLiteral("p:titleStyle"), QStringLiteral("p:bodyStyle"), QStringLiteral("p:otherStyle")}) {
            const bool title = style == QLatin1String("p:titleStyle");
            w.writeStartElement(style);
            w.writeStartElement(QStringLiteral("a:lvl1pPr"));
            w.writeStartElement(QStringLiteral("a:defRPr"));
            w.writeAttribute(QStringLiteral("sz"), title ? QStringLiteral("3200") : QStringLiteral("1800"));
            emptyWithAttrs(w, QStringLiteral("a:latin"), {{QStringLiteral("typeface"), title ? QStringLiteral("+mj-lt") : QStringLiteral("+mn-lt")}});
            emptyWithAttrs(w, QStringLiteral("a:cs"), {{QStringLiteral("typeface"), title ? QStringLiteral("+mj-cs") : QStringLiteral("+mn-cs")}});
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement(); // txStyles
        w.writeEndElement(); // sldMaster
    });
}

QByteArray layoutXml()
{
    return xmlPart([](QXmlStreamWriter &w) {
        startPresentationML(w, QStringLiteral("sldLayout"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("blank"));
        w.writeAttribute(QStringLiteral("preserve"), QStringLiteral("1"));
        w.writeStartElement(QStringLiteral("p:cSld"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Blank"));
        writeTreeStart(w);
        w.writeEndElement(); // spTree
        w.writeEndElement(); // cSld
        w.writeStartElement(QStringLiteral("p:clrMapOvr"));
        w.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
        w.writeEndElement();
        w.writeEndElement();
    });
}

bool failAfresh(Error *error, const QString &message)
{
    if (error) {
        *error = Error();
        error->message = message;
    }
    return false;
}

} // namespace

PptxWriter::PptxWriter(const QString &language)
    : m_language(language), m_rtl(language == QLatin1String("he"))
{
}

QByteArray PptxWriter::slideXml(int index) const
{
    const PptxSlide &slide = m_slides[index];
    const QString lang = languageTag(m_language);
    const bool rtl = m_rtl;
    return xmlPart([&](QXmlStreamWriter &w) {
        startPresentationML(w, QStringLiteral("sld"));
        w.writeStartElement(QStringLiteral("p:cSld"));
        w.writeAttribute(QStringLiteral("name"), xmlSafe(slide.name));
        w.writeStartElement(QStringLiteral("p:bg"));
        w.writeStartElement(QStringLiteral("p:bgPr"));
        writeSolidFill(w, slide.background);
        w.writeEmptyElement(QStringLiteral("a:effectLst"));
        w.writeEndElement();
        w.writeEndElement();
        writeTreeStart(w);
        int id = 2;
        for (int i = 0; i < slide.pictures.size(); ++i) {
            const PptxPicture &pic = slide.pictures[i];
            w.writeStartElement(QStringLiteral("p:pic"));
            w.writeStartElement(QStringLiteral("p:nvPicPr"));
            emptyWithAttrs(w, QStringLiteral("p:cNvPr"), {{QStringLiteral("id"), QString::number(id++)},
                                                          {QStringLiteral("name"), QStringLiteral("Picture %1").arg(i + 1)},
                                                          {QStringLiteral("descr"), xmlSafe(pic.description)}});
            w.writeStartElement(QStringLiteral("p:cNvPicPr"));
            emptyWithAttrs(w, QStringLiteral("a:picLocks"), {{QStringLiteral("noChangeAspect"), QStringLiteral("1")}});
            w.writeEndElement();
            w.writeEmptyElement(QStringLiteral("p:nvPr"));
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("p:blipFill"));
            emptyWithAttrs(w, QStringLiteral("a:blip"), {{QStringLiteral("r:embed"), QStringLiteral("rId%1").arg(i + 2)}});
            w.writeStartElement(QStringLiteral("a:stretch"));
            w.writeEmptyElement(QStringLiteral("a:fillRect"));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("p:spPr"));
            writeXfrm(w, pic.rect);
            w.writeStartElement(QStringLiteral("a:prstGeom"));
            w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
            w.writeEmptyElement(QStringLiteral("a:avLst"));
            w.writeEndElement();
            w.writeEndElement(); // spPr
            w.writeEndElement(); // pic
        }
        for (const PptxText &text : slide.texts) {
            w.writeStartElement(QStringLiteral("p:sp"));
            w.writeStartElement(QStringLiteral("p:nvSpPr"));
            emptyWithAttrs(w, QStringLiteral("p:cNvPr"),
                           {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("name"), QStringLiteral("Text %1").arg(id)}});
            ++id;
            emptyWithAttrs(w, QStringLiteral("p:cNvSpPr"), {{QStringLiteral("txBox"), QStringLiteral("1")}});
            w.writeEmptyElement(QStringLiteral("p:nvPr"));
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("p:spPr"));
            writeXfrm(w, text.rect);
            w.writeStartElement(QStringLiteral("a:prstGeom"));
            w.writeAttribute(QStringLiteral("prst"), text.rounded ? QStringLiteral("roundRect") : QStringLiteral("rect"));
            w.writeStartElement(QStringLiteral("a:avLst"));
            if (text.rounded)
                emptyWithAttrs(w, QStringLiteral("a:gd"), {{QStringLiteral("name"), QStringLiteral("adj")},
                                                           {QStringLiteral("fmla"), QStringLiteral("val 4000")}});
            w.writeEndElement();
            w.writeEndElement();
            if (text.fill.isValid())
                writeSolidFill(w, text.fill);
            else
                w.writeEmptyElement(QStringLiteral("a:noFill"));
            w.writeStartElement(QStringLiteral("a:ln"));
            w.writeEmptyElement(QStringLiteral("a:noFill"));
            w.writeEndElement();
            w.writeEndElement(); // spPr
            w.writeStartElement(QStringLiteral("p:txBody"));
            w.writeStartElement(QStringLiteral("a:bodyPr"));
            w.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
            for (const char *inset : {"lIns", "tIns", "rIns", "bIns"})
                w.writeAttribute(QString::fromLatin1(inset), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("rtlCol"), rtl ? QStringLiteral("1") : QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("anchor"), text.middle ? QStringLiteral("ctr") : QStringLiteral("t"));
            w.writeEmptyElement(QStringLiteral("a:noAutofit"));
            w.writeEndElement();
            w.writeEmptyElement(QStringLiteral("a:lstStyle"));
            QStringList paragraphs;
            for (const QString &p : text.paragraphs)
                paragraphs << p.split(QLatin1Char('\n'));
            if (paragraphs.isEmpty())
                paragraphs << QString();
            QString align = QStringLiteral("ctr");
            if (text.align == PptxText::Align::Start)
                align = rtl ? QStringLiteral("r") : QStringLiteral("l");
            else if (text.align == PptxText::Align::End)
                align = rtl ? QStringLiteral("l") : QStringLiteral("r");
            for (const QString &paragraph : std::as_const(paragraphs)) {
                w.writeStartElement(QStringLiteral("a:p"));
                emptyWithAttrs(w, QStringLiteral("a:pPr"),
                               {{QStringLiteral("algn"), align}, {QStringLiteral("rtl"), rtl ? QStringLiteral("1") : QStringLiteral("0")}});
                const QString safe = xmlSafe(paragraph);
                if (!safe.isEmpty()) {
                    w.writeStartElement(QStringLiteral("a:r"));
                    w.writeStartElement(QStringLiteral("a:rPr"));
                    w.writeAttribute(QStringLiteral("lang"), lang);
                    w.writeAttribute(QStringLiteral("sz"), QString::number(qRound(text.size * 100)));
                    w.writeAttribute(QStringLiteral("b"), text.bold ? QStringLiteral("1") : QStringLiteral("0"));
                    w.writeAttribute(QStringLiteral("dirty"), QStringLiteral("0"));
                    writeSolidFill(w, text.color);
                    emptyWithAttrs(w, QStringLiteral("a:latin"), {{QStringLiteral("typeface"), QStringLiteral("+mn-lt")}});
                    emptyWithAttrs(w, QStringLiteral("a:cs"), {{QStringLiteral("typeface"), QStringLiteral("+mn-cs")}});
                    w.writeEndElement(); // rPr
                    w.writeTextElement(QStringLiteral("a:t"), safe);
                    w.writeEndElement(); // r
                }
                emptyWithAttrs(w, QStringLiteral("a:endParaRPr"), {{QStringLiteral("lang"), lang},
                                                                  {QStringLiteral("sz"), QString::number(qRound(text.size * 100))},
                                                                  {QStringLiteral("dirty"), QStringLiteral("0")}});
                w.writeEndElement(); // p
            }
            w.writeEndElement(); // txBody
            w.writeEndElement(); // sp
        }
        w.writeEndElement(); // spTree
        w.writeEndElement(); // cSld
        w.writeStartElement(QStringLiteral("p:clrMapOvr"));
        w.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
        w.writeEndElement();
        w.writeEndElement(); // sld
    });
}

QByteArray PptxWriter::slideRelsXml(int index) const
{
    QList<QPair<QString, QString>> rels = {{QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")}};
    for (int i = 0; i < m_slides[index].pictures.size(); ++i)
        rels << qMakePair(QStringLiteral("image"), QStringLiteral("../media/slide%1-image%2.png").arg(index + 1).arg(i + 1));
    return xmlPart([&](QXmlStreamWriter &w) { writeRelationships(w, rels); });
}

QByteArray PptxWriter::package(Error *error) const
{
    struct Part
    {
        QString name;
        QByteArray bytes;
    };
    QList<Part> parts;
    const int n = int(m_slides.size());

    parts << Part{QStringLiteral("[Content_Types].xml"), xmlPart([&](QXmlStreamWriter &w) {
                      w.writeStartElement(QStringLiteral("Types"));
                      w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
                      emptyWithAttrs(w, QStringLiteral("Default"),
                                     {{QStringLiteral("Extension"), QStringLiteral("rels")},
                                      {QStringLiteral("ContentType"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")}});
                      emptyWithAttrs(w, QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("xml")},
                                                                    {QStringLiteral("ContentType"), QStringLiteral("application/xml")}});
                      emptyWithAttrs(w, QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("png")},
                                                                    {QStringLiteral("ContentType"), QStringLiteral("image/png")}});
                      const auto override = [&w](const QString &part, const QString &type) {
                          emptyWithAttrs(w, QStringLiteral("Override"),
                                         {{QStringLiteral("PartName"), part}, {QStringLiteral("ContentType"), type}});
                      };
                      override(QStringLiteral("/ppt/presentation.xml"), ctBase + QStringLiteral("presentation.main+xml"));
                      override(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"), ctBase + QStringLiteral("slideMaster+xml"));
                      override(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"), ctBase + QStringLiteral("slideLayout+xml"));
                      override(QStringLiteral("/ppt/theme/theme1.xml"),
                               QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
                      for (int i = 0; i < n; ++i)
                          override(QStringLiteral("/ppt/slides/slide%1.xml").arg(i + 1), ctBase + QStringLiteral("slide+xml"));
                      override(QStringLiteral("/docProps/core.xml"),
                               QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
                      override(QStringLiteral("/docProps/app.xml"),
                               QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
                      w.writeEndElement();
                  })};
    parts << Part{QStringLiteral("_rels/.rels"), xmlPart([](QXmlStreamWriter &w) {
                      writeRelationships(
                          w, {{QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml")},
                              {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                               QStringLiteral("docProps/core.xml")},
                              {QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}});
                  })};
    parts << Part{QStringLiteral("docProps/core.xml"), xmlPart([this](QXmlStreamWriter &w) {
                      w.writeStartElement(QStringLiteral("cp:coreProperties"));
                      w.writeAttribute(QStringLiteral("xmlns:cp"),
                                       QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
                      w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
                      w.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
                      w.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
                      w.writeTextElement(QStringLiteral("dc:title"), xmlSafe(m_title));
                      w.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("Persona Workbench"));
                      w.writeTextElement(QStringLiteral("dc:language"), languageTag(m_language));
                      w.writeStartElement(QStringLiteral("dcterms:created"));
                      w.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
                      w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                      w.writeEndElement();
                      w.writeEndElement();
                  })};
    parts << Part{QStringLiteral("docProps/app.xml"), xmlPart([n](QXmlStreamWriter &w) {
                      w.writeStartElement(QStringLiteral("Properties"));
                      w.writeDefaultNamespace(
                          QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
                      w.writeTextElement(QStringLiteral("Application"), QStringLiteral("Persona Workbench"));
                      w.writeTextElement(QStringLiteral("Slides"), QString::number(n));
                      w.writeEndElement();
                  })};
    parts << Part{QStringLiteral("ppt/presentation.xml"), xmlPart([n](QXmlStreamWriter &w) {
                      startPresentationML(w, QStringLiteral("presentation"));
                      w.writeStartElement(QStringLiteral("p:sldMasterIdLst"));
                      emptyWithAttrs(w, QStringLiteral("p:sldMasterId"), {{QStringLiteral("id"), QStringLiteral("2147483648")},
                                                                         {QStringLiteral("r:id"), QStringLiteral("rId1")}});
                      w.writeEndElement();
                      if (n > 0) {
                          w.writeStartElement(QStringLiteral("p:sldIdLst"));
                          for (int i = 0; i < n; ++i)
                              emptyWithAttrs(w, QStringLiteral("p:sldId"), {{QStringLiteral("id"), QString::number(256 + i)},
                                                                           {QStringLiteral("r:id"), QStringLiteral("rId%1").arg(i + 3)}});
                          w.writeEndElement();
                      }
                      emptyWithAttrs(w, QStringLiteral("p:sldSz"), {{QStringLiteral("cx"), QString::number(emu(slideWidth))},
                                                                   {QStringLiteral("cy"), QString::number(emu(slideHeight))}});
                      emptyWithAttrs(w, QStringLiteral("p:notesSz"), {{QStringLiteral("cx"), QStringLiteral("6858000")},
                                                                     {QStringLiteral("cy"), QStringLiteral("9144000")}});
                      w.writeEndElement();
                  })};
    parts << Part{QStringLiteral("ppt/_rels/presentation.xml.rels"), xmlPart([n](QXmlStreamWriter &w) {
                      QList<QPair<QString, QString>> rels = {
                          {QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")},
                          {QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")}};
                      for (int i = 0; i < n; ++i)
                          rels << qMakePair(QStringLiteral("slide"), QStringLiteral("slides/slide%1.xml").arg(i + 1));
                      writeRelationships(w, rels);
                  })};
    parts << Part{QStringLiteral("ppt/slideMasters/slideMaster1.xml"), masterXml()};
    parts << Part{QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"), xmlPart([](QXmlStreamWriter &w) {
                      writeRelationships(w, {{QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
                                             {QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml")}});
                  })};
    parts << Part{QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), layoutXml()};
    parts << Part{QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"), xmlPart([](QXmlStreamWriter &w) {
                      writeRelationships(w, {{QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml")}});
                  })};
    parts << Part{QStringLiteral("ppt/theme/theme1.xml"), themeXml()};
    for (int i = 0; i < n; ++i) {
        parts << Part{QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1), slideXml(i)};
        parts << Part{QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(i + 1), slideRelsXml(i)};
        for (int p = 0; p < m_slides[i].pictures.size(); ++p)
            parts << Part{QStringLiteral("ppt/media/slide%1-image%2.png").arg(i + 1).arg(p + 1), m_slides[i].pictures[p].png};
    }

    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            failAfresh(error, Pptx::tr("The presentation cannot be packed (zip error %1)").arg(zip.getZipError()));
            return QByteArray();
        }
        for (const Part &part : std::as_const(parts)) {
            QuaZipFile file(&zip);
            const bool png = part.name.endsWith(QLatin1String(".png"));
            // PNGs are compressed already: store them as they are.
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name), nullptr, 0, png ? 0 : Z_DEFLATED,
                           png ? 0 : Z_DEFAULT_COMPRESSION)
                || file.write(part.bytes) != part.bytes.size()) {
                failAfresh(error, Pptx::tr("The presentation cannot be packed (zip error %1)").arg(file.getZipError()));
                return QByteArray();
            }
            file.close();
            if (file.getZipError() != ZIP_OK) {
                failAfresh(error, Pptx::tr("The presentation cannot be packed (zip error %1)").arg(file.getZipError()));
                return QByteArray();
            }
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK) {
            failAfresh(error, Pptx::tr("The presentation cannot be packed (zip error %1)").arg(zip.getZipError()));
            return QByteArray();
        }
    }
    return buffer.data();
}

bool PptxWriter::write(const QString &path, Error *error) const
{
    const QByteArray bytes = package(error);
    if (bytes.isEmpty())
        return false;
    if (QString problem; !writeWholeFile(path, bytes, &problem)) {
        if (error) {
            *error = Error();
            error->file = path;
            error->message = Pptx::tr("The presentation cannot be written: %1").arg(problem);
        }
        return false;
    }
    return true;
}

} // namespace pw
