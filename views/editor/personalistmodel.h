// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"

#include <QAbstractListModel>
#include <QList>

namespace pw {

class Project;

/// The project's personas as a list: display name, a colour swatch as decoration, a tooltip
/// with the evidence, and the custom roles below (PersonaListDelegate draws them).
class PersonaListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// Custom roles, starting at Qt::UserRole.
    enum Role {
        PersonaIdRole = Qt::UserRole, ///< qint64: the persona's id in the project
        ArchetypeRole,                ///< QString: the archetype key
        ColorRole,                    ///< QColor: the persona colour
        SizeRole,                     ///< qint64: people in the segment
        SharePeopleRole,              ///< double: share of people, 0..1
        ShareRevenueRole,             ///< double: share of revenue, 0..1; NaN where it cannot be measured
        /// QString: size and share of revenue in the list's language, e.g. "1,200 people · 52% of
        /// revenue"; "no data" for what the data cannot measure (never 0 %).
        FiguresRole,
    };
    Q_ENUM(Role)

    explicit PersonaListModel(QObject *parent = nullptr);

    /// Replaces the list with the personas of `project` (names in `language`).
    void reload(Project &project, const QString &language);
    /// Replaces the list with `personas`.
    void setPersonas(const QList<Persona> &personas, const QString &language);
    /// Empties the list.
    void clear();

    const QList<Persona> &personas() const { return m_personas; }
    /// The persona in `row`; row must be valid.
    const Persona &persona(int row) const { return m_personas.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The FiguresRole text of `persona` in `language`.
    static QString figuresText(const Persona &persona, const QString &language);

private:
    QList<Persona> m_personas;
    QString m_language = QStringLiteral("en");
};

} // namespace pw
