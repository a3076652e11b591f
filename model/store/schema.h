// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::schema {

/// The ordered list of migrations: entry i brings a project from user_version i to i + 1.
/// Never edit a migration that has shipped; append a new one.
const QList<QStringList> &migrations();

} // namespace pw::schema
