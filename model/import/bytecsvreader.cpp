// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytecsvreader.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace pw {

namespace {

constexpr size_t kBlockSize = 1024 * 1024;
constexpr size_t kSmallBlockSize = 64 * 1024;

/// Line breaks in `text`: CRLF, LF and CR each count once (as CsvReader counts them).
qint64 countLineBreaks(const char *text, size_t length)
{
    qint64 lines = 0;
    for (size_t i = 0; i < length; ++i) {
        const char c = text[i];
        if (c == '\n')
            ++lines;
        else if (c == '\r' && (i + 1 >= length || text[i + 1] != '\n'))
            ++lines;
    }
    return lines;
}

/// The first offending byte of `text`: a NUL or the start of an invalid UTF-8 sequence
/// (overlong forms, surrogates and code points above U+10FFFF included); npos when valid.
size_t firstBadByte(std::string_view text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes without a NUL at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
            if (((word | ((word - ones) & ~word)) & highs) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (size_t k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

} // namespace

QString ByteCsvReader::decode(std::string_view field)
{
    // QString::fromUtf8 drops one leading byte order mark (only the first of several).
    static constexpr std::string_view bom("\xEF\xBB\xBF");
    const QString text = QString::fromUtf8(field.data(), qsizetype(field.size()));
    return field.substr(0, bom.size()) == bom ? QChar(0xFEFF) + text : text;
}

ByteCsvReader::ByteCsvReader(QIODevice *device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
    // A small file gets a small buffer (it grows by doubling, as for a long record, if needed).
    const qint64 left = device->isSequential() ? -1 : device->size() - device->pos();
    m_buffer.resize(left >= 0 && left < qint64(kSmallBlockSize) ? kSmallBlockSize : kBlockSize);
}

bool ByteCsvReader::fill()
{
    if (m_eof)
        return true;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) { // one record larger than the buffer
        if (qint64(m_buffer.size()) >= CsvReader::maxRecordBytes) {
            m_error.message = QCoreApplication::translate("CsvReader", "A record is longer than %1 MiB (a quote left open or a missing line break?)")
                                  .arg(CsvReader::maxRecordBytes >> 20);
            m_error.line = m_line;
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 n = m_device->read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
    if (n < 0) {
        m_error.message = QCoreApplication::translate("CsvReader", "The file cannot be read: %1").arg(m_device->errorString());
        m_error.line = m_line;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return true;
    }
    m_bytesRead += n;
    m_end += size_t(n);
    return true;
}

bool ByteCsvReader::readRecord(ByteRecord &record)
{
    if (m_error.isSet())
        return false;
    if (!m_started) {
        m_started = true;
        while (!m_eof && m_end < 3) {
            if (!fill())
                return false;
        }
        if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
    }
    for (;;) {
        switch (parseRecord(record)) {
        case Parse::Complete:
            return checkRecord(record);
        case Parse::End:
        case Parse::Failed:
            return false;
        case Parse::NeedMore:
            if (!fill())
                return false;
            break;
        }
    }
}

bool ByteCsvReader::checkRecord(const ByteRecord &record)
{
    for (size_t i = 0; i < record.fields.size(); ++i) {
        const std::string_view field = record.fields[i];
        const size_t bad = firstBadByte(field);
        if (bad == std::string_view::npos)
            continue;
        m_error.message = field[bad] == '\0'
            ? QCoreApplication::translate("CsvReader", "The field holds a NUL character: this is not a text table, or its encoding is wrong")
            : QCoreApplication::translate("CsvReader", "The field holds bytes that are not valid %1 text").arg(QLatin1String("UTF-8"));
        m_error.line = record.line;
        m_error.column = int(i) + 1;
        m_recordRejected = true;
        return false;
    }
    return true;
}

ByteCsvReader::Parse ByteCsvReader::parseRecord(ByteRecord &record)
{
    const char *data = m_buffer.data();
    const size_t size = m_end;
    const char delimiter = m_delimiter;
    size_t p = m_pos;
    qint64 line = m_line;

    if (p >= size)
        return m_eof ? Parse::End : Parse::NeedMore;
    m_spans.clear();
    m_scratch.clear();

    for (;;) {
        if (m_spans.size() >= size_t(CsvReader::maxFields)) {
            m_error.message = QCoreApplication::translate("CsvReader", "A record has more than %1 fields").arg(CsvReader::maxFields);
            m_error.line = m_line;
            return Parse::Failed;
        }
        if (p < size && data[p] == '"') {
            // A quoted field: its pieces are kept as one span in the buffer while there is one,
            // copied to m_scratch once there are more (a doubled quote or text after the quote).
            const qint64 startLine = line;
            Span span{false, ++p, 0};
            int pieces = 0;
            auto piece = [&](size_t begin, size_t length) {
                if (pieces == 0) {
                    span.begin = begin;
                    span.size = length;
                } else {
                    if (!span.scratch) {
                        const size_t at = m_scratch.size();
                        m_scratch.append(data + span.begin, span.size);
                        span = Span{true, at, span.size};
                    }
                    m_scratch.append(data + begin, length);
                    span.size += length;
                }
                ++pieces;
            };
            size_t segment = p;
            for (;;) {
                const void *found = std::memchr(data + p, '"', size - p);
                if (!found) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error.message = QCoreApplication::translate("CsvReader", "A quoted field is not closed before the end of the file");
                    m_error.line = startLine;
                    return Parse::Failed;
                }
                const size_t q = size_t(static_cast<const char *>(found) - data);
                if (q + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                line += countLineBreaks(data + p, q - p);
                if (q + 1 < size && data[q + 1] == '"') {
                    piece(segment, q + 1 - segment);
                    p = q + 2;
                    segment = p;
                    continue;
                }
                piece(segment, q - segment);
                p = q + 1;
                break;
            }
            const size_t rest = p;
            while (p < size && data[p] != delimiter && data[p] != '\n' && data[p] != '\r')
                ++p;
            if (p >= size && !m_eof)
                return Parse::NeedMore;
            if (p > rest)
                piece(rest, p - rest);
            m_spans.push_back(span);
        } else {
            const size_t begin = p;
            while (p < size) {
                const char c = data[p];
                if (c == delimiter || c == '\n' || c == '\r')
                    break;
                ++p;
            }
            if (p >= size && !m_eof)
                return Parse::NeedMore;
            m_spans.push_back(Span{false, begin, p - begin});
        }

        // After a field: a delimiter, a line end or the end of the data.
        if (p >= size)
            break;
        const char c = data[p];
        if (c == delimiter) {
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 >= size && !m_eof)
                return Parse::NeedMore;
            ++p;
            if (p < size && data[p] == '\n')
                ++p;
        } else {
            ++p;
        }
        ++line;
        break;
    }

    record.fields.resize(m_spans.size());
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const Span &s = m_spans[i];
        record.fields[i] = std::string_view((s.scratch ? m_scratch.data() : data) + s.begin, s.size);
    }
    record.line = m_line;
    m_pos = p;
    m_line = line;
    return Parse::Complete;
}

} // namespace pw
