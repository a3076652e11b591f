// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "common/error.h"
#include "importstatement.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace pw {

class ValueParser;

/// A run of consecutive records of a file, read and mapped by ByteBatchReader.
struct ByteBatch
{
    enum class Kind : unsigned char {
        Typed, ///< mapped by ByteFieldMapper: its values are in `values`
        Other, ///< left to FieldMapper: its decoded fields are in `others`
        Blank, ///< a blank line, which the import skips
        Rejected, ///< a record with bytes that are not UTF-8: its error is in `rejected`
    };
    struct Entry
    {
        Kind kind;
        int index;            ///< the row in `values` (Typed), `others` (Other) or `rejected`
        qint64 line;          ///< the 1-based line on which the record starts
        qint64 bytePosition;  ///< bytes of the file read when the record was
    };

    /// The values of typed row `row`, one per canonical field.
    const BoundValue *row(int row) const { return values.data() + size_t(row) * size_t(fieldCount); }

    std::vector<Entry> entries;
    std::vector<BoundValue> values;
    std::vector<QStringList> others;
    std::vector<Error> rejected;
    /// The text of the typed rows' text values (they point into it).
    std::string text;
    /// Set on the last batch when the file could not be read to its end.
    Error error;
    bool last = false;
    int fieldCount = 0;
};

/// Reads a UTF-8 delimited file on a thread of its own, with ByteCsvReader and ByteFieldMapper,
/// and hands its records to the caller's thread in batches, in file order: the parsing of an
/// import then runs beside its writing. Batches are recycled, so memory stays constant whatever
/// the file's size. The header must already have been read and checked by the caller; it is
/// skipped here.
class ByteBatchReader
{
public:
    /// `columns` and `headerSize` as for ByteFieldMapper; `parser` must outlive the reader (it is
    /// only read, so the caller's thread may use it too).
    ByteBatchReader(QString path, char delimiter, Entity entity, QList<int> columns, qsizetype headerSize,
                    const ValueParser &parser);
    /// Stops the thread (if started) and waits for it.
    ~ByteBatchReader();
    ByteBatchReader(const ByteBatchReader &) = delete;
    ByteBatchReader &operator=(const ByteBatchReader &) = delete;

    /// Opens the file and starts reading. Returns false and fills `error` if it cannot be opened.
    bool start(Error &error);

    /// The next batch, waiting for it if need be; null after the last one. The batch stays
    /// valid until the next call to next().
    const ByteBatch *next();

private:
    void run();

    const QString m_path;
    const char m_delimiter;
    const Entity m_entity;
    const QList<int> m_columns;
    const qsizetype m_headerSize;
    const ValueParser &m_parser;
    const int m_fieldCount;
    std::unique_ptr<QFile> m_file;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ByteBatch>> m_full;  ///< read, in file order
    std::vector<std::unique_ptr<ByteBatch>> m_free; ///< to be filled again
    std::unique_ptr<ByteBatch> m_current;           ///< the one the caller holds
    bool m_stop = false;
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace pw
