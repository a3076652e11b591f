// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace pw {

namespace {

constexpr qint64 kChunk = 64 * 1024;

/// The 0-based column of a cell reference ("C12" -> 2), or -1.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
    return i == 0 || column > 16384 ? -1 : column - 1;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    return ok ? QString::number(v, 'g', 15) : raw;
}

} // namespace

XlsxReader::XlsxReader(const QString &path) : m_path(path), m_fileSize(QFileInfo(path).size()) {}

XlsxReader::~XlsxReader()
{
    if (m_sheet)
        m_sheet->close();
    if (m_zip)
        m_zip->close();
}

bool XlsxReader::fail(const QString &message)
{
    if (!m_error.isSet())
        m_error.message = message;
    return false;
}

bool XlsxReader::openPart(const QString &name, QuaZipFile &file, qint64 *uncompressed)
{
    if (!m_zip->setCurrentFile(name))
        return false;
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return false;
    if (qint64(info.uncompressedSize) > maxPartBytes || info.uncompressedSize > quint64(maxInflateRatio) * qMax<quint64>(info.compressedSize, 1) + quint64(minBombBytes))
        return fail(QCoreApplication::translate("XlsxReader", "The workbook is too large once uncompressed"));
    if (uncompressed)
        *uncompressed = qint64(info.uncompressedSize);
    file.setZip(m_zip.get());
    return file.open(QIODevice::ReadOnly);
}

bool XlsxReader::next(QXmlStreamReader &xml, QuaZipFile &file, qint64 &read, qint64 limit)
{
    for (;;) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(QCoreApplication::translate("XlsxReader", "The workbook's XML declares a document type (DTD), which workbooks never do"));
        if (token == QXmlStreamReader::StartElement && ++m_depth > maxDepth)
            return fail(QCoreApplication::translate("XlsxReader", "The workbook's XML is nested too deeply"));
        if (token == QXmlStreamReader::EndElement)
            --m_depth;
        if (token != QXmlStreamReader::Invalid)
            return token != QXmlStreamReader::EndDocument;
        if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(QCoreApplication::translate("XlsxReader", "The workbook is damaged: %1").arg(xml.errorString()));
        QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            return fail(QCoreApplication::translate("XlsxReader", "The workbook is damaged: %1").arg(xml.errorString()));
        read += chunk.size();
        // A zip bomb inflates far more than any spreadsheet XML does.
        if (read > limit || (read > minBombBytes && read > maxInflateRatio * qMax<qint64>(file.csize(), 1)))
            return fail(QCoreApplication::translate("XlsxReader", "The workbook is too large once uncompressed"));
        xml.addData(chunk);
    }
}

bool XlsxReader::openSheet()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(QCoreApplication::translate("XlsxReader", "The file is not a readable workbook (zip error %1)").arg(m_zip->getZipError()));
    if (!loadSharedStrings())
        return false;
    const QString sheet = firstSheetPath();
    if (m_error.isSet())
        return false;
    m_sheet = std::make_unique<QuaZipFile>();
    if (sheet.isEmpty() || !openPart(sheet, *m_sheet, &m_sheetSize))
        return fail(QCoreApplication::translate("XlsxReader", "The workbook has no worksheet"));
    m_depth = 0;
    return true;
}

bool XlsxReader::loadSharedStrings()
{
    QuaZipFile file;
    if (!openPart(QStringLiteral("xl/sharedStrings.xml"), file, nullptr))
        return !m_error.isSet(); // a workbook without strings
    QXmlStreamReader xml;
    qint64 read = 0;
    m_depth = 0;
    QString current;
    bool inItem = false, inText = false;
    int phonetic = 0;
    while (next(xml, file, read, maxSharedStringBytes)) {
        if (xml.isStartElement()) {
            if (xml.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && inItem && phonetic == 0) {
                inText = true;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"si") {
                m_sharedStrings.append(current);
                inItem = false;
            } else if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == u"t") {
                inText = false;
            }
        } else if (xml.isCharacters() && inText) {
            current.append(xml.text());
        }
    }
    file.close();
    return !m_error.isSet();
}

QString XlsxReader::firstSheetPath()
{
    // workbook.xml names the sheets in order; its relationships give each one's part.
    QString firstId;
    QuaZipFile workbook;
    if (openPart(QStringLiteral("xl/workbook.xml"), workbook, nullptr)) {
        QXmlStreamReader xml;
        qint64 read = 0;
        m_depth = 0;
        while (firstId.isEmpty() && next(xml, workbook, read, maxSharedStringBytes)) {
            if (xml.isStartElement() && xml.name() == u"sheet") {
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == u"id")
                        firstId = a.value().toString();
                }
            }
        }
        workbook.close();
    }
    QuaZipFile rels;
    if (!firstId.isEmpty() && openPart(QStringLiteral("xl/_rels/workbook.xml.rels"), rels, nullptr)) {
        QXmlStreamReader xml;
        qint64 read = 0;
        m_depth = 0;
        while (next(xml, rels, read, maxSharedStringBytes)) {
            if (xml.isStartElement() && xml.name() == u"Relationship"
                && xml.attributes().value(QLatin1String("Id")) == firstId) {
                const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                rels.close();
                const QString part = QDir::cleanPath(target.startsWith(QLatin1Char('/')) ? target.mid(1) : QLatin1String("xl/") + target);
                if (part.isEmpty() || part == QLatin1String("..") || part.startsWith(QLatin1String("../")) || part.startsWith(QLatin1Char('/'))
                    || part.contains(QLatin1Char(':')) || part.contains(QLatin1Char('\\'))) {
                    fail(QCoreApplication::translate("XlsxReader", "The workbook refers to a part outside the archive: %1").arg(target));
                    return QString();
                }
                return part;
            }
        }
        rels.close();
    }
    if (m_error.isSet())
        return QString();
    for (const QString &name : m_zip->getFileNameList()) {
        if (name.startsWith(QLatin1String("xl/worksheets/")) && name.endsWith(QLatin1String(".xml")))
            return name;
    }
    return QString();
}

bool XlsxReader::readRecord(CsvRecord &record)
{
    if (m_error.isSet() || !m_sheet)
        return false;
    bool inRow = false;
    int column = -1;
    QString type, value;
    bool collecting = false;
    int nextColumn = 0;
    while (next(m_xml, *m_sheet, m_sheetRead, maxPartBytes)) {
        if (m_xml.isStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                inRow = true;
                record.fields.clear();
                nextColumn = 0;
                bool ok = false;
                const qint64 r = m_xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                record.line = ok ? r : record.line + 1;
            } else if (name == u"c" && inRow) {
                const QXmlStreamAttributes attributes = m_xml.attributes();
                const QStringView ref = attributes.value(QLatin1String("r"));
                column = ref.isEmpty() ? nextColumn : columnOf(ref);
                type = attributes.value(QLatin1String("t")).toString();
                value.clear();
            } else if ((name == u"v" || name == u"t") && column >= 0) {
                collecting = true;
            }
        } else if (m_xml.isEndElement()) {
            const QStringView name = m_xml.name();
            if (name == u"v" || name == u"t") {
                collecting = false;
            } else if (name == u"c" && column >= 0) {
                QString text;
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= m_sharedStrings.size())
                        return fail(QCoreApplication::translate("XlsxReader", "The workbook refers to a missing shared string"));
                    text = m_sharedStrings[index];
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type.isEmpty() || type == u"n") {
                    text = numberText(value);
                } else {
                    text = value;
                }
                while (record.fields.size() < column)
                    record.fields.append(QString());
                if (record.fields.size() == column)
                    record.fields.append(text);
                else
                    record.fields[column] = text;
                nextColumn = column + 1;
                column = -1;
            } else if (name == u"row" && inRow) {
                if (record.fields.isEmpty())
                    record.fields.append(QString());
                record.bytePosition = bytePosition();
                return true;
            }
        } else if (m_xml.isCharacters() && collecting) {
            value.append(m_xml.text());
        }
    }
    return false;
}

qint64 XlsxReader::bytePosition() const
{
    if (m_sheetSize <= 0)
        return 0;
    return qint64(double(m_sheetRead) / double(m_sheetSize) * double(m_fileSize));
}

} // namespace pw
