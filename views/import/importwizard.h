// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "import/pseudonymiser.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pw {

class Project;

/// The import wizard: a file → its detected format and encoding (both can be overridden) →
/// a mapping table (source column → the canonical field it is read as, with the field's type,
/// sample values, and the first rows as they will be stored) → a validation summary (good rows;
/// bad rows with line, column and reason). Finishing it hands options() to the import, which
/// runs with progress and cancel (ImportController). Mappings are remembered per project for
/// the next file of the same shape (MappingMemory).
///
/// Shop formats map their columns themselves; the mapping table is editable for the generic
/// format and for files no format recognises.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, ValidationPage };

    ImportWizard(Project &project, const QString &file, QWidget *parent = nullptr);

    QString file() const { return m_file; }
    /// The import options chosen (format, encoding, date order, column mapping).
    ImportOptions options() const;
    /// The quick preview of the first rows with the current options.
    const ImportPreview &preview() const { return m_preview; }
    /// Sets what source column `source` is read as ("" = ignored); refreshes the preview.
    void setMapping(const QString &source, const QString &target);
    /// Remembers the current mapping for files of this shape in the project.
    bool rememberMapping();

    /// Runs the full validation now, on this thread (the validation page runs it in the background).
    void validateNow();

private:
    QWidget *createFilePage();
    QWidget *createMappingPage();
    QWidget *createValidationPage();
    void refresh();
    void showDetection();
    void showMapping();
    void showValidation(const ImportPreview &full);
    void startValidation();

    Project &m_project;
    QString m_file;
    Pseudonymiser m_pseudonymiser;
    QHash<QString, QString> m_mapping;
    ImportPreview m_preview;
    bool m_updating = false;

    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QLabel *m_detection = nullptr;
    QLabel *m_mappingNote = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_rows = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_errors = nullptr;
};

} // namespace pw
