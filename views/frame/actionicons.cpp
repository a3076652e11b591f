// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionicons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace pw {

QIcon actionIcon(ActionIcon which)
{
    const char *name = which == ActionIcon::Import    ? "import"
                       : which == ActionIcon::Propose ? "propose"
                       : which == ActionIcon::Export  ? "export"
                                                      : "present";
    QSvgRenderer renderer(QStringLiteral(":/toolbar/%1.svg").arg(QLatin1String(name)));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    // The sizes toolbars and menus ask for, and their doubles for high-density screens.
    for (const int size : {16, 20, 22, 24, 32, 40, 44, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace pw
