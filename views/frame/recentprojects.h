// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pw {

/// One project of the recent list.
struct RecentProject
{
    QString path;      ///< absolute path of the .personas file
    QDateTime opened;  ///< when it was last opened or created (invalid: before this was kept)
    bool exists = true; ///< whether the file is there now
};

/// The recently opened projects, most recent first, kept in QSettings (at most `maximum`).
/// Each call reads or writes the settings: two windows see one list.
class RecentProjects
{
public:
    static constexpr int maximum = 8;

    /// The list, most recent first; `exists` tells which files are there now.
    static QList<RecentProject> list();
    /// Puts `path` first with `opened` as its time, dropping the oldest beyond `maximum`.
    static void add(const QString &path, const QDateTime &opened = QDateTime::currentDateTime());
    /// Takes `path` off the list.
    static void remove(const QString &path);
    /// Empties the list.
    static void clear();

private:
    static void write(const QList<RecentProject> &projects);
};

} // namespace pw
