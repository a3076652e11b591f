// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "language.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pw {

namespace {

using Format = ExportRequest::Format;

QString suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral(".pdf");
    case Format::Pptx:
        return QStringLiteral(".pptx");
    case Format::Html:
        return QStringLiteral(".html");
    case Format::Json:
        return QStringLiteral(".json");
    case Format::Csv:
        return QStringLiteral(".csv");
    case Format::Png:
        break;
    }
    return QStringLiteral("-cards"); // a folder
}

/// `path` with the suffix (or folder ending) of `format` instead of any other format's.
QString withFormat(const QString &path, Format format)
{
    QString base = path;
    for (const Format f : {Format::Pdf, Format::Pptx, Format::Html, Format::Json, Format::Csv, Format::Png})
        if (base.endsWith(suffix(f), Qt::CaseInsensitive)) {
            base.chop(suffix(f).size());
            break;
        }
    return base + suffix(format);
}

/// The settings group of one project's export choices.
/// Whether a choice of the dialog is `since` (a run is one choice per run; the others by mode).
bool sameChoice(const ChangesSince &a, const ChangesSince &b)
{
    return a.mode == b.mode && (a.mode != ChangesSince::Mode::Run || a.run == b.run);
}

QString settingsGroup(const QString &projectPath)
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(projectPath).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    return QStringLiteral("export/") + QString::fromLatin1(key);
}

} // namespace

ExportDialog::ExportDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_projectPath(projectPath), m_format(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_pngWidth(new QSpinBox(this)), m_pageSize(new QComboBox(this)), m_orientation(new QComboBox(this)),
      m_minSegment(new QSpinBox(this)), m_language(new QComboBox(this)), m_since(new QComboBox(this)),
      m_sinceNote(new QLabel(this)), m_pathLabel(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    m_format->addItem(tr("PDF deck"), int(Format::Pdf));
    m_format->addItem(tr("PowerPoint deck (.pptx)"), int(Format::Pptx));
    m_format->addItem(tr("HTML deck for any browser (.html)"), int(Format::Html));
    m_format->addItem(tr("A PNG image per card"), int(Format::Png));
    m_format->addItem(tr("Persona summaries as JSON"), int(Format::Json));
    m_format->addItem(tr("Persona summaries as CSV"), int(Format::Csv));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_pngWidth->setRange(200, 10000);
    m_pngWidth->setSingleStep(100);
    m_pngWidth->setSuffix(tr(" px"));
    m_pageSize->addItem(tr("A4"), int(DeckOptions::PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(DeckOptions::PageSize::Letter));
    m_orientation->addItem(tr("Landscape (a page per sheet)"), true);
    m_orientation->addItem(tr("Portrait (two pages per sheet)"), false);
    m_minSegment->setRange(0, 1000000);
    m_minSegment->setSuffix(tr(" people"));
    m_minSegment->setToolTip(tr("Segments with fewer people show no exact figures"));
    for (const QString &language : supportedLanguages())
        m_language->addItem(languageNativeName(language), language);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_pathLabel, pathRow);
    m_pathLabel->setBuddy(m_path);
    form->addRow(tr("Image &width:"), m_pngWidth);
    form->addRow(tr("&Paper:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Smallest segment with figures:"), m_minSegment);
    form->addRow(tr("&Language of the export:"), m_language);
    form->addRow(tr("&What changed since:"), m_since);
    m_since->setToolTip(tr("The run the deck's \"What changed\" page compares the personas with"));
    m_sinceNote->setWordWrap(true);
    m_sinceNote->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_sinceNote);

    auto *note = new QLabel(tr("Exports hold aggregates only, never a customer's identifiers."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_since, &QComboBox::currentIndexChanged, this, &ExportDialog::changeChoiceChanged);
    setChangeChoices({});
    setRequest(ExportRequest());
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = format();
    r.path = m_path->text().trimmed();
    r.options.pngWidth = m_pngWidth->value();
    r.options.pageSize = DeckOptions::PageSize(m_pageSize->currentData().toInt());
    r.options.landscape = m_orientation->currentData().toBool();
    r.options.minSegment = m_minSegment->value();
    r.options.language = m_language->currentData().toString();
    const int choice = m_since->currentIndex();
    if (choice >= 0 && choice < m_choices.size())
        r.options.since = m_choices[choice].since;
    return r;
}

void ExportDialog::setChangeChoices(const QList<ChangeChoice> &choices)
{
    const ExportRequest current = request();
    m_choices = choices;
    if (m_choices.isEmpty())
        m_choices << ChangeChoice{tr("The last workshop"), ChangesSince(), QString()};
    const QSignalBlocker blocker(m_since);
    m_since->clear();
    for (const ChangeChoice &c : std::as_const(m_choices))
        m_since->addItem(c.text);
    m_since->setCurrentIndex(0);
    for (int i = 0; i < m_choices.size(); ++i)
        if (sameChoice(m_choices[i].since, current.options.since))
            m_since->setCurrentIndex(i);
    changeChoiceChanged();
}

void ExportDialog::changeChoiceChanged()
{
    const int choice = m_since->currentIndex();
    m_sinceNote->setText(choice >= 0 && choice < m_choices.size() ? m_choices[choice].note : QString());
}

void ExportDialog::setRequest(const ExportRequest &request)
{
    m_lastFormat = request.format;
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(request.format))));
    m_path->setText(request.path.isEmpty() ? defaultPath(m_projectPath, request.format) : request.path);
    m_pngWidth->setValue(request.options.pngWidth);
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(int(request.options.pageSize))));
    m_orientation->setCurrentIndex(request.options.landscape ? 0 : 1);
    m_minSegment->setValue(request.options.minSegment);
    m_language->setCurrentIndex(qMax(0, m_language->findData(request.options.language)));
    m_since->setCurrentIndex(0);
    for (int i = 0; i < m_choices.size(); ++i)
        if (sameChoice(m_choices[i].since, request.options.since))
            m_since->setCurrentIndex(i);
    formatChanged();
}

void ExportDialog::formatChanged()
{
    const Format f = format();
    if (f != m_lastFormat && !m_path->text().isEmpty())
        m_path->setText(withFormat(m_path->text(), f));
    m_lastFormat = f;
    m_pathLabel->setText(f == Format::Png ? tr("F&older:") : tr("F&ile:"));
    m_pngWidth->setEnabled(f == Format::Png);
    m_pageSize->setEnabled(f == Format::Pdf);
    m_orientation->setEnabled(f == Format::Pdf);
    // Only the decks have the "What changed" page.
    const bool deck = f == Format::Pdf || f == Format::Pptx || f == Format::Html;
    m_since->setEnabled(deck);
    m_sinceNote->setEnabled(deck);
}

void ExportDialog::browse()
{
    const Format f = format();
    QString path;
    if (f == Format::Png) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the card images"), m_path->text());
    } else {
        QString filter;
        switch (f) {
        case Format::Pdf:
            filter = tr("PDF documents (*.pdf)");
            break;
        case Format::Pptx:
            filter = tr("PowerPoint presentations (*.pptx)");
            break;
        case Format::Html:
            filter = tr("Web pages (*.html *.htm)");
            break;
        case Format::Json:
            filter = tr("JSON files (*.json)");
            break;
        default:
            filter = tr("CSV files (*.csv)");
            break;
        }
        path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty() && !path.endsWith(suffix(f), Qt::CaseInsensitive))
            path += suffix(f);
    }
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::accept()
{
    const ExportRequest r = request();
    if (r.path.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), tr("Choose where to write the export."));
        return;
    }
    const QFileInfo info(QDir::fromNativeSeparators(r.path));
    if (r.format == Format::Png) {
        if (info.exists() && !info.isDir()) {
            QMessageBox::warning(this, tr("Export"), tr("%1 is a file, not a folder.").arg(r.path));
            return;
        }
    } else if (info.isDir()) {
        QMessageBox::warning(this, tr("Export"), tr("%1 is a folder: give a file name.").arg(r.path));
        return;
    } else if (!info.absoluteDir().exists()) {
        QMessageBox::warning(this, tr("Export"), tr("The folder %1 does not exist.")
                                                     .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    } else if (info.exists()
               && QMessageBox::question(this, tr("Export"), tr("%1 exists already. Replace it?").arg(info.fileName()))
                   != QMessageBox::Yes) {
        return;
    }
    QDialog::accept();
}

QString ExportDialog::defaultPath(const QString &projectPath, Format format)
{
    const QFileInfo info(projectPath);
    return QDir::toNativeSeparators(info.absoluteDir().filePath(info.completeBaseName() + suffix(format)));
}

ExportRequest ExportDialog::storedRequest(const QString &projectPath)
{
    ExportRequest r;
    r.options.language = applicationLanguage();
    QSettings settings;
    settings.beginGroup(settingsGroup(projectPath));
    r.format = Format(qBound(0, settings.value(QStringLiteral("format"), int(r.format)).toInt(), int(Format::Html)));
    r.path = settings.value(QStringLiteral("path")).toString();
    if (r.path.isEmpty())
        r.path = defaultPath(projectPath, r.format);
    r.options.pngWidth = qBound(200, settings.value(QStringLiteral("pngWidth"), r.options.pngWidth).toInt(), 10000);
    r.options.pageSize = settings.value(QStringLiteral("pageSize")).toString() == QLatin1String("letter")
        ? DeckOptions::PageSize::Letter
        : DeckOptions::PageSize::A4;
    r.options.landscape = settings.value(QStringLiteral("landscape"), r.options.landscape).toBool();
    r.options.minSegment = qMax(0, settings.value(QStringLiteral("minSegment"), r.options.minSegment).toInt());
    const QString language = settings.value(QStringLiteral("language")).toString();
    if (supportedLanguages().contains(language))
        r.options.language = language;
    // Whether the decks have a "What changed" page; a run chosen once is not kept for the next time.
    if (settings.value(QStringLiteral("changesPage"), true).toBool() == false)
        r.options.since.mode = ChangesSince::Mode::None;
    return r;
}

void ExportDialog::storeRequest(const QString &projectPath, const ExportRequest &request)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(projectPath));
    settings.setValue(QStringLiteral("format"), int(request.format));
    settings.setValue(QStringLiteral("path"), request.path);
    settings.setValue(QStringLiteral("pngWidth"), request.options.pngWidth);
    settings.setValue(QStringLiteral("pageSize"), request.options.pageSize == DeckOptions::PageSize::Letter
                                                       ? QStringLiteral("letter")
                                                       : QStringLiteral("a4"));
    settings.setValue(QStringLiteral("landscape"), request.options.landscape);
    settings.setValue(QStringLiteral("minSegment"), request.options.minSegment);
    settings.setValue(QStringLiteral("language"), request.options.language);
    settings.setValue(QStringLiteral("changesPage"), request.options.since.mode != ChangesSince::Mode::None);
}

} // namespace pw
