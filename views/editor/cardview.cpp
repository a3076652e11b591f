// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardview.h"

#include <QPainter>
#include <QPainterPath>

namespace pw {

CardView::CardView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(420, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CardView::setPersona(const Persona &persona, const CardContext &context)
{
    m_persona = persona;
    m_context = context;
    update();
}

void CardView::clear()
{
    m_persona.reset();
    update();
}

QSize CardView::sizeHint() const
{
    return QSize(900, 640);
}

void CardView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xdf, 0xe3, 0xe8));
    if (!m_persona) {
        painter.setPen(QColor(0x37, 0x41, 0x4d));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No persona to show.\nImport customer data and choose Personas > Propose personas."));
        return;
    }
    const QSizeF natural = CardRenderer::naturalSize();
    const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
    const qreal scale = qMin(area.width() / natural.width(), area.height() / natural.height());
    const QSizeF size = natural * scale;
    const QRectF card(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                      size.height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(card.translated(3, 4), QColor(0, 0, 0, 40));
    CardRenderer::paint(painter, card, *m_persona, m_context);
    ++m_paintedCards;
}

} // namespace pw
