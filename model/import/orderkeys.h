// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace pw {

/// The order_ids of the orders table while a bulk import has its order_id index dropped
/// (ImportWriter::deferIndexes): each order's rowid under a 32-bit hash of its order_id, in one
/// open-addressing table of 8-byte slots, so that 5 million orders take 64 MB. A hash only names
/// candidates: the caller compares each candidate's stored order_id (two ids share a hash about
/// once in four billion lookups).
class OrderKeys
{
public:
    static quint32 hash(std::string_view orderId);
    /// Whether `rowid` can be kept (1 to 2^32 - 1).
    static bool fits(qint64 rowid) { return rowid > 0 && rowid <= qint64(0xffffffffu); }

    /// Calls `visit(rowid)` for each rowid kept under `hash` until it returns true; returns
    /// whether one did.
    template <typename Visit>
    bool anyOf(quint32 hash, Visit visit) const
    {
        if (m_slots.empty())
            return false;
        for (size_t i = slotOf(hash);; i = (i + 1) & m_mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return false;
            if (quint32(slot >> 32) == hash && visit(qint64(slot & 0xffffffffu)))
                return true;
        }
    }
    /// Keeps `rowid` (fits()) under `hash`.
    void insert(quint32 hash, qint64 rowid);
    qsizetype size() const { return m_count; }

private:
    size_t slotOf(quint32 hash) const { return size_t((quint64(hash) * 0x9E3779B97F4A7C15ull) >> m_shift) & m_mask; }
    void grow();

    std::vector<quint64> m_slots; ///< hash << 32 | rowid; 0 is empty (no rowid is 0)
    size_t m_mask = 0;
    int m_shift = 64;
    qsizetype m_count = 0;
};

} // namespace pw
