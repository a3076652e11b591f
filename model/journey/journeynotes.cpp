// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeynotes.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pw {

namespace {

QString noteKey(const QString &stage, const QString &field)
{
    return stage + u'/' + field;
}

/// stage -> field -> language -> text, read once from the resources.
const QHash<QString, QHash<QString, QHash<QString, QString>>> &defaults()
{
    static const auto table = [] {
        QHash<QString, QHash<QString, QHash<QString, QString>>> t;
        QFile file(QStringLiteral(":/journey/stages.json"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QJsonArray stages = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("stages")).toArray();
        for (const QJsonValue &s : stages) {
            const QJsonObject o = s.toObject();
            auto &fields = t[o.value(QStringLiteral("key")).toString()];
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!it.value().isObject())
                    continue;
                const QJsonObject texts = it.value().toObject();
                for (auto lt = texts.constBegin(); lt != texts.constEnd(); ++lt)
                    fields[it.key()][lt.key()] = lt.value().toString();
            }
        }
        return t;
    }();
    return table;
}

} // namespace

QStringList journeyNoteFields()
{
    return {QStringLiteral("touchpoints"), QStringLiteral("focus"),   QStringLiteral("ideas"),
            QStringLiteral("goal"),        QStringLiteral("pain_points"), QStringLiteral("emotion"),
            QStringLiteral("opportunities")};
}

QString journeyNoteFieldName(const QString &field)
{
    if (field == QLatin1String("touchpoints"))
        return QCoreApplication::translate("JourneyNotes", "Touchpoints");
    if (field == QLatin1String("focus"))
        return QCoreApplication::translate("JourneyNotes", "Key focus");
    if (field == QLatin1String("ideas"))
        return QCoreApplication::translate("JourneyNotes", "How to improve");
    if (field == QLatin1String("goal"))
        return QCoreApplication::translate("JourneyNotes", "Customer goal");
    if (field == QLatin1String("pain_points"))
        return QCoreApplication::translate("JourneyNotes", "Pain points");
    if (field == QLatin1String("emotion"))
        return QCoreApplication::translate("JourneyNotes", "Emotion");
    if (field == QLatin1String("opportunities"))
        return QCoreApplication::translate("JourneyNotes", "Opportunities");
    return field;
}

QString journeyStageDefault(const QString &stage, const QString &field, const QString &language)
{
    const auto texts = defaults().value(stage).value(field);
    const QString text = texts.value(language);
    return text.isEmpty() ? texts.value(QStringLiteral("en")) : text;
}

std::optional<JourneyNotes> JourneyNotes::load(Project &project, qint64 personaId, Error *error)
{
    QSqlQuery q(project.db());
    q.prepare(QStringLiteral("SELECT stage, field, value, revision FROM journey_notes WHERE persona_id = ?"));
    q.addBindValue(personaId);
    if (!q.exec()) {
        if (error)
            error->message = QCoreApplication::translate("JourneyNotes", "The journey notes could not be read: %1")
                                 .arg(q.lastError().text());
        return std::nullopt;
    }
    JourneyNotes notes;
    while (q.next())
        notes.set(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong());
    return notes;
}

WriteStatus JourneyNotes::store(Project &project, qint64 personaId, const QString &stage, const QString &field,
                                const QString &value, qint64 baseRevision, Error *error, qint64 *revision)
{
    Transaction tx(project, QStringLiteral("journey_note"));
    Error failure;
    if (!tx.isActive()) {
        failure.message = tx.lastError();
    } else if (!project.scalar(QStringLiteral("SELECT 1 FROM personas WHERE id = ?"), {personaId}).isValid()) {
        if (error)
            error->message = QCoreApplication::translate("JourneyNotes", "Another program deleted the persona");
        return WriteStatus::Conflict;
    } else if (project.scalar(QStringLiteral("SELECT revision FROM journey_notes WHERE persona_id = ? AND stage = ? "
                                             "AND field = ?"),
                              {personaId, stage, field})
                   .toLongLong()
               != baseRevision) {
        if (error)
            error->message = QCoreApplication::translate("JourneyNotes", "Another program changed this journey note");
        return WriteStatus::Conflict;
    } else {
        const bool clear = value.trimmed().isEmpty();
        const qint64 next = clear ? 0 : project.nextRevision(&failure);
        const bool ok =
            clear ? project.exec(QStringLiteral("DELETE FROM journey_notes WHERE persona_id = ? AND stage = ? AND field = ?"),
                                 {personaId, stage, field}, &failure)
                  : next > 0
                        && project.exec(QStringLiteral("INSERT INTO journey_notes(persona_id, stage, field, value, revision) "
                                                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(persona_id, stage, field) "
                                                       "DO UPDATE SET value = excluded.value, revision = excluded.revision"),
                                        {personaId, stage, field, value, next}, &failure);
        if (ok && tx.commit()) {
            if (revision)
                *revision = next;
            return WriteStatus::Written;
        }
        if (ok)
            failure.message = tx.lastError();
    }
    if (error)
        error->message = failure.message;
    return WriteStatus::Failed;
}

QString JourneyNotes::written(const QString &stage, const QString &field) const
{
    return m_notes.value(noteKey(stage, field));
}

QString JourneyNotes::text(const QString &stage, const QString &field, const QString &language) const
{
    const QString w = written(stage, field);
    return w.isEmpty() ? journeyStageDefault(stage, field, language) : w;
}

bool JourneyNotes::isWritten(const QString &stage, const QString &field) const
{
    return m_notes.contains(noteKey(stage, field));
}

qint64 JourneyNotes::revision(const QString &stage, const QString &field) const
{
    return m_revisions.value(noteKey(stage, field));
}

void JourneyNotes::set(const QString &stage, const QString &field, const QString &value, qint64 revision)
{
    const QString key = noteKey(stage, field);
    if (value.trimmed().isEmpty()) {
        m_notes.remove(key);
        m_revisions.remove(key);
    } else {
        m_notes.insert(key, value);
        m_revisions.insert(key, revision);
    }
}

} // namespace pw
