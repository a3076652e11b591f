// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "personatemplate.h"
#include "store/writestatus.h"

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
/// Stamps the template with a new revision (set in `personaTemplate`).
bool save(Project &project, PersonaTemplate &personaTemplate, Error *error = nullptr);
/// One step of the template editor, from `from` to `to` (nullopt: absent): a save, a deletion
/// (the ids of its personas put in `personaIds`) or a restoration (of a deleted template with its
/// id, and `personaIds` back on it). Conflict, with the reason in `error`, when the stored template
/// is no longer `from` as read (another program changed or deleted it, or took the id back).
WriteStatus change(Project &project, const std::optional<PersonaTemplate> &from, std::optional<PersonaTemplate> &to,
                   QList<qint64> &personaIds, Error *error = nullptr);
/// Deletes a user template; personas on it fall back to the built-in B2C template. Their ids are
/// first put in `personaIds`, if given, so that restore() can put them back on it.
bool remove(Project &project, qint64 id, Error *error = nullptr, QList<qint64> *personaIds = nullptr);
/// Undoes remove(): stores `personaTemplate` again with its id and puts `personaIds` back on it.
bool restore(Project &project, PersonaTemplate personaTemplate, const QList<qint64> &personaIds,
             Error *error = nullptr);
} // namespace TemplateRepository

} // namespace pw
