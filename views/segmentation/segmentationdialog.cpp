// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationdialog.h"

#include "analysis/featurecatalog.h"
#include "language.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pw {

SegmentationDialog::SegmentationDialog(const FeatureSettings &settings, QWidget *parent, const QDate &first,
    const QDate &last)
    : QDialog(parent)
    , m_auto(new QRadioButton(tr("Let the data choose, between")))
    , m_fixed(new QRadioButton(tr("Exactly")))
    , m_kMin(new QSpinBox)
    , m_kMax(new QSpinBox)
    , m_k(new QSpinBox)
    , m_features(new QTableWidget(0, 2))
    , m_asOfChoice(new QCheckBox(tr("Only the data up to and including")))
    , m_asOf(new QDateEdit)
{
    setObjectName(QStringLiteral("SegmentationDialog"));
    setWindowTitle(tr("Propose Personas"));
    m_kMin->setRange(2, 8);
    m_kMin->setValue(3);
    m_kMax->setRange(2, 8);
    m_kMax->setValue(4);
    m_k->setRange(2, 12);
    m_k->setValue(4);
    m_auto->setChecked(true);
    connect(m_kMin, &QSpinBox::valueChanged, this, [this](int v) { m_kMax->setValue(std::max(v, m_kMax->value())); });
    connect(m_kMax, &QSpinBox::valueChanged, this, [this](int v) { m_kMin->setValue(std::min(v, m_kMin->value())); });
    auto enable = [this] {
        m_kMin->setEnabled(m_auto->isChecked());
        m_kMax->setEnabled(m_auto->isChecked());
        m_k->setEnabled(m_fixed->isChecked());
    };
    connect(m_auto, &QRadioButton::toggled, this, enable);
    enable();

    auto *count = new QGroupBox(tr("Number of personas"));
    auto *countLayout = new QVBoxLayout(count);
    auto *autoRow = new QHBoxLayout;
    autoRow->addWidget(m_auto);
    autoRow->addWidget(m_kMin);
    autoRow->addWidget(new QLabel(tr("and")));
    autoRow->addWidget(m_kMax);
    autoRow->addStretch();
    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixed);
    fixedRow->addWidget(m_k);
    fixedRow->addStretch();
    countLayout->addLayout(autoRow);
    countLayout->addLayout(fixedRow);

    m_features->setObjectName(QStringLiteral("featureChoice"));
    m_features->setHorizontalHeaderLabels({tr("Feature"), tr("Weight")});
    m_features->verticalHeader()->hide();
    m_features->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QString lang = applicationLanguage();
    const QStringList keys = Feature::all();
    m_features->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        auto *name = new QTableWidgetItem(FeatureCatalog::instance().name(keys[row], lang));
        name->setData(Qt::UserRole, keys[row]);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(settings.isEnabled(keys[row]) ? Qt::Checked : Qt::Unchecked);
        m_features->setItem(row, 0, name);
        auto *weight = new QDoubleSpinBox;
        weight->setRange(0.1, 10);
        weight->setSingleStep(0.5);
        weight->setDecimals(1);
        weight->setValue(settings.weight(keys[row]));
        m_features->setCellWidget(row, 1, weight);
    }
    auto *features = new QGroupBox(tr("Behavioural features"));
    auto *featuresLayout = new QVBoxLayout(features);
    auto *hint = new QLabel(tr("Switch off what should not drive the personas; a weight of 2 counts a feature twice. "
                               "Features the data cannot support are left out and reported."));
    hint->setWordWrap(true);
    featuresLayout->addWidget(hint);
    featuresLayout->addWidget(m_features);

    // As of a date: the store as it was then (recency counts from that day, later people are out).
    auto *when = new QGroupBox(tr("Data"));
    auto *whenLayout = new QVBoxLayout(when);
    auto *whenRow = new QHBoxLayout;
    m_asOfChoice->setObjectName(QStringLiteral("asOfChoice"));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (first.isValid() && last.isValid()) {
        m_asOf->setDateRange(first, last);
        m_asOf->setDate(last);
    } else {
        m_asOfChoice->setEnabled(false);
        m_asOfChoice->setToolTip(tr("The project holds no dated orders or events."));
    }
    m_asOf->setEnabled(false);
    connect(m_asOfChoice, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    whenRow->addWidget(m_asOfChoice);
    whenRow->addWidget(m_asOf);
    whenRow->addStretch();
    auto *whenHint = new QLabel(tr("The personas as the store was on that day: what happened later is not read, and "
                                   "recency counts from it. Leave it off for all the data."));
    whenHint->setWordWrap(true);
    whenLayout->addLayout(whenRow);
    whenLayout->addWidget(whenHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Propose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Personas already in the project are matched to the new segments: what you wrote on "
                               "them is kept, and locked personas keep their archetype."));
    note->setWordWrap(true);
    layout->addWidget(count);
    layout->addWidget(features, 1);
    layout->addWidget(when);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 640);
}

int SegmentationDialog::k() const
{
    return m_fixed->isChecked() ? m_k->value() : 0;
}

std::optional<QDate> SegmentationDialog::asOf() const
{
    if (!m_asOfChoice->isChecked())
        return std::nullopt;
    return m_asOf->date();
}

void SegmentationDialog::setAsOf(const QDate &day)
{
    m_asOfChoice->setChecked(day.isValid());
    if (day.isValid())
        m_asOf->setDate(day);
}

int SegmentationDialog::kMin() const
{
    return m_kMin->value();
}

int SegmentationDialog::kMax() const
{
    return m_kMax->value();
}

void SegmentationDialog::setFixedK(int k)
{
    if (k > 0) {
        m_fixed->setChecked(true);
        m_k->setValue(k);
    } else {
        m_auto->setChecked(true);
    }
}

FeatureSettings SegmentationDialog::featureSettings() const
{
    FeatureSettings s;
    for (int row = 0; row < m_features->rowCount(); ++row) {
        const QTableWidgetItem *name = m_features->item(row, 0);
        const QString key = name->data(Qt::UserRole).toString();
        if (name->checkState() != Qt::Checked)
            s.disabled << key;
        const auto *weight = qobject_cast<const QDoubleSpinBox *>(m_features->cellWidget(row, 1));
        if (weight && std::abs(weight->value() - 1.0) > 1e-9)
            s.weights.insert(key, weight->value());
    }
    return s;
}

} // namespace pw
