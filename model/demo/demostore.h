// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QStringList>

namespace pw {

class Progress;

struct DemoOptions
{
    int people = 3000;
    quint64 seed = 20240917;
};

/// Writes a realistic small store in the generic format (customers.csv, orders.csv,
/// order_items.csv, events.csv, reviews.csv) into `folder`; deterministic for a seed. The
/// archetypes of the catalogue really occur in it. Returns the files written, or an empty list
/// and fills `error`.
QStringList writeDemoStore(const QString &folder, const DemoOptions &options, Error *error);

/// Creates the project at `projectPath` (which must not exist yet) from the demo store, and
/// clusters it. On failure nothing is left behind.
bool createDemoProject(const QString &projectPath, Progress *progress, Error *error);

} // namespace pw
