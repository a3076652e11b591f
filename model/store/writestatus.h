// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pw {

/// How a write that names the revision it was based on ended (optimistic concurrency: two
/// programs may have one project open, and neither may write back an old view).
enum class WriteStatus {
    Written,  ///< stored, with a new revision
    Conflict, ///< not stored: another program changed or deleted the row since it was read
    Failed,   ///< not stored: the write itself failed (the error says why)
};

} // namespace pw
