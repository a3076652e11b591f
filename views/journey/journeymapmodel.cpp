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

    SetJourneyNote(JourneyMapModel *model, qint64 personaId, QString stage, QString field, QString before,
                   QString after, qint64 revision)
        : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit Journey Note")), m_model(model),
          m_personaId(personaId), m_stage(std::move(stage)), m_field(std::move(field)), m_before(std::move(before)),
          m_after(std::move(after)), m_revision(revision), m_typingRun(model->typingRun())
    {
    }
    int id() const override { return commandId; }
    // Typing into one note is one step until the focus moves (a run of typing).
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SetJourneyNote *>(other);
        if (o->m_personaId != m_personaId || o->m_stage != m_stage || o->m_field != m_field || o->isObsolete()
            || o->m_typingRun != m_typingRun)
            return false;
        m_after = o->m_after;
        m_revision = o->m_revision; // the merged step's write is the latest
        return true;
    }
    void redo() override
    {
        if (m_pushed && m_model) // a redo, not the push: typing after it is a new step
            m_model->finishTyping();
        m_pushed = true;
        apply(m_after);
    }
    void undo() override
    {
        if (m_model)
            m_model->finishTyping();
        apply(m_before);
    }

private:
    // The note is written whichever persona the map shows now; a step that cannot be written
    // (another program changed the note or deleted the persona) leaves the history.
    void apply(const QString &value)
    {
        setObsolete(!m_model
                    || m_model->applyNote(m_personaId, m_stage, m_field, value, m_revision) != WriteStatus::Written);
    }

    QPointer<JourneyMapModel> m_model;
    qint64 m_personaId;
    QString m_stage, m_field;
    QString m_before, m_after;
    qint64 m_revision; ///< the note's revision as last read or written
    int m_typingRun;
    bool m_pushed = false;
};

} // namespace

JourneyMapModel::JourneyMapModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_fields(journeyNoteFields()), m_stages(journeyStageKeys()), m_undo(undoStack)
{
}

void JourneyMapModel::setPersona(Project *project, qint64 personaId, const QString &language)
{
    beginResetModel();
    if (project != m_project)
        m_written.clear();
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
    const QString &stage = m_stages[index.column()];
    const QString &field = m_fields[index.row()];
    const QString before = m_notes.written(stage, field);
    const QString after = value.toString().trimmed().isEmpty() ? QString() : value.toString();
    if (before == after)
        return false;
    auto *command = new SetJourneyNote(this, m_personaId, stage, field, before, after, m_notes.revision(stage, field));
    if (m_undo)
        m_undo->push(command); // runs redo(), which stores the note
    else {
        command->redo();
        delete command;
    }
    return m_notes.written(stage, field) == after;
}

WriteStatus JourneyMapModel::applyNote(qint64 personaId, const QString &stage, const QString &field, const QString &value,
                                       qint64 &revision)
{
    if (!m_project)
        return WriteStatus::Failed;
    // Based on what this map last wrote of the note, whichever step wrote it, else on what the
    // step read.
    const QString key = QStringLiteral("%1/%2/%3").arg(personaId).arg(stage, field);
    const qint64 base = m_written.value(key, revision);
    Error error;
    const WriteStatus status = JourneyNotes::store(*m_project, personaId, stage, field, value, base, &error, &revision);
    if (status == WriteStatus::Written)
        m_written.insert(key, revision);
    else
        m_written.remove(key);
    if (status == WriteStatus::Conflict) {
        Q_EMIT failed(tr("%1: the journey notes were read again and this change was not saved.").arg(error.message));
        if (personaId == m_personaId)
            setPersona(m_project, m_personaId, m_language);
        return status;
    }
    if (status == WriteStatus::Failed) {
        Q_EMIT failed(error.message);
        return status;
    }
    if (personaId == m_personaId) {
        m_notes.set(stage, field, value, revision);
        const QModelIndex i = index(int(m_fields.indexOf(field)), int(m_stages.indexOf(stage)));
        Q_EMIT dataChanged(i, i);
    }
    return status;
}

} // namespace pw
