// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs on one project: the window (offscreen) edits while persona-cli re-segments, merges,
// splits, locks, changes the stage rules and imports, and two windows edit the same persona. After
// each step the project is consistent (SQLite's integrity check, every assigned person on exactly
// one persona, no persona's figures older than the latest run) and every edit of the user is
// either stored or reported.
#include "editor/editorcontroller.h"
#include "journey/funnelchart.h"
#include "journey/funnelview.h"
#include "analysis/personarefresh.h"
#include "journey/stagedefinition.h"
#include "journey/journeycontroller.h"
#include "journey/journeymapmodel.h"
#include "frame/mainwindow.h"
#include "editor/personadocument.h"
#include "editor/personalistmodel.h"
#include "persona/persona.h"
#include "persona/templaterepository.h"
#include "frame/projectcontroller.h"
#include "frame/projectwatcher.h"
#include "segmentation/segmentationcontroller.h"
#include "analysis/runstore.h"
#include "store/project.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QStatusBar>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace pw;

namespace {

const QString kQuote = QStringLiteral("quote");

/// What is written in the quote of `persona` (empty when nothing is).
QStringList quoteOf(const Persona &persona)
{
    return persona.isSuggestion(kQuote) ? QStringList() : persona.section(kQuote, QStringLiteral("en"));
}

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

/// What another program reads: the personas as stored now.
QList<Persona> stored(const QString &path)
{
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    EXPECT_TRUE(project) << qPrintable(error.message);
    return project ? PersonaRepository::load(*project) : QList<Persona>();
}

std::optional<Persona> storedPersona(const QString &path, qint64 id)
{
    for (const Persona &p : stored(path))
        if (p.id == id)
            return p;
    return std::nullopt;
}

/// The project as a second program sees it is consistent: the file is sound, every person the
/// latest run assigned is on exactly one persona, and no persona carries figures of an older run.
void expectConsistent(const QString &path)
{
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.message);
    EXPECT_EQ(project->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const qint64 latest = project->scalar(QStringLiteral("SELECT max(id) FROM segmentation_runs")).toLongLong();
    ASSERT_GT(latest, 0);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM personas WHERE run_id IS NOT NULL AND run_id <> ?"),
                              {latest})
                  .toInt(),
              0)
        << "a persona holds figures of an older run";
    // Each segment of the latest run is claimed by exactly one persona.
    QSqlQuery q(project->db());
    ASSERT_TRUE(q.prepare(QStringLiteral(
        "SELECT a.segment, count(DISTINCT a.person_id), (SELECT count(*) FROM personas p "
        "WHERE p.run_id = a.run_id AND p.segment = a.segment) FROM assignments a WHERE a.run_id = ? GROUP BY a.segment")));
    q.addBindValue(latest);
    ASSERT_TRUE(q.exec());
    int segments = 0;
    while (q.next()) {
        ++segments;
        EXPECT_EQ(q.value(2).toInt(), 1) << "segment " << q.value(0).toInt() << " (" << q.value(1).toInt()
                                         << " people) is on " << q.value(2).toInt() << " personas";
    }
    EXPECT_GT(segments, 0);
}

/// Closes the message boxes a conflict opened.
void closeBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            box->close();
}

/// One demo project (four personas) and a window that has it open, as a user would have them.
class TwoPrograms : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.path(QStringLiteral("demo.personas"));
        // A copy of the demo project persona-cli made at build time (tests/CMakeLists.txt).
        const QString demo = QStringLiteral(PW_DEMO_FIXTURE);
        ASSERT_EQ(QFileInfo(demo + QStringLiteral("-wal")).size(), 0); // the file alone is the project
        ASSERT_TRUE(QFile::copy(demo, m_path));
        ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
        m_window = openWindow();
        ASSERT_EQ(document()->personas().size(), 4);
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->start(m_path, false);
        EXPECT_TRUE(window->projects()->project());
        return window;
    }

    PersonaDocument *document(MainWindow *window = nullptr) const
    {
        return (window ? window : m_window.get())->editorController()->document();
    }

    void runCli(const QStringList &args)
    {
        const auto r = cli(args + QStringList{QStringLiteral("--project"), m_path});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(args.join(u' ')) << ": " << r.err.constData();
    }

    /// The user types `text` as the quote of persona `id` in the window, and is told of a conflict
    /// or not; the text is stored or the user was told it was not. A persona the window no longer
    /// shows (it reloaded after a conflict) cannot be typed into.
    void typeQuote(qint64 id, const QString &text, MainWindow *window = nullptr)
    {
        m_told.clear();
        if (!document(window)->persona(id))
            return;
        QSignalSpy told(document(window), &PersonaDocument::conflict);
        QSignalSpy failed(document(window), &PersonaDocument::failed);
        document(window)->setLines(id, kQuote, {text});
        EXPECT_TRUE(failed.isEmpty());
        const auto now = storedPersona(m_path, id);
        const bool kept = now && quoteOf(*now) == QStringList{text};
        if (!kept) {
            EXPECT_EQ(told.size(), 1) << "the edit was neither stored nor reported";
        }
        m_told = told.isEmpty() ? QString() : told.first().first().toString();
    }

    test::TempDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QString m_told; ///< what the last typeQuote() told the user of a conflict
};

} // namespace

TEST_F(TwoPrograms, AReSegmentationIsNeverOverwrittenByTheWindowsOldView)
{
    // The sequence: persona-cli re-segments into three while the window shows four, and
    // the user types into a quote of one of the old four before the window noticed.
    const QList<Persona> old = document()->personas();
    runCli({QStringLiteral("cluster"), QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--seed"),
            QStringLiteral("5")});
    const QList<Persona> after = stored(m_path);
    ASSERT_EQ(after.size(), 3);
    int told = 0;
    for (const Persona &p : old) {
        typeQuote(p.id, QStringLiteral("Words typed into an old view"));
        told += m_told.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(told, 1) << "the window wrote its old view without a word";
    expectConsistent(m_path);
    // The figures, names and segments are the CLI's, whatever the window wrote.
    const QList<Persona> now = stored(m_path);
    ASSERT_EQ(now.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(now[i].id, after[i].id);
        EXPECT_EQ(now[i].archetype, after[i].archetype);
        EXPECT_EQ(now[i].segment, after[i].segment);
        EXPECT_EQ(now[i].runId, after[i].runId);
        EXPECT_EQ(now[i].stats.size, after[i].stats.size);
        EXPECT_EQ(now[i].displayName(QStringLiteral("en")), after[i].displayName(QStringLiteral("en")));
    }
    // The window now shows the three, and the user was told.
    EXPECT_EQ(document()->personas().size(), 3);
    EXPECT_EQ(m_window->personaModel()->rowCount(), 3);
}

TEST_F(TwoPrograms, TheWindowNoticesAReSegmentationAndItsEditsGoToTheNewPersonas)
{
    QSignalSpy noticed(m_window->watcher(), &ProjectWatcher::changedElsewhere);
    runCli({QStringLiteral("cluster"), QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--seed"),
            QStringLiteral("5")});
    m_window->watcher()->check(); // what the timer does every second
    ASSERT_EQ(noticed.size(), 1);
    const QList<Persona> after = stored(m_path);
    ASSERT_EQ(m_window->personaModel()->rowCount(), 3);
    ASSERT_EQ(document()->personas().size(), 3);
    const qint64 id = after[1].id;
    typeQuote(id, QStringLiteral("Fresh view"));
    EXPECT_TRUE(m_told.isEmpty()) << qPrintable(m_told);
    EXPECT_EQ(quoteOf(*storedPersona(m_path, id)), QStringList{QStringLiteral("Fresh view")});
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, AMergeSplitAndLockFromTheCliKeepTheirFiguresAndTheWindowsEdits)
{
    const QList<Persona> before = stored(m_path);
    const qint64 keep = before[0].id;
    const qint64 other = before[1].id;
    runCli({QStringLiteral("merge"), QString::number(keep), QString::number(other)});
    const auto merged = storedPersona(m_path, keep);
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->stats.size, before[0].stats.size + before[1].stats.size);

    // The window still shows the two; the user edits the kept one: reapplied on the merged one.
    typeQuote(keep, QStringLiteral("Still mine"));
    auto now = storedPersona(m_path, keep);
    ASSERT_TRUE(now);
    EXPECT_EQ(quoteOf(*now), QStringList{QStringLiteral("Still mine")});
    EXPECT_EQ(now->stats.size, merged->stats.size);
    EXPECT_EQ(now->segment, merged->segment);
    EXPECT_FALSE(m_told.isEmpty()); // the user learns that another program changed it
    // ...and the window, told of the change, read the project again: the merged-away persona is
    // no longer shown, so it cannot be edited.
    EXPECT_FALSE(storedPersona(m_path, other));
    EXPECT_FALSE(document()->persona(other));
    EXPECT_EQ(m_window->personaModel()->rowCount(), stored(m_path).size());
    expectConsistent(m_path);

    // A split while the window holds the persona: its edit lands, the split's figures stay.
    runCli({QStringLiteral("split"), QString::number(keep)});
    const QList<Persona> split = stored(m_path);
    typeQuote(keep, QStringLiteral("After the split"));
    now = storedPersona(m_path, keep);
    ASSERT_TRUE(now);
    EXPECT_EQ(quoteOf(*now), QStringList{QStringLiteral("After the split")});
    for (const Persona &p : split) {
        if (p.id == keep) {
            EXPECT_EQ(now->stats.size, p.stats.size);
        }
    }
    expectConsistent(m_path);

    // A lock from the CLI is not undone by the window's edit.
    runCli({QStringLiteral("lock"), QString::number(keep)});
    typeQuote(keep, QStringLiteral("Locked and edited"));
    now = storedPersona(m_path, keep);
    ASSERT_TRUE(now);
    EXPECT_TRUE(lockedPersonas(*Project::open(m_path, Project::OpenMode::OpenExisting, nullptr)).contains(keep));
    EXPECT_EQ(quoteOf(*now), QStringList{QStringLiteral("Locked and edited")});
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, UndoStepsThatNoLongerApplyAreDroppedWithANote)
{
    const qint64 keep = document()->personas()[0].id;
    const qint64 gone = document()->personas()[2].id;
    document()->setName(gone, QStringLiteral("Renamed in the window"));
    document()->setName(keep, QStringLiteral("Kept in the window"));
    QUndoStack *stack = document()->undoStack();
    ASSERT_EQ(stack->count(), 2);
    runCli({QStringLiteral("merge"), QString::number(keep), QString::number(gone)});
    QSignalSpy dropped(document(), &PersonaDocument::stepsDropped);
    m_window->watcher()->check();
    // The rename of the merged-away persona is dropped, and the status bar says so; the other
    // rename still undoes, and then nothing is left to undo.
    ASSERT_EQ(dropped.size(), 1);
    EXPECT_TRUE(dropped.first().first().toString().contains(QStringLiteral("no longer apply")));
    EXPECT_EQ(m_window->statusBar()->currentMessage(), dropped.first().first().toString());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Rename Persona"));
    stack->undo();
    QCoreApplication::processEvents();
    EXPECT_TRUE(storedPersona(m_path, keep)->customName.isEmpty());
    EXPECT_FALSE(stack->canUndo());
    EXPECT_EQ(stack->count(), 1); // the undone rename, to redo
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, AnUndoOverAnotherProgramsChangeIsRefusedAndLeavesTheHistory)
{
    const qint64 id = document()->personas()[0].id;
    document()->setLines(id, kQuote, {QStringLiteral("Mine")});
    QUndoStack *stack = document()->undoStack();
    ASSERT_EQ(stack->count(), 1);
    // A second window writes the same section afterwards.
    auto second = openWindow();
    document(second.get())->setLines(id, kQuote, {QStringLiteral("Theirs")});
    // Undoing in the first window would put back what was there before "Mine" over "Theirs": it
    // is refused, said, and the step leaves the history.
    QSignalSpy told(document(), &PersonaDocument::conflict);
    stack->undo();
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().first().toString().contains(QStringLiteral("theirs is kept")));
    EXPECT_EQ(stack->count(), 0);
    const auto now = storedPersona(m_path, id);
    ASSERT_TRUE(now);
    EXPECT_EQ(quoteOf(*now), QStringList{QStringLiteral("Theirs")});
    EXPECT_EQ(quoteOf(*document()->persona(id)), quoteOf(*now)); // the window shows what is stored
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, TwoWindowsEditingOnePersonaKeepBothEdits)
{
    auto second = openWindow();
    const qint64 id = document()->personas()[1].id;
    const Persona original = *document()->persona(id);
    document()->setName(id, QStringLiteral("Named in window one"));
    // Window two has not noticed: its edit of another part is reapplied on window one's.
    typeQuote(id, QStringLiteral("Quoted in window two"), second.get());
    const auto now = storedPersona(m_path, id);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->customName, QStringLiteral("Named in window one"));
    EXPECT_EQ(quoteOf(*now), QStringList{QStringLiteral("Quoted in window two")});
    EXPECT_EQ(now->stats.size, original.stats.size);
    EXPECT_EQ(now->archetype, original.archetype);
    // Window two shows both edits; window one sees window two's once it checks (when no box of
    // this process is open: a modal box holds the reload back until it closes).
    EXPECT_EQ(document(second.get())->persona(id)->customName, QStringLiteral("Named in window one"));
    closeBoxes();
    m_window->watcher()->check();
    EXPECT_EQ(quoteOf(*document()->persona(id)), QStringList{QStringLiteral("Quoted in window two")});
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, StageRulesChangedByTheCliAreNotOverwrittenByAnUndo)
{
    JourneyController *journey = m_window->journey();
    StageDefinitions mine = StageDefinitions::load(*m_window->projects()->project());
    Error error;
    // The window makes retention need three orders; then a script sets four.
    QJsonObject json = mine.toJson();
    QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
    QJsonObject retention = stages[3].toObject();
    retention[QStringLiteral("min_orders")] = 3;
    stages[3] = retention;
    json[QStringLiteral("stages")] = stages;
    const auto three = StageDefinitions::fromJson(json, &error);
    ASSERT_TRUE(three) << qPrintable(error.message);
    ASSERT_TRUE(journey->changeStageRules(*three, &error)) << qPrintable(error.message);
    QUndoStack *stack = document()->undoStack(); // one history for the window
    ASSERT_EQ(stack->undoText(), QStringLiteral("Change Journey Stage Rules"));

    retention[QStringLiteral("min_orders")] = 4;
    stages[3] = retention;
    json[QStringLiteral("stages")] = stages;
    const QString file = m_dir.path(QStringLiteral("stages.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(json).toJson());
    out.close();
    runCli({QStringLiteral("funnel"), QStringLiteral("--set-stages"), file});

    QSignalSpy failed(journey, &JourneyController::failed);
    stack->undo();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("Another program")));
    EXPECT_EQ(stack->count(), 0); // the step left the history
    Error readError;
    auto project = Project::open(m_path, Project::OpenMode::OpenExisting, &readError);
    ASSERT_TRUE(project);
    EXPECT_EQ(StageDefinitions::load(*project).rule(QStringLiteral("retention")).minOrders, 4);

    // Rules edited in the dialog from a view another program has since changed are refused.
    EXPECT_FALSE(journey->changeStageRules(*three, &error, StageDefinitions::revision(*project) - 1));
    EXPECT_TRUE(error.message.contains(QStringLiteral("Another program")));
    EXPECT_EQ(StageDefinitions::load(*project).rule(QStringLiteral("retention")).minOrders, 4);
}

TEST_F(TwoPrograms, AJourneyNoteOverAnotherWindowsNoteIsReported)
{
    const qint64 id = document()->personas()[0].id;
    JourneyMapModel *map = m_window->journey()->mapModel();
    m_window->journey()->setCurrentPersona(id);
    ASSERT_EQ(map->personaId(), id);
    auto second = openWindow();
    JourneyMapModel *otherMap = second->journey()->mapModel();
    second->journey()->setCurrentPersona(id);
    const int row = map->rowOfField(QStringLiteral("touchpoints"));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(otherMap->setData(otherMap->index(row, 0), QStringLiteral("Theirs")));
    QSignalSpy failed(map, &JourneyMapModel::failed);
    EXPECT_FALSE(map->setData(map->index(row, 0), QStringLiteral("Mine")));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(map->data(map->index(row, 0), Qt::EditRole).toString(), QStringLiteral("Theirs")); // read again
    EXPECT_EQ(document()->undoStack()->count(), 0);
    // Now that it shows theirs, the user's edit goes through, and Edit › Undo undoes it.
    ASSERT_TRUE(map->setData(map->index(row, 0), QStringLiteral("Mine")));
    ASSERT_EQ(document()->undoStack()->undoText(), QStringLiteral("Edit Journey Note"));
    document()->undoStack()->undo();
    EXPECT_EQ(map->data(map->index(row, 0), Qt::EditRole).toString(), QStringLiteral("Theirs"));
}

TEST_F(TwoPrograms, AnImportFromTheCliWhileTheWindowEditsLosesNothing)
{
    const QString csv = m_dir.path(QStringLiteral("more.csv"));
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("order_id,customer_id,order_date,total\nNEW1,new-1,2024-03-01,19.90\nNEW2,new-2,2024-03-02,5.00\n");
    out.close();
    const qint64 id = document()->personas()[0].id;
    runCli({QStringLiteral("import"), csv});
    typeQuote(id, QStringLiteral("Edited during an import"));
    EXPECT_EQ(quoteOf(*storedPersona(m_path, id)), QStringList{QStringLiteral("Edited during an import")});
    // A re-segmentation after the import, noticed by the window.
    runCli({QStringLiteral("cluster"), QStringLiteral("--k"), QStringLiteral("4"), QStringLiteral("--seed"),
            QStringLiteral("2")});
    m_window->watcher()->check();
    EXPECT_EQ(m_window->personaModel()->rowCount(), stored(m_path).size());
    expectConsistent(m_path);
}

TEST(TemplateRevisions, AChangeOverAnotherProgramsTemplateIsAConflict)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    auto other = Project::open(project->path(), Project::OpenMode::OpenExisting, nullptr);
    ASSERT_TRUE(other);
    std::optional<PersonaTemplate> created = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::Lean);
    created->builtin = PersonaTemplate::Builtin::None;
    created->name = QStringLiteral("Ours");
    QList<qint64> ids;
    Error error;
    ASSERT_EQ(TemplateRepository::change(*project, std::nullopt, created, ids, &error), WriteStatus::Written);
    ASSERT_GT(created->revision, 0);

    // The other program renames it; our change based on what we read is refused.
    auto theirs = TemplateRepository::find(*other, created->id);
    ASSERT_TRUE(theirs);
    std::optional<PersonaTemplate> renamed = *theirs;
    renamed->name = QStringLiteral("Theirs");
    ASSERT_EQ(TemplateRepository::change(*other, theirs, renamed, ids, &error), WriteStatus::Written);
    std::optional<PersonaTemplate> ours = *created;
    ours->name = QStringLiteral("Ours, renamed");
    EXPECT_EQ(TemplateRepository::change(*project, created, ours, ids, &error), WriteStatus::Conflict);
    EXPECT_TRUE(error.message.contains(QStringLiteral("Another program")));
    EXPECT_EQ(TemplateRepository::find(*project, created->id)->name, QStringLiteral("Theirs"));
    // Nor may we delete what we did not see.
    std::optional<PersonaTemplate> none;
    EXPECT_EQ(TemplateRepository::change(*project, created, none, ids, &error), WriteStatus::Conflict);
    // Based on what is stored, the change goes through; undoing a deletion whose id was taken back
    // is refused.
    EXPECT_EQ(TemplateRepository::change(*project, renamed, ours, ids, &error), WriteStatus::Written);
    EXPECT_EQ(TemplateRepository::change(*project, ours, none, ids, &error), WriteStatus::Written);
    std::optional<PersonaTemplate> squatter = *renamed;
    squatter->revision = 0;
    ASSERT_TRUE(TemplateRepository::save(*other, *squatter)); // inserted again with the same id
    std::optional<PersonaTemplate> back = *ours;
    EXPECT_EQ(TemplateRepository::change(*project, std::nullopt, back, ids, &error), WriteStatus::Conflict);
}

TEST_F(TwoPrograms, ARenameShowsInTheFunnelTitlesAtOnce)
{
    JourneyController *journey = m_window->journey();
    QSignalSpy computed(journey, &JourneyController::funnelsChanged);
    if (!journey->report()) {
        ASSERT_TRUE(computed.wait(20000));
    }
    auto titles = [&] {
        QStringList texts;
        for (const FunnelChart *chart : journey->funnelView()->charts())
            for (const FunnelChart::LabelBox &box : chart->labelBoxes())
                texts << box.text;
        return texts.join(u'|');
    };
    const qint64 id = document()->personas()[1].id;
    const QString old = document()->persona(id)->displayName(QStringLiteral("en"));
    ASSERT_TRUE(titles().contains(old)) << qPrintable(titles());
    computed.clear();
    document()->setName(id, QStringLiteral("Workshop name"));
    EXPECT_TRUE(titles().contains(QStringLiteral("Workshop name"))) << qPrintable(titles());
    EXPECT_FALSE(titles().contains(old)) << qPrintable(titles());
    EXPECT_TRUE(computed.isEmpty()); // nothing was recomputed for it
}

TEST_F(TwoPrograms, TheSegmentListFollowsAReSegmentationAndAStaleChoiceLinksNothing)
{
    const qint64 id = document()->personas()[0].id;
    m_window->editorController()->setCurrent(id, CardContext());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // a rebuilt form's old widgets
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    ASSERT_TRUE(combo);
    ASSERT_EQ(combo->count(), 5); // none and the four segments
    // What the list offered before: persona 2's segment of the old run.
    const Persona before = document()->personas()[1];

    runCli({QStringLiteral("cluster"), QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--seed"),
            QStringLiteral("5")});
    m_window->watcher()->check();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // The list shows the new run's three segments, each with its persona's people now.
    combo = m_window->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    ASSERT_TRUE(combo);
    ASSERT_EQ(combo->count(), 4);
    const QLocale locale;
    for (const Persona &p : document()->personas())
        if (p.runId > 0) {
            bool listed = false;
            for (int i = 1; i < combo->count(); ++i)
                listed = listed || combo->itemText(i).contains(locale.toString(p.stats.size));
            EXPECT_TRUE(listed) << p.stats.size << " people of persona " << p.id << " are not listed";
        }

    // A choice made from the list as it was (the window had not noticed yet) links nothing.
    const qint64 linked = document()->personas().first().id;
    const Persona *target = document()->persona(linked);
    ASSERT_TRUE(target);
    const Persona unchanged = *target;
    QSignalSpy told(document(), &PersonaDocument::conflict);
    document()->linkSegment(linked, before.id, SegmentKey{before.runId, before.segment});
    ASSERT_EQ(told.size(), 1);
    EXPECT_FALSE(told.first().at(1).toBool());
    EXPECT_TRUE(told.first().first().toString().contains(QStringLiteral("no longer there")));
    const auto now = storedPersona(m_path, linked);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->runId, unchanged.runId);
    EXPECT_EQ(now->segment, unchanged.segment);
    EXPECT_EQ(now->revision, unchanged.revision);
    closeBoxes();
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, AnEditMadeAgainIsToldInTheStatusBarAndOneNotKeptInABoxThatTakesNoKeys)
{
    auto second = openWindow();
    const qint64 id = document()->personas()[1].id;
    auto conflictBox = [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QStringLiteral("conflictBox") && w->isVisible())
                return qobject_cast<QMessageBox *>(w);
        return static_cast<QMessageBox *>(nullptr);
    };
    // Window two renames; window one, not having noticed, writes the quote: it is made again on
    // the new version, said in the status bar, and no box comes between the user and the field.
    document(second.get())->setName(id, QStringLiteral("Renamed in window two"));
    typeQuote(id, QStringLiteral("Typed on"));
    EXPECT_TRUE(m_told.contains(QStringLiteral("made again")));
    EXPECT_EQ(m_window->statusBar()->currentMessage(), m_told);
    EXPECT_FALSE(conflictBox());

    // Window two, having noticed, writes the quote too; window one's next quote is not kept: a
    // box says so, and it neither blocks the window nor takes the keyboard.
    second->watcher()->check();
    document(second.get())->setLines(id, kQuote, {QStringLiteral("Theirs")});
    typeQuote(id, QStringLiteral("Mine"));
    EXPECT_TRUE(m_told.contains(QStringLiteral("theirs is kept")));
    QMessageBox *box = conflictBox();
    ASSERT_TRUE(box);
    EXPECT_EQ(box->windowModality(), Qt::NonModal);
    EXPECT_TRUE(box->testAttribute(Qt::WA_ShowWithoutActivating));
    EXPECT_EQ(box->text(), m_told);
    closeBoxes();
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, ASectionRemovedFromTheTemplateElsewhereLeavesTheForm)
{
    const qint64 id = document()->personas()[0].id;
    // The persona is put on a template of the user's own that has a quote.
    auto other = Project::open(m_path, Project::OpenMode::OpenExisting, nullptr);
    ASSERT_TRUE(other);
    std::optional<PersonaTemplate> created = document()->persona(id)->effectiveTemplate();
    ASSERT_TRUE(created->find(kQuote));
    created->id = 0;
    created->revision = 0;
    created->builtin = PersonaTemplate::Builtin::None;
    created->name = QStringLiteral("Workshop");
    QList<qint64> ids;
    Error error;
    ASSERT_EQ(TemplateRepository::change(*other, std::nullopt, created, ids, &error), WriteStatus::Written)
        << qPrintable(error.message);
    m_window->watcher()->check();
    document()->setTemplate(id, created->id);
    m_window->editorController()->setCurrent(id, CardContext());
    auto *form = m_window->findChild<QWidget *>(QStringLiteral("personaForm"));
    ASSERT_TRUE(form);
    ASSERT_TRUE(form->findChild<QWidget *>(QStringLiteral("section_quote")));

    // Another program takes the quote out of that template: the form drops the field.
    std::optional<PersonaTemplate> without = TemplateRepository::find(*other, created->id);
    ASSERT_TRUE(without);
    std::optional<PersonaTemplate> read = without;
    without->sections.removeIf([](const TemplateSection &s) { return s.key == kQuote; });
    ASSERT_EQ(TemplateRepository::change(*other, read, without, ids, &error), WriteStatus::Written)
        << qPrintable(error.message);
    m_window->watcher()->check();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(form->findChild<QWidget *>(QStringLiteral("section_quote")));
    EXPECT_TRUE(form->findChild<QWidget *>(QStringLiteral("nameEdit")));
}

TEST_F(TwoPrograms, LinkingAnotherSegmentRecomputesTheFunnels)
{
    JourneyController *journey = m_window->journey();
    QSignalSpy computed(journey, &JourneyController::funnelsChanged);
    if (!journey->report()) {
        ASSERT_TRUE(computed.wait(20000));
    }
    const qint64 id = document()->personas()[0].id;
    const qint64 source = document()->personas()[1].id;
    const PersonaFunnel *was = journey->report()->persona(source);
    ASSERT_TRUE(was);
    const qint64 sourcePeople = was->funnel.members;
    ASSERT_NE(journey->report()->persona(id)->funnel.members, sourcePeople);
    computed.clear();
    document()->linkSegment(id, source);
    ASSERT_TRUE(computed.wait(20000));
    const PersonaFunnel *now = journey->report()->persona(id);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->funnel.members, sourcePeople); // the people of the segment it now holds
}

namespace {

/// What a re-proposal changes of a persona: its engine parts, its name and what is written.
QStringList engineViews(const QList<Persona> &list)
{
    QStringList views;
    for (const Persona &p : list)
        views << QStringLiteral("%1 %2 %3%4 run %5 seg %6 size %7")
                     .arg(p.id)
                     .arg(p.customName, p.archetype, p.nameSuffix)
                     .arg(p.runId)
                     .arg(p.segment)
                     .arg(p.stats.size);
    return views;
}

qint64 latestRunId(const QString &path)
{
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    const auto run = project ? RunStore::latestRun(*project, &error) : std::nullopt;
    return run ? run->id : 0;
}

/// Proposes personas in `window` with k = 3 as Personas › Propose personas does after its
/// dialog, closing the result box.
void propose(MainWindow *window)
{
    auto *segmentation = window->findChild<SegmentationController *>();
    ASSERT_TRUE(segmentation);
    QSignalSpy proposed(segmentation, &SegmentationController::proposed);
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] { closeBoxes(); });
    closer.start(50);
    SegmentationOptions options;
    options.k = 3;
    options.seed = 7;
    segmentation->run(options);
    ASSERT_TRUE(proposed.wait(120000));
    for (int i = 0; i < 100 && QApplication::activeModalWidget(); ++i)
        proposed.wait(50); // the result box, closed by `closer`
    EXPECT_FALSE(QApplication::activeModalWidget());
}

} // namespace

TEST_F(TwoPrograms, AReProposalIsOneUndoStepAndKeepsTheEarlierOnes)
{
    QUndoStack *stack = document()->undoStack();
    const qint64 first = document()->personas()[0].id;
    const QString originalName = document()->personas()[0].customName;
    document()->setName(first, QStringLiteral("Dana"));
    ASSERT_EQ(stack->count(), 1);
    const QStringList before = engineViews(stored(m_path));
    const qint64 previousRun = latestRunId(m_path);

    propose(m_window.get());
    const QStringList after = engineViews(stored(m_path));
    ASSERT_NE(after, before);
    EXPECT_NE(latestRunId(m_path), previousRun);
    // The earlier step is still there, the proposal is the next undo step.
    ASSERT_EQ(stack->count(), 2);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Propose Personas"));
    EXPECT_EQ(engineViews(document()->personas()), after);

    stack->undo();
    EXPECT_EQ(engineViews(stored(m_path)), before);
    EXPECT_EQ(latestRunId(m_path), previousRun);
    EXPECT_EQ(engineViews(document()->personas()), before);
    EXPECT_EQ(m_window->projects()->project()->scalar(QStringLiteral("SELECT MAX(id) FROM segmentation_runs")).toLongLong(),
              previousRun);
    stack->undo(); // the rename, made before the proposal
    EXPECT_EQ(storedPersona(m_path, first)->customName, originalName);

    stack->redo();
    stack->redo(); // the proposal again, without clustering
    EXPECT_EQ(engineViews(stored(m_path)), after);
    EXPECT_NE(latestRunId(m_path), previousRun);
    expectConsistent(m_path);
}

TEST_F(TwoPrograms, UndoingAProposalNeverWritesOverAnotherProgramsCorrection)
{
    propose(m_window.get());
    QUndoStack *stack = document()->undoStack();
    ASSERT_EQ(stack->undoText(), QStringLiteral("Propose Personas"));
    const qint64 run = latestRunId(m_path);
    // persona-cli merges two of the new segments before the window noticed.
    const QList<Persona> now = stored(m_path);
    runCli({QStringLiteral("merge"), QString::number(now[0].id), QString::number(now[1].id)});
    const QStringList merged = engineViews(stored(m_path));

    QSignalSpy told(document(), &PersonaDocument::conflict);
    stack->undo();
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().first().toString().contains(QStringLiteral("not undone")));
    EXPECT_EQ(engineViews(stored(m_path)), merged);
    EXPECT_EQ(latestRunId(m_path), run);
    closeBoxes();
}
