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

/// While it lives, QCoreApplication::translate() answers in `language` on the thread that made
/// it, and in the application's language on every other thread: a background export in another
/// language leaves the interface as it is. Needs installThreadLanguageSupport() (or
/// setApplicationLanguage(), which calls it) to have run on the application's thread.
void installThreadLanguageSupport();

class ScopedThreadLanguage
{
public:
    explicit ScopedThreadLanguage(const QString &language);
    ~ScopedThreadLanguage();
    ScopedThreadLanguage(const ScopedThreadLanguage &) = delete;
    ScopedThreadLanguage &operator=(const ScopedThreadLanguage &) = delete;

private:
    const void *m_previous;
};
/// True for languages written right to left.
bool isRightToLeft(const QString &language);
/// `text` (a name, a file name, a path) between Unicode isolates (U+2068 FIRST STRONG ISOLATE …
/// U+2069 POP DIRECTIONAL ISOLATE), for putting it into a sentence: its own script sets its
/// direction, and it does not pull the figures and punctuation around it into its own run
/// ("Premium Pia: 906 אנשים" stays in that order in a Hebrew line).
QString isolated(const QString &text);
/// The language's own name ("English", "עברית", "Русский").
QString languageNativeName(const QString &language);

} // namespace pw
