// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, item 6: clicking a stage of the funnel repaints the stage notes with that stage's
// hints at once (QPlainTextEdit does not repaint when only its placeholder text changes, so
// Touchpoints and How to improve went on showing the previous stage).
#include "journey/funnelchart.h"
#include "journey/funnelview.h"
#include "journey/journeymapmodel.h"
#include "language.h"
#include "testsupport.h"

#include <QGlyphRun>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Counts the paint events of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

TEST(FunnelView, ClickingAStageRepaintsEveryNoteWithThatStagesHints)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project->exec(QStringLiteral("INSERT INTO personas(id, position, name, archetype, color) VALUES (1, 0, 'Pia', 'bouncer', '#1565c0')")));
    Persona p;
    p.id = 1;
    p.customName = QStringLiteral("Pia");
    p.color = QStringLiteral("#1565c0");
    FunnelReport report;
    Funnel funnel;
    const QStringList keys = journeyStageKeys();
    for (int i = 0; i < keys.size(); ++i)
        funnel.stages << FunnelStage{keys[i], 1000 / (i + 1), true};
    funnel.members = 1000;
    report.everyone = funnel;
    report.personas << PersonaFunnel{1, funnel, funnel};

    QUndoStack undo;
    JourneyMapModel notes(&undo);
    FunnelView view(&notes);
    view.resize(1100, 700);
    notes.setPersona(project.get(), 1, QStringLiteral("en"));
    view.setReport(report, {p}, QStringLiteral("en"));
    view.setCurrentPersona(1);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.selectStage(0);
    QTest::qWait(50);

    const char *fields[] = {"touchpoints", "focus", "ideas"};
    QList<QPlainTextEdit *> editors;
    QList<PaintCounter *> counters;
    for (const char *field : fields) {
        auto *editor = view.findChild<QPlainTextEdit *>(QLatin1String(field));
        ASSERT_TRUE(editor) << field;
        ASSERT_TRUE(editor->toPlainText().isEmpty());
        editors << editor;
        counters << new PaintCounter(editor->viewport());
    }
    for (int stage : {2, 1, 3}) {
        for (PaintCounter *c : counters)
            c->count = 0;
        // As a click on the bar does.
        Q_EMIT view.charts().first()->stageClicked(stage);
        QTest::qWait(50);
        for (int i = 0; i < 3; ++i) {
            const QString field = QLatin1String(fields[i]);
            EXPECT_EQ(editors[i]->placeholderText(), journeyStageDefault(keys[stage], field, QStringLiteral("en")));
            EXPECT_GT(counters[i]->count, 0) << "the " << fields[i] << " hint of stage " << stage << " was never drawn";
        }
    }
    qDeleteAll(counters);
}

namespace {

/// The horizontal middle of character `index` of `text` laid out as a right-to-left paragraph.
qreal visualX(const QString &text, int index)
{
    QTextLayout layout(text, QFont());
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(2000);
    layout.endLayout();
    // Where the character's glyph stands (cursor positions are ambiguous at run edges).
    const QList<QGlyphRun> runs = layout.glyphRuns(index, 1);
    return runs.isEmpty() ? -1.0 : runs.first().boundingRect().center().x();
}

} // namespace

TEST(FunnelView, ALatinNameInAHebrewStageLineKeepsItsPlace)
{
    // Issue 21, item 9: "906 Premium Pia: אנשים" — the figures were pulled into the name's run.
    const QString before = applicationLanguage();
    ASSERT_TRUE(setApplicationLanguage(QStringLiteral("he")));
    test::TempDir dir;
    auto project = test::newProject(dir);
    Persona p;
    p.id = 1;
    p.customName = QStringLiteral("Premium Pia");
    p.color = QStringLiteral("#1565c0");
    Funnel funnel;
    const QStringList keys = journeyStageKeys();
    for (int i = 0; i < keys.size(); ++i)
        funnel.stages << FunnelStage{keys[i], 906 - 100 * i, true};
    funnel.members = 906;
    FunnelReport report;
    report.everyone = funnel;
    report.personas << PersonaFunnel{1, funnel, funnel};
    QUndoStack undo;
    JourneyMapModel notes(&undo);
    FunnelView view(&notes);
    view.setReport(report, {p}, QStringLiteral("he"));
    view.selectStage(0);
    auto *figures = view.findChild<QLabel *>(QStringLiteral("stageFigures"));
    ASSERT_TRUE(figures);
    const QString line = QTextDocumentFragment::fromHtml(figures->text()).toPlainText();
    setApplicationLanguage(before);
    const int name = int(line.indexOf(QStringLiteral("Premium")));
    const int count = int(line.indexOf(QStringLiteral("906")));
    ASSERT_GE(name, 0) << qPrintable(line);
    ASSERT_GT(count, name) << qPrintable(line);
    int hebrew = count;
    while (hebrew < line.size() && line[hebrew].script() != QChar::Script_Hebrew)
        ++hebrew;
    ASSERT_LT(hebrew, line.size()) << qPrintable(line);
    // Read from the right: the name, then the count, then the Hebrew word.
    EXPECT_GT(visualX(line, name), visualX(line, count)) << qPrintable(line);
    EXPECT_GT(visualX(line, count), visualX(line, hebrew)) << qPrintable(line);
}
