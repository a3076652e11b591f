// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationcontroller.h"

#include "cardrenderer.h"
#include "editor/cardview.h"
#include "deckpages.h"
#include "language.h"
#include "presentationwindow.h"
#include "frame/projectcontroller.h"
#include "store/project.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <QWindow>

namespace pw {

PresentationController::PresentationController(QWidget *window, ProjectController *projects, CardView *card)
    : QObject(window), m_window(window), m_projects(projects), m_card(card),
      m_presentAction(new QAction(tr("&Present"), this)), m_copyCardAction(new QAction(tr("Copy &Card"), this)),
      m_printAction(new QAction(tr("&Print…"), this)), m_screenMenu(new QMenu(tr("Present &On"), window)),
      m_chosenScreen(QSettings().value(QStringLiteral("presentation/screen")).toString())
{
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setStatusTip(tr("Show the deck full screen, a persona per slide"));
    m_copyCardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCardAction->setStatusTip(tr("Copy the shown card to the clipboard as an image"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the persona deck"));
    connect(m_presentAction, &QAction::triggered, this, [this] { present(); });
    connect(m_copyCardAction, &QAction::triggered, this, [this] { copyCard(); });
    connect(m_printAction, &QAction::triggered, this, &PresentationController::printWithDialog);
    connect(m_screenMenu, &QMenu::aboutToShow, this, &PresentationController::fillScreenMenu);
    fillScreenMenu();
    setProjectOpen(false);
}

void PresentationController::setProjectOpen(bool open)
{
    m_presentAction->setEnabled(open);
    m_copyCardAction->setEnabled(open);
    m_printAction->setEnabled(open);
}

PresentationWindow *PresentationController::present()
{
    Project *project = m_projects->project();
    if (!project)
        return nullptr;
    Error error;
    std::optional<DeckContent> content =
        DeckContent::load(*project, applicationLanguage(), DeckContent().minSegment, &error);
    if (!content) {
        QMessageBox::warning(m_window, tr("Presentation"), tr("The deck cannot be read: %1").arg(error.toString()));
        return nullptr;
    }
    // What changed since the last workshop, as the exported decks show it; the deck's run is then
    // noted as this workshop's. Neither stops the presentation.
    Error changes;
    if (!content->loadChanges(*project, ChangesSince(), &changes))
        qWarning("The \"What changed\" page cannot be read: %s", qPrintable(changes.toString()));
    Error note;
    if (!content->noteWorkshop(*project, &note))
        qWarning("The deck's run cannot be noted as the last workshop's: %s", qPrintable(note.toString()));
    if (m_presentation)
        m_presentation->close();
    m_presentation = new PresentationWindow(std::move(*content));
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    m_presentation->present(presentationScreen());
    return m_presentation;
}

int PresentationController::chooseScreen(const QStringList &screens, int windowScreen, const QString &chosen)
{
    if (screens.isEmpty())
        return -1;
    if (!chosen.isEmpty() && screens.contains(chosen))
        return int(screens.indexOf(chosen));
    if (screens.size() > 1)
        for (int i = 0; i < screens.size(); ++i)
            if (i != windowScreen)
                return i;
    return qBound(0, windowScreen, int(screens.size()) - 1);
}

QScreen *PresentationController::presentationScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QStringList names;
    for (const QScreen *screen : screens)
        names << screen->name();
    const QWindow *handle = m_window->window()->windowHandle();
    const int current = handle ? int(screens.indexOf(handle->screen())) : -1;
    const int index = chooseScreen(names, current, m_chosenScreen);
    return index >= 0 ? screens[index] : nullptr;
}

void PresentationController::setChosenScreen(const QString &name)
{
    m_chosenScreen = name;
    QSettings().setValue(QStringLiteral("presentation/screen"), name);
}

void PresentationController::fillScreenMenu()
{
    m_screenMenu->clear();
    auto *group = new QActionGroup(m_screenMenu);
    const QList<QScreen *> screens = QGuiApplication::screens();
    const auto add = [this, group](const QString &text, const QString &name, bool checked) {
        QAction *action = m_screenMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { setChosenScreen(name); });
    };
    bool chosenConnected = false;
    for (const QScreen *screen : screens)
        chosenConnected = chosenConnected || screen->name() == m_chosenScreen;
    add(tr("Automatic (another screen than the window's)"), QString(), !chosenConnected);
    m_screenMenu->addSeparator();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *screen = screens[i];
        const QString name = screen->name().isEmpty() ? QString::number(i + 1) : screen->name();
        add(tr("Screen %1: %2 (%3 × %4)")
                .arg(QLocale().toString(i + 1), name, QLocale().toString(screen->size().width()),
                     QLocale().toString(screen->size().height())),
            screen->name(), chosenConnected && screen->name() == m_chosenScreen);
    }
}

QImage PresentationController::cardImage(int width) const
{
    if (!m_card->persona())
        return QImage();
    const QSizeF natural = CardRenderer::naturalSize();
    const int height = qRound(width * natural.height() / natural.width());
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    CardRenderer::paint(painter, QRectF(0, 0, width, height), *m_card->persona(), m_card->context());
    return image;
}

bool PresentationController::copyCard()
{
    const QImage image = cardImage();
    if (image.isNull())
        return false;
    QApplication::clipboard()->setImage(image);
    return true;
}

bool PresentationController::printDeck(QPrinter &printer)
{
    Project *project = m_projects->project();
    if (!project)
        return false;
    Error error;
    std::optional<DeckContent> content =
        DeckContent::load(*project, applicationLanguage(), DeckContent().minSegment, &error);
    if (!content || !content->loadChanges(*project, ChangesSince(), &error)) {
        QMessageBox::warning(m_window, tr("Print"), tr("The deck cannot be read: %1").arg(error.toString()));
        return false;
    }
    const QList<DeckPage> pages = DeckPages::all(*content);
    int first = 1;
    int last = int(pages.size());
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = qMax(1, printer.fromPage());
        last = qMin(last, printer.toPage() > 0 ? printer.toPage() : last);
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF area(QPointF(0, 0), printer.pageRect(QPrinter::DevicePixel).size());
    for (int i = first; i <= last; ++i) {
        if (i > first)
            printer.newPage();
        pages[i - 1].paint(painter, area);
    }
    painter.end();
    return true;
}

void PresentationController::printWithDialog()
{
    if (!m_projects->project())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print the persona deck"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printDeck(printer);
}

} // namespace pw
