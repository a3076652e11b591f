// SPDX-License-Identifier: GPL-3.0-or-later
#include "featuretablesample.h"

#include "analysis/random.h"
#include "analysis/runstore.h"
#include "common/progress.h"
#include "import/bytecsvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <memory>
#include <string>

namespace pw::FeatureTableSample {

namespace {

constexpr qint64 kReportEvery = 1 << 16; ///< rows between progress reports

/// The delimiter of the header line: the most frequent of `,` `;` tab `|` (a comma if none).
char sniffDelimiter(QFile &file)
{
    const QByteArray head = file.peek(1 << 16);
    const qsizetype end = head.indexOf('\n');
    const QByteArray line = end >= 0 ? head.left(end) : head;
    char best = ',';
    qsizetype most = 0;
    for (char c : {',', ';', '\t', '|'}) {
        if (line.count(c) > most) {
            most = line.count(c);
            best = c;
        }
    }
    return best;
}

/// A field as CSV writes it: quoted when it holds the delimiter, a quote or a line break.
void appendField(std::string &row, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        row.append(field);
        return;
    }
    row.push_back('"');
    for (char c : field) {
        if (c == '"')
            row.push_back('"');
        row.push_back(c);
    }
    row.push_back('"');
}

std::string csvRow(const ByteRecord &record)
{
    std::string row;
    for (size_t i = 0; i < record.fields.size(); ++i) {
        if (i > 0)
            row.push_back(',');
        appendField(row, record.fields[i]);
    }
    row.push_back('\n');
    return row;
}

/// Opens `path` and reads its header; false with `error` set.
bool openTable(QFile &file, std::unique_ptr<ByteCsvReader> &reader, ByteRecord &header, Error *error)
{
    if (!file.open(QIODevice::ReadOnly)) {
        error->file = file.fileName();
        return fail(error, QCoreApplication::translate("Recipe", "The feature table cannot be read: %1").arg(file.errorString()));
    }
    reader = std::make_unique<ByteCsvReader>(&file, sniffDelimiter(file));
    if (!reader->readRecord(header) || header.fields.size() < 2) {
        *error = reader->hasError() ? reader->error() : Error();
        error->file = file.fileName();
        if (error->message.isEmpty())
            error->message = QCoreApplication::translate("Recipe", "The feature table has no header with an id and a feature column");
        return false;
    }
    return true;
}

bool readFailed(const ByteCsvReader &reader, const QFile &file, Error *error)
{
    if (!reader.hasError())
        return false;
    *error = reader.error();
    error->file = file.fileName();
    return true;
}

bool canceled(Progress *progress, qint64 done, qint64 total, Error *error)
{
    if (!progress || progress->report(done, total, QCoreApplication::translate("Recipe", "Reading the feature table")))
        return false;
    fail(error, QCoreApplication::translate("Recipe", "Reading the feature table was canceled"));
    return true;
}

double number(std::string_view field)
{
    double v = std::numeric_limits<double>::quiet_NaN();
    while (!field.empty() && (field.front() == ' ' || field.front() == '+'))
        field.remove_prefix(1);
    while (!field.empty() && field.back() == ' ')
        field.remove_suffix(1);
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
    return ec == std::errc() && end == field.data() + field.size() ? v : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

std::optional<Sampled> sample(const QString &path, const QString &out, qint64 size, quint64 seed, Progress *progress,
    Error *error)
{
    QFile file(path);
    std::unique_ptr<ByteCsvReader> reader;
    ByteRecord record;
    if (!openTable(file, reader, record, error))
        return std::nullopt;
    Sampled result;
    for (std::string_view f : record.fields)
        result.header << ByteCsvReader::decode(f);
    const std::string header = csvRow(record);
    // Reservoir sampling (Vitter's algorithm R): row i replaces a kept one with chance size / (i + 1).
    const size_t capacity = size_t(std::max<qint64>(0, size));
    std::vector<std::string> kept;
    std::vector<qint64> order; // the row number of each kept row, to write them in reading order
    Random random(seed);
    const qint64 bytes = file.size();
    while (reader->readRecord(record)) {
        const qint64 i = result.rows++;
        if (kept.size() < capacity) {
            kept.push_back(csvRow(record));
            order.push_back(i);
        } else if (capacity > 0) {
            const quint64 j = random.below(quint64(i) + 1);
            if (j < capacity) {
                kept[j] = csvRow(record);
                order[j] = i;
            }
        }
        if (result.rows % kReportEvery == 0 && canceled(progress, reader->bytePosition(), bytes, error))
            return std::nullopt;
    }
    if (readFailed(*reader, file, error))
        return std::nullopt;
    std::vector<size_t> byRow(kept.size());
    for (size_t k = 0; k < byRow.size(); ++k)
        byRow[k] = k;
    std::sort(byRow.begin(), byRow.end(), [&](size_t a, size_t b) { return order[a] < order[b]; });
    QSaveFile save(out);
    bool ok = save.open(QIODevice::WriteOnly) && save.write(header.data(), qint64(header.size())) == qint64(header.size());
    for (size_t k : byRow)
        ok = ok && save.write(kept[k].data(), qint64(kept[k].size())) == qint64(kept[k].size());
    if (!ok || !save.commit()) {
        error->file = out;
        fail(error, QCoreApplication::translate("Recipe", "The sample cannot be written: %1").arg(save.errorString()));
        return std::nullopt;
    }
    result.kept = qint64(kept.size());
    return result;
}

std::optional<Model> modelOf(const SegmentationRun &run, Error *error)
{
    Model model;
    model.transforms = run.transforms();
    const QJsonArray centroids = run.centroids.value(QStringLiteral("centroids")).toArray();
    for (const QJsonValue &c : centroids)
        for (const QJsonValue &v : c.toArray())
            model.centroids.push_back(float(v.toDouble()));
    if (model.transforms.isEmpty() || centroids.isEmpty()
        || model.centroids.size() != size_t(centroids.size()) * size_t(model.transforms.size())) {
        fail(error, QCoreApplication::translate("Recipe", "Run %1 has no centroids of its features").arg(run.id));
        return std::nullopt;
    }
    return model;
}

std::optional<std::vector<qint64>> segmentSizes(const QString &path, const Model &model, Progress *progress, Error *error)
{
    QFile file(path);
    std::unique_ptr<ByteCsvReader> reader;
    ByteRecord record;
    if (!openTable(file, reader, record, error))
        return std::nullopt;
    const int d = int(model.transforms.size());
    const int k = d > 0 ? int(model.centroids.size() / size_t(d)) : 0;
    std::vector<int> columns;
    int ordersColumn = -1;
    for (size_t c = 0; c < record.fields.size(); ++c)
        if (ByteCsvReader::decode(record.fields[c]).trimmed() == Feature::Frequency)
            ordersColumn = int(c);
    for (const FeatureTransform &t : model.transforms) {
        const QString name = Feature::isImported(t.key) ? t.key.mid(Feature::ImportedPrefix.size()) : t.key;
        int found = -1;
        for (size_t c = 1; c < record.fields.size() && found < 0; ++c)
            if (ByteCsvReader::decode(record.fields[c]).trimmed() == name)
                found = int(c);
        if (found < 0) {
            error->file = path;
            fail(error, QCoreApplication::translate("Recipe", "The feature table has no column %1, which the run clusters").arg(name));
            return std::nullopt;
        }
        columns.push_back(found);
    }
    std::vector<qint64> sizes(size_t(k), 0);
    std::vector<float> z(static_cast<size_t>(d));
    const qint64 bytes = file.size();
    qint64 rows = 0;
    while (reader->readRecord(record)) {
        const double orders = ordersColumn >= 0 && size_t(ordersColumn) < record.fields.size()
            ? number(record.fields[size_t(ordersColumn)])
            : 0.0;
        for (int j = 0; j < d; ++j) {
            const size_t c = size_t(columns[size_t(j)]);
            const double raw = c < record.fields.size() ? number(record.fields[c]) : std::numeric_limits<double>::quiet_NaN();
            z[size_t(j)] = float(model.transforms[j].apply(raw, std::isnan(orders) ? 0 : qint64(orders)));
        }
        // As nearestCentroids(): squared distances in float, the lowest segment on ties.
        float best = std::numeric_limits<float>::infinity();
        int label = 0;
        for (int s = 0; s < k; ++s) {
            float sum = 0;
            for (int j = 0; j < d; ++j) {
                const float diff = z[size_t(j)] - model.centroids[size_t(s) * size_t(d) + size_t(j)];
                sum += diff * diff;
            }
            if (sum < best) {
                best = sum;
                label = s;
            }
        }
        if (k > 0)
            ++sizes[size_t(label)];
        if (++rows % kReportEvery == 0 && canceled(progress, reader->bytePosition(), bytes, error))
            return std::nullopt;
    }
    if (readFailed(*reader, file, error))
        return std::nullopt;
    return sizes;
}

} // namespace pw::FeatureTableSample
