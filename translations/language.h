// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pw {

/// The interface languages: "en" (the source language), "he", "ru".
QStringList supportedLanguages();
/// The language of the system locale if supported, else "en".
QString systemLanguage();
/// Installs the translators for `language` (ours and Qt's own) into the running application,
/// replacing those of the previous language, and remembers it as the current language.
/// Returns false if `language` is not supported.
bool setApplicationLanguage(const QString &language);
/// The language last set with setApplicationLanguage(), "en" before that.
QString applicationLanguage();
/// True for languages written right to left.
bool isRightToLeft(const QString &language);
/// The language's own name ("English", "עברית", "Русский").
QString languageNativeName(const QString &language);

} // namespace pw
