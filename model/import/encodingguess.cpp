// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodingguess.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringDecoder>

#include <cstring>

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

/// Checks UTF-8 in a stream of chunks without decoding it (the ASCII bulk eight bytes at a
/// time). Returns false at the first byte that cannot be UTF-8; a sequence cut by the end of a
/// chunk is finished in the next.
class Utf8Check
{
public:
    bool feed(QByteArrayView data)
    {
        const auto *p = reinterpret_cast<const uchar *>(data.data());
        const qsizetype n = data.size();
        qsizetype i = 0;
        while (i < n) {
            if (m_need == 0) {
                while (i + 8 <= n) {
                    quint64 word;
                    memcpy(&word, p + i, 8);
                    if (word & 0x8080808080808080ull)
                        break;
                    i += 8;
                }
                if (i >= n)
                    break;
                const uchar c = p[i++];
                if (c < 0x80)
                    continue;
                if (c >= 0xC2 && c <= 0xDF) {
                    m_need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    m_need = 2;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    m_need = 3;
                } else {
                    return false;
                }
                m_lead = c;
                m_first = true;
                continue;
            }
            const uchar c = p[i++];
            if ((c & 0xC0) != 0x80)
                return false;
            // Overlong forms, surrogates and code points past U+10FFFF, by the second byte.
            if (m_first && ((m_lead == 0xE0 && c < 0xA0) || (m_lead == 0xED && c > 0x9F)
                            || (m_lead == 0xF0 && c < 0x90) || (m_lead == 0xF4 && c > 0x8F)))
                return false;
            m_first = false;
            --m_need;
        }
        return true;
    }

private:
    int m_need = 0;
    uchar m_lead = 0;
    bool m_first = false;
};

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

QString EncodingGuess::confirmUtf8(QIODevice *device, qint64 from)
{
    const QString utf8 = QStringLiteral("UTF-8");
    if (!device || device->isSequential() || device->size() <= from)
        return utf8;
    static QMutex mutex;
    static QHash<QString, QString> known; // file, size and time -> encoding
    QString key;
    if (const auto *file = qobject_cast<const QFile *>(device)) {
        const QFileInfo info(*file);
        key = info.absoluteFilePath() + QLatin1Char('\n') + QString::number(info.size()) + QLatin1Char('\n')
              + QString::number(info.lastModified().toMSecsSinceEpoch());
        const QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(key); it != known.constEnd())
            return *it;
    }
    const qint64 back = device->pos();
    QString result = utf8;
    if (device->seek(from)) {
        Utf8Check check;
        QByteArray chunk;
        constexpr qint64 kChunk = 1024 * 1024;
        for (;;) {
            chunk = device->read(kChunk);
            if (chunk.isEmpty())
                break;
            if (!check.feed(chunk)) {
                result = guess(chunk);
                if (result == utf8 || result.startsWith(QLatin1String("UTF-16")))
                    result = QStringLiteral("windows-1252");
                break;
            }
        }
    }
    device->seek(back);
    if (!key.isEmpty()) {
        const QMutexLocker lock(&mutex);
        known.insert(key, result);
    }
    return result;
}

} // namespace pw
