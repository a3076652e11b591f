// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QImage;
class QMenu;
class QScreen;
class QPrinter;
class QWidget;

namespace pw {

class CardView;
class PresentationWindow;
class ProjectController;

/// View > Present (F5), Edit > Copy Card (Ctrl+Shift+C) and File > Print…: the deck on a
/// projector, the shown card on the clipboard, the deck on paper. All use the deck's renderers.
class PresentationController : public QObject
{
    Q_OBJECT

public:
    PresentationController(QWidget *window, ProjectController *projects, CardView *card);

    QAction *presentAction() const { return m_presentAction; }
    QAction *copyCardAction() const { return m_copyCardAction; }
    QAction *printAction() const { return m_printAction; }
    /// View > Present On: "Automatic" or one of the screens; rebuilt each time it opens.
    QMenu *screenMenu() const { return m_screenMenu; }

    /// The screen the presentation opens on: the one chosen in screenMenu() if it is still
    /// connected, else a screen the main window is not on, else the window's screen.
    QScreen *presentationScreen() const;
    /// The index in `screens` of the screen to present on: `chosen` by name if present, else the
    /// first screen other than `windowScreen`, else `windowScreen` (or 0); -1 for no screens.
    static int chooseScreen(const QStringList &screens, int windowScreen, const QString &chosen);
    /// The name of the chosen screen, empty for automatic (remembered in QSettings).
    QString chosenScreen() const { return m_chosenScreen; }
    void setChosenScreen(const QString &name);

    /// Opens the presentation of the open project on presentationScreen(); null if none is open
    /// or it cannot be read (after saying why).
    PresentationWindow *present();
    /// The shown card as an image `width` pixels wide; a null image when no card is shown.
    QImage cardImage(int width = 1920) const;
    /// Puts the shown card on the clipboard as an image; false when no card is shown.
    bool copyCard();
    /// Prints the open project's deck on `printer`, a page per sheet (honouring its page range).
    bool printDeck(QPrinter &printer);

    /// Enables the actions for an open project.
    void setProjectOpen(bool open);

private:
    void printWithDialog();
    void fillScreenMenu();

    QWidget *m_window;
    ProjectController *m_projects;
    CardView *m_card;
    QAction *m_presentAction;
    QAction *m_copyCardAction;
    QAction *m_printAction;
    QMenu *m_screenMenu;
    QString m_chosenScreen;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace pw
