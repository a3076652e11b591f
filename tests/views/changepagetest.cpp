// SPDX-License-Identifier: GPL-3.0-or-later
// The deck's "What changed since the last workshop" page: in the PDF, the PowerPoint deck and the
// presentation when the deck's run is another than the last workshop's, with RunHistory's figures
// and movement; the export notes its run in the project.
#include "analysis/runhistory.h"
#include "analysis/segmentation.h"
#include "analysis/workshoprun.h"
#include "changecontent.h"
#include "changerenderer.h"
#include "deckcontent.h"
#include "deckexporter.h"
#include "deckpages.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "pptxexporter.h"
#include "presentation/presentationwindow.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace pw;

namespace {

bool hasPoppler()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"));
}

QString pdfText(const QString &pdf)
{
    const test::ProcessResult r = test::runProgram(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0);
    return QString::fromUtf8(r.out);
}

/// The texts of every slide of a .pptx, one string per slide.
QStringList slideTexts(const QString &path)
{
    QStringList slides;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return slides;
    for (int i = 1;; ++i) {
        if (!zip.setCurrentFile(QStringLiteral("ppt/slides/slide%1.xml").arg(i)))
            break;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            break;
        QXmlStreamReader reader(file.readAll());
        QStringList texts;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("t"))
                texts << reader.readElementText();
        }
        slides << texts.join(QLatin1Char('\n'));
    }
    return slides;
}

const QString kTitle = QStringLiteral("What changed since the last workshop");

/// Equal figures, "no data" (NaN) equal to "no data".
bool sameFigure(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/// A copy of the demo project (clustered once, 4 personas) that a test may re-cluster.
class ChangePage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("demo.personas"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(PW_DEMO_FIXTURE), m_path));
        ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
        Error error;
        m_project = Project::open(m_path, Project::OpenMode::OpenExisting, &error);
        ASSERT_TRUE(m_project) << qPrintable(error.toString());
        const auto run = RunStore::latestRun(*m_project, &error);
        ASSERT_TRUE(run) << qPrintable(error.toString());
        m_firstRun = run->id;
    }

    /// A second run, of another k: personas refreshed, some new, some gone.
    qint64 recluster(int k)
    {
        SegmentationOptions options;
        options.k = k;
        options.seed = 7;
        options.stabilityRuns = 0;
        Error error;
        const auto result = runSegmentation(*m_project, options, nullptr, &error);
        EXPECT_TRUE(result) << qPrintable(error.toString());
        return result ? result->runId : 0;
    }

    std::optional<DeckContent> deck(const ChangesSince &since = ChangesSince())
    {
        Error error;
        auto content = DeckContent::load(*m_project, QStringLiteral("en"), 10, &error);
        EXPECT_TRUE(content) << qPrintable(error.toString());
        if (content) {
            EXPECT_TRUE(content->loadChanges(*m_project, since, &error)) << qPrintable(error.toString());
        }
        return content;
    }

    test::TempDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    qint64 m_firstRun = 0;
};

} // namespace

TEST_F(ChangePage, TheFirstExportNotesItsRunAndHasNoPage)
{
    EXPECT_FALSE(WorkshopRun::noted(*m_project));
    DeckChangesOutcome outcome;
    Error error;
    ASSERT_TRUE(exportPdfDeck(*m_project, m_dir.path(QStringLiteral("a.pdf")), DeckOptions(), nullptr, &error, &outcome))
        << qPrintable(error.toString());
    EXPECT_FALSE(outcome.hasPage);
    EXPECT_FALSE(outcome.reason.isEmpty());
    EXPECT_EQ(outcome.deckRun, m_firstRun);
    EXPECT_EQ(WorkshopRun::noted(*m_project), m_firstRun);
    if (hasPoppler()) {
        EXPECT_FALSE(pdfText(m_dir.path(QStringLiteral("a.pdf"))).contains(kTitle));
    }

    // Exported again of the same run: still nothing to compare with.
    const auto again = deck();
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->changes);
    EXPECT_EQ(DeckPages::firstCardPage(*again), 2);
}

TEST_F(ChangePage, AReadOnlyProjectIsNotNoted)
{
    m_project.reset();
    Error error;
    Project::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto project = Project::open(m_path, Project::OpenMode::OpenExisting, &error, readOnly);
    ASSERT_TRUE(project && project->isReadOnly());
    ASSERT_TRUE(exportPdfDeck(*project, m_dir.path(QStringLiteral("a.pdf")), DeckOptions(), nullptr, &error))
        << qPrintable(error.toString());
    EXPECT_FALSE(WorkshopRun::noted(*project));
}

TEST_F(ChangePage, TheFiguresAndFlowsAreRunHistorys)
{
    Error error;
    ASSERT_TRUE(WorkshopRun::note(*m_project, m_firstRun, &error));
    const qint64 second = recluster(5);
    ASSERT_GT(second, m_firstRun);
    const auto content = deck();
    ASSERT_TRUE(content && content->changes) << qPrintable(content ? content->noChangesReason : QString());
    const ChangeContent &c = *content->changes;
    EXPECT_EQ(c.thenRun.id, m_firstRun);
    EXPECT_EQ(c.nowRun.id, second);
    EXPECT_TRUE(c.sinceWorkshop);

    const auto m = RunHistory::movement(*m_project, m_firstRun, second, &error);
    ASSERT_TRUE(m) << qPrintable(error.toString());
    EXPECT_EQ(c.peopleThen, m->peopleBefore);
    EXPECT_EQ(c.peopleNow, m->peopleAfter);
    // Every persona of either run once, with its figures of each run.
    int withThen = 0, withNow = 0;
    for (const PersonaThenNow &p : c.personas) {
        const RunPersona *before = nullptr;
        const RunPersona *after = nullptr;
        for (const RunPersona &r : m->fromPersonas)
            if (r.personaId == p.personaId)
                before = &r;
        for (const RunPersona &r : m->toPersonas)
            if (r.personaId == p.personaId)
                after = &r;
        ASSERT_TRUE(before || after) << p.personaId;
        EXPECT_EQ(p.then.has_value(), before != nullptr);
        EXPECT_EQ(p.now.has_value(), after != nullptr);
        EXPECT_EQ(p.kind, before && after ? PersonaThenNow::Kind::Kept
                          : after         ? PersonaThenNow::Kind::New
                                          : PersonaThenNow::Kind::Gone);
        if (before) {
            ++withThen;
            EXPECT_EQ(p.then->size, before->stats.size);
            EXPECT_TRUE(sameFigure(p.then->sharePeople, before->stats.sharePeople)) << p.then->sharePeople << " " << before->stats.sharePeople;
            EXPECT_TRUE(sameFigure(p.then->shareRevenue, before->stats.shareRevenue)) << p.then->shareRevenue << " " << before->stats.shareRevenue;
            EXPECT_TRUE(sameFigure(p.then->averageOrderValue, before->stats.averageOrderValue)) << p.then->averageOrderValue << " " << before->stats.averageOrderValue;
            EXPECT_TRUE(sameFigure(p.then->ordersPerPerson, before->stats.ordersPerPerson)) << p.then->ordersPerPerson << " " << before->stats.ordersPerPerson;
            EXPECT_TRUE(sameFigure(p.then->recencyDays, before->stats.recencyDays)) << p.then->recencyDays << " " << before->stats.recencyDays;
        }
        if (after) {
            ++withNow;
            EXPECT_EQ(p.now->size, after->stats.size);
            EXPECT_TRUE(sameFigure(p.now->sharePeople, after->stats.sharePeople)) << p.now->sharePeople << " " << after->stats.sharePeople;
            EXPECT_TRUE(sameFigure(p.now->averageOrderValue, after->stats.averageOrderValue)) << p.now->averageOrderValue << " " << after->stats.averageOrderValue;
        }
    }
    EXPECT_EQ(withThen, m->fromPersonas.size());
    EXPECT_EQ(withNow, m->toPersonas.size());
    EXPECT_EQ(withNow, 5);
    // The flows: each of RunHistory's, between the same personas (or outside).
    qint64 total = 0;
    for (const Flow &f : m->flows) {
        int from = -1, to = -1;
        for (int i = 0; i < c.personas.size(); ++i) {
            if (f.from && c.personas[i].personaId == *f.from && c.personas[i].then)
                from = i;
            if (f.to && c.personas[i].personaId == *f.to && c.personas[i].now)
                to = i;
        }
        EXPECT_EQ(c.flowPeople(from, to), f.people);
        total += f.people;
    }
    qint64 shown = 0;
    for (const ChangeFlow &f : c.flows)
        shown += f.people;
    EXPECT_EQ(shown, total);
    EXPECT_EQ(c.cameIn() + c.peopleThen, c.left() + c.peopleNow);

    // The change of a kept persona's people reads as RunHistory's difference.
    for (const PersonaThenNow &p : c.personas) {
        if (p.kind != PersonaThenNow::Kind::Kept || p.then->size < 10 || p.now->size < 10 || p.then->size == p.now->size)
            continue;
        {
            const QString delta = c.deltaText(p, QStringLiteral("size"), QLocale(QStringLiteral("en")));
            const QString number = QLocale(QStringLiteral("en")).toString(std::abs(p.now->size - p.then->size));
            EXPECT_TRUE(delta.contains(number)) << qPrintable(delta);
            EXPECT_TRUE(delta.startsWith(p.now->size > p.then->size ? QChar(0x25B2) : QChar(0x25BC))) << qPrintable(delta);
        }
    }
}

TEST_F(ChangePage, ThePdfAndThePptxHaveThePageWhenTheRunChanged)
{
    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    Error error;
    const QString first = m_dir.path(QStringLiteral("first.pdf"));
    ASSERT_TRUE(exportPdfDeck(*m_project, first, DeckOptions(), nullptr, &error)) << qPrintable(error.toString());
    const int pagesBefore = int(pdfText(first).count(QLatin1Char('\f')));
    const qint64 second = recluster(5);

    const QString pdf = m_dir.path(QStringLiteral("second.pdf"));
    DeckChangesOutcome outcome;
    ASSERT_TRUE(exportPdfDeck(*m_project, pdf, DeckOptions(), nullptr, &error, &outcome)) << qPrintable(error.toString());
    EXPECT_TRUE(outcome.hasPage);
    EXPECT_EQ(outcome.sinceRun, m_firstRun);
    EXPECT_EQ(WorkshopRun::noted(*m_project), second);
    const QString text = pdfText(pdf);
    const QStringList pages = text.split(QLatin1Char('\f'));
    ASSERT_GE(pages.size(), 4);
    EXPECT_TRUE(pages[2].contains(kTitle)) << qPrintable(pages[2].left(400));
    // One persona more than the first deck had (5 against 4), and the page.
    EXPECT_EQ(int(text.count(QLatin1Char('\f'))), pagesBefore + 2);
    // The page's figures: a kept persona's people then and now.
    const auto content = deck();
    ASSERT_TRUE(content && content->changes);
    const QLocale en(QStringLiteral("en"));
    for (const PersonaThenNow &p : content->changes->personas) {
        if (p.kind == PersonaThenNow::Kind::Kept && p.now->size >= 10 && p.then->size >= 10) {
            EXPECT_TRUE(pages[2].contains(en.toString(p.now->size))) << p.now->size;
            EXPECT_TRUE(pages[2].contains(QStringLiteral("then ") + en.toString(p.then->size))) << p.then->size;
        }
    }

    // The PowerPoint deck of the same run still compares with the workshop before.
    const QString pptx = m_dir.path(QStringLiteral("deck.pptx"));
    ASSERT_TRUE(exportPptxDeck(*m_project, pptx, DeckOptions(), nullptr, &error, &outcome)) << qPrintable(error.toString());
    EXPECT_TRUE(outcome.hasPage);
    const QStringList slides = slideTexts(pptx);
    ASSERT_GE(slides.size(), 3);
    EXPECT_TRUE(slides[2].contains(kTitle));
    EXPECT_FALSE(slides[3].contains(kTitle));
    for (const PersonaThenNow &p : content->changes->personas)
        EXPECT_TRUE(slides[2].contains(p.name)) << qPrintable(p.name);

    // Left out when asked.
    DeckOptions none;
    none.since.mode = ChangesSince::Mode::None;
    const QString without = m_dir.path(QStringLiteral("none.pdf"));
    ASSERT_TRUE(exportPdfDeck(*m_project, without, none, nullptr, &error)) << qPrintable(error.toString());
    EXPECT_FALSE(pdfText(without).contains(kTitle));
    const QString withoutPptx = m_dir.path(QStringLiteral("none.pptx"));
    ASSERT_TRUE(exportPptxDeck(*m_project, withoutPptx, none, nullptr, &error)) << qPrintable(error.toString());
    EXPECT_EQ(slideTexts(withoutPptx).size(), slides.size() - 1);
}

TEST_F(ChangePage, AChosenRunMustBeAnEarlierOne)
{
    const qint64 second = recluster(3);
    ChangesSince since;
    since.mode = ChangesSince::Mode::Run;
    since.run = m_firstRun;
    const auto content = deck(since);
    ASSERT_TRUE(content && content->changes);
    EXPECT_FALSE(content->changes->sinceWorkshop);
    EXPECT_EQ(content->changes->thenRun.id, m_firstRun);
    EXPECT_NE(ChangeRenderer::title(*content->changes), kTitle);

    Error error;
    auto own = DeckContent::load(*m_project, QStringLiteral("en"), 10, &error);
    ASSERT_TRUE(own);
    since.run = second;
    EXPECT_TRUE(own->loadChanges(*m_project, since, &error));
    EXPECT_FALSE(own->changes);
    EXPECT_FALSE(own->noChangesReason.isEmpty());
    since.run = second + 100;
    EXPECT_FALSE(own->loadChanges(*m_project, since, &error));
    EXPECT_TRUE(error.isSet());
}

TEST_F(ChangePage, ThePresentationShowsThePageAndNotesItsRun)
{
    Error error;
    ASSERT_TRUE(WorkshopRun::note(*m_project, m_firstRun, &error));
    const qint64 second = recluster(5);
    auto content = deck();
    ASSERT_TRUE(content && content->changes);
    ASSERT_TRUE(content->noteWorkshop(*m_project, &error));
    EXPECT_EQ(WorkshopRun::noted(*m_project), second);
    EXPECT_EQ(WorkshopRun::baseline(*m_project, second), m_firstRun);
    PresentationWindow window(std::move(*content));
    window.goTo(2);
    EXPECT_EQ(window.slideTitle(), kTitle);
    window.goTo(3);
    EXPECT_NE(window.slideTitle(), kTitle);
    // It paints in either theme, in Hebrew too, without a crash or an empty page.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
        auto page = deck();
        ASSERT_TRUE(page && page->changes);
        page->changes->language = language;
        QImage image(842, 595, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ChangeRenderer::paint(painter, QRectF(0, 0, 842, 595), *page->changes, QStringLiteral("demo"),
                                  PageTheme::dark());
        }
        // The band is dark; a page of text and ribbons has many colours.
        EXPECT_NE(image.pixelColor(400, 20), QColor(Qt::white));
        QSet<QRgb> colours;
        for (int y = 100; y < 590; y += 5)
            for (int x = 0; x < 842; x += 5)
                colours.insert(image.pixel(x, y));
        EXPECT_GT(colours.size(), 20) << qPrintable(language);
    }
}

TEST_F(ChangePage, TheExportDialogOffersTheRunsAndSaysWhy)
{
    // Before any deck: the last workshop is offered, with the reason there will be no page.
    QList<ChangeChoice> choices = ExportController::changeChoices(*m_project);
    ASSERT_GE(choices.size(), 2);
    EXPECT_EQ(choices.first().since.mode, ChangesSince::Mode::LastWorkshop);
    EXPECT_TRUE(choices.first().note.contains(QStringLiteral("no \"What changed\" page"))) << qPrintable(choices.first().note);
    EXPECT_EQ(choices.last().since.mode, ChangesSince::Mode::None);

    Error error;
    ASSERT_TRUE(WorkshopRun::note(*m_project, m_firstRun, &error));
    const qint64 second = recluster(3);
    choices = ExportController::changeChoices(*m_project);
    // The last workshop, the first run (the only earlier one), none.
    ASSERT_EQ(choices.size(), 3);
    EXPECT_TRUE(choices[0].note.contains(QStringLiteral("since run %1").arg(m_firstRun))) << qPrintable(choices[0].note);
    EXPECT_EQ(choices[1].since.mode, ChangesSince::Mode::Run);
    EXPECT_EQ(choices[1].since.run, m_firstRun);
    EXPECT_NE(choices[1].since.run, second);

    ExportDialog dialog(m_path);
    dialog.setChangeChoices(choices);
    ExportRequest request;
    request.options.since = choices[1].since;
    dialog.setRequest(request);
    EXPECT_EQ(dialog.request().options.since.mode, ChangesSince::Mode::Run);
    EXPECT_EQ(dialog.request().options.since.run, m_firstRun);
    request.options.since.mode = ChangesSince::Mode::None;
    dialog.setRequest(request);
    EXPECT_EQ(dialog.request().options.since.mode, ChangesSince::Mode::None);
}

TEST_F(ChangePage, SmallFlowsShowNoExactNumber)
{
    ChangeContent c;
    c.minSegment = 10;
    const QLocale en(QStringLiteral("en"));
    EXPECT_EQ(c.peopleText(7, en), QStringLiteral("fewer than 10"));
    EXPECT_EQ(c.peopleText(0, en), QStringLiteral("0"));
    EXPECT_EQ(c.peopleText(1234, en), QStringLiteral("1,234"));
    // A small segment then or now: no figures, no change.
    PersonaThenNow p;
    p.kind = PersonaThenNow::Kind::Kept;
    p.then = PersonaStats();
    p.then->size = 6;
    p.then->ordersPerPerson = 1.5;
    p.now = PersonaStats();
    p.now->size = 40;
    p.now->ordersPerPerson = 2;
    EXPECT_EQ(c.valueText(p.then, QStringLiteral("size"), en), QStringLiteral("fewer than 10"));
    EXPECT_EQ(c.valueText(p.then, QStringLiteral("orders_per_person"), en), QStringLiteral("—"));
    EXPECT_EQ(c.deltaText(p, QStringLiteral("orders_per_person"), en), QStringLiteral("—"));
    p.then->size = 30;
    EXPECT_EQ(c.deltaText(p, QStringLiteral("orders_per_person"), en),
              QString(QChar(0x25B2)) + QLatin1Char(' ') + QChar(0x2066) + QStringLiteral("+0.50") + QChar(0x2069));
}
