// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journey/stagedefinition.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace pw {

/// Edits the project's journey stage rules: per stage, the event types that count (those the
/// store holds, plus "any event"), how many such events, how many orders, and the least rating
/// or NPS of a review. Problems are shown as they arise and keep OK disabled; event types the
/// store does not hold are warned about. "Reset to defaults" puts DESIGN.md's rules back.
class StageRulesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `heldTypes`: the event types the store holds (offered as check boxes).
    StageRulesDialog(const StageDefinitions &rules, const QStringList &heldTypes, QWidget *parent = nullptr);

    /// The rules as edited.
    StageDefinitions definitions() const;
    void setDefinitions(const StageDefinitions &rules);
    /// The messages shown (problems first, then warnings), for tests.
    QString messages() const;
    bool canAccept() const;

private:
    struct StageRow
    {
        QListWidget *types = nullptr;
        QSpinBox *minEvents = nullptr;
        QSpinBox *minOrders = nullptr;
        QSpinBox *minRating = nullptr;
        QSpinBox *minNps = nullptr;
    };
    void validate();

    QStringList m_heldTypes;
    StageDefinitions m_base; ///< the rules last set: their order of event types is kept
    QList<StageRow> m_rows;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    bool m_filling = false;
};

} // namespace pw
