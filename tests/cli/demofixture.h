// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QFile>
#include <QString>

#include <gtest/gtest.h>

namespace pw::test {

/// A copy, in `dir`, of the project `persona-cli demo` made when it was built (PW_DEMO_FIXTURE,
/// tests/CMakeLists.txt). Every test runs in a process of its own: making the demo store per test
/// cost a demo run each, seconds, and tens of seconds under the sanitizers.
inline QString demoProjectCopy(const TempDir &dir, const QString &name = QStringLiteral("demo.personas"))
{
    const QString copy = dir.path(name);
    if (!QFile::copy(QStringLiteral(PW_DEMO_FIXTURE), copy)) {
        ADD_FAILURE() << "no demo project at " << PW_DEMO_FIXTURE;
        return copy;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

} // namespace pw::test
