// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace pw {

/// Guesses the text encoding of a file without a byte order mark from its first bytes.
class EncodingGuess
{
public:
    /// "UTF-8" for valid UTF-8 (an incomplete sequence at the very end is allowed);
    /// "UTF-16LE"/"UTF-16BE" when most odd (or even) bytes are zero; otherwise one of the code
    /// pages Excel writes: "windows-1255" when the bytes above 0x7F are mostly Hebrew letters
    /// (0xE0–0xFA) in runs, "windows-1251" when they form runs of letters (Cyrillic words),
    /// and "windows-1252" (Western European: accented letters between ASCII ones) otherwise.
    static QString guess(QByteArrayView data);

    /// For a file whose first bytes guess() took for UTF-8: reads the rest of `device` from
    /// byte `from` (then seeks back there) and returns "UTF-8" when all of it is UTF-8, else the
    /// code page guess() finds in the stretch around the first byte that is not, so that the
    /// encoding is decided by the whole file and no row is lost to the first bytes' guess. A
    /// file is checked once per process while its size and modification time stay the same.
    static QString confirmUtf8(QIODevice *device, qint64 from);
};

} // namespace pw
