// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "frame/backgroundtask.h"
#include "import/canonicalschema.h"
#include "import/formatregistry.h"
#include "import/importformat.h"
#include "import/mappingmemory.h"
#include "language.h"
#include "store/project.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace pw {

namespace {

constexpr int kSampleRows = 8;
constexpr qint64 kQuickRecords = 500;
constexpr int kShownErrors = 200;

/// A wizard page whose widgets the wizard builds and whose entry the wizard handles.
class Page : public QWizardPage
{
public:
    Page(const QString &title, const QString &subtitle, QWidget *body, std::function<void()> onEnter)
        : m_onEnter(std::move(onEnter))
    {
        setTitle(title);
        setSubTitle(subtitle);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(body);
    }
    void initializePage() override
    {
        if (m_onEnter)
            m_onEnter();
    }

private:
    std::function<void()> m_onEnter;
};

/// Every canonical field name once, in entity order: what a column can be read as.
QStringList canonicalTargets()
{
    QStringList names;
    for (Entity e : {Entity::Customers, Entity::Orders, Entity::OrderItems, Entity::Events, Entity::Reviews}) {
        for (const CanonicalField &f : CanonicalSchema::fields(e)) {
            if (!names.contains(f.name))
                names.append(f.name);
        }
    }
    return names;
}

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QCoreApplication::translate("ImportWizard", "text");
    case FieldType::Key:
        return QCoreApplication::translate("ImportWizard", "identifier");
    case FieldType::EventType:
        return QCoreApplication::translate("ImportWizard", "event type");
    case FieldType::Date:
        return QCoreApplication::translate("ImportWizard", "date");
    case FieldType::Number:
        return QCoreApplication::translate("ImportWizard", "number");
    case FieldType::Integer:
        return QCoreApplication::translate("ImportWizard", "whole number");
    case FieldType::Bool:
        return QCoreApplication::translate("ImportWizard", "yes/no");
    case FieldType::Rating:
        return QCoreApplication::translate("ImportWizard", "rating 1–5");
    case FieldType::Nps:
        return QCoreApplication::translate("ImportWizard", "NPS 0–10");
    }
    return QString();
}

/// The type of the canonical field `name` in `entity` (or in any entity).
QString typeOf(const QString &name, Entity entity)
{
    int index = CanonicalSchema::fieldIndex(entity, name);
    if (index >= 0)
        return typeName(CanonicalSchema::fields(entity)[index].type);
    for (Entity e : {Entity::Customers, Entity::Orders, Entity::OrderItems, Entity::Events, Entity::Reviews}) {
        index = CanonicalSchema::fieldIndex(e, name);
        if (index >= 0)
            return typeName(CanonicalSchema::fields(e)[index].type);
    }
    return QString();
}

/// What a file of `entity` holds, for people.
QString entityText(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return QCoreApplication::translate("ImportWizard", "customers");
    case Entity::Orders:
        return QCoreApplication::translate("ImportWizard", "orders");
    case Entity::OrderItems:
        return QCoreApplication::translate("ImportWizard", "order items");
    case Entity::Events:
        return QCoreApplication::translate("ImportWizard", "events");
    case Entity::Reviews:
        return QCoreApplication::translate("ImportWizard", "reviews");
    case Entity::PersonFeatures:
        return QCoreApplication::translate("ImportWizard", "features per person");
    }
    return QString();
}

QString storedText(const QVariant &value, FieldType type)
{
    if (value.isNull())
        return QString();
    if (type == FieldType::Date)
        return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    if (type == FieldType::Number)
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

} // namespace

ImportWizard::ImportWizard(Project &project, const QString &file, QWidget *parent)
    : QWizard(parent), m_project(project), m_file(file)
{
    setWindowTitle(tr("Import %1").arg(isolated(QFileInfo(file).fileName())));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    // Qt's "< Back" and "Next >" point the wrong way in a right-to-left layout: no arrows.
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::NextButton, tr("Next"));
    Error error;
    if (!Pseudonymiser::forProject(project, m_pseudonymiser, error))
        m_pseudonymiser = Pseudonymiser(QByteArray(), true);

    setPage(FilePage, new Page(tr("File"), tr("What the file is, as detected. Change it if the detection is wrong."),
                               createFilePage(), [this] { refresh(); }));
    setPage(MappingPage, new Page(tr("Columns"), tr("What each column is read as, and the first rows as they will be stored."),
                                  createMappingPage(), [this] { showMapping(); }));
    setPage(ValidationPage, new Page(tr("Check"), tr("Every row checked before anything is written."),
                                     createValidationPage(), [this] { startValidation(); }));
    resize(900, 620);
    refresh();
}

QWidget *ImportWizard::createFilePage()
{
    auto *body = new QWidget;
    auto *form = new QFormLayout(body);
    auto *name = new QLabel(QDir::toNativeSeparators(m_file));
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A path reads left to right but sits beside its label, also in a right-to-left layout.
    name->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                       | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    form->addRow(tr("File:"), name);

    m_format = new QComboBox;
    m_format->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    for (const ImportFormat *format : FormatRegistry::formats())
        m_format->addItem(format->displayName(), format->shortName());
    form->addRow(tr("Format:"), m_format);

    m_encoding = new QComboBox;
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const char *encoding : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "windows-1251", "windows-1255"})
        m_encoding->addItem(QString::fromLatin1(encoding), QString::fromLatin1(encoding));
    form->addRow(tr("Text encoding:"), m_encoding);

    m_dateOrder = new QComboBox;
    m_dateOrder->addItem(tr("Decide from the dates"), int(DateOrderChoice::Auto));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), int(DateOrderChoice::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), int(DateOrderChoice::MonthFirst));
    form->addRow(tr("Dates like 03/04/2024:"), m_dateOrder);

    m_detection = new QLabel;
    m_detection->setWordWrap(true);
    form->addRow(m_detection);

    for (QComboBox *box : {m_format, m_encoding, m_dateOrder})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refresh();
        });
    return body;
}

QWidget *ImportWizard::createMappingPage()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_mappingNote = new QLabel;
    m_mappingNote->setWordWrap(true);
    layout->addWidget(m_mappingNote);
    m_columns = new QTableWidget(0, 4);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Read as"), tr("Type"), tr("Values")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setWordWrap(false); // long ids are elided, not wrapped into a row too low for two lines
    layout->addWidget(m_columns, 3);
    layout->addWidget(new QLabel(tr("First rows as they will be stored:")));
    m_rows = new QTableWidget;
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_rows, 2);
    return body;
}

QWidget *ImportWizard::createValidationPage()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel;
    m_summary->setWordWrap(true); // a file's notes and the columns it leaves out can be long
    layout->addWidget(m_summary);
    m_errors = new QTableWidget(0, 4);
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value's column"), tr("Problem")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_errors);
    return body;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.format = m_format->currentData().toString();
    options.encoding = m_encoding->currentData().toString();
    options.dateOrder = DateOrderChoice(m_dateOrder->currentData().toInt());
    options.columnNames = m_mapping;
    options.maxReportedErrors = kShownErrors;
    return options;
}

void ImportWizard::refresh()
{
    m_preview = previewImport(m_file, options(), m_pseudonymiser, kSampleRows, nullptr, kQuickRecords);
    if (m_mapping.isEmpty() && !m_preview.sourceHeader.isEmpty()) {
        const QHash<QString, QString> remembered = MappingMemory::load(m_project, m_preview.sourceHeader);
        if (!remembered.isEmpty()) {
            m_mapping = remembered;
            m_preview = previewImport(m_file, options(), m_pseudonymiser, kSampleRows, nullptr, kQuickRecords);
        }
    }
    showDetection();
    if (currentId() == MappingPage)
        showMapping();
}

void ImportWizard::showDetection()
{
    const QLocale locale;
    QStringList lines;
    if (!m_preview.format.isEmpty())
        lines << tr("Detected: %1, %2.").arg(m_preview.formatName, entityText(m_preview.entity));
    if (!m_preview.encoding.isEmpty()) {
        QString delimiter = m_preview.delimiter == QLatin1Char('\t') ? tr("tab") : QString(m_preview.delimiter);
        lines << (m_preview.delimiter.isNull() ? tr("Excel workbook.")
                                               : tr("Encoding %1, columns separated by “%2”.").arg(m_preview.encoding, delimiter));
        lines << tr("%n column(s).", nullptr, int(m_preview.sourceHeader.size()));
    }
    if (m_preview.fatal.isSet())
        lines << tr("Not recognised: %1").arg(m_preview.fatal.message) << tr("Map the columns on the next page.");
    for (const QString &warning : m_preview.warnings)
        lines << warning;
    if (!m_mapping.isEmpty())
        lines << tr("A column mapping remembered for files of this shape is applied.");
    Q_UNUSED(locale)
    m_detection->setText(lines.join(QLatin1Char('\n')));
}

void ImportWizard::showMapping()
{
    m_updating = true;
    const ImportFormat *format = FormatRegistry::find(m_preview.format);
    const bool editable = !format || format->shortName() == QLatin1String("generic");
    m_mappingNote->setText(editable ? tr("Choose what each column holds. Columns read as nothing are ignored.")
                                    : tr("The %1 format reads these columns itself. To map them yourself, choose the "
                                         "generic format on the previous page.").arg(m_preview.formatName));
    const QStringList targets = canonicalTargets();
    m_columns->setRowCount(int(m_preview.sourceHeader.size()));
    for (int c = 0; c < m_preview.sourceHeader.size(); ++c) {
        const QString source = m_preview.sourceHeader[c].trimmed();
        m_columns->setItem(c, 0, new QTableWidgetItem(source));
        m_columns->item(c, 0)->setFlags(Qt::ItemIsEnabled);
        if (QWidget *old = m_columns->cellWidget(c, 1))
            old->hide(); // deleted later by the view
        m_columns->removeCellWidget(c, 1);
        // A column the import stores nowhere says so, whatever its name suggests.
        const bool unread = m_preview.unreadColumns.contains(c);
        if (!editable) {
            // The format reads its columns itself: no mapping to show or change.
            m_columns->setItem(c, 1, new QTableWidgetItem());
            m_columns->setItem(c, 2, new QTableWidgetItem(unread ? tr("not imported") : QString()));
        } else {
            // What the column is read as: the field the format reads it as (by its name, a
            // synonym of it or the mapping), else the field it is named or mapped to (stored
            // nowhere when the file's entity has no such field), else nothing (an ignored
            // column's name starts with \x1f).
            QString current = m_preview.columnFields.value(c);
            if (current.isEmpty()) {
                current = m_preview.header.value(c).trimmed().toLower();
                if (!targets.contains(current))
                    current.clear();
            }
            auto *box = new QComboBox;
            box->addItem(tr("(nothing)"), QString());
            for (const QString &t : targets)
                box->addItem(CanonicalSchema::displayName(t), t);
            box->setCurrentIndex(qMax(0, box->findData(current)));
            connect(box, &QComboBox::currentIndexChanged, this, [this, box, source] {
                if (!m_updating)
                    setMapping(source, box->currentData().toString());
            });
            m_columns->setCellWidget(c, 1, box);
            m_columns->setItem(c, 2, new QTableWidgetItem(unread ? tr("not imported")
                                                                 : typeOf(box->currentData().toString(), m_preview.entity)));
        }
        QStringList values;
        for (const QStringList &record : m_preview.sampleRecords) {
            if (c < record.size() && !record[c].trimmed().isEmpty() && values.size() < 3)
                values << record[c].simplified(); // a comment's line breaks as spaces
        }
        m_columns->setItem(c, 3, new QTableWidgetItem(values.join(QStringLiteral("  ·  "))));
    }
    for (int c = 0; c < 3; ++c) // the last column stretches over the rest
        m_columns->resizeColumnToContents(c);

    const QList<CanonicalField> &fields = CanonicalSchema::fields(m_preview.entity);
    m_rows->clear();
    m_rows->setColumnCount(m_preview.format.isEmpty() ? 0 : int(fields.size()));
    m_rows->setRowCount(m_preview.format.isEmpty() ? 0 : int(m_preview.sampleRows.size()));
    QStringList names;
    for (const CanonicalField &f : fields)
        names << CanonicalSchema::displayName(f.name);
    m_rows->setHorizontalHeaderLabels(names);
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        for (int f = 0; f < fields.size(); ++f)
            m_rows->setItem(r, f, new QTableWidgetItem(storedText(m_preview.sampleRows[r].values.value(f), fields[f].type)));
    }
    m_rows->resizeColumnsToContents();
    m_updating = false;
}

void ImportWizard::setMapping(const QString &source, const QString &target)
{
    if (target == source)
        m_mapping.remove(source);
    else
        m_mapping.insert(source, target);
    m_preview = previewImport(m_file, options(), m_pseudonymiser, kSampleRows, nullptr, kQuickRecords);
    showDetection();
    showMapping();
}

bool ImportWizard::rememberMapping()
{
    if (m_preview.sourceHeader.isEmpty())
        return false;
    return MappingMemory::save(m_project, m_preview.sourceHeader, m_mapping);
}

void ImportWizard::showValidation(const ImportPreview &full)
{
    const QLocale locale;
    QStringList lines;
    if (full.fatal.isSet()) {
        lines << tr("This file cannot be imported: %1").arg(full.fatal.toString());
    } else {
        lines << tr("%1 rows read: %2 good, %3 with problems.")
                     .arg(locale.toString(full.rowsRead), locale.toString(full.rowsGood), locale.toString(full.rowsBad));
        if (full.rowsSkipped > 0)
            lines << tr("%1 rows without a customer are anonymous and will not be imported.").arg(locale.toString(full.rowsSkipped));
        if (full.rowsBad > 0)
            lines << tr("Rows with problems are skipped; the good rows are imported.");
    }
    lines << full.warnings;
    if (!full.unreadColumnNames.isEmpty())
        lines << unreadColumnsText(m_file, full.unreadColumnNames);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_errors->setRowCount(int(full.rowErrors.size()));
    for (int i = 0; i < full.rowErrors.size(); ++i) {
        const Error &e = full.rowErrors[i];
        m_errors->setItem(i, 0, new QTableWidgetItem(locale.toString(e.line)));
        m_errors->setItem(i, 1, new QTableWidgetItem(e.column > 0 ? locale.toString(e.column) : QString()));
        m_errors->setItem(i, 2, new QTableWidgetItem(e.columnName));
        m_errors->setItem(i, 3, new QTableWidgetItem(e.message));
    }
    for (int c = 0; c < 3; ++c) // the last column stretches over the rest
        m_errors->resizeColumnToContents(c);
    button(QWizard::FinishButton)->setEnabled(!full.fatal.isSet() && full.rowsGood > 0);
}

void ImportWizard::validateNow()
{
    showValidation(previewImport(m_file, options(), m_pseudonymiser, 0, nullptr));
}

void ImportWizard::startValidation()
{
    m_summary->setText(tr("Checking…"));
    m_errors->setRowCount(0);
    const QString file = m_file;
    const ImportOptions opts = options();
    const Pseudonymiser pseudonymiser = m_pseudonymiser;
    QPointer<ImportWizard> self(this);
    runInBackground<ImportPreview>(
        this, tr("Checking every row…"),
        [file, opts, pseudonymiser](Progress &progress) { return previewImport(file, opts, pseudonymiser, 0, &progress); },
        [self](const ImportPreview &full, bool canceled) {
            if (!self)
                return;
            if (canceled) {
                self->m_summary->setText(tr("The check was canceled."));
                return;
            }
            self->showValidation(full);
        });
}

} // namespace pw
