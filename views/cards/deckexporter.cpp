// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckexporter.h"

#include "cardrenderer.h"
#include "common/progress.h"
#include "comparisonrenderer.h"
#include "coverrenderer.h"
#include "journey/funnel.h"
#include "persona/persona.h"
#include "store/project.h"
#include "store/summary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pw {

namespace {

/// The translation context of the texts in this file.
class DeckExporter
{
    Q_DECLARE_TR_FUNCTIONS(DeckExporter)
};

/// Everything a deck needs, read from the project once.
struct DeckData
{
    QList<Persona> personas;
    QList<CardContext> contexts; ///< one per persona
    CoverContent cover;
};

bool loadDeck(Project &project, const DeckOptions &options, DeckData *deck, Error *error)
{
    Error err;
    deck->personas = PersonaRepository::load(project, &err);
    if (err.isSet()) {
        if (error)
            *error = err;
        return false;
    }
    const auto summary = summarize(project, &err);
    if (!summary) {
        if (error)
            *error = err;
        return false;
    }
    std::optional<FunnelReport> funnels;
    if (!deck->personas.isEmpty())
        funnels = computeFunnels(project, &err);

    CardContext base;
    base.language = options.language;
    base.projectName = QFileInfo(project.path()).completeBaseName();
    base.peopleTotal = summary->people;
    if (summary->firstDate.isValid() && summary->lastDate.isValid())
        base.dataPeriod = summary->firstDate.date().toString(Qt::ISODate) + QStringLiteral(" – ")
            + summary->lastDate.date().toString(Qt::ISODate);
    for (const Persona &persona : std::as_const(deck->personas)) {
        CardContext context = base;
        if (funnels) {
            for (const PersonaFunnel &pf : std::as_const(funnels->personas))
                if (pf.personaId == persona.id)
                    context.funnel = pf.funnel;
        }
        deck->contexts << context;
    }
    deck->cover.language = options.language;
    deck->cover.projectName = base.projectName;
    deck->cover.date = QDate::currentDate();
    deck->cover.peopleTotal = base.peopleTotal;
    deck->cover.dataPeriod = base.dataPeriod;
    deck->cover.personas = deck->personas;
    return true;
}

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
                   Error *error)
{
    DeckData deck;
    if (!loadDeck(project, options, &deck, error))
        return false;

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, pdfPath, DeckExporter::tr("The PDF file cannot be written: %1").arg(file.errorString()));

    const qint64 pages = deck.personas.size() + 1;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(DeckExporter::tr("Buyer personas – %1").arg(deck.cover.projectName));
        writer.setCreator(QStringLiteral("Persona Workbench"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, pdfPath, DeckExporter::tr("The PDF file cannot be written"));
        const QRectF page(0, 0, writer.width(), writer.height());
        CoverRenderer::paint(painter, page, deck.cover);
        if (progress && !progress->report(1, pages, DeckExporter::tr("Writing the PDF"))) {
            painter.end();
            file.cancelWriting();
            return fail(error, pdfPath, DeckExporter::tr("The export was canceled"));
        }
        for (int i = 0; i < deck.personas.size(); ++i) {
            writer.newPage();
            CardRenderer::paint(painter, page, deck.personas[i], deck.contexts[i]);
            if (progress && !progress->report(i + 2, pages, DeckExporter::tr("Writing the PDF"))) {
                painter.end();
                file.cancelWriting();
                return fail(error, pdfPath, DeckExporter::tr("The export was canceled"));
            }
        }
        // The personas side by side, with the figures and sections chosen in the comparison view.
        if (deck.personas.size() > 1) {
            writer.newPage();
            ComparisonRenderer::paint(painter, page,
                                      ComparisonContent::fromProject(project, deck.personas, options.language));
        }
        painter.end();
    }
    if (!file.commit())
        return fail(error, pdfPath, DeckExporter::tr("The PDF file cannot be written: %1").arg(file.errorString()));
    return true;
}

bool exportCardPngs(Project &project, const QString &folder, const DeckOptions &options, QStringList *written,
                    Progress *progress, Error *error)
{
    DeckData deck;
    if (!loadDeck(project, options, &deck, error))
        return false;
    if (!QDir().mkpath(folder))
        return fail(error, folder, DeckExporter::tr("The folder cannot be created"));

    const QSizeF natural = CardRenderer::naturalSize();
    const int width = qMax(200, options.pngWidth);
    const int height = qRound(width * natural.height() / natural.width());
    const QDir dir(folder);
    for (int i = 0; i < deck.personas.size(); ++i) {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            CardRenderer::paint(painter, QRectF(0, 0, width, height), deck.personas[i], deck.contexts[i]);
        }
        const QString path = dir.filePath(cardFileName(i + 1, deck.personas[i].displayName(options.language)));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return fail(error, path, DeckExporter::tr("The image cannot be written: %1").arg(file.errorString()));
        if (written)
            *written << path;
        if (progress && !progress->report(i + 1, deck.personas.size(), DeckExporter::tr("Writing the images")))
            return fail(error, folder, DeckExporter::tr("The export was canceled"));
    }
    return true;
}

} // namespace pw
