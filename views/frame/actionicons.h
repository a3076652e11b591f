// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace pw {

/// The main actions that the toolbar shows with a picture.
enum class ActionIcon { Import, Propose, Export, Present };

/// The icon of `which`, drawn for the product (resources/toolbar/*.svg) in the personas' colours,
/// legible on a light and on a dark toolbar, and direction-neutral (nothing to mirror in Hebrew).
/// Not taken from the desktop's icon theme: none has a picture for proposing personas, and one
/// themed icon beside three of ours would look accidental. The SVG is rendered here with
/// QSvgRenderer, so no icon theme or icon-engine plugin is needed (Xvfb, a bare install).
QIcon actionIcon(ActionIcon which);

} // namespace pw
