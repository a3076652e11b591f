// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persona/persona.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QList>

#include <gtest/gtest.h>

namespace pw::test {

/// A persona of the "repeat_buyer" archetype with figures that look like real ones.
inline Persona samplePersona(const QString &name, const QString &color, int position = 0)
{
    Persona p;
    p.position = position;
    p.customName = name;
    p.archetype = QStringLiteral("repeat_buyer");
    p.color = color;
    p.stats.size = 1200 + position * 100;
    p.stats.sharePeople = 0.31;
    p.stats.shareRevenue = 0.52;
    p.stats.revenue = 182000;
    p.stats.averageOrderValue = 74.5;
    p.stats.ordersPerPerson = 3.4;
    p.stats.discountShare = 0.18;
    p.fields.insert(Section::Goals, QJsonArray{QStringLiteral("Reorder favourites in two clicks"),
                                               QStringLiteral("Hear about new arrivals first")});
    return p;
}

/// Three personas with distinct names (one in Cyrillic) and colours.
inline QList<Persona> samplePersonas()
{
    return {samplePersona(QStringLiteral("Loyal Lena"), QStringLiteral("#1565c0"), 0),
            samplePersona(QStringLiteral("Bargain Boris"), QStringLiteral("#c62828"), 1),
            samplePersona(QStringLiteral("Ольга Постоянная"), QStringLiteral("#6a1b9a"), 2)};
}

/// A new project in `dir` holding samplePersonas(); its path.
inline QString projectWithSamplePersonas(const TempDir &dir)
{
    auto project = newProject(dir);
    QList<Persona> personas = samplePersonas();
    EXPECT_TRUE(PersonaRepository::replaceAll(*project, personas));
    return project->path();
}

} // namespace pw::test
