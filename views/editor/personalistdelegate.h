// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pw {

/// Draws a row of the persona list (PersonaListModel): the persona's colour as a round swatch,
/// its name, and under it, smaller, its size and share of revenue (FiguresRole). Mirrors in a
/// right-to-left layout; follows the palette (selection, dark themes).
class PersonaListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pw
