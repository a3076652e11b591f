// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli recipe features|assign: SQL for the user's own warehouse.
#include "cli.h"

#include "language.h"
#include "warehouse/assignrecipe.h"
#include "warehouse/featurerecipe.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pw::cli {

namespace {

enum class Recipe { Features, Assign };

int writeRecipe(const QStringList &args, Recipe recipe)
{
    QCommandLineParser parser;
    addProjectOption(parser);
    parser.addOption({QStringLiteral("dialect"),
                      QCoreApplication::translate("Cli", "The SQL dialect: %1.").arg(SqlDialects::names().join(QStringLiteral(", "))),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Write the SQL to this file (default: standard output)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("table"),
                      QCoreApplication::translate("Cli", "The table the SQL creates (default: %1).")
                          .arg(recipe == Recipe::Features ? QStringLiteral("persona_features") : QStringLiteral("persona_assignments")),
                      QStringLiteral("NAME")});
    if (recipe == Recipe::Assign)
        parser.addOption({QStringLiteral("run"), QCoreApplication::translate("Cli", "The segmentation run whose personas to assign (see runs)."),
                          QStringLiteral("RUN")});
    int code = Ok;
    const QString description = recipe == Recipe::Features
        ? QCoreApplication::translate("Cli", "Write SQL that computes every person's features in your own warehouse from the "
                                             "canonical tables (customers, orders, order_items, events, reviews): a feature "
                                             "table to import. Switched-off features are left out.")
        : QCoreApplication::translate("Cli", "Write SQL that gives every person in your own warehouse the persona of a run: "
                                             "customer_id, persona_id, persona_name.");
    if (!parse(parser, args, description, &code))
        return code;
    const std::optional<SqlDialect> dialect = SqlDialects::fromName(parser.value(QStringLiteral("dialect")));
    if (!dialect)
        return fail(QCoreApplication::translate("Cli", "--dialect takes one of %1").arg(SqlDialects::names().join(QStringLiteral(", "))),
                    UsageError);
    const QString table = parser.isSet(QStringLiteral("table"))
        ? parser.value(QStringLiteral("table"))
        : (recipe == Recipe::Features ? QStringLiteral("persona_features") : QStringLiteral("persona_assignments"));
    if (!SqlDialects::isTableName(table))
        return fail(QCoreApplication::translate("Cli", "--table takes a table name of letters, digits and underscores "
                                                       "(schema.table allowed), not '%1'")
                        .arg(table),
                    UsageError);
    qint64 runId = 0;
    if (recipe == Recipe::Assign) {
        bool ok = false;
        runId = parser.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || runId <= 0)
            return fail(QCoreApplication::translate("Cli", "--run RUN (a run's number, see runs) is required"), UsageError);
    }
    auto project = openProject(parser, Project::OpenMode::OpenExisting, Access::Read);
    if (!project)
        return Failed;
    QString sql;
    if (recipe == Recipe::Features) {
        sql = FeatureRecipe::script(*dialect, FeatureSettings::load(*project), table);
    } else {
        Error error;
        const std::optional<AssignRecipe::RunModel> run = AssignRecipe::load(*project, runId, applicationLanguage(), &error);
        if (!run)
            return fail(error);
        sql = AssignRecipe::script(*dialect, *run, table);
    }
    if (parser.isSet(QStringLiteral("out"))) {
        Error error;
        if (!writeTextFile(parser.value(QStringLiteral("out")), sql.toUtf8(), &error))
            return fail(error);
    } else {
        QTextStream(stdout) << sql;
    }
    return Ok;
}

} // namespace

int recipe(const QStringList &args)
{
    const QString which = args.size() > 1 ? args[1] : QString();
    if (which == QLatin1String("features") || which == QLatin1String("assign")) {
        QStringList rest = args;
        rest.removeAt(1);
        rest[0] = QStringLiteral("recipe ") + which;
        return writeRecipe(rest, which == QLatin1String("features") ? Recipe::Features : Recipe::Assign);
    }
    return fail(QCoreApplication::translate("Cli", "recipe takes features or assign: persona-cli recipe features --project P "
                                                   "--dialect NAME, persona-cli recipe assign --project P --run RUN --dialect NAME"),
                UsageError);
}

} // namespace pw::cli
