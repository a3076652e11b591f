// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace pw;

namespace {

struct ReadResult
{
    QList<CsvRecord> records;
    QChar delimiter;
    QString encoding;
    Error error;
    qint64 bytes = 0;
};

ReadResult readAll(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    EXPECT_TRUE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    ReadResult result;
    CsvRecord record;
    while (reader.readRecord(record))
        result.records.append(record);
    result.delimiter = reader.delimiter();
    result.encoding = reader.encodingName();
    result.error = reader.error();
    result.bytes = reader.bytePosition();
    return result;
}

QStringList fields(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

/// A device that hands out at most a few bytes per read, as a slow pipe would.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data) : m_data(std::move(data)) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(qMin<qint64>(maxSize, 1 + m_pos % 7), m_data.size() - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

TEST(CsvReader, ReadsPlainRecordsWithLineNumbers)
{
    const ReadResult r = readAll("a,b,c\n1,2,3\n4,5,6\n");
    ASSERT_FALSE(r.error.isSet()) << qPrintable(r.error.toString());
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[0].fields, fields({"a", "b", "c"}));
    EXPECT_EQ(r.records[2].fields, fields({"4", "5", "6"}));
    EXPECT_EQ(r.records[0].line, 1);
    EXPECT_EQ(r.records[1].line, 2);
    EXPECT_EQ(r.records[2].line, 3);
    EXPECT_EQ(r.delimiter, QLatin1Char(','));
    EXPECT_EQ(r.bytes, 18);
}

TEST(CsvReader, QuotedFieldsHoldDelimitersQuotesAndLineBreaks)
{
    const ReadResult r = readAll("id,text,n\n"
                                 "1,\"hello, \"\"world\"\"\",x\n"
                                 "2,\"multi\nline\r\nfield\",y\n"
                                 "3,\"\",z\n"
                                 "4,plain\"quote,w\n");
    ASSERT_FALSE(r.error.isSet()) << qPrintable(r.error.toString());
    ASSERT_EQ(r.records.size(), 5);
    EXPECT_EQ(r.records[1].fields, fields({"1", "hello, \"world\"", "x"}));
    EXPECT_EQ(r.records[2].fields, fields({"2", "multi\nline\r\nfield", "y"}));
    EXPECT_EQ(r.records[3].fields, fields({"3", "", "z"}));
    EXPECT_EQ(r.records[4].fields, fields({"4", "plain\"quote", "w"}));
    EXPECT_EQ(r.records[1].line, 2);
    EXPECT_EQ(r.records[2].line, 3);
    EXPECT_EQ(r.records[3].line, 6);
    EXPECT_EQ(r.records[4].line, 7);
}

TEST(CsvReader, AcceptsCrlfCrAndLfLineEnds)
{
    for (const char *data : {"a,b\r\n1,2\r\n3,4", "a,b\r1,2\r3,4\r", "a,b\n1,2\n3,4\n"}) {
        const ReadResult r = readAll(data);
        ASSERT_EQ(r.records.size(), 3) << data;
        EXPECT_EQ(r.records[1].fields, fields({"1", "2"}));
        EXPECT_EQ(r.records[2].fields, fields({"3", "4"}));
        EXPECT_EQ(r.records[2].line, 3);
    }
}

TEST(CsvReader, EmptyTrailingFieldsAndBlankLines)
{
    const ReadResult r = readAll("a,b,\n\n1,,\n");
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[0].fields, fields({"a", "b", ""}));
    EXPECT_EQ(r.records[1].fields, fields({""}));
    EXPECT_EQ(r.records[2].fields, fields({"1", "", ""}));
    EXPECT_EQ(r.records[2].line, 3);
}

TEST(CsvReader, SniffsTheDelimiterFromTheHeader)
{
    EXPECT_EQ(readAll("a;b;c\n1;2,5;3\n").delimiter, QLatin1Char(';'));
    EXPECT_EQ(readAll("a\tb\tc\n1\t2\t3\n").delimiter, QLatin1Char('\t'));
    EXPECT_EQ(readAll("a|b|c\n").delimiter, QLatin1Char('|'));
    // Commas inside a quoted header name do not count.
    const ReadResult r = readAll("\"x,y,z\";b\n1;2\n");
    EXPECT_EQ(r.delimiter, QLatin1Char(';'));
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[0].fields, fields({"x,y,z", "b"}));
    EXPECT_EQ(r.records[1].fields, fields({"1", "2"}));
    EXPECT_EQ(readAll("single\nvalue\n").delimiter, QLatin1Char(','));
}

TEST(CsvReader, Utf8WithAndWithoutBom)
{
    const ReadResult withBom = readAll("\xEF\xBB\xBFname;city\nJos\xC3\xA9;\xD7\xAA\xD7\x9C \xD7\x90\xD7\x91\xD7\x99\xD7\x91\n");
    ASSERT_EQ(withBom.records.size(), 2);
    EXPECT_EQ(withBom.records[0].fields, fields({"name", "city"}));
    EXPECT_EQ(withBom.records[1].fields, fields({"José", "תל אביב"}));
    EXPECT_EQ(withBom.encoding, QStringLiteral("UTF-8"));

    const ReadResult without = readAll("name\n\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\n");
    ASSERT_EQ(without.records.size(), 2);
    EXPECT_EQ(without.records[1].fields, fields({"Москва"}));
}

TEST(CsvReader, Utf16WithBom)
{
    const QString text = QStringLiteral("name,city\r\n\"Дана, Леви\",חיפה\r\n");
    for (QStringConverter::Encoding encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(text);
        const ReadResult r = readAll(bytes);
        ASSERT_FALSE(r.error.isSet());
        ASSERT_EQ(r.records.size(), 2) << int(encoding);
        EXPECT_EQ(r.records[0].fields, fields({"name", "city"}));
        EXPECT_EQ(r.records[1].fields, fields({"Дана, Леви", "חיפה"}));
        EXPECT_EQ(r.records[1].line, 2);
    }
}

TEST(CsvReader, InvalidUtf8FallsBackToWindows1252)
{
    const ReadResult r = readAll("name\ncaf\xE9\n");
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[1].fields, fields({"café"}));
    EXPECT_EQ(r.encoding, QStringLiteral("windows-1252"));
}

TEST(CsvReader, UnclosedQuoteNamesTheLineWhereTheFieldStarted)
{
    const ReadResult r = readAll("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    EXPECT_TRUE(r.error.isSet());
    EXPECT_EQ(r.error.line, 3);
    EXPECT_EQ(r.records.size(), 2);
}

TEST(CsvReader, EmptyInputHasNoRecordsAndNoError)
{
    const ReadResult r = readAll(QByteArray());
    EXPECT_TRUE(r.records.isEmpty());
    EXPECT_FALSE(r.error.isSet());
    const ReadResult bomOnly = readAll("\xEF\xBB\xBF");
    EXPECT_TRUE(bomOnly.records.isEmpty());
    EXPECT_FALSE(bomOnly.error.isSet());
}

TEST(CsvReader, RecordsAcrossChunkBoundariesKeepTheirValuesAndLines)
{
    // About 0.86 MB: several 256 KiB chunks, so quoted line breaks, CRLF pairs, doubled quotes and
    // multi-byte characters fall on chunk boundaries somewhere.
    QByteArray data = "id,text,tail\r\n";
    QList<qint64> expectedLines;
    QStringList expectedText;
    qint64 line = 2;
    const int count = 30000;
    for (int i = 0; i < count; ++i) {
        QString text;
        QByteArray field;
        int breaks = 0;
        switch (i % 4) {
        case 0:
            text = QStringLiteral("plain %1").arg(i);
            field = text.toUtf8();
            break;
        case 1:
            text = QStringLiteral("two\r\nlines é %1").arg(i);
            field = "\"" + text.toUtf8() + "\"";
            breaks = 1;
            break;
        case 2:
            text = QStringLiteral("say \"שלום\", %1").arg(i);
            field = "\"say \"\"" + QStringLiteral("שלום").toUtf8() + "\"\", " + QByteArray::number(i) + "\"";
            break;
        default:
            text = QStringLiteral("a\nb\nc %1").arg(i);
            field = "\"" + text.toUtf8() + "\"";
            breaks = 2;
            break;
        }
        data += QByteArray::number(i) + "," + field + ",end\r\n";
        expectedLines.append(line);
        expectedText.append(text);
        line += 1 + breaks;
    }
    ASSERT_GT(data.size(), 3 * 256 * 1024);

    const ReadResult r = readAll(data);
    ASSERT_FALSE(r.error.isSet()) << qPrintable(r.error.toString());
    ASSERT_EQ(r.records.size(), count + 1);
    qint64 lastPosition = 0;
    for (int i = 0; i < count; ++i) {
        const CsvRecord &rec = r.records[i + 1];
        ASSERT_EQ(rec.fields.size(), 3) << i;
        ASSERT_EQ(rec.fields[0], QString::number(i));
        ASSERT_EQ(rec.fields[1], expectedText[i]) << i;
        ASSERT_EQ(rec.fields[2], QStringLiteral("end")) << i;
        ASSERT_EQ(rec.line, expectedLines[i]) << i;
        ASSERT_GE(rec.bytePosition, lastPosition);
        lastPosition = rec.bytePosition;
    }
    EXPECT_EQ(r.bytes, data.size());
}

TEST(CsvReader, ExplicitDelimiterOverridesSniffing)
{
    QByteArray data = "a,b;c\n1,2;3\n";
    QBuffer buffer(&data);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    reader.setDelimiter(QLatin1Char(';'));
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.fields, fields({"a,b", "c"}));
}

TEST(CsvReader, TinyReadsGiveTheSameRecords)
{
    const QByteArray data = "\xEF\xBB\xBFid;text\r\n"
                            "1;\"a \"\"b\"\"\r\nc\"\r\n"
                            "2;\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD0\x9C\xD0\xB8\xD1\x80\r"
                            "3;\"x;y\"\n"
                            "4;\r\n";
    const ReadResult whole = readAll(data);
    ASSERT_EQ(whole.records.size(), 5);

    TrickleDevice device(data);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    CsvReader reader(&device);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(record))
        records.append(record);
    ASSERT_FALSE(reader.hasError()) << qPrintable(reader.error().toString());
    EXPECT_EQ(reader.delimiter(), QLatin1Char(';'));
    ASSERT_EQ(records.size(), whole.records.size());
    for (int i = 0; i < records.size(); ++i) {
        EXPECT_EQ(records[i].fields, whole.records[i].fields) << i;
        EXPECT_EQ(records[i].line, whole.records[i].line) << i;
    }
    EXPECT_EQ(records[1].fields, fields({"1", "a \"b\"\r\nc"}));
    EXPECT_EQ(records[2].fields, fields({"2", "שלום Мир"}));
    EXPECT_EQ(records[3].line, 5);
    EXPECT_EQ(records[4].fields, fields({"4", ""}));
}
