// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pw {

class Project;

/// The column mappings chosen in the import wizard, remembered per project for the next file of
/// the same shape (the same column names in the same order, compared without regard to case).
/// Kept in the project's `meta` table as `import_mapping:` + a SHA-1 of the header, holding a
/// JSON object source column -> name it is read as.
class MappingMemory
{
public:
    /// The mapping saved for files with this header (empty if none).
    static QHash<QString, QString> load(const Project &project, const QStringList &header);
    /// Saves `mapping` for files with this header; an empty mapping forgets it.
    static bool save(Project &project, const QStringList &header, const QHash<QString, QString> &mapping);
    /// The meta key for this header.
    static QString key(const QStringList &header);
};

} // namespace pw
