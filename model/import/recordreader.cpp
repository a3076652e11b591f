// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordreader.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>

namespace pw {

namespace {

/// A CsvReader with the file it reads.
class CsvFileReader final : public RecordReader
{
public:
    explicit CsvFileReader(std::unique_ptr<QFile> file) : m_file(std::move(file)), m_reader(m_file.get()) {}
    CsvReader &reader() { return m_reader; }
    bool readRecord(CsvRecord &record) override { return m_reader.readRecord(record); }
    bool hasError() const override { return m_reader.hasError(); }
    const Error &error() const override { return m_reader.error(); }
    bool recordRejected() const override { return m_reader.recordRejected(); }
    void skipRejectedRecord() override { m_reader.skipRejectedRecord(); }
    QChar delimiter() const override { return m_reader.delimiter(); }
    QString encodingName() const override { return m_reader.encodingName(); }
    qint64 bytePosition() const override { return m_reader.bytePosition(); }

private:
    std::unique_ptr<QFile> m_file;
    CsvReader m_reader;
};

} // namespace

std::unique_ptr<RecordReader> RecordReader::open(const QString &path, const ReadOptions &options, Error &error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        error.file = path;
        error.message = QCoreApplication::translate("Import", "The file cannot be read: %1").arg(file->errorString());
        return nullptr;
    }
    const QByteArray magic = file->peek(4);
    if (magic == QByteArray("PK\x03\x04", 4)) {
        file->close();
        auto xlsx = std::make_unique<XlsxReader>(path);
        if (!xlsx->openSheet()) {
            error = xlsx->error();
            error.file = path;
            return nullptr;
        }
        return xlsx;
    }
    auto csv = std::make_unique<CsvFileReader>(std::move(file));
    if (!options.encoding.isEmpty())
        csv->reader().setEncodingName(options.encoding);
    if (!options.delimiter.isNull())
        csv->reader().setDelimiter(options.delimiter);
    return csv;
}

} // namespace pw
