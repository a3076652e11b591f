// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::schema {

/// The ordered list of migrations: entry i brings a project from user_version i to i + 1.
/// Never edit a migration that has shipped; append a new one.
const QList<QStringList> &migrations();

/// Objects made when first needed rather than by a migration (CREATE ... IF NOT EXISTS): a
/// project of any version may hold them or not.
const QStringList &optionalObjects();
/// The statement of optionalObjects() that makes the index of events by session.
const QString &eventsBySessionIndex();

} // namespace pw::schema
