// SPDX-License-Identifier: GPL-3.0-or-later
#include "personids.h"

#include <cstring>
#include <functional>

namespace pw {

const PersonIds::Slot *PersonIds::lookup(std::string_view key, size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.length == kEmpty)
            return &slot;
        if (slot.hash == quint32(hash) && slot.length == key.size()
            && std::memcmp(keyOf(slot), key.data(), key.size()) == 0)
            return &slot;
    }
}

bool PersonIds::find(std::string_view key, qint64 &id) const
{
    if (m_slots.empty())
        return false;
    const Slot *slot = lookup(key, std::hash<std::string_view>()(key));
    if (slot->length == kEmpty)
        return false;
    id = slot->id;
    return true;
}

void PersonIds::insert(std::string_view key, qint64 id)
{
    if (size_t(m_count + 1) * 4 > m_slots.size() * 3) // keep the table at most 3/4 full
        grow();
    const size_t hash = std::hash<std::string_view>()(key);
    Slot *slot = const_cast<Slot *>(lookup(key, hash));
    if (slot->length == kEmpty) {
        ++m_count;
        slot->length = quint32(key.size());
        slot->hash = quint32(hash);
        if (key.size() <= kInline) {
            std::memcpy(slot->key.bytes, key.data(), key.size());
        } else {
            slot->key.offset = m_keys.size();
            m_keys.append(key);
        }
    }
    slot->id = id;
}

void PersonIds::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot());
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.length == kEmpty)
            continue;
        // Re-placed by the full hash of the key (the slot keeps only 32 bits of it).
        const size_t hash = std::hash<std::string_view>()(std::string_view(keyOf(s), s.length));
        size_t i = hash & mask;
        while (m_slots[i].length != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace pw
