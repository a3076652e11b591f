// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QFileInfo>

namespace pw {

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        where += QLatin1String(": ");
    }
    QString text = where + message;
    if (!columnName.isEmpty() && column > 0)
        text += QLatin1String(" [") + columnName + QLatin1Char(']');
    return text;
}

} // namespace pw
