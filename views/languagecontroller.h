// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace pw {

/// The Language menu: English, עברית, Русский. The choice is stored in QSettings and applies
/// when the application next starts (every window, menu and card then comes up in it at once).
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

    QWidget *m_window;
    QMenu *m_menu;
};

} // namespace pw
