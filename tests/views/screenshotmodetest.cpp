// SPDX-License-Identifier: GPL-3.0-or-later
// persona-workbench --screenshot runs unattended: it must end, also when something fails.
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

TEST(ScreenshotMode, AProjectThatCannotBeOpenedIsAnErrorOnStderr)
{
    pw::test::TempDir dir;
    const QString broken = dir.write(QStringLiteral("broken.personas"), "this is not an SQLite database\n");
    const QString shot = dir.path(QStringLiteral("shot.png"));
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // no recent projects of the user's
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(PERSONA_WORKBENCH), {QStringLiteral("--lang"), QStringLiteral("en"),
                                                      QStringLiteral("--screenshot"), shot, broken});
    ASSERT_TRUE(program.waitForStarted(10000));
    const bool ended = program.waitForFinished(20000);
    if (!ended) {
        program.kill();
        program.waitForFinished(5000);
    }
    ASSERT_TRUE(ended) << "the program waits on an error box";
    EXPECT_EQ(program.exitStatus(), QProcess::NormalExit);
    EXPECT_NE(program.exitCode(), 0);
    const QString err = QString::fromUtf8(program.readAllStandardError());
    EXPECT_TRUE(err.contains(QLatin1String("broken.personas"))) << qPrintable(err);
    EXPECT_FALSE(QFileInfo::exists(shot));
}
