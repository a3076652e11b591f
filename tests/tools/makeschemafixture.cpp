// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the project fixture of a schema version: run it once whenever a migration is added,
// then commit the file (see Project.HasAFixtureOfEverySchemaVersion).
//   pw_make_schema_fixture [VERSION] [FOLDER]
// VERSION defaults to the current schema version, FOLDER to tests/fixtures/projects.
#include "schemafixture.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool ok = true;
    const int version = args.size() > 0 ? args[0].toInt(&ok) : pw::Project::currentSchemaVersion();
    if (!ok || args.size() > 2) {
        std::fprintf(stderr, "usage: pw_make_schema_fixture [VERSION] [FOLDER]\n");
        return 2;
    }
    const QDir folder(args.size() > 1 ? args[1] : QStringLiteral(TEST_DATA_DIR "/projects"));
    const QString out = folder.filePath(pw::test::SchemaFixture::fileName(version));
    const QString v1 = QDir(QStringLiteral(TEST_DATA_DIR "/projects")).filePath(pw::test::SchemaFixture::fileName(1));
    const QString error = pw::test::SchemaFixture::write(version, v1, out);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "pw_make_schema_fixture: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(out)));
    return 0;
}
