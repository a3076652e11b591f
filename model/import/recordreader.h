// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

#include <memory>

namespace pw {

struct CsvRecord;

/// How to read a file, when the user overrides what is detected.
struct ReadOptions
{
    QString encoding; ///< a text encoding name ("windows-1255"); empty: detect
    QChar delimiter;  ///< null: sniff
};

/// A source of records: the rows of a delimited text file or of a workbook's first sheet.
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    /// Reads the next record; false at the end or on an error (see error()).
    virtual bool readRecord(CsvRecord &record) = 0;
    virtual bool hasError() const = 0;
    virtual const Error &error() const = 0;
    /// True when the error concerns only the record just read (see CsvReader::recordRejected()):
    /// after skipRejectedRecord() reading goes on with the next record.
    virtual bool recordRejected() const { return false; }
    virtual void skipRejectedRecord() {}
    /// The delimiter of a text file (null for a workbook or before the first record).
    virtual QChar delimiter() const = 0;
    /// The text encoding in use ("UTF-8", "windows-1255", "xlsx").
    virtual QString encodingName() const = 0;
    /// How far the file has been read, in bytes of the file.
    virtual qint64 bytePosition() const = 0;

    /// Opens `path`: an XLSX workbook (recognised by its zip signature) or delimited text.
    /// Returns null and fills `error` if the file cannot be opened.
    static std::unique_ptr<RecordReader> open(const QString &path, const ReadOptions &options, Error &error);
};

} // namespace pw
