// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>

namespace pw {

PresentationWindow::PresentationWindow(DeckContent content, QWidget *parent)
    : QWidget(parent, Qt::Window), m_content(std::move(content))
{
    setWindowTitle(tr("Presentation – %1").arg(m_content.projectName));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    setLayoutDirection(m_content.language == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
    m_pages = DeckPages::all(m_content, theme());
}

void PresentationWindow::present(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

QString PresentationWindow::slideTitle() const
{
    return m_pages.isEmpty() ? QString() : m_pages[m_current].title;
}

QString PresentationWindow::slideCounter() const
{
    // A left-to-right isolate (U+2066 … U+2069): in a right-to-left paragraph the figures and the
    // slash would otherwise be laid out from the right.
    return QChar(0x2066) + QStringLiteral("%1 / %2").arg(QLocale().toString(m_current + 1), QLocale().toString(slideCount()))
        + QChar(0x2069);
}

void PresentationWindow::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_pages = DeckPages::all(m_content, theme());
    update();
}

void PresentationWindow::goTo(int slide)
{
    const int clamped = qBound(0, slide, qMax(0, slideCount() - 1));
    if (clamped == m_current)
        return;
    m_current = clamped;
    update();
    Q_EMIT slideChanged(m_current);
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const PageTheme t = theme();
    painter.fillRect(rect(), t.ground);
    if (m_pages.isEmpty())
        return;
    const qreal margin = qMin(width(), height()) * 0.025;
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin * 1.6);
    m_pages[m_current].paint(painter, area);
    // The slide number, small, at the bottom's trailing end.
    QFont f = font();
    f.setPixelSize(qMax(10, int(height() * 0.018)));
    painter.setFont(f);
    painter.setPen(t.muted);
    const QRectF bottom(margin, height() - margin * 1.5, width() - 2 * margin, margin * 1.3);
    painter.drawText(bottom,
                     int(layoutDirection() == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute
                         | Qt::AlignVCenter,
                     slideCounter());
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        goTo(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        goTo(m_current - 1);
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(slideCount() - 1);
        break;
    case Qt::Key_T:
        setDarkTheme(!m_dark);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    goTo(event->button() == Qt::RightButton ? m_current - 1 : m_current + 1);
    event->accept();
}

} // namespace pw
