// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace pw {

/// The people an import has met: customer_id (UTF-8 bytes) -> people.id, in one open-addressing
/// table and one block of key bytes, so that a million customers take tens of megabytes rather
/// than the hundreds a node-based hash of strings would.
class PersonIds
{
public:
    /// Sets `id` and returns true when `key` was inserted before.
    bool find(std::string_view key, qint64 &id) const;
    /// Adds `key` (not present yet) with `id`.
    void insert(std::string_view key, qint64 id);
    qsizetype size() const { return m_count; }

private:
    static constexpr quint32 kEmpty = ~quint32(0);
    static constexpr size_t kInline = 16;
    /// A key of up to kInline bytes is kept in its slot (one cache line holds two slots), a
    /// longer one in m_keys.
    struct Slot
    {
        quint32 length = kEmpty;
        quint32 hash = 0;
        qint64 id = 0;
        union {
            char bytes[kInline];
            quint64 offset; ///< where a long key starts in m_keys
        } key = {};
    };
    const char *keyOf(const Slot &slot) const
    {
        return slot.length <= kInline ? slot.key.bytes : m_keys.data() + slot.key.offset;
    }

    const Slot *lookup(std::string_view key, size_t hash) const;
    void grow();

    std::vector<Slot> m_slots;
    std::string m_keys;
    qsizetype m_count = 0;
};

} // namespace pw
