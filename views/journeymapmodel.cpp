// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeymapmodel.h"

#include "journey/funnel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace pw {

namespace {

/// Changes one journey note; typing into the same cell merges into one undo step.
class SetJourneyNote : public QUndoCommand
{
public:
    static constexpr int commandId = 0x4a4e; // "JN"

    SetJourneyNote(JourneyMapModel *model, qint64 personaId, int row, int column, QString before, QString after)
        : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit Journey Note")), m_model(model),
          m_personaId(personaId), m_row(row), m_column(column), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    int id() const override { return commandId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SetJourneyNote *>(other);
        if (o->m_personaId != m_personaId || o->m_row != m_row || o->m_column != m_column)
            return false;
        m_after = o->m_after;
        return true;
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QString &value)
    {
        if (m_model && m_model->personaId() == m_personaId)
            m_model->applyNote(m_row, m_column, value);
    }

    QPointer<JourneyMapModel> m_model;
    qint64 m_personaId;
    int m_row, m_column;
    QString m_before, m_after;
};

} // namespace

JourneyMapModel::JourneyMapModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_fields(journeyNoteFields()), m_stages(journeyStageKeys()), m_undo(undoStack)
{
}

void JourneyMapModel::setPersona(Project *project, qint64 personaId, const QString &language)
{
    beginResetModel();
    m_project = project;
    m_personaId = project ? personaId : 0;
    m_language = language;
    m_notes = JourneyNotes();
    if (m_project && m_personaId > 0) {
        Error error;
        if (auto notes = JourneyNotes::load(*m_project, m_personaId, &error))
            m_notes = *notes;
        else
            Q_EMIT failed(error.message);
    }
    endResetModel();
}

int JourneyMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int JourneyMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

QVariant JourneyMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &field = m_fields[index.row()];
    const QString &stage = m_stages[index.column()];
    const bool written = m_notes.isWritten(stage, field);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_personaId > 0 ? m_notes.text(stage, field, m_language) : QString();
    case Qt::EditRole:
        return m_notes.written(stage, field);
    case Qt::ForegroundRole:
        return written ? QVariant() : QVariant(QBrush(QColor(0x6b, 0x72, 0x7b)));
    case Qt::FontRole:
        if (!written) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case WrittenRole:
        return written;
    case FieldRole:
        return field;
    case StageRole:
        return stage;
    default:
        return {};
    }
}

QVariant JourneyMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && section >= 0 && section < m_stages.size())
        return journeyStageName(m_stages[section]);
    if (orientation == Qt::Vertical && section >= 0 && section < m_fields.size())
        return journeyNoteFieldName(m_fields[section]);
    return {};
}

Qt::ItemFlags JourneyMapModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_personaId > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool JourneyMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_personaId <= 0
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString before = m_notes.written(m_stages[index.column()], m_fields[index.row()]);
    const QString after = value.toString().trimmed().isEmpty() ? QString() : value.toString();
    if (before == after)
        return false;
    auto *command = new SetJourneyNote(this, m_personaId, index.row(), index.column(), before, after);
    if (m_undo)
        m_undo->push(command); // runs redo(), which stores the note
    else {
        command->redo();
        delete command;
    }
    return m_notes.written(m_stages[index.column()], m_fields[index.row()]) == after;
}

bool JourneyMapModel::applyNote(int row, int column, const QString &value)
{
    if (!m_project || row < 0 || row >= m_fields.size() || column < 0 || column >= m_stages.size())
        return false;
    Error error;
    if (!JourneyNotes::store(*m_project, m_personaId, m_stages[column], m_fields[row], value, &error)) {
        Q_EMIT failed(error.message);
        return false;
    }
    m_notes.set(m_stages[column], m_fields[row], value);
    const QModelIndex i = index(row, column);
    Q_EMIT dataChanged(i, i);
    return true;
}

} // namespace pw
