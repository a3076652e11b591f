// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckexporter.h"

#include "cardrenderer.h"
#include "common/progress.h"
#include "common/savefile.h"
#include "deckcontent.h"
#include "deckpages.h"
#include "language.h"
#include "store/project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cerrno>
#include <memory>
#include <vector>

namespace pw {

namespace {

/// The translation context of the texts in this file.
class DeckExporter
{
    Q_DECLARE_TR_FUNCTIONS(DeckExporter)
};

bool fail(Error *error, const QString &path, const QString &message)
{
    if (error) {
        *error = Error();
        error->file = path;
        error->message = message;
    }
    return false;
}

/// A file name made of the persona's letters and digits, e.g. "01-repeat-buyer.png".
QString cardFileName(int index, const QString &name)
{
    QString safe;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            safe += c;
        else if (!safe.isEmpty() && !safe.endsWith(QLatin1Char('-')))
            safe += QLatin1Char('-');
    }
    while (safe.endsWith(QLatin1Char('-')))
        safe.chop(1);
    safe.truncate(48);
    if (safe.isEmpty())
        safe = QStringLiteral("persona");
    return QStringLiteral("%1-%2.png").arg(index, 2, 10, QLatin1Char('0')).arg(safe);
}

} // namespace

bool exportPdfDeck(Project &project, const QString &pdfPath, const DeckOptions &options, Progress *progress,
                   Error *error, DeckChangesOutcome *changes)
{
    std::optional<DeckContent> deck = DeckContent::load(project, options.language, options.minSegment, error);
    if (!deck || !deck->loadChanges(project, options.since, error))
        return false;
    if (changes)
        *changes = deck->changesOutcome();
    const QList<DeckPage> pages = DeckPages::all(*deck);

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, pdfPath, DeckExporter::tr("The PDF file cannot be written: %1").arg(file.errorString()));

    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(
            QPageSize(options.pageSize == DeckOptions::PageSize::Letter ? QPageSize::Letter : QPageSize::A4),
            options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(DeckExporter::tr("Buyer personas – %1").arg(deck->projectName));
        writer.setCreator(QStringLiteral("Persona Workbench"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, pdfPath, DeckExporter::tr("The PDF file cannot be written"));
        const QRectF sheet(0, 0, writer.width(), writer.height());
        // Landscape: a page per sheet, edge to edge. Portrait: two pages per sheet, one above the
        // other with a margin, like handouts, so that nothing is shrunk into a strip.
        const int perSheet = options.landscape ? 1 : 2;
        const qreal gap = sheet.width() * 0.04;
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0 && i % perSheet == 0)
                writer.newPage();
            QRectF slot = sheet;
            if (perSheet == 2) {
                const qreal h = (sheet.height() - 3 * gap) / 2;
                slot = QRectF(gap, gap + (i % 2) * (h + gap), sheet.width() - 2 * gap, h);
            }
            pages[i].paint(painter, slot);
            if (progress && !progress->report(i + 1, pages.size(), DeckExporter::tr("Writing the PDF"))) {
                painter.end();
                file.cancelWriting();
                return fail(error, pdfPath, DeckExporter::tr("The export was canceled; nothing was written."));
            }
        }
        painter.end();
    }
    if (QString problem; !commitWholeFile(file, &problem))
        return fail(error, pdfPath, DeckExporter::tr("The PDF file cannot be written: %1").arg(problem));
    return noteExportedDeck(project, *deck, options, error);
}

bool noteExportedDeck(Project &project, const DeckContent &deck, const DeckOptions &options, Error *error)
{
    if (!options.noteWorkshop || deck.noteWorkshop(project, error))
        return true;
    if (error)
        error->message = DeckExporter::tr("The deck was written, but its run could not be noted as the last "
                                          "workshop's: %1")
                             .arg(error->message);
    return false;
}

bool exportCardPngs(Project &project, const QString &folder, const DeckOptions &options, QStringList *written,
                    Progress *progress, Error *error)
{
    const std::optional<DeckContent> deck = DeckContent::load(project, options.language, options.minSegment, error);
    if (!deck)
        return false;
    const QList<DeckPage> pages = DeckPages::all(*deck);
    const int firstCard = DeckPages::firstCardPage(*deck);
    const bool folderExisted = QDir(folder).exists();
    if (!QDir().mkpath(folder))
        return fail(error, folder, DeckExporter::tr("The folder cannot be created"));

    const QSizeF natural = CardRenderer::naturalSize();
    const int width = qMax(200, options.pngWidth);
    const int height = qRound(width * natural.height() / natural.width());
    const QDir dir(folder);
    const int count = int(deck->personas.size());
    // Every card goes to a QSaveFile that is committed only when all are drawn: a cancel or a
    // failure leaves the folder as it was (older cards of the same names included).
    std::vector<std::unique_ptr<QSaveFile>> files;
    auto abandon = [&](const QString &path, const QString &message) {
        for (auto &file : files)
            file->cancelWriting();
        files.clear(); // QSaveFile removes its temporary file
        if (!folderExisted)
            QDir().rmdir(folder); // only if it is still empty
        return fail(error, path, message);
    };
    auto canceled = [&](int done, const QString &stage) {
        return progress && !progress->report(done, 2 * qint64(count), stage);
    };
    auto canceledMessage = [&] {
        if (files.empty())
            return DeckExporter::tr("The export was canceled; no image was written.");
        if (files.size() == 1)
            return DeckExporter::tr("The export was canceled; the image already drawn was removed.");
        return DeckExporter::tr("The export was canceled; the %n images already drawn were removed.", nullptr,
                                int(files.size()));
    };
    for (int i = 0; i < count; ++i) {
        const QString name = deck->personas[i].displayName(options.language);
        if (canceled(2 * i, DeckExporter::tr("Drawing card %1 of %2: %3").arg(i + 1).arg(count).arg(isolated(name))))
            return abandon(folder, canceledMessage());
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            pages[firstCard + i].paint(painter, QRectF(0, 0, width, height));
        }
        if (canceled(2 * i + 1, DeckExporter::tr("Saving card %1 of %2: %3").arg(i + 1).arg(count).arg(isolated(name))))
            return abandon(folder, canceledMessage());
        const QString path = dir.filePath(cardFileName(i + 1, name));
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        if (!image.save(&png, "PNG"))
            return abandon(path, DeckExporter::tr("The image cannot be written: %1").arg(path));
        auto file = std::make_unique<QSaveFile>(path);
        errno = 0;
        if (!file->open(QIODevice::WriteOnly) || file->write(png.data()) != png.size() || !file->flush()) {
            // The system's reason ("File too large") rather than QSaveFile's "Unknown error".
            const QString problem = errno != 0 ? qt_error_string(errno) : file->errorString();
            file->cancelWriting();
            return abandon(path, DeckExporter::tr("The image cannot be written: %1").arg(problem));
        }
        files.push_back(std::move(file));
    }
    // Committing is quick (a rename each) and not canceled half way.
    for (auto &file : files) {
        QString problem;
        const QString path = file->fileName();
        if (!commitWholeFile(*file, &problem))
            return abandon(path, DeckExporter::tr("The image cannot be written: %1").arg(problem));
        if (written)
            *written << path;
    }
    if (progress)
        progress->report(2 * qint64(count), 2 * qint64(count), DeckExporter::tr("Writing the images"));
    return true;
}

} // namespace pw
