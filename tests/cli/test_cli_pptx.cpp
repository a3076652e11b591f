// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli export --pptx: a PowerPoint deck in the asked language.
#include "persona/persona.h"
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace pw;

TEST(CliExport, WritesAPowerPointDeck)
{
    test::TempDir dir;
    QString project;
    {
        auto p = test::newProject(dir, QStringLiteral("shop.personas"));
        project = p->path();
        Persona persona;
        persona.customName = QStringLiteral("Лояльная Лена");
        persona.archetype = QStringLiteral("repeat_buyer");
        persona.stats.size = 250;
        QList<Persona> personas{persona};
        Error error;
        ASSERT_TRUE(PersonaRepository::replaceAll(*p, personas, &error)) << qPrintable(error.toString());
    }
    const QString pptx = dir.path(QStringLiteral("deck.pptx"));
    const auto r = test::runProgram(QStringLiteral(PERSONA_CLI),
                                    {QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--pptx"),
                                     pptx, QStringLiteral("--lang"), QStringLiteral("ru")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile file(pptx);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("PK\x03\x04")); // a zip package
    EXPECT_TRUE(bytes.contains("ppt/slides/slide3.xml"));  // cover, overview, the persona
    EXPECT_FALSE(bytes.contains("ppt/slides/slide6.xml")); // ..., funnels, data: five slides

    // An unwritable path fails with a reason and leaves nothing behind.
    const QString bad = dir.path(QStringLiteral("no/such/folder/deck.pptx"));
    const auto failed = test::runProgram(QStringLiteral(PERSONA_CLI),
                                         {QStringLiteral("export"), QStringLiteral("--project"), project,
                                          QStringLiteral("--pptx"), bad});
    EXPECT_NE(failed.exitCode, 0);
    EXPECT_FALSE(failed.err.isEmpty());
    EXPECT_FALSE(QFile::exists(bad));
}
