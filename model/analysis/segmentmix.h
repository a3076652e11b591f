// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "persona/persona.h"

#include <QList>

namespace pw {

class Project;

/// The channel mix and top categories of segments, read from the store.
namespace SegmentMix {

/// Fills `mixComputed`, `channelBasis`, `channelMix` and `topCategories` of the stats of every
/// persona linked to a segment (runId > 0, segment >= 0) from the store, using the run's
/// assignments as stored in the project (so call it after they are written, in the same
/// transaction). The channel mix counts the segment's orders (not cancelled) by orders.channel;
/// a store without channels counts them by orders.device, and one without either its sessions
/// by events.source. Top categories are the segment's shares of revenue by order_items.category
/// (quantity × unit price; lines when there are no prices), else of order totals by
/// orders.category. Shares are of the orders, sessions or revenue that have such a value;
/// synonyms of a channel ("app", "ios") count as one. Personas of other runs are left alone.
bool attach(Project &project, QList<Persona> &personas, Error *error);

} // namespace SegmentMix

} // namespace pw
