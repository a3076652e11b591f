// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "personatemplate.h"

#include <QList>

#include <optional>

namespace pw {

class Project;

/// Reading and writing the templates of a project. The built-in templates have a row each
/// (so that personas can refer to them) but their sections come from the application and they
/// cannot be changed or deleted: duplicate one to make it your own.
namespace TemplateRepository {
/// Every template of the project: the built-in ones first, then the user's in their order.
QList<PersonaTemplate> all(Project &project, Error *error = nullptr);
/// The template with `id`, or nullopt.
std::optional<PersonaTemplate> find(Project &project, qint64 id, Error *error = nullptr);
/// The id of the built-in template `which` in this project, 0 if it has none.
qint64 builtinId(Project &project, PersonaTemplate::Builtin which);
/// Stores a user template: inserted (and its id set) when its id is 0, else updated, or inserted
/// again with its id if it was deleted (undoing a deletion). Built-in templates are refused.
bool save(Project &project, PersonaTemplate &personaTemplate, Error *error = nullptr);
/// Deletes a user template; personas on it fall back to the built-in B2C template. Their ids are
/// first put in `personaIds`, if given, so that restore() can put them back on it.
bool remove(Project &project, qint64 id, Error *error = nullptr, QList<qint64> *personaIds = nullptr);
/// Undoes remove(): stores `personaTemplate` again with its id and puts `personaIds` back on it.
bool restore(Project &project, PersonaTemplate personaTemplate, const QList<qint64> &personaIds,
             Error *error = nullptr);
} // namespace TemplateRepository

} // namespace pw
