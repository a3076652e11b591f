// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace pw {

/// One record of a delimited text file as byte spans. The spans point into the reader's buffers
/// and stay valid until the next ByteCsvReader::readRecord().
struct ByteRecord
{
    std::vector<std::string_view> fields;
    qint64 line = 0; ///< 1-based line of the file on which the record starts
};

/// The byte-level twin of CsvReader for UTF-8 text with a one-byte ASCII delimiter, for the
/// import's hot path: it reads the device in large blocks and hands out each record's fields as
/// byte spans (quotes removed, doubled quotes undone) without decoding anything. It splits
/// records exactly as CsvReader does (RFC 4180 quoting, text after a closing quote kept, CRLF,
/// LF or CR line ends, the same line numbers and the same error for a quote left open), so that
/// decoding a span as UTF-8 gives CsvReader's field. A UTF-8 byte order mark is skipped.
/// It has CsvReader's limits (CsvReader::maxRecordBytes, CsvReader::maxFields) and refuses, as
/// CsvReader does, a field holding a NUL byte or bytes that are not valid UTF-8.
class ByteCsvReader
{
public:
    /// Reads from `device`, which must be open for reading and outlive the reader.
    ByteCsvReader(QIODevice *device, char delimiter);

    /// Reads the next record. Returns false at the end of the data or on an error (see hasError()).
    bool readRecord(ByteRecord &record);

    bool hasError() const { return m_error.isSet(); }
    const Error &error() const { return m_error; }
    /// True when the error concerns only the record just read: one of its fields holds a NUL
    /// or bytes that are not valid text in UTF-8. The record has been consumed: after
    /// skipRejectedRecord() reading goes on with the next one.
    bool recordRejected() const { return m_recordRejected; }
    /// Clears a recordRejected() error, so that the next readRecord() reads on.
    void skipRejectedRecord()
    {
        if (m_recordRejected)
            m_error = Error();
        m_recordRejected = false;
    }
    /// Bytes read from the device so far.
    qint64 bytePosition() const { return m_bytesRead; }

    /// A field as CsvReader gives it: its UTF-8 decoded, a leading U+FEFF kept (QString::fromUtf8
    /// would drop it, e.g. where files with byte order marks were joined into one).
    static QString decode(std::string_view field);

private:
    enum class Parse { Complete, NeedMore, End, Failed };
    /// Where a field lies: in the block buffer, or (when quotes were undone) in m_scratch.
    struct Span
    {
        bool scratch;
        size_t begin;
        size_t size;
    };

    bool fill();
    Parse parseRecord(ByteRecord &record);
    /// Fails if a field of `record` holds a NUL byte or is not valid UTF-8.
    bool checkRecord(const ByteRecord &record);

    QIODevice *m_device;
    char m_delimiter;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    std::string m_scratch;
    std::vector<Span> m_spans;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_eof = false;
    Error m_error;
    bool m_recordRejected = false;
};

} // namespace pw
