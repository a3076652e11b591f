// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace pw {

/// The Language menu: English, עברית, Русский. The choice is stored in QSettings and applies
/// when the application next starts (every window, menu and card then comes up in it at once);
/// the menu says so, keeps the tick on the language in use and marks the one chosen for later.
class LanguageController : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(QWidget *window);

    QMenu *menu() const { return m_menu; }

    /// The language stored in QSettings, or empty if none was chosen.
    static QString storedLanguage();
    static void storeLanguage(const QString &language);

private:
    void choose(const QString &language);
    /// Ticks the language in use and marks `next` (if another) as the one of the next start.
    void markNextStart(const QString &next);

    QWidget *m_window;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_note;
};

} // namespace pw
