// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace pw {

namespace {

using Translators = std::vector<std::unique_ptr<QTranslator>>;

/// Ours first, then Qt's own; none for English, the source language.
Translators loadTranslators(const QString &language)
{
    Translators translators;
    if (language == QLatin1String("en") || !supportedLanguages().contains(language))
        return translators;
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/personaworkbench_") + language))
        translators.push_back(std::move(ours));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        translators.push_back(std::move(qt));
    return translators;
}

thread_local const Translators *t_threadTranslators = nullptr;

/// Installed after the application's translators, so asked first: on a thread inside a
/// ScopedThreadLanguage it answers in that language (the source text where it has no
/// translation, so that the interface's language never shows through); elsewhere it passes.
class ThreadLanguageRouter : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const Translators *own = t_threadTranslators;
        if (!own)
            return QString();
        for (const auto &translator : *own) {
            QString text = translator->translate(context, sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }
};

QString g_language = QStringLiteral("en");
Translators g_translators;
std::unique_ptr<ThreadLanguageRouter> g_router;

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")};
}

QString systemLanguage()
{
    const QString name = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (name == QLatin1String("iw"))
        return QStringLiteral("he");
    return supportedLanguages().contains(name) ? name : QStringLiteral("en");
}

bool setApplicationLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    for (auto &t : g_translators)
        QCoreApplication::removeTranslator(t.get());
    g_language = language;
    g_translators = loadTranslators(language);
    // Installed in reverse so that ours is asked before Qt's (the last installed is asked first).
    for (auto it = g_translators.rbegin(); it != g_translators.rend(); ++it)
        QCoreApplication::installTranslator(it->get());
    installThreadLanguageSupport();
    return true;
}

void installThreadLanguageSupport()
{
    if (!g_router)
        g_router = std::make_unique<ThreadLanguageRouter>();
    if (!QCoreApplication::instance())
        return;
    QCoreApplication::removeTranslator(g_router.get()); // installed again, so first in line
    QCoreApplication::installTranslator(g_router.get());
}

ScopedThreadLanguage::ScopedThreadLanguage(const QString &language)
    : m_previous(t_threadTranslators)
{
    t_threadTranslators = new Translators(loadTranslators(language));
}

ScopedThreadLanguage::~ScopedThreadLanguage()
{
    delete t_threadTranslators;
    t_threadTranslators = static_cast<const Translators *>(m_previous);
}

QString applicationLanguage()
{
    return g_language;
}

bool isRightToLeft(const QString &language)
{
    return language == QLatin1String("he");
}

QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString languageNativeName(const QString &language)
{
    if (language == QLatin1String("he"))
        return QStringLiteral("עברית");
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

} // namespace pw
