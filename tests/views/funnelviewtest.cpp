// SPDX-License-Identifier: GPL-3.0-or-later
// The funnel chart, the funnel view, the journey map model and the Journey tab.
#include "testsupport.h"

#include "demo/demostore.h"
#include "journey/funnelchart.h"
#include "journey/funnelview.h"
#include "journey/journeycontroller.h"
#include "journey/journeymapmodel.h"
#include "cardrenderer.h"
#include "language.h"
#include "persona/persona.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;

namespace {

Funnel makeFunnel(QList<qint64> people, QList<bool> measured = {true, true, true, true, true})
{
    Funnel f;
    const QStringList keys = journeyStageKeys();
    for (int i = 0; i < 5; ++i) {
        FunnelStage s{keys[i], people[i], measured[i]};
        if (i < 4 && measured[i] && measured[i + 1])
            s.medianHoursToNext = 10.0 * (i + 1);
        f.stages << s;
    }
    f.members = people[0];
    return f;
}

/// A demo project, created once for the tests of this file.
QString demoProject()
{
    static test::TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("demo.personas"));
        Error error;
        NullProgress progress;
        EXPECT_TRUE(createDemoProject(p, &progress, &error)) << qPrintable(error.message);
        return p;
    }();
    return path;
}

} // namespace

TEST(FunnelChart, LabelsCountsSharesDropOffAndNoData)
{
    FunnelChart chart;
    chart.resize(420, 360);
    chart.setFunnel(QStringLiteral("Everyone"), makeFunnel({1000, 600, 150, 0, 0}, {true, true, true, true, false}),
                    QColor(QStringLiteral("#1565c0")));
    const QStringList texts = chart.barTexts();
    ASSERT_EQ(texts.size(), 9); // five bars, four gaps
    EXPECT_TRUE(texts[0].startsWith(QStringLiteral("1,000"))) << qPrintable(texts[0]);
    EXPECT_TRUE(texts[0].contains(QStringLiteral("100.0%")));
    EXPECT_TRUE(texts[2].contains(QStringLiteral("60.0%"))) << qPrintable(texts[2]);
    EXPECT_TRUE(texts[1].contains(QStringLiteral("40.0%"))) << qPrintable(texts[1]); // 40% lost to consideration
    EXPECT_TRUE(texts[6].startsWith(QStringLiteral("0"))); // retention: a real 0
    EXPECT_EQ(texts[8], QStringLiteral("no data"));      // advocacy cannot be measured
    EXPECT_TRUE(texts[7].isEmpty());                      // no drop-off into an unmeasured stage
    QSignalSpy clicked(&chart, &FunnelChart::stageClicked);
    chart.setSelectedStage(2);
    EXPECT_EQ(chart.selectedStage(), 2);
}

TEST(FunnelChart, LabelsFitTheirChartWithoutOverlapInEveryLanguage)
{
    // Four personas side by side in a 1280x800 window, then one persona against everyone else:
    // no label is elided, leaves its chart or overlaps another (title, stage names, bar texts,
    // drop-offs with a median in days).
    QList<Persona> personas;
    FunnelReport report;
    report.everyone = makeFunnel({3000, 2000, 900, 300, 100});
    const QList<QList<qint64>> people = {{474, 474, 474, 474, 283}, {906, 906, 906, 114, 138},
                                         {1008, 1008, 0, 0, 0}, {612, 1, 0, 0, 0}};
    for (int i = 0; i < 4; ++i) {
        Persona p;
        p.id = i + 1;
        p.customName = i == 1 ? QStringLiteral("Новый покупатель, высокий средний чек") : QStringLiteral("P%1").arg(i + 1);
        p.color = QStringLiteral("#2b2170");
        p.archetype = QStringLiteral("bouncer");
        personas << p;
        Funnel f = makeFunnel(people[i]);
        for (int s = 0; s < 4; ++s)
            if (f.stages[s].medianHoursToNext)
                f.stages[s].medianHoursToNext = 1288.8 + s;
        report.personas << PersonaFunnel{p.id, f, makeFunnel({2000, 1300, 600, 200, 70})};
    }
    QUndoStack undo;
    JourneyMapModel notes(&undo);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
        setApplicationLanguage(lang);
        FunnelView view(&notes);
        view.setLayoutDirection(isRightToLeft(lang) ? Qt::RightToLeft : Qt::LeftToRight);
        view.resize(1070, 690); // the funnel view in a 1280x800 window
        view.setReport(report, personas, lang);
        view.setCurrentPersona(2);
        view.show();
        for (const auto mode : {FunnelView::Mode::Personas, FunnelView::Mode::PersonaVsOthers}) {
            view.setMode(mode);
            QApplication::processEvents();
            ASSERT_EQ(view.charts().size(), mode == FunnelView::Mode::Personas ? 4 : 2);
            if (const QString outDir = qEnvironmentVariable("PW_SCREENSHOT_DIR"); !outDir.isEmpty())
                view.grab().save(QDir(outDir).filePath(QStringLiteral("funnel-labels-%1-%2.png").arg(lang).arg(int(mode))));
            for (const FunnelChart *chart : view.charts()) {
                const QList<FunnelChart::LabelBox> boxes = chart->labelBoxes();
                EXPECT_GE(boxes.size(), 1 + 5 + 5 + 1);
                const QRectF bounds = chart->chart()->rect();
                for (int a = 0; a < boxes.size(); ++a) {
                    const QString what = lang + QStringLiteral(": ") + boxes[a].text;
                    EXPECT_FALSE(boxes[a].text.contains(QChar(0x2026))) << qPrintable(what);
                    EXPECT_TRUE(bounds.contains(boxes[a].rect)) << qPrintable(what);
                    for (int b = a + 1; b < boxes.size(); ++b)
                        EXPECT_FALSE(boxes[a].rect.adjusted(1, 1, -1, -1).intersects(boxes[b].rect))
                            << qPrintable(what + QStringLiteral(" / ") + boxes[b].text);
                }
            }
        }
    }
    setApplicationLanguage(QStringLiteral("en"));
}

TEST(JourneyMapModel, EditsAreStoredAndUndoable)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO personas(id, position, archetype, color) VALUES (7, 0, 'bouncer', '#000000')")));
    QUndoStack undo;
    JourneyMapModel model(&undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPersona(project.get(), 7, QStringLiteral("en"));
    EXPECT_EQ(model.columnCount(), 5);
    EXPECT_EQ(model.rowCount(), journeyNoteFields().size());
    const QModelIndex cell = model.index(model.rowOfField(QStringLiteral("touchpoints")), 2);
    EXPECT_FALSE(cell.data(JourneyMapModel::WrittenRole).toBool());
    EXPECT_EQ(cell.data().toString(), journeyStageDefault(QStringLiteral("conversion"), QStringLiteral("touchpoints"),
                                                          QStringLiteral("en")));
    EXPECT_TRUE(model.flags(cell) & Qt::ItemIsEditable);
    ASSERT_TRUE(model.setData(cell, QStringLiteral("Checkout page")));
    ASSERT_TRUE(model.setData(cell, QStringLiteral("Checkout page, Apple Pay")));
    EXPECT_EQ(undo.count(), 1); // typing into one cell is one undo step
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT value FROM journey_notes WHERE persona_id = 7 AND stage = 'conversion'"
                                             " AND field = 'touchpoints'")).toString(),
              QStringLiteral("Checkout page, Apple Pay"));
    undo.undo();
    EXPECT_FALSE(cell.data(JourneyMapModel::WrittenRole).toBool());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM journey_notes")).toInt(), 0);
    undo.redo();
    EXPECT_EQ(cell.data().toString(), QStringLiteral("Checkout page, Apple Pay"));
    model.setPersona(nullptr, 0, QStringLiteral("en"));
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
}

TEST(FunnelView, ShowsPersonasSideBySideAndEditsTheStageNotes)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    QList<Persona> personas;
    FunnelReport report;
    report.everyone = makeFunnel({3000, 2000, 900, 300, 100});
    const QStringList colors = {QStringLiteral("#1565c0"), QStringLiteral("#c62828"), QStringLiteral("#2e7d32")};
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO personas(id, position, name, archetype, color) VALUES (?, ?, ?, 'bouncer', ?)"),
                                  {i + 1, i, QStringLiteral("P%1").arg(i + 1), colors[i]}));
        Persona p;
        p.id = i + 1;
        p.customName = QStringLiteral("P%1").arg(i + 1);
        p.color = colors[i];
        p.archetype = QStringLiteral("bouncer");
        personas << p;
        report.personas << PersonaFunnel{p.id, makeFunnel({1000, 700 - 100 * i, 300, 100, 30}),
                                         makeFunnel({2000, 1300 + 100 * i, 600, 200, 70})};
    }
    QUndoStack undo;
    JourneyMapModel notes(&undo);
    FunnelView view(&notes);
    view.resize(1100, 700);
    notes.setPersona(project.get(), 2, QStringLiteral("en"));
    view.setReport(report, personas, QStringLiteral("en"));
    view.setCurrentPersona(2);
    ASSERT_EQ(view.charts().size(), 3);
    EXPECT_EQ(view.charts()[1]->chart()->title(), QStringLiteral("P2"));
    view.setMode(FunnelView::Mode::PersonaVsOthers);
    ASSERT_EQ(view.charts().size(), 2);
    EXPECT_EQ(view.charts()[0]->funnel().stages[1].people, 600);
    EXPECT_EQ(view.charts()[1]->funnel().stages[1].people, 1400);
    view.setMode(FunnelView::Mode::Everyone);
    ASSERT_EQ(view.charts().size(), 1);

    view.selectStage(3);
    auto *focus = view.findChild<QPlainTextEdit *>(QStringLiteral("focus"));
    ASSERT_TRUE(focus);
    EXPECT_EQ(focus->placeholderText(), journeyStageDefault(QStringLiteral("retention"), QStringLiteral("focus"), QStringLiteral("en")));
    focus->setPlainText(QStringLiteral("Win the second order within 30 days"));
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT value FROM journey_notes WHERE persona_id = 2 AND stage = 'retention'"
                                             " AND field = 'focus'")).toString(),
              QStringLiteral("Win the second order within 30 days"));
    undo.undo();
    EXPECT_TRUE(focus->toPlainText().isEmpty());
    EXPECT_FALSE(view.chartImage().isNull());
}

TEST(JourneyController, ComputesTheDemoFunnelsAndExportsThemAsPng)
{
    const QString path = demoProject();
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.message);
    const QList<Persona> personas = PersonaRepository::load(*project);
    ASSERT_GE(personas.size(), 3);
    const QString outDir = qEnvironmentVariable("PW_SCREENSHOT_DIR");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he")}) {
        setApplicationLanguage(lang);
        QWidget window;
        window.setLayoutDirection(isRightToLeft(lang) ? Qt::RightToLeft : Qt::LeftToRight);
        JourneyController journey(&window);
        journey.widget()->setParent(&window);
        journey.widget()->resize(1200, 760);
        window.resize(1200, 760);
        QSignalSpy changed(&journey, &JourneyController::funnelsChanged);
        journey.setCurrentPersona(personas[0].id);
        journey.reload(project.get(), personas);
        ASSERT_TRUE(changed.wait(20000));
        ASSERT_TRUE(journey.report());
        EXPECT_EQ(journey.report()->personas.size(), personas.size());
        EXPECT_EQ(journey.funnelView()->charts().size(), personas.size());
        journey.funnelView()->selectStage(2);
        window.show();
        QApplication::processEvents();
        test::TempDir out;
        const QString png = out.path(QStringLiteral("funnel.png"));
        ASSERT_TRUE(journey.writeChartPng(png, &error)) << qPrintable(error.message);
        const QImage image(png);
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(image.width(), 600);
        if (!outDir.isEmpty()) {
            window.grab().save(QDir(outDir).filePath(QStringLiteral("funnel-view-%1.png").arg(lang)));
            QTabWidget *tabs = window.findChild<QTabWidget *>(QStringLiteral("journeyTabs"));
            if (tabs) {
                tabs->setCurrentIndex(1);
                QApplication::processEvents();
                window.grab().save(QDir(outDir).filePath(QStringLiteral("journey-map-%1.png").arg(lang)));
            }
        }
    }
    setApplicationLanguage(QStringLiteral("en"));
}

TEST(CardFunnel, StagesWithoutDataSayNoDataOnTheCard)
{
    Persona persona;
    persona.customName = QStringLiteral("Loyal Lena");
    persona.archetype = QStringLiteral("repeat_buyer");
    persona.color = QStringLiteral("#1565c0");
    CardContext context;
    context.funnel = makeFunnel({0, 0, 420, 130, 0}, {false, false, true, true, false});
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("card.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageLayout(QPageLayout(QPageSize(CardRenderer::naturalSize(), QPageSize::Point),
                                         QPageLayout::Portrait, QMarginsF()));
        QPainter painter(&writer);
        CardRenderer::paint(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), persona, context);
    }
    const auto text = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_EQ(text.out.count("no data"), 3) << text.out.constData();
    EXPECT_TRUE(text.out.contains("420")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("100.0%")) << text.out.constData(); // shares of the first measured stage
}
