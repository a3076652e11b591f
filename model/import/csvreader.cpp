// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "encodingguess.h"

#include <QCoreApplication>
#include <QIODevice>

namespace pw {

namespace {

constexpr qint64 kChunkSize = 256 * 1024;

void setField(QStringList &fields, int index, QString &&value)
{
    if (index < fields.size())
        fields[index] = std::move(value);
    else
        fields.append(std::move(value));
}

/// Line breaks in `text`: CRLF, LF and CR each count once.
qint64 countLineBreaks(const QChar *text, qsizetype length)
{
    qint64 lines = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n')
            ++lines;
        else if (c == u'\r' && (i + 1 >= length || text[i + 1].unicode() != u'\n'))
            ++lines;
    }
    return lines;
}

/// Sets field `index` to `length` characters at `text`, re-using the field's storage from the
/// previous record when it is not shared (no allocation per field on the hot path).
void setField(QStringList &fields, int index, const QChar *text, qsizetype length)
{
    if (index < fields.size()) {
        QString &field = fields[index];
        if (length == 0) {
            field = QString(text, 0); // empty, not null, as a new field would be
        } else {
            field.resize(0);
            field.append(text, length);
        }
    } else {
        fields.append(QString(text, length));
    }
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : m_device(device) {}

bool CsvReader::start()
{
    m_started = true;
    m_chunk.resize(kChunkSize);
    const qint64 n = m_device->read(m_chunk.data(), kChunkSize);
    if (n < 0) {
        m_error.message = QCoreApplication::translate("CsvReader", "The file cannot be read: %1").arg(m_device->errorString());
        return false;
    }
    const QByteArrayView first(m_chunk.constData(), n);
    m_bytesRead = n;
    if (n > 0)
        m_lastByte = m_chunk[n - 1];

    // Undecodable bytes become NUL characters (not U+FFFD, which a file may hold as valid text),
    // so that checkRecord() finds exactly the fields that hold them.
    constexpr QStringConverter::Flags flags = QStringConverter::Flag::ConvertInvalidToNull;
    std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(first);
    if (bom) {
        m_decoder = QStringDecoder(*bom, flags);
    } else {
        QString name = m_encodingName.isEmpty() ? EncodingGuess::guess(first) : m_encodingName;
        if (m_encodingName.isEmpty() && name == QLatin1String("UTF-8"))
            name = EncodingGuess::confirmUtf8(m_device, n); // the whole file decides
        m_decoder = QStringDecoder(name.toLatin1().constData(), flags);
        if (!m_decoder.isValid()) {
            m_error.message = QCoreApplication::translate("CsvReader", "The text encoding %1 is not supported").arg(name);
            return false;
        }
    }
    m_decoderName = QString::fromLatin1(m_decoder.name());
    m_unicodeDecoder = m_decoderName.startsWith(QLatin1String("UTF-"));
    m_buffer = m_decoder.decode(first);
    m_suspect = m_decoder.hasError() || m_buffer.contains(QChar(0));
    if (n == 0)
        finishDecoding();
    // Make sure the first line is complete before sniffing the delimiter.
    while (!m_eof && !m_buffer.contains(QLatin1Char('\n')) && !m_buffer.contains(QLatin1Char('\r'))) {
        if (!fill())
            return false;
    }
    if (m_delimiter.isNull())
        sniffDelimiter();
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return true;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_buffer.size() > maxRecordBytes) {
        m_error.message = QCoreApplication::translate("CsvReader", "A record is longer than %1 MiB (a quote left open or a missing line break?)")
                              .arg(maxRecordBytes >> 20);
        m_error.line = m_line;
        return false;
    }
    const qint64 n = m_device->read(m_chunk.data(), kChunkSize);
    if (n < 0) {
        m_error.message = QCoreApplication::translate("CsvReader", "The file cannot be read: %1").arg(m_device->errorString());
        m_error.line = m_line;
        return false;
    }
    if (n == 0) {
        finishDecoding();
        return true;
    }
    m_lastByte = m_chunk[n - 1];
    m_bytesRead += n;
    const QString text = m_decoder.decode(QByteArrayView(m_chunk.constData(), n));
    if (!m_suspect)
        m_suspect = m_decoder.hasError() || text.contains(QChar(0));
    m_buffer.append(text);
    return true;
}

void CsvReader::finishDecoding()
{
    m_eof = true;
    // A UTF-8 sequence cut off by the end of the file stays in the decoder's state and would be
    // lost without a trace: a line break after it makes the decoder give it up as undecodable.
    if (m_decoderName != QLatin1String("UTF-8") || m_bytesRead == 0 || uchar(m_lastByte) < 0x80)
        return;
    QString tail = m_decoder.decode(QByteArrayView("\n", 1));
    if (tail.endsWith(QLatin1Char('\n'))) // Qt may take the line break into the broken sequence
        tail.chop(1);
    if (!tail.isEmpty()) {
        m_buffer.append(tail);
        m_suspect = true;
    }
}

bool CsvReader::checkRecord(const CsvRecord &record)
{
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString &field = record.fields[i];
        const bool zero = field.contains(QChar(0));
        // Qt's Unicode decoders turn undecodable bytes into NUL (ConvertInvalidToNull); the
        // code pages decoded by ICU may still give U+FFFD.
        const bool replaced = !m_unicodeDecoder && m_decoder.hasError() && field.contains(QChar::ReplacementCharacter);
        if (!zero && !replaced)
            continue;
        const bool nul = zero && !m_decoder.hasError();
        m_error.message = nul ? QCoreApplication::translate("CsvReader", "The field holds a NUL character: this is not a text table, or its encoding is wrong")
                              : QCoreApplication::translate("CsvReader", "The field holds bytes that are not valid %1 text").arg(m_decoderName);
        m_error.line = record.line;
        m_error.column = int(i) + 1;
        m_recordRejected = true;
        return false;
    }
    return true;
}

void CsvReader::sniffDelimiter()
{
    static const char16_t candidates[] = {u',', u';', u'\t', u'|'};
    int counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char16_t c = m_buffer.at(i).unicode();
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        for (int k = 0; k < 4; ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 4; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    m_delimiter = QChar(candidates[best]);
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (m_error.isSet())
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        switch (parseRecord(record)) {
        case Parse::Complete:
            return !m_suspect || checkRecord(record);
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

CsvReader::Parse CsvReader::parseRecord(CsvRecord &record)
{
    const QChar *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype p = m_pos;
    qint64 line = m_line;
    int fieldIndex = 0;

    if (p >= size) {
        if (!m_eof)
            return Parse::NeedMore;
        return Parse::End;
    }

    for (;;) {
        if (fieldIndex >= maxFields) {
            m_error.message = QCoreApplication::translate("CsvReader", "A record has more than %1 fields").arg(maxFields);
            m_error.line = m_line;
            return Parse::Failed;
        }
        // At the start of a field.
        if (p < size && data[p].unicode() == u'"') {
            const qint64 startLine = line;
            QString value;
            qsizetype segment = ++p;
            for (;;) {
                const qsizetype q = m_buffer.indexOf(QLatin1Char('"'), p);
                if (q < 0) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error.message = QCoreApplication::translate("CsvReader", "A quoted field is not closed before the end of the file");
                    m_error.line = startLine;
                    return Parse::Failed;
                }
                if (q + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                line += countLineBreaks(data + p, q - p);
                if (q + 1 < size && data[q + 1].unicode() == u'"') {
                    value.append(data + segment, q + 1 - segment);
                    p = q + 2;
                    segment = p;
                    continue;
                }
                value.append(data + segment, q - segment);
                p = q + 1;
                break;
            }
            // Anything between the closing quote and the delimiter is kept as it is.
            const qsizetype rest = p;
            while (p < size) {
                const char16_t c = data[p].unicode();
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++p;
            }
            if (p >= size && !m_eof)
                return Parse::NeedMore;
            if (p > rest)
                value.append(data + rest, p - rest);
            setField(record.fields, fieldIndex++, std::move(value));
        } else {
            const qsizetype begin = p;
            while (p < size) {
                const char16_t c = data[p].unicode();
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++p;
            }
            if (p >= size && !m_eof)
                return Parse::NeedMore;
            setField(record.fields, fieldIndex++, data + begin, p - begin);
        }

        // After a field: a delimiter, a line end or the end of the data.
        if (p >= size)
            break;
        const char16_t c = data[p].unicode();
        if (c == delimiter) {
            ++p;
            continue;
        }
        if (c == u'\r') {
            if (p + 1 >= size && !m_eof)
                return Parse::NeedMore;
            ++p;
            if (p < size && data[p].unicode() == u'\n')
                ++p;
        } else {
            ++p;
        }
        ++line;
        break;
    }

    record.fields.resize(fieldIndex);
    record.line = m_line;
    record.bytePosition = m_bytesRead;
    m_pos = p;
    m_line = line;
    return Parse::Complete;
}

} // namespace pw
