// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "persona/persona.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace pw {

struct OrderHistory;

class Project;

/// The channel mix and top categories of segments, read from the store.
namespace SegmentMix {

/// Fills `mixComputed`, `channelBasis`, `channelMix` and `topCategories` of the stats of every
/// persona linked to a segment (runId > 0, segment >= 0) from the store, using the run's
/// assignments as stored in the project (so call it after they are written, in the same
/// transaction). The channel mix counts the segment's orders (not cancelled) by orders.channel;
/// a store without channels counts them by orders.device, and one without either its sessions
/// by events.source. Top categories are the segment's shares of revenue by order_items.category
/// (quantity × unit price; lines when there are no prices), else of order totals by
/// orders.category. Shares are of the orders, sessions or revenue that have such a value;
/// synonyms of a channel ("app", "ios") count as one. Personas of other runs are left alone.
/// A run made as of a date counts only what happened up to that day.
/// With `history`, the rows are read from the store once, the first time, and kept there for
/// the next calls (the runs of a timeline): the store must not change in between.
struct History;
bool attach(Project &project, QList<Persona> &personas, Error *error, History *history = nullptr);

/// Distinct spellings of values by id, in order of first appearance.
class Spellings
{
public:
    int id(const char *text, int size)
    {
        const QByteArray raw = QByteArray::fromRawData(text ? text : "", text ? size : 0);
        auto it = m_ids.constFind(raw);
        if (it == m_ids.constEnd()) {
            it = m_ids.insert(QByteArray(raw.constData(), raw.size()), int(m_words.size()));
            m_words.push_back(QString::fromUtf8(raw));
        }
        return *it;
    }
    const QString &word(int id) const { return m_words[size_t(id)]; }

private:
    QHash<QByteArray, int> m_ids;
    std::vector<QString> m_words;
};

/// What attach() reads of the store, kept for the runs of a timeline.
struct History
{
    struct Row // 24 bytes: a timeline of 5,000,000 orders keeps two of these per order at most
    {
        qint64 when;
        double weight;
        qint32 person; ///< person ids beyond 32 bits are not kept: such a store reads per run
        qint32 spelling;
    };
    struct Rows
    {
        bool loaded = false;
        bool unkeepable = false; ///< a person id beyond 32 bits: read from the store every time
        std::vector<Row> rows; ///< by date
        Spellings spellings;
    };
    /// The timeline's orders (see scanOrders()), once read: the channel mix by orders.channel and
    /// the categories by orders.category are tallied from them instead of rows of their own (the
    /// first spelling met in date order names a channel).
    const OrderHistory *orders = nullptr;
    bool decided = false; ///< the basis and sources below are decided (the first time)
    QString basis;
    bool itemCategories = false, orderCategories = false, itemPrices = false;
    Rows channels, categories;
};

} // namespace SegmentMix

} // namespace pw
