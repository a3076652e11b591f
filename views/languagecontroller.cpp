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
    : QObject(window), m_window(window), m_menu(new QMenu(tr("&Language"), window))
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QString current = applicationLanguage();
    for (const QString &language : supportedLanguages()) {
        QAction *action = m_menu->addAction(languageNativeName(language));
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    }
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
    if (language == applicationLanguage())
        return;
    QMessageBox::information(m_window, tr("Language"),
                             tr("Persona Workbench will use %1 the next time it starts.")
                                 .arg(languageNativeName(language)));
}

} // namespace pw
