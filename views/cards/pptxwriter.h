// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace pw {

/// A text box (or, without text, a plain rectangle) on a slide. Coordinates are points on a
/// 960 × 540 slide (16:9).
struct PptxText
{
    QRectF rect;
    QStringList paragraphs; ///< one paragraph each; may be empty for a coloured rectangle
    qreal size = 18;        ///< font size in points
    bool bold = false;
    QColor color = QColor(0x1f, 0x29, 0x33);
    QColor fill;            ///< the box's fill; invalid for none
    enum class Align { Start, Center, End } align = Align::Start; ///< Start is the reading start
    bool middle = false;    ///< vertically centred instead of at the top
    bool rounded = false;   ///< rounded corners
};

/// A PNG picture on a slide.
struct PptxPicture
{
    QRectF rect;
    QByteArray png;
    QString description; ///< the alternative text
};

/// One slide: pictures first, then text boxes in order (later ones on top).
struct PptxSlide
{
    QString name;
    QColor background = QColor(Qt::white);
    QList<PptxPicture> pictures;
    QList<PptxText> texts;
};

/// Writes a PowerPoint presentation (PresentationML, 16:9) of hand-written OOXML: content types,
/// package and part relationships, one slide master with one blank layout and a theme, the
/// slides and their pictures, and the document properties. Text is real text (searchable,
/// editable), XML-escaped; with a right-to-left language every paragraph is rtl="1".
class PptxWriter
{
public:
    static constexpr qreal slideWidth = 960;  ///< points
    static constexpr qreal slideHeight = 540; ///< points

    /// `language` is the deck's language ("en", "he", "ru"): the runs' lang and the direction.
    explicit PptxWriter(const QString &language = QStringLiteral("en"));

    void setTitle(const QString &title) { m_title = title; }
    void addSlide(const PptxSlide &slide) { m_slides << slide; }
    int slideCount() const { return int(m_slides.size()); }

    /// The whole package as the bytes of a zip file; empty and `error` set on failure.
    QByteArray package(Error *error) const;
    /// Writes package() to `path` through QSaveFile.
    bool write(const QString &path, Error *error) const;

private:
    QByteArray slideXml(int index) const;
    QByteArray slideRelsXml(int index) const;

    QString m_language;
    bool m_rtl = false;
    QString m_title;
    QList<PptxSlide> m_slides;
};

} // namespace pw
