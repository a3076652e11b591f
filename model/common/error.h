// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

/// A failure described for a person: what went wrong and, for input files, where.
/// Model functions return or fill an Error; views decide how to show it.
struct Error
{
    QString message;  ///< translated reason, one sentence, no trailing period needed
    QString file;     ///< the input or project file concerned, if any
    qint64 line = 0;  ///< 1-based line in `file`, 0 when not about a line
    int column = 0;   ///< 1-based column (field) in that line, 0 when not about a column
    QString columnName; ///< the column's header name, when known

    bool isSet() const { return !message.isEmpty(); }
    /// "file:line:column: message" with the parts that are known.
    QString toString() const;
};

/// Sets `error`'s message (when asked for one) and returns false, for `return fail(error, ...)`.
inline bool fail(Error *error, const QString &message)
{
    if (error)
        error->message = message;
    return false;
}

} // namespace pw
