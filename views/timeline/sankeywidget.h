// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace pw {

/// A flow diagram (Sankey/alluvial) between two runs, drawn with QPainter: the nodes of the
/// earlier run in one column, those of the later run in the other (the earlier on the left, on
/// the right in a right-to-left layout), each as tall as its people, and a band per flow as wide
/// as its people. A flow is selected by clicking its band (or with setSelectedFlow()).
class SankeyWidget : public QWidget
{
    Q_OBJECT

public:
    struct Node
    {
        QString label;
        QColor color;
        qint64 people = 0;
        bool outside = false; ///< "new to the store" or "left the store", not a persona
    };
    struct Link
    {
        int from = 0; ///< index into the earlier column's nodes
        int to = 0;   ///< index into the later column's nodes
        qint64 people = 0;
    };

    explicit SankeyWidget(QWidget *parent = nullptr);

    /// Shows `links` between `before` and `after` (each node's people is the sum of its links'),
    /// under the column titles. Clears the selection.
    void setFlows(const QString &beforeTitle, const QList<Node> &before, const QString &afterTitle,
                  const QList<Node> &after, const QList<Link> &links);
    void clear();

    int selectedFlow() const { return m_selected; }
    /// Highlights link `index` (-1: none); emits nothing.
    void setSelectedFlow(int index);
    /// The link whose band is under `pos` (widget coordinates), or -1.
    int flowAt(const QPointF &pos) const;
    /// The band of link `index` as drawn now (widget coordinates), for tests and tooltips.
    QPainterPath flowPath(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user clicked a band (or empty space: -1).
    void flowClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutDiagram();
    /// x mirrored in a right-to-left layout.
    QRectF placed(const QRectF &ltr) const;

    QString m_beforeTitle, m_afterTitle;
    QList<Node> m_before, m_after;
    QList<Link> m_links;
    int m_selected = -1;
    int m_hovered = -1;
    // Laid out (widget coordinates).
    QList<QRectF> m_beforeRects, m_afterRects;
    QList<QPainterPath> m_paths;
    QList<QList<QPointF>> m_linkLabelAt; ///< places for each band's count: its middle, near its ends
    QList<double> m_linkWidth;
    QRectF m_beforeTitleRect, m_afterTitleRect;
    double m_labelWidth = 0;
};

} // namespace pw
