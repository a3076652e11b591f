// SPDX-License-Identifier: GPL-3.0-or-later
#include "personalistdelegate.h"

#include "personalistmodel.h"

#include <QApplication>
#include <QPainter>

namespace pw {

namespace {

constexpr int kPadding = 7;
constexpr int kSwatch = 16;
constexpr int kGap = 9;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont figuresFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 9);
    return font;
}

} // namespace

QSize PersonaListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int height = QFontMetrics(nameFont(option.font)).height() + QFontMetrics(figuresFont(option.font)).height()
        + 2 * kPadding + 2;
    return {200, height};
}

void PersonaListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background, selection and focus as the style draws them; the content is ours.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.72);

    const QRect content = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFont name = nameFont(option.font);
    const QFont figures = figuresFont(option.font);
    const QFontMetrics nameMetrics(name);
    const QFontMetrics figuresMetrics(figures);

    // The swatch at the reading start, level with the name.
    const QRect swatchLogical(content.left(), content.top() + (nameMetrics.height() - kSwatch) / 2, kSwatch, kSwatch);
    const QRect swatch = QStyle::visualRect(option.direction, content, swatchLogical);
    QColor color = index.data(PersonaListModel::ColorRole).value<QColor>();
    if (!color.isValid())
        color = Qt::gray;
    painter->setPen(QPen(selected ? text : color.darker(140), 1.2));
    painter->setBrush(color);
    painter->drawEllipse(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5));

    const int textStart = content.left() + kSwatch + kGap;
    const QRect nameLogical(textStart, content.top(), content.right() - textStart + 1, nameMetrics.height());
    const QRect figuresLogical(textStart, nameLogical.bottom() + 3, nameLogical.width(), figuresMetrics.height());
    const Qt::Alignment align = Qt::AlignLeading | Qt::AlignVCenter;

    painter->setFont(name);
    painter->setPen(text);
    painter->drawText(QStyle::visualRect(option.direction, content, nameLogical), align,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameLogical.width()));
    painter->setFont(figures);
    painter->setPen(muted);
    painter->drawText(QStyle::visualRect(option.direction, content, figuresLogical), align,
                      figuresMetrics.elidedText(index.data(PersonaListModel::FiguresRole).toString(), Qt::ElideRight,
                                                figuresLogical.width()));
    painter->restore();
}

} // namespace pw
