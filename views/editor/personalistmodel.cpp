// SPDX-License-Identifier: GPL-3.0-or-later
#include "personalistmodel.h"

#include "persona/personatemplate.h"

#include "store/project.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace pw {

namespace {

QPixmap swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return pixmap;
}

} // namespace

PersonaListModel::PersonaListModel(QObject *parent) : QAbstractListModel(parent) {}

void PersonaListModel::reload(Project &project, const QString &language)
{
    setPersonas(PersonaRepository::load(project), language);
}

void PersonaListModel::setPersonas(const QList<Persona> &personas, const QString &language)
{
    beginResetModel();
    m_personas = personas;
    m_language = language;
    endResetModel();
}

void PersonaListModel::clear()
{
    setPersonas({}, m_language);
}

int PersonaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_personas.size());
}

QVariant PersonaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Persona &p = m_personas.at(index.row());
    const QColor color = QColor::fromString(p.color);
    switch (role) {
    case Qt::DisplayRole:
        return p.displayName(m_language);
    case Qt::DecorationRole:
        return swatch(color.isValid() ? color : QColor(Qt::gray));
    case Qt::ToolTipRole: {
        // The name first when the list may have shortened it (the archetype's name follows).
        const QString name = p.displayName(m_language);
        const QString head = name != p.archetypeName(m_language) ? name + QLatin1Char('\n') : QString();
        const QLocale locale(m_language);
        if (p.stats.invalid)
            return QString(head + p.archetypeName(m_language) + QLatin1Char('\n') + invalidFigure());
        return QString(head + tr("%1\n%2 people, %3 of people, %4 of revenue")
            .arg(p.archetypeName(m_language), locale.toString(p.stats.size),
                 percent(locale, p.stats.sharePeople), percent(locale, p.stats.shareRevenue)));
    }
    case PersonaIdRole:
        return p.id;
    case ArchetypeRole:
        return p.archetype;
    case ColorRole:
        return color;
    case SizeRole:
        return p.stats.size;
    case SharePeopleRole:
        return p.stats.sharePeople;
    case ShareRevenueRole:
        return p.stats.shareRevenue;
    case FiguresRole:
        return figuresText(p, m_language);
    default:
        return {};
    }
}

QString PersonaListModel::figuresText(const Persona &persona, const QString &language)
{
    const PersonaStats &stats = persona.stats;
    if (stats.invalid)
        return invalidFigure();
    // A persona written by hand stands on no segment: nothing was measured.
    if (persona.runId <= 0 && stats.size <= 0)
        return percent(QLocale(language), qQNaN());
    const QLocale locale(language);
    const QString people = locale.toString(stats.size);
    if (std::isnan(stats.shareRevenue))
        return tr("%1 people · revenue: %2").arg(people, percent(locale, stats.shareRevenue));
    return tr("%1 people · %2 of revenue").arg(people, percent(locale, stats.shareRevenue));
}

QHash<int, QByteArray> PersonaListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PersonaIdRole, "personaId");
    names.insert(ArchetypeRole, "archetype");
    names.insert(ColorRole, "color");
    names.insert(SizeRole, "size");
    names.insert(SharePeopleRole, "sharePeople");
    names.insert(ShareRevenueRole, "shareRevenue");
    names.insert(FiguresRole, "figures");
    return names;
}

} // namespace pw
