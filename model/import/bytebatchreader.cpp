// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytebatchreader.h"

#include "bytecsvreader.h"
#include "bytefieldmapper.h"

#include <QCoreApplication>

namespace pw {

namespace {

constexpr size_t kRecordsPerBatch = 4096;
/// Batches in flight: the one being filled, the one being written and some slack between them.
constexpr int kBatches = 4;

} // namespace

ByteBatchReader::ByteBatchReader(QString path, char delimiter, Entity entity, QList<int> columns,
                                 qsizetype headerSize, const ValueParser &parser)
    : m_path(std::move(path)),
      m_delimiter(delimiter),
      m_entity(entity),
      m_columns(std::move(columns)),
      m_headerSize(headerSize),
      m_parser(parser),
      m_fieldCount(int(CanonicalSchema::fields(entity).size()))
{
}

ByteBatchReader::~ByteBatchReader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool ByteBatchReader::start(Error &error)
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        error.file = m_path;
        error.message = QCoreApplication::translate("CsvReader", "The file cannot be read: %1").arg(m_file->errorString());
        return false;
    }
    for (int i = 0; i < kBatches; ++i) {
        auto batch = std::make_unique<ByteBatch>();
        batch->fieldCount = m_fieldCount;
        m_free.push_back(std::move(batch));
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

const ByteBatch *ByteBatchReader::next()
{
    if (!m_thread.joinable())
        return nullptr; // never started
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_current) {
        const bool wasLast = m_current->last;
        m_free.push_back(std::move(m_current));
        m_changed.notify_all();
        if (wasLast)
            return nullptr;
    }
    m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
    if (m_full.empty())
        return nullptr;
    m_current = std::move(m_full.front());
    m_full.pop_front();
    return m_current.get();
}

void ByteBatchReader::run()
{
    ByteCsvReader reader(m_file.get(), m_delimiter);
    ByteFieldMapper mapper(m_entity, m_columns, m_headerSize, m_parser);
    ByteRecord record;
    reader.readRecord(record); // the header, read and checked by the caller
    std::vector<BoundValue> values(static_cast<size_t>(m_fieldCount));
    std::vector<std::pair<size_t, size_t>> textAt; // (value in the batch, offset in its text)
    bool more = true;
    while (more) {
        std::unique_ptr<ByteBatch> batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_free.empty() || m_stop; });
            if (m_stop)
                break;
            batch = std::move(m_free.back());
            m_free.pop_back();
        }
        batch->entries.clear();
        batch->values.clear();
        batch->others.clear();
        batch->rejected.clear();
        batch->text.clear();
        batch->error = Error();
        batch->last = false;
        textAt.clear();
        while (batch->entries.size() < kRecordsPerBatch) {
            if (!reader.readRecord(record)) {
                if (reader.recordRejected()) {
                    batch->entries.push_back({ByteBatch::Kind::Rejected, int(batch->rejected.size()),
                                              reader.error().line, reader.bytePosition()});
                    batch->rejected.push_back(reader.error());
                    reader.skipRejectedRecord();
                    continue;
                }
                more = false;
                break;
            }
            ByteBatch::Entry entry{ByteBatch::Kind::Blank, -1, record.line, reader.bytePosition()};
            if (ByteFieldMapper::isBlank(record)) {
                // skipped by the import; kept for its line number
            } else if (mapper.map(record, values.data())) {
                entry.kind = ByteBatch::Kind::Typed;
                entry.index = int(batch->values.size() / size_t(m_fieldCount));
                // Text values point into the reader's buffers: copied into the batch, and pointed
                // at there once the batch is complete (its text no longer grows).
                for (BoundValue &value : values) {
                    if (value.kind == BoundValue::Kind::Text) {
                        textAt.emplace_back(batch->values.size() + size_t(&value - values.data()), batch->text.size());
                        batch->text.append(value.text, size_t(value.size));
                    }
                }
                batch->values.insert(batch->values.end(), values.begin(), values.end());
            } else {
                entry.kind = ByteBatch::Kind::Other;
                entry.index = int(batch->others.size());
                QStringList fields;
                fields.reserve(qsizetype(record.fields.size()));
                for (const std::string_view field : record.fields)
                    fields.append(ByteCsvReader::decode(field));
                batch->others.push_back(std::move(fields));
            }
            batch->entries.push_back(entry);
        }
        for (const auto &[value, offset] : textAt)
            batch->values[value].text = batch->text.data() + offset;
        if (!more) {
            batch->last = true;
            if (reader.hasError())
                batch->error = reader.error();
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_full.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

} // namespace pw
