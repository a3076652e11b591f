// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderkeys.h"

#include <functional>

namespace pw {

quint32 OrderKeys::hash(std::string_view orderId)
{
    const quint64 h = std::hash<std::string_view>{}(orderId);
    return quint32(h ^ (h >> 32));
}

void OrderKeys::insert(quint32 hash, qint64 rowid)
{
    Q_ASSERT(fits(rowid));
    // At most three quarters full: linear probing stays short.
    if (qsizetype(m_slots.size()) * 3 <= (m_count + 1) * 4)
        grow();
    size_t i = slotOf(hash);
    while (m_slots[i] != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = quint64(hash) << 32 | quint64(rowid);
    ++m_count;
}

void OrderKeys::grow()
{
    std::vector<quint64> old;
    old.swap(m_slots);
    const size_t size = old.empty() ? 1024 : old.size() * 2;
    m_slots.assign(size, 0);
    m_mask = size - 1;
    m_shift = 64;
    for (size_t s = size; s > 1; s >>= 1)
        --m_shift;
    for (const quint64 slot : old) {
        if (slot == 0)
            continue;
        size_t i = slotOf(quint32(slot >> 32));
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }
}

} // namespace pw
