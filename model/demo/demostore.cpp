// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostore.h"

#include "csvwriter.h"
#include "demogenerator.h"

#include "analysis/segmentation.h"
#include "common/progress.h"
#include "import/importer.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace pw {

namespace {


void removeProjectFiles(const QString &path)
{
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

QStringList writeDemoStore(const QString &folder, const DemoOptions &options, Error *error)
{
    if (!QDir(folder).exists()) {
        if (error) {
            error->message = QCoreApplication::translate("DemoStore", "The folder does not exist");
            error->file = folder;
        }
        return {};
    }
    DemoGenerator generator(options.people, options.seed);
    generator.generate();
    const QDir dir(folder);
    const QList<std::pair<QString, const QList<QStringList> *>> tables
        = {{QStringLiteral("customers.csv"), &generator.customers},
            {QStringLiteral("orders.csv"), &generator.orders},
            {QStringLiteral("order_items.csv"), &generator.orderItems},
            {QStringLiteral("events.csv"), &generator.events},
            {QStringLiteral("reviews.csv"), &generator.reviews}};
    QStringList written;
    for (const auto &[name, rows] : tables) {
        CsvWriter writer(dir.filePath(name));
        for (const QStringList &row : *rows)
            writer.writeRow(row);
        if (!writer.commit(error))
            return {};
        written << writer.path();
    }
    return written;
}

bool createDemoProject(const QString &projectPath, Progress *progress, Error *error)
{
    Error local;
    Error &err = error ? *error : local;
    err = Error();
    if (QFileInfo::exists(projectPath)) {
        err.message = QCoreApplication::translate("DemoStore", "The project file already exists");
        err.file = projectPath;
        return false;
    }
    QTemporaryDir temp;
    if (!temp.isValid()) {
        err.message = QCoreApplication::translate("DemoStore", "A temporary folder cannot be created: %1").arg(temp.errorString());
        return false;
    }
    const QStringList files = writeDemoStore(temp.path(), DemoOptions(), &err);
    if (files.isEmpty())
        return false;

    bool ok = false;
    {
        std::unique_ptr<Project> project
            = Project::open(projectPath, Project::OpenMode::CreateIfMissing, &err);
        if (project) {
            ImportOptions importOptions;
            importOptions.format = QStringLiteral("generic");
            importOptions.onError = OnError::Abort;
            const ImportReport report = importFiles(*project, files, importOptions, progress);
            if (report.canceled) {
                err.message = QCoreApplication::translate("DemoStore", "The demo project was canceled");
            } else if (!report.ok()) {
                err = report.fatal;
            } else if (runSegmentation(*project, SegmentationOptions(), progress, &err)) {
                ok = true;
            }
        }
    }
    if (!ok)
        removeProjectFiles(projectPath);
    return ok;
}

} // namespace pw
