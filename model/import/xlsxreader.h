// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordreader.h"

#include <QStringList>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace pw {

/// Reads the first worksheet of an Excel workbook (.xlsx) as records, with QuaZip and
/// QXmlStreamReader, streaming: only the shared strings are held in memory.
///
/// Cells become text as a CSV export would hold them: shared and inline strings as they are,
/// numbers in their shortest exact form (`17850`, `2.08`; dates stay Excel serial day numbers,
/// which ValueParser::parseDate() reads), booleans as TRUE/FALSE. Missing cells are empty;
/// a record's line is the sheet's row number.
///
/// Bounded against hostile files: each part is read to at most 1 GiB uncompressed and the
/// shared strings to at most 256 MiB (whatever the zip directory claims); a part that inflates
/// more than 200 times its compressed size past 16 MiB (a zip bomb), XML nesting deeper than 32
/// elements, a document type declaration (DTD, hence any entity) and a relationship that points
/// outside the archive (`../`) are refused.
class XlsxReader final : public RecordReader
{
public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader() override;

    /// Opens the workbook, loads the shared strings and finds the first worksheet.
    bool openSheet();

    bool readRecord(CsvRecord &record) override;
    bool hasError() const override { return m_error.isSet(); }
    const Error &error() const override { return m_error; }
    QChar delimiter() const override { return QChar(); }
    QString encodingName() const override { return QStringLiteral("xlsx"); }
    qint64 bytePosition() const override;

    /// Limits, public for tests.
    static constexpr qint64 maxPartBytes = qint64(1) << 30;
    static constexpr qint64 maxSharedStringBytes = qint64(256) << 20;
    static constexpr int maxDepth = 32;
    static constexpr qint64 maxInflateRatio = 200;
    static constexpr qint64 minBombBytes = qint64(16) << 20;

private:
    bool openPart(const QString &name, QuaZipFile &file, qint64 *uncompressed);
    /// Reads the next XML token of `xml`, feeding it from `file`; false at the end or on error.
    bool next(QXmlStreamReader &xml, QuaZipFile &file, qint64 &read, qint64 limit);
    bool loadSharedStrings();
    QString firstSheetPath();
    bool fail(const QString &message);

    QString m_path;
    qint64 m_fileSize = 0;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamReader m_xml;
    qint64 m_sheetRead = 0;
    qint64 m_sheetSize = 0;
    int m_depth = 0;
    QStringList m_sharedStrings;
    Error m_error;
};

} // namespace pw
