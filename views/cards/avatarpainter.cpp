// SPDX-License-Identifier: GPL-3.0-or-later
#include "avatarpainter.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace pw {

QString AvatarPainter::initials(const QString &name)
{
    QString result;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetter())
            result += word.at(0).toUpper();
        if (result.size() == 2)
            break;
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QColor AvatarPainter::personaColor(const Persona &persona)
{
    const QColor c = QColor::fromString(persona.color);
    return c.isValid() ? c : QColor(0x45, 0x5a, 0x64);
}

QRect AvatarPainter::centredSquare(const QSize &size)
{
    const int side = qMin(size.width(), size.height());
    return QRect((size.width() - side) / 2, (size.height() - side) / 2, side, side);
}

QByteArray AvatarPainter::squarePng(const QImage &image, int size)
{
    if (image.isNull())
        return {};
    const QImage square = image.copy(centredSquare(image.size()))
                              .scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    square.save(&buffer, "PNG");
    return bytes;
}

void AvatarPainter::paint(QPainter &painter, const QRectF &rect, const Persona &persona, const QString &name,
                          const QColor &ringColor)
{
    const QColor color = personaColor(persona);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF circle(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    QPainterPath clip;
    clip.addEllipse(circle);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color.darker(135));
    painter.drawEllipse(circle);
    const QImage photo = persona.photo.isEmpty() ? QImage() : QImage::fromData(persona.photo);
    if (!photo.isNull()) {
        painter.setClipPath(clip, Qt::IntersectClip);
        painter.drawImage(circle, photo, centredSquare(photo.size()));
    } else if (persona.avatarStyle == QLatin1String("illustration")) {
        // An illustrative bust: shoulders and a head in light tints of the persona colour.
        painter.setClipPath(clip, Qt::IntersectClip);
        painter.setBrush(color.lighter(150));
        painter.drawEllipse(QRectF(circle.left() + side * 0.14, circle.top() + side * 0.66, side * 0.72, side * 0.62));
        painter.setBrush(color.lighter(175));
        painter.drawEllipse(QRectF(circle.left() + side * 0.32, circle.top() + side * 0.2, side * 0.36, side * 0.4));
    } else {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setWeight(QFont::Bold);
        font.setPixelSize(qMax(1, qRound(side * 0.36)));
        // Pixel sizes follow the painter's transformation, so the initials scale with the card.
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(circle, Qt::AlignCenter, initials(name));
    }
    painter.restore();
    if (ringColor.isValid()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ringColor, qMax(1.0, side / 32)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle);
        painter.restore();
    }
}

} // namespace pw
