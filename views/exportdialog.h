// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deckexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pw {

/// One export as the user asked for it: what, where and how.
struct ExportRequest
{
    enum class Format { Pdf, Pptx, Png, Json, Csv };
    Format format = Format::Pdf;
    QString path;        ///< a file, or for Png a folder
    DeckOptions options; ///< page size, orientation, PNG width, threshold, language
};

/// File > Export…: the choices `persona-cli export` offers — PDF deck, PowerPoint, a PNG per
/// card (with its width), JSON or CSV summaries; page size and orientation of the PDF; the
/// minimum segment size; the language of the export — and where to write it. The choices are
/// remembered per project (QSettings).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &projectPath, QWidget *parent = nullptr);

    ExportRequest request() const;
    void setRequest(const ExportRequest &request);

    /// The choices last made for `projectPath`, or the defaults (a PDF next to the project, in
    /// the interface language).
    static ExportRequest storedRequest(const QString &projectPath);
    static void storeRequest(const QString &projectPath, const ExportRequest &request);
    /// The file (or folder, for PNGs) named after the project beside it, e.g. "shop.pptx".
    static QString defaultPath(const QString &projectPath, ExportRequest::Format format);

    void accept() override;

private:
    void formatChanged();
    void browse();
    ExportRequest::Format format() const;

    QString m_projectPath;
    QComboBox *m_format;
    QLineEdit *m_path;
    QSpinBox *m_pngWidth;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QSpinBox *m_minSegment;
    QComboBox *m_language;
    QLabel *m_pathLabel;
    ExportRequest::Format m_lastFormat = ExportRequest::Format::Pdf;
};

} // namespace pw
