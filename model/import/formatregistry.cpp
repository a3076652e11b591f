// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatregistry.h"

#include "genericformat.h"

namespace pw {

const QList<const ImportFormat *> &FormatRegistry::formats()
{
    static const GenericFormat generic;
    static const QList<const ImportFormat *> list = {&generic};
    return list;
}

const ImportFormat *FormatRegistry::find(const QString &shortName)
{
    for (const ImportFormat *format : formats()) {
        if (format->shortName().compare(shortName, Qt::CaseInsensitive) == 0)
            return format;
    }
    return nullptr;
}

const ImportFormat *FormatRegistry::detect(const QStringList &header)
{
    for (const ImportFormat *format : formats()) {
        if (format->supportsHeader(header))
            return format;
    }
    return nullptr;
}

QStringList FormatRegistry::shortNames()
{
    QStringList names;
    for (const ImportFormat *format : formats())
        names.append(format->shortName());
    return names;
}

} // namespace pw
