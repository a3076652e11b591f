// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace pw {

/// One record of a delimited text file.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;         ///< 1-based line of the file on which the record starts
    qint64 bytePosition = 0; ///< bytes read from the device when the record was complete
};

/// A streaming reader of delimited text (CSV, TSV): RFC 4180 quoting (fields in double quotes
/// may hold delimiters, line breaks and doubled quotes), CRLF, LF or CR line ends.
///
/// It reads the device in chunks, so memory stays constant whatever the file's size (apart from
/// one record). The encoding is taken from a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32);
/// without one, the encoding given with setEncodingName() or, failing that, the one
/// EncodingGuess finds in the first chunk (UTF-8, UTF-16 without BOM, windows-1252/1251/1255). The delimiter is sniffed
/// from the first line among `,` `;` tab and `|` (the most frequent outside quotes wins;
/// a comma if none occurs) unless set with setDelimiter().
///
/// Text after a closing quote and quotes inside an unquoted field are kept as they are.
/// A quote left open at the end of the file is an error naming the line where the field started.
///
/// Bounded against hostile files: a record longer than maxRecordBytes (a quote left open or a
/// missing line break), more than maxFields fields, a NUL character or bytes that are not valid
/// in the file's encoding (e.g. broken UTF-8) stop reading with an error naming the line (and
/// the field, as column, where it applies).
class CsvReader
{
public:
    /// Limits, shared with ByteCsvReader: characters (bytes there) in one record, fields in one record.
    static constexpr qint64 maxRecordBytes = qint64(16) << 20;
    static constexpr int maxFields = 16384;

    /// Reads from `device`, which must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device);

    /// Uses `delimiter` instead of sniffing it. Call before the first readRecord().
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    /// Uses the named encoding (e.g. "windows-1251") when the file has no byte order mark.
    /// Call before the first readRecord().
    void setEncodingName(const QString &name) { m_encodingName = name; }

    /// Reads the next record into `record`. Returns false at the end of the data or on an
    /// error (see hasError()). Blank lines are records with one empty field.
    bool readRecord(CsvRecord &record);

    bool hasError() const { return m_error.isSet(); }
    /// The error (message and line) that stopped reading, if any.
    const Error &error() const { return m_error; }
    /// True when the error concerns only the record just read: one of its fields holds a NUL
    /// or bytes that are not valid text in the file's encoding. The record has been consumed:
    /// after skipRejectedRecord() reading goes on with the next one.
    bool recordRejected() const { return m_recordRejected; }
    /// Clears a recordRejected() error, so that the next readRecord() reads on.
    void skipRejectedRecord()
    {
        if (m_recordRejected)
            m_error = Error();
        m_recordRejected = false;
    }

    /// The delimiter in use; null before the first readRecord().
    QChar delimiter() const { return m_delimiter; }
    /// The name of the encoding in use ("UTF-8", "UTF-16LE", "windows-1252", ...).
    QString encodingName() const { return m_decoderName; }
    /// Bytes read from the device so far.
    qint64 bytePosition() const { return m_bytesRead; }

private:
    enum class Parse { Complete, NeedMore, End, Failed };

    bool start();
    bool fill();
    /// At the end of the data: marks the end and reports a character cut off by it.
    void finishDecoding();
    void sniffDelimiter();
    Parse parseRecord(CsvRecord &record);
    /// After a decode error or a NUL was seen: fails if `record` holds the offending character.
    bool checkRecord(const CsvRecord &record);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QString m_decoderName;
    QString m_encodingName;
    QByteArray m_chunk;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    QChar m_delimiter;
    bool m_started = false;
    bool m_eof = false;
    bool m_unicodeDecoder = false; ///< UTF-8/16/32: undecodable bytes come out as NUL
    char m_lastByte = 0;            ///< the last byte read, to know whether a sequence may be open
    bool m_suspect = false; ///< a NUL or an undecodable byte was read and not yet reported
    Error m_error;
    bool m_recordRejected = false;
};

} // namespace pw
