// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/project.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pw::test {

/// A temporary folder for one test, removed at the end.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name = QString()) const;
    /// Writes `contents` (UTF-8) to `name` in the folder and returns its path.
    QString write(const QString &name, const QByteArray &contents) const;

private:
    QTemporaryDir m_dir;
};

/// Creates a new empty project in `dir`; fails the test if it cannot.
std::unique_ptr<Project> newProject(const TempDir &dir, const QString &name = QStringLiteral("test.personas"));

/// SHA-256 of a file, hex; empty if it cannot be read.
QByteArray fileHash(const QString &path);

/// Runs a program and returns its exit code; stdout and stderr are captured.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 240000);

} // namespace pw::test
