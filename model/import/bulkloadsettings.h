// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pw {

class Project;

/// Connection settings for the life of one import, made before its transaction begins and
/// undone after it ends (SQLite ignores both pragmas inside a transaction; then nothing changes,
/// which is slower but as correct):
/// - foreign key checks off: an import makes its references right by construction (person ids
///   from `people`, its own `imports` row), and a check costs a B-tree lookup per reference;
/// - for a bulk load, a rollback journal instead of the write-ahead log: with WAL every page of a
///   big load is written twice (to the log, then by the checkpoint), while a rollback journal
///   keeps only the pages that existed before the import, and none of the new ones. The load
///   stays one atomic transaction: a killed import leaves a hot journal that SQLite rolls back
///   when the file is next opened (and Project::open() returns it to WAL). The switch only takes
///   when no other connection has the project open; otherwise the import runs in WAL.
class BulkLoadSettings
{
public:
    BulkLoadSettings(Project &project, bool bulk);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

    /// Whether the import runs with a rollback journal.
    bool rollbackJournal() const { return m_rollbackJournal; }

private:
    Project &m_project;
    bool m_foreignKeys = false;
    bool m_rollbackJournal = false;
    bool m_tempInMemory = false; ///< temp_store was MEMORY: set back at the end
};

} // namespace pw
