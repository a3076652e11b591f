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
QString g_language = QStringLiteral("en");
std::vector<std::unique_ptr<QTranslator>> g_translators;
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
    g_translators.clear();
    g_language = language;
    if (language == QLatin1String("en"))
        return true;

    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/personaworkbench_") + language)) {
        QCoreApplication::installTranslator(ours.get());
        g_translators.push_back(std::move(ours));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_translators.push_back(std::move(qt));
    }
    return true;
}

QString applicationLanguage()
{
    return g_language;
}

bool isRightToLeft(const QString &language)
{
    return language == QLatin1String("he");
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
