// SPDX-License-Identifier: GPL-3.0-or-later
// Every visible string has a Hebrew and a Russian translation, with the same placeholders.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> list;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && current.source.isNull())
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                                     || type == QLatin1String("obsolete");
                if (!current.numerus)
                    current.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                current.translation += xml.readElementText() + QLatin1Char('\n');
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            list << current;
            current = Message();
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(path) << ": " << qPrintable(xml.errorString());
    return list;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d"));
    QSet<QString> set;
    for (auto it = re.globalMatch(text); it.hasNext();)
        set.insert(it.next().captured().remove(QLatin1Char('L')));
    return set;
}

} // namespace

TEST(Translations, HebrewAndRussianAreComplete)
{
    const QDir dir(QStringLiteral(TS_DIR));
    for (const QString &lang : {QStringLiteral("he"), QStringLiteral("ru")}) {
        const QString path = dir.filePath(QStringLiteral("personaworkbench_%1.ts").arg(lang));
        ASSERT_TRUE(QFile::exists(path)) << qPrintable(path);
        const QList<Message> messages = readTs(path);
        EXPECT_GT(messages.size(), 100) << qPrintable(path) << " holds too few strings: run the update_translations target";
        for (const Message &m : messages) {
            EXPECT_FALSE(m.unfinished) << qPrintable(lang) << " unfinished: [" << qPrintable(m.context) << "] "
                                       << qPrintable(m.source);
            EXPECT_FALSE(m.translation.trimmed().isEmpty())
                << qPrintable(lang) << " empty: [" << qPrintable(m.context) << "] " << qPrintable(m.source);
            if (!m.numerus) {
                EXPECT_EQ(placeholders(m.source), placeholders(m.translation))
                    << qPrintable(lang) << " placeholders differ: " << qPrintable(m.source) << " -> "
                    << qPrintable(m.translation);
            }
        }
    }
}

TEST(Translations, TermsOfTheMethodAreTranslatedNotLeftInEnglish)
{
    // Issue 21: "Silhouette" stood in English in the Hebrew proposal table and data slide.
    const QDir dir(QStringLiteral(TS_DIR));
    const QStringList terms = {QStringLiteral("silhouette"), QStringLiteral("stability")};
    for (const QString &lang : {QStringLiteral("he"), QStringLiteral("ru")}) {
        for (const Message &m : readTs(dir.filePath(QStringLiteral("personaworkbench_%1.ts").arg(lang)))) {
            for (const QString &term : terms)
                // A command-line option (--stability-runs) stays as it is typed.
                EXPECT_FALSE(m.translation.contains(QRegularExpression(QStringLiteral("(?<![-\\w])") + term,
                                                                       QRegularExpression::CaseInsensitiveOption)))
                    << qPrintable(lang) << " leaves '" << qPrintable(term) << "' in English: " << qPrintable(m.translation);
        }
    }
}
