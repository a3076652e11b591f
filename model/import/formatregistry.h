// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

class ImportFormat;

/// The one place where import formats are registered. The order is the order of
/// auto-detection: specific shop formats first, the generic format last.
class FormatRegistry
{
public:
    /// Every format, in detection order.
    static const QList<const ImportFormat *> &formats();
    /// The format with this short name, or null.
    static const ImportFormat *find(const QString &shortName);
    /// The first format that reads a file with this header, or null.
    static const ImportFormat *detect(const QStringList &header);
    /// The short names of all formats.
    static QStringList shortNames();
};

} // namespace pw
