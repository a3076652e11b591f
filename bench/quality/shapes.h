// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storewriter.h"

#include <QList>

#include <functional>
#include <string>

namespace pw::quality {

/// Writes one person of a group (customer row, sessions, orders, reviews).
using Plant = std::function<void(StoreWriter &w, const std::string &customer)>;

/// One planted group of people: what they do and which archetype keys would name them rightly.
struct PlantedGroup
{
    const char *key;
    /// The archetype keys a segment made mostly of this group may be named by, '|'-separated.
    const char *archetypes;
    double share; ///< of the store's people
    const char *what;
    Plant plant;
};

/// A kind of store: its planted groups, the files it has and the number of segments it should
/// be cut into.
struct Shape
{
    const char *name;
    const char *what;
    qint64 people; ///< default number of people
    int expectedK;
    StoreOptions options;
    qint64 end; ///< the moment the data end (Unix time)
    QList<PlantedGroup> groups;
};

/// Every shape, in report order.
const QList<Shape> &shapes();
/// The shape of that name, or null.
const Shape *findShape(const QString &name);

} // namespace pw::quality
