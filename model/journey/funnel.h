// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

class Project;

/// The journey stages, in order: awareness, consideration, conversion, retention, advocacy.
QStringList journeyStageKeys();
/// A stage's name in the interface language.
QString journeyStageName(const QString &key);

struct FunnelStage
{
    QString key;
    qint64 people = 0;
};

/// People per stage, each person counted once per stage.
struct Funnel
{
    QList<FunnelStage> stages;
    qint64 people(const QString &key) const;
};

struct PersonaFunnel
{
    qint64 personaId = 0;
    Funnel funnel;
};

struct FunnelReport
{
    Funnel everyone;
    QList<PersonaFunnel> personas; ///< in the project's persona order
};

/// Computes the default funnels (DESIGN.md) for everyone and for every persona linked to a segment.
std::optional<FunnelReport> computeFunnels(Project &project, Error *error);

} // namespace pw
