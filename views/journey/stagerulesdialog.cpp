// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagerulesdialog.h"

#include "journey/funnel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pw {

namespace {

const QString kAnyEvent = QStringLiteral("*");

QSpinBox *spinBox(int minimum, int maximum, const QString &offText)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    if (!offText.isEmpty())
        box->setSpecialValueText(offText);
    return box;
}

} // namespace

StageRulesDialog::StageRulesDialog(const StageDefinitions &rules, const QStringList &heldTypes, QWidget *parent)
    : QDialog(parent), m_heldTypes(heldTypes), m_messages(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults))
{
    setObjectName(QStringLiteral("StageRulesDialog"));
    setWindowTitle(tr("Journey Stage Rules"));
    auto *intro = new QLabel(tr("A person is in a stage as soon as one of its criteria holds: enough events of the"
                                " checked types, enough orders (cancelled ones do not count), or a review rated"
                                " high enough."));
    intro->setWordWrap(true);

    // The types offered: what the store holds, plus those the rules name (so none is lost).
    QStringList offered = heldTypes;
    for (const StageRule &r : rules.rules())
        for (const QString &t : r.eventTypes)
            if (t != kAnyEvent && !offered.contains(t))
                offered << t;
    offered.sort();

    auto *grid = new QGridLayout;
    const QStringList headers = {tr("Stage"), tr("Event types"), tr("At least … events"), tr("At least … orders"),
                                 tr("Review rated at least"), tr("or NPS at least")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(headers[c]);
        header->setWordWrap(true);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, c, Qt::AlignBottom);
    }
    const QStringList keys = journeyStageKeys();
    for (int s = 0; s < keys.size(); ++s) {
        StageRow row;
        row.types = new QListWidget;
        row.types->setObjectName(keys[s] + QStringLiteral("Types"));
        auto *any = new QListWidgetItem(tr("any event"), row.types);
        any->setData(Qt::UserRole, kAnyEvent);
        for (const QString &t : std::as_const(offered)) {
            auto *item = new QListWidgetItem(heldTypes.contains(t) ? t : tr("%1 (none held)").arg(t), row.types);
            item->setData(Qt::UserRole, t);
        }
        for (int i = 0; i < row.types->count(); ++i)
            row.types->item(i)->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        row.types->setMaximumHeight(110);
        row.minEvents = spinBox(1, 1000, QString());
        row.minOrders = spinBox(0, 1000, tr("off"));
        row.minRating = spinBox(0, 5, tr("off"));
        row.minNps = spinBox(-1, 10, tr("off"));
        row.minEvents->setObjectName(keys[s] + QStringLiteral("MinEvents"));
        row.minOrders->setObjectName(keys[s] + QStringLiteral("MinOrders"));
        row.minRating->setObjectName(keys[s] + QStringLiteral("MinRating"));
        row.minNps->setObjectName(keys[s] + QStringLiteral("MinNps"));
        grid->addWidget(new QLabel(journeyStageName(keys[s])), s + 1, 0, Qt::AlignTop);
        grid->addWidget(row.types, s + 1, 1);
        grid->addWidget(row.minEvents, s + 1, 2, Qt::AlignTop);
        grid->addWidget(row.minOrders, s + 1, 3, Qt::AlignTop);
        grid->addWidget(row.minRating, s + 1, 4, Qt::AlignTop);
        grid->addWidget(row.minNps, s + 1, 5, Qt::AlignTop);
        connect(row.types, &QListWidget::itemChanged, this, &StageRulesDialog::validate);
        for (QSpinBox *box : {row.minEvents, row.minOrders, row.minRating, row.minNps})
            connect(box, &QSpinBox::valueChanged, this, &StageRulesDialog::validate);
        m_rows << row;
    }
    grid->setColumnStretch(1, 1);

    m_messages->setObjectName(QStringLiteral("stageRuleMessages"));
    m_messages->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Reset to Defaults"));
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setDefinitions(StageDefinitions::defaults()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);
    setDefinitions(rules);
    resize(900, 640);
}

void StageRulesDialog::setDefinitions(const StageDefinitions &rules)
{
    m_base = rules;
    m_filling = true;
    const QStringList keys = journeyStageKeys();
    for (int s = 0; s < m_rows.size(); ++s) {
        const StageRule r = rules.rule(keys[s]);
        StageRow &row = m_rows[s];
        for (int i = 0; i < row.types->count(); ++i) {
            QListWidgetItem *item = row.types->item(i);
            item->setCheckState(r.eventTypes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        row.minEvents->setValue(r.minEvents);
        row.minOrders->setValue(r.minOrders);
        row.minRating->setValue(r.minRating);
        row.minNps->setValue(r.minNps);
    }
    m_filling = false;
    validate();
}

StageDefinitions StageRulesDialog::definitions() const
{
    StageDefinitions d = StageDefinitions::defaults();
    const QStringList keys = journeyStageKeys();
    for (int s = 0; s < m_rows.size(); ++s) {
        const StageRow &row = m_rows[s];
        StageRule r;
        r.key = keys[s];
        QStringList checked;
        for (int i = 0; i < row.types->count(); ++i)
            if (row.types->item(i)->checkState() == Qt::Checked)
                checked << row.types->item(i)->data(Qt::UserRole).toString();
        // The rule's own order first (an unchanged rule stays equal), then the newly checked.
        for (const QString &t : m_base.rule(keys[s]).eventTypes)
            if (checked.contains(t))
                r.eventTypes << t;
        for (const QString &t : std::as_const(checked))
            if (!r.eventTypes.contains(t))
                r.eventTypes << t;
        if (r.eventTypes.contains(kAnyEvent))
            r.eventTypes = QStringList{kAnyEvent};
        r.minEvents = row.minEvents->value();
        r.minOrders = row.minOrders->value();
        r.minRating = row.minRating->value();
        r.minNps = row.minNps->value();
        d.setRule(r);
    }
    return d;
}

void StageRulesDialog::validate()
{
    if (m_filling)
        return;
    const StageDefinitions d = definitions();
    const QStringList problems = d.problems();
    const QStringList warnings = d.warnings(m_heldTypes);
    QStringList html;
    for (const QString &p : problems)
        html << QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(p.toHtmlEscaped());
    for (const QString &w : warnings)
        html << QStringLiteral("<span style=\"color:#8a6d00\">%1</span>").arg(w.toHtmlEscaped());
    m_messages->setText(html.join(QStringLiteral("<br>")));
    m_messages->setVisible(!html.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

QString StageRulesDialog::messages() const
{
    return m_messages->text();
}

bool StageRulesDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace pw
