// SPDX-License-Identifier: GPL-3.0-or-later
#include "sankeywidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QTransform>

#include <algorithm>

namespace pw {

namespace {

constexpr double kMargin = 10;
constexpr double kBar = 14;
constexpr double kGap = 10;
constexpr double kLabelGap = 6;

} // namespace

SankeyWidget::SankeyWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sankey"));
    setMouseTracking(true);
    setMinimumHeight(220);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SankeyWidget::setFlows(const QString &beforeTitle, const QList<Node> &before, const QString &afterTitle,
                            const QList<Node> &after, const QList<Link> &links)
{
    m_beforeTitle = beforeTitle;
    m_afterTitle = afterTitle;
    m_before = before;
    m_after = after;
    m_links = links;
    for (Node &n : m_before)
        n.people = 0;
    for (Node &n : m_after)
        n.people = 0;
    for (const Link &l : m_links) {
        if (l.from >= 0 && l.from < m_before.size())
            m_before[l.from].people += l.people;
        if (l.to >= 0 && l.to < m_after.size())
            m_after[l.to].people += l.people;
    }
    m_selected = -1;
    m_hovered = -1;
    layoutDiagram();
    update();
}

void SankeyWidget::clear()
{
    setFlows(QString(), {}, QString(), {}, {});
}

void SankeyWidget::setSelectedFlow(int index)
{
    const int wanted = index >= 0 && index < m_links.size() ? index : -1;
    if (wanted == m_selected)
        return;
    m_selected = wanted;
    update();
}

int SankeyWidget::flowAt(const QPointF &pos) const
{
    // The thinnest band on top wins where bands cross: it is the one drawn last (see paintEvent).
    int found = -1;
    double width = 0;
    for (int i = 0; i < m_paths.size(); ++i)
        if (m_paths[i].contains(pos) && (found < 0 || m_linkWidth[i] < width)) {
            found = i;
            width = m_linkWidth[i];
        }
    return found;
}

QPainterPath SankeyWidget::flowPath(int index) const
{
    return index >= 0 && index < m_paths.size() ? m_paths[index] : QPainterPath();
}

QSize SankeyWidget::sizeHint() const
{
    return {640, 360};
}

QSize SankeyWidget::minimumSizeHint() const
{
    return {320, 220};
}

QRectF SankeyWidget::placed(const QRectF &ltr) const
{
    if (layoutDirection() != Qt::RightToLeft)
        return ltr;
    return QRectF(width() - ltr.right(), ltr.top(), ltr.width(), ltr.height());
}

void SankeyWidget::layoutDiagram()
{
    m_beforeRects.clear();
    m_afterRects.clear();
    m_paths.clear();
    m_linkLabelAt.clear();
    m_linkWidth.clear();
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    // Room for the labels beside the columns: the longest, up to a quarter of the width each.
    double label = 0;
    const QLocale locale;
    for (const QList<Node> *column : {&m_before, &m_after})
        for (const Node &n : *column)
            label = std::max({label, fmBold.horizontalAdvance(n.label), fm.horizontalAdvance(locale.toString(n.people))});
    m_labelWidth = std::min(label + 2, std::max(60.0, width() / 4.0));

    const double titleHeight = fmBold.height() + 8;
    m_beforeTitleRect = placed(QRectF(kMargin, kMargin, width() / 2.0 - kMargin, titleHeight));
    m_afterTitleRect = placed(QRectF(width() / 2.0, kMargin, width() / 2.0 - kMargin, titleHeight));
    const double top = kMargin + titleHeight;
    const double height = std::max(10.0, double(this->height()) - top - kMargin);
    const double leftBar = kMargin + m_labelWidth + kLabelGap;
    const double rightBar = width() - kMargin - m_labelWidth - kLabelGap - kBar;

    // One scale for both columns, so a band is as wide at both ends.
    qint64 totalBefore = 0, totalAfter = 0;
    for (const Node &n : m_before)
        totalBefore += n.people;
    for (const Node &n : m_after)
        totalAfter += n.people;
    double scale = 0;
    auto fit = [&](const QList<Node> &column, qint64 total) {
        if (total <= 0)
            return;
        const double room = height - kGap * double(std::max<qsizetype>(0, column.size() - 1));
        const double s = std::max(0.0, room) / double(total);
        scale = scale == 0 ? s : std::min(scale, s);
    };
    fit(m_before, totalBefore);
    fit(m_after, totalAfter);
    auto stack = [&](const QList<Node> &column, double x, QList<QRectF> &rects) {
        double y = top;
        for (const Node &n : column) {
            const double h = n.people > 0 ? std::max(2.0, double(n.people) * scale) : 0.0;
            rects << QRectF(x, y, kBar, h);
            y += h + (n.people > 0 ? kGap : 0);
        }
    };
    stack(m_before, leftBar, m_beforeRects);
    stack(m_after, rightBar, m_afterRects);

    // The bands leave each earlier node in the order of their later nodes, and enter each later
    // node in the order of their earlier ones, so that they cross as little as they can.
    QList<int> order(m_links.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    QList<double> fromOffset(m_before.size(), 0.0), toOffset(m_after.size(), 0.0);
    QList<double> y0(m_links.size()), y1(m_links.size());
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return std::make_pair(m_links[a].from, m_links[a].to) < std::make_pair(m_links[b].from, m_links[b].to);
    });
    for (int i : order) {
        const Link &l = m_links[i];
        if (l.from >= 0 && l.from < m_beforeRects.size()) {
            y0[i] = m_beforeRects[l.from].top() + fromOffset[l.from];
            fromOffset[l.from] += double(l.people) * scale;
        }
    }
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return std::make_pair(m_links[a].to, m_links[a].from) < std::make_pair(m_links[b].to, m_links[b].from);
    });
    for (int i : order) {
        const Link &l = m_links[i];
        if (l.to >= 0 && l.to < m_afterRects.size()) {
            y1[i] = m_afterRects[l.to].top() + toOffset[l.to];
            toOffset[l.to] += double(l.people) * scale;
        }
    }
    const double x0 = leftBar + kBar, x1 = rightBar, mid = (x0 + x1) / 2;
    QTransform mirror;
    if (layoutDirection() == Qt::RightToLeft)
        mirror = QTransform(-1, 0, 0, 1, width(), 0);
    for (int i = 0; i < m_links.size(); ++i) {
        const double w = std::max(1.0, double(m_links[i].people) * scale);
        QPainterPath path;
        path.moveTo(x0, y0[i]);
        path.cubicTo(mid, y0[i], mid, y1[i], x1, y1[i]);
        path.lineTo(x1, y1[i] + w);
        path.cubicTo(mid, y1[i] + w, mid, y0[i] + w, x0, y0[i] + w);
        path.closeSubpath();
        m_paths << mirror.map(path);
        // Points on the band's centre line (the cubic Bézier of its edges) at t = ½, 0.8 and 0.2.
        QList<QPointF> places;
        for (const double t : {0.5, 0.8, 0.2}) {
            const double u = 1 - t;
            const double x = x0 * u * u * u + 3 * mid * u * u * t + 3 * mid * u * t * t + x1 * t * t * t;
            const double y = y0[i] + (y1[i] - y0[i]) * (3 * t * t - 2 * t * t * t) + w / 2;
            places << mirror.map(QPointF(x, y));
        }
        m_linkLabelAt << places;
        m_linkWidth << w;
    }
    for (QRectF &r : m_beforeRects)
        r = placed(r);
    for (QRectF &r : m_afterRects)
        r = placed(r);
}

void SankeyWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QLocale locale;
    if (m_links.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No people in these runs."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font());

    // Bands: the selected one last, on top, and the others faded while one is selected.
    QList<int> drawOrder;
    for (int i = 0; i < m_links.size(); ++i)
        if (i != m_selected)
            drawOrder << i;
    if (m_selected >= 0)
        drawOrder << m_selected;
    for (int i : drawOrder) {
        const Link &l = m_links[i];
        QColor fill = l.from >= 0 && l.from < m_before.size() ? m_before[l.from].color : QColor(Qt::gray);
        if (l.from >= 0 && l.from < m_before.size() && m_before[l.from].outside && l.to >= 0 && l.to < m_after.size())
            fill = m_after[l.to].color; // newcomers take the colour of where they go
        int alpha = 120;
        if (i == m_selected)
            alpha = 215;
        else if (i == m_hovered)
            alpha = 170;
        else if (m_selected >= 0)
            alpha = 55;
        fill.setAlpha(alpha);
        p.setPen(i == m_selected ? QPen(pal.color(QPalette::Text), 1.5) : Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(m_paths[i]);
    }
    // The number of people on each band wide enough to hold it.
    // A count that would cover another goes further along its band, or is left to the table and
    // the tooltip.
    p.setFont(font());
    QList<QRectF> taken;
    QList<int> labelOrder = drawOrder;
    std::reverse(labelOrder.begin(), labelOrder.end()); // the selected band's count first
    for (int i : labelOrder) {
        if (m_linkWidth[i] < fm.height() && i != m_selected)
            continue;
        const QString text = locale.toString(m_links[i].people);
        QRectF box(0, 0, fm.horizontalAdvance(text) + 8, fm.height() + 2);
        bool placedFree = false;
        for (const QPointF &at : m_linkLabelAt[i]) {
            box.moveCenter(at);
            if (std::none_of(taken.cbegin(), taken.cend(), [&box](const QRectF &r) { return r.intersects(box); })) {
                placedFree = true;
                break;
            }
        }
        if (!placedFree)
            continue;
        taken << box;
        QColor back = pal.color(QPalette::Base);
        back.setAlpha(200);
        p.setPen(Qt::NoPen);
        p.setBrush(back);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter, text);
    }
    // Nodes and their labels, on the outer side of each column.
    auto drawColumn = [&](const QList<Node> &nodes, const QList<QRectF> &rects) {
        for (int i = 0; i < nodes.size() && i < rects.size(); ++i) {
            if (nodes[i].people <= 0)
                continue;
            const QRectF &r = rects[i];
            p.setPen(Qt::NoPen);
            p.setBrush(nodes[i].color);
            p.drawRect(r);
            const bool labelLeft = r.center().x() < width() / 2.0;
            const double h = fm.height() * 2;
            QRectF text(labelLeft ? r.left() - kLabelGap - m_labelWidth : r.right() + kLabelGap,
                        r.center().y() - h / 2, m_labelWidth, h);
            const Qt::Alignment align = (labelLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
            QFontMetricsF fmBold(bold);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRectF(text.left(), text.top(), text.width(), fm.height()), align | Qt::AlignVCenter,
                       fmBold.elidedText(nodes[i].label, Qt::ElideRight, text.width()));
            p.setFont(font());
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(text.left(), text.top() + fm.height(), text.width(), fm.height()), align | Qt::AlignVCenter,
                       locale.toString(nodes[i].people));
        }
    };
    drawColumn(m_before, m_beforeRects);
    drawColumn(m_after, m_afterRects);
    // The runs' titles above their columns, at the outer edges.
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    p.drawText(m_beforeTitleRect, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter,
               m_beforeTitle);
    p.drawText(m_afterTitleRect, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute | Qt::AlignVCenter,
               m_afterTitle);
}

void SankeyWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutDiagram();
}

void SankeyWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        layoutDiagram();
        update();
    }
}

void SankeyWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int index = flowAt(event->position());
    setSelectedFlow(index);
    Q_EMIT flowClicked(index);
}

void SankeyWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int index = flowAt(event->position());
    if (index != m_hovered) {
        m_hovered = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

bool SankeyWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = flowAt(help->pos());
        if (index >= 0) {
            const Link &l = m_links[index];
            const QString from = l.from >= 0 && l.from < m_before.size() ? m_before[l.from].label : QString();
            const QString to = l.to >= 0 && l.to < m_after.size() ? m_after[l.to].label : QString();
            QToolTip::showText(help->globalPos(),
                               tr("%1 → %2: %3 people").arg(from, to, QLocale().toString(l.people)), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace pw
