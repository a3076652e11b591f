// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures in square frames (the avatar's circle, an Image section on the card) show their
// centred square: a wide or tall picture is cropped, never stretched.
#include "cards/avatarpainter.h"
#include "cards/cardbody.h"
#include "cards/cardcanvas.h"

#include <QBuffer>
#include <QPainter>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// A picture in three equal bands, red | green | blue, across its longer side.
QImage bands(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    const bool wide = width >= height;
    const int band = (wide ? width : height) / 3;
    const QColor colors[] = {Qt::red, Qt::green, Qt::blue};
    for (int i = 0; i < 3; ++i)
        p.fillRect(wide ? QRect(i * band, 0, band, height) : QRect(0, i * band, width, band), colors[i]);
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Pixels of `image` that are clearly red, green or blue (antialiased edges left out).
struct BandCount
{
    int red = 0, green = 0, blue = 0;
};

BandCount countBands(const QImage &image)
{
    BandCount c;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (p.red() > 200 && p.green() < 60 && p.blue() < 60)
                ++c.red;
            else if (p.green() > 200 && p.red() < 60 && p.blue() < 60)
                ++c.green;
            else if (p.blue() > 200 && p.red() < 60 && p.green() < 60)
                ++c.blue;
        }
    }
    return c;
}

} // namespace

TEST(AvatarPainter, CentredSquareIsTheMiddleOfTheLongerSide)
{
    EXPECT_EQ(AvatarPainter::centredSquare(QSize(300, 100)), QRect(100, 0, 100, 100));
    EXPECT_EQ(AvatarPainter::centredSquare(QSize(80, 200)), QRect(0, 60, 80, 80));
    EXPECT_EQ(AvatarPainter::centredSquare(QSize(64, 64)), QRect(0, 0, 64, 64));
}

TEST(AvatarPainter, AWideOrTallPhotoIsCroppedToItsMiddleNotStretched)
{
    for (const QSize size : {QSize(300, 100), QSize(100, 300)}) {
        Persona persona;
        persona.color = QStringLiteral("#336699");
        persona.photo = png(bands(size.width(), size.height()));
        QImage canvas(120, 120, QImage::Format_ARGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        AvatarPainter::paint(painter, QRectF(0, 0, 120, 120), persona, QStringLiteral("Dana"));
        painter.end();
        const BandCount c = countBands(canvas);
        EXPECT_GT(c.green, 120 * 120 * 3 / 4 * 9 / 10) << size.width() << "x" << size.height(); // the circle, ~π/4
        EXPECT_EQ(c.red, 0) << size.width() << "x" << size.height();
        EXPECT_EQ(c.blue, 0) << size.width() << "x" << size.height();
    }
}

TEST(CardBody, AWidePictureIsCroppedToItsMiddleNotStretched)
{
    CardBlock block;
    block.title = QStringLiteral("Where she shops");
    block.kind = CardBlock::Kind::Picture;
    block.picture = png(bands(600, 200));
    QImage image(400, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const CardCanvas canvas(painter, 400, false);
    const CardBody body(canvas, {block}, QRectF(0, 0, 400, 400));
    body.draw(Qt::black);
    painter.end();
    const BandCount c = countBands(image);
    EXPECT_GT(c.green, 1000);
    EXPECT_EQ(c.red, 0);
    EXPECT_EQ(c.blue, 0);
}
