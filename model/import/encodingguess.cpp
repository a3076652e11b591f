// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodingguess.h"

#include <QStringDecoder>

namespace pw {

namespace {

bool validUtf8(QByteArrayView data)
{
    // Drop an incomplete sequence at the end: the chunk may cut a character in two.
    qsizetype end = data.size();
    for (qsizetype back = 1; back <= 3 && back <= end; ++back) {
        const uchar c = uchar(data[end - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        if (c >= 0xC0) {
            const qsizetype need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (need > back)
                end -= back;
        }
        break;
    }
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(data.first(end));
    Q_UNUSED(text)
    return !decoder.hasError();
}

} // namespace

QString EncodingGuess::guess(QByteArrayView data)
{
    if (data.size() >= 4) {
        qsizetype zeroOdd = 0, zeroEven = 0;
        const qsizetype n = qMin<qsizetype>(data.size(), 4096) & ~qsizetype(1);
        for (qsizetype i = 0; i < n; i += 2) {
            zeroEven += data[i] == 0;
            zeroOdd += data[i + 1] == 0;
        }
        if (zeroOdd * 10 > n / 2 * 3 && zeroEven * 10 < n / 2)
            return QStringLiteral("UTF-16LE");
        if (zeroEven * 10 > n / 2 * 3 && zeroOdd * 10 < n / 2)
            return QStringLiteral("UTF-16BE");
    }
    if (validUtf8(data))
        return QStringLiteral("UTF-8");

    qsizetype high = 0, inRuns = 0, hebrew = 0, run = 0;
    auto endRun = [&] {
        if (run >= 2)
            inRuns += run;
        run = 0;
    };
    for (const char ch : data) {
        const uchar c = uchar(ch);
        if (c >= 0x80) {
            ++high;
            ++run;
            if (c >= 0xE0 && c <= 0xFA)
                ++hebrew;
        } else {
            endRun();
        }
    }
    endRun();
    if (high == 0)
        return QStringLiteral("windows-1252");
    // Words of non-Latin scripts are runs of high bytes; Western text has isolated accents.
    if (inRuns * 2 < high)
        return QStringLiteral("windows-1252");
    if (hebrew * 10 >= high * 9)
        return QStringLiteral("windows-1255");
    return QStringLiteral("windows-1251");
}

} // namespace pw
