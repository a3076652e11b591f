// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecontroller.h"

#include "language.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace pw {

namespace {
const QString languageKey = QStringLiteral("language");
}

LanguageController::LanguageController(QWidget *window)
    : QObject(window), m_window(window), m_menu(new QMenu(tr("&Language"), window)), m_group(new QActionGroup(this))
{
    // The window does not retranslate itself: the menu says when a choice applies, and the tick
    // stays on the language the window speaks.
    m_note = m_menu->addAction(tr("Applies when Persona Workbench next starts"));
    m_note->setEnabled(false);
    m_menu->addSeparator();
    m_group->setExclusive(true);
    const QString current = applicationLanguage();
    for (const QString &language : supportedLanguages()) {
        QAction *action = m_menu->addAction(languageNativeName(language));
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    }
    markNextStart(storedLanguage());
}

QString LanguageController::storedLanguage()
{
    const QString language = QSettings().value(languageKey).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void LanguageController::storeLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

void LanguageController::choose(const QString &language)
{
    storeLanguage(language);
    markNextStart(language);
    if (language == applicationLanguage())
        return;
    QMessageBox::information(m_window, tr("Language"),
                             tr("Persona Workbench will use %1 the next time it starts. Until then it stays in %2.")
                                 .arg(languageNativeName(language), languageNativeName(applicationLanguage())));
}

void LanguageController::markNextStart(const QString &next)
{
    const QString current = applicationLanguage();
    for (QAction *action : m_group->actions()) {
        const QString language = action->data().toString();
        action->setChecked(language == current);
        action->setText(language == next && next != current
                            ? tr("%1 (at the next start)").arg(languageNativeName(language))
                            : languageNativeName(language));
    }
}

} // namespace pw
