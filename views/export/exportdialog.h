// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deckexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pw {

/// One choice of the run the "What changed" page compares with, as the dialog offers it.
struct ChangeChoice
{
    QString text;       ///< e.g. "The last workshop (Run 3 · 31 Mar 2024)"
    ChangesSince since;
    QString note;       ///< what the deck will hold: the page, or why there is none
};

/// One export as the user asked for it: what, where and how.
struct ExportRequest
{
    enum class Format { Pdf, Pptx, Png, Json, Csv, Html }; ///< stored in the settings as numbers: append only
    Format format = Format::Pdf;
    QString path;        ///< a file, or for Png a folder
    DeckOptions options; ///< page size, orientation, PNG width, threshold, language
};

/// File > Export…: the choices `persona-cli export` offers — PDF deck, PowerPoint, a PNG per
/// card (with its width), JSON or CSV summaries; page size and orientation of the PDF; the
/// minimum segment size; the language of the export; the run the decks' "What changed" page
/// compares with (or none) — and where to write it. The choices are
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

    /// The runs the "What changed" page can compare with (the first is the default); without
    /// choices the dialog offers the last workshop only.
    void setChangeChoices(const QList<ChangeChoice> &choices);

    void accept() override;

private:
    void formatChanged();
    void changeChoiceChanged();
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
    QComboBox *m_since;
    QLabel *m_sinceNote;
    QList<ChangeChoice> m_choices;
    QLabel *m_pathLabel;
    ExportRequest::Format m_lastFormat = ExportRequest::Format::Pdf;
};

} // namespace pw
