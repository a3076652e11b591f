// SPDX-License-Identifier: GPL-3.0-or-later
// persona-cli versions, diff and restore: a persona edited twice shows both versions, the diff
// names the changed section, errors name what is wrong.
#include "persona/personaversions.h"
#include "store/project.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pw;

namespace {

test::ProcessResult cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PERSONA_CLI), args);
}

QJsonObject json(const test::ProcessResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.constData();
    return doc.object();
}

struct Fixture
{
    QString path;
    qint64 personaId = 0;
    qint64 otherId = 0;
};

/// Two personas; the first is edited twice (its goals, then its name).
Fixture makeProject(const test::TempDir &dir)
{
    Fixture f;
    auto project = test::newProject(dir, QStringLiteral("versions.personas"));
    f.path = dir.path(QStringLiteral("versions.personas"));
    Persona a, b;
    a.customName = QStringLiteral("Dana");
    a.archetype = QStringLiteral("repeat_buyer");
    a.color = QStringLiteral("#1565c0");
    b.customName = QStringLiteral("Omer");
    b.archetype = QStringLiteral("discount_seeker");
    b.color = QStringLiteral("#c62828");
    EXPECT_TRUE(PersonaRepository::insert(*project, a));
    EXPECT_TRUE(PersonaRepository::insert(*project, b));
    f.personaId = a.id;
    f.otherId = b.id;
    auto edit = [&](const std::function<void(Persona &)> &mutate, const PersonaChange &change) {
        for (Persona p : PersonaRepository::load(*project))
            if (p.id == f.personaId) {
                mutate(p);
                EXPECT_EQ(PersonaRepository::edit(*project, p, change, p.revision), WriteStatus::Written);
            }
    };
    PersonaChange goals;
    goals.sections = {QStringLiteral("goals")};
    edit([](Persona &p) { p.setLines(QStringLiteral("goals"), {QStringLiteral("Reorder in one click")}); }, goals);
    PersonaChange name;
    name.parts = PersonaChange::Name;
    edit([](Persona &p) { p.customName = QStringLiteral("Dana Levi"); }, name);
    return f;
}

} // namespace

TEST(CliVersions, APersonaEditedTwiceShowsBothVersionsAndTheDiffNamesTheSection)
{
    test::TempDir dir;
    const Fixture f = makeProject(dir);
    auto r = cli({QStringLiteral("versions"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.personaId), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject list = json(r);
    EXPECT_EQ(list.value(QStringLiteral("persona")).toObject().value(QStringLiteral("id")).toInteger(), f.personaId);
    EXPECT_EQ(list.value(QStringLiteral("persona")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Dana Levi"));
    const QJsonArray versions = list.value(QStringLiteral("versions")).toArray();
    ASSERT_EQ(versions.size(), 3);
    const QStringList keys {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("cause"),
        QStringLiteral("changed"), QStringLiteral("run_id"), QStringLiteral("name")};
    for (const QJsonValue &v : versions)
        EXPECT_EQ(v.toObject().keys(), [&] { QStringList k = keys; k.sort(); return k; }());
    EXPECT_EQ(versions[0].toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("create"));
    EXPECT_EQ(versions[1].toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("edit"));
    EXPECT_EQ(versions[1].toObject().value(QStringLiteral("changed")).toArray(), QJsonArray {QStringLiteral("goals")});
    EXPECT_EQ(versions[2].toObject().value(QStringLiteral("changed")).toArray(), QJsonArray {QStringLiteral("name")});
    EXPECT_EQ(versions[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Dana"));
    const qint64 first = versions[0].toObject().value(QStringLiteral("id")).toInteger();
    const qint64 second = versions[1].toObject().value(QStringLiteral("id")).toInteger();

    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.personaId), QStringLiteral("--from"), QString::number(first), QStringLiteral("--to"),
        QString::number(second), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QJsonObject d = json(r);
    EXPECT_EQ(d.value(QStringLiteral("changed")).toArray(), QJsonArray {QStringLiteral("goals")});
    const QJsonArray sections = d.value(QStringLiteral("sections")).toArray();
    ASSERT_EQ(sections.size(), 1);
    const QJsonObject goals = sections[0].toObject();
    EXPECT_EQ(goals.value(QStringLiteral("key")).toString(), QStringLiteral("goals"));
    EXPECT_EQ(goals.value(QStringLiteral("title")).toString(), QStringLiteral("Goals"));
    EXPECT_EQ(goals.value(QStringLiteral("after")).toArray(), QJsonArray {QStringLiteral("Reorder in one click")});
    EXPECT_FALSE(goals.value(QStringLiteral("written_before")).toBool());
    EXPECT_TRUE(goals.value(QStringLiteral("written_after")).toBool());
    EXPECT_EQ(d.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toInteger(), first);
    EXPECT_TRUE(d.value(QStringLiteral("parts")).toArray().isEmpty());
    EXPECT_TRUE(d.value(QStringLiteral("figures")).toArray().isEmpty());

    // To the persona as it is now (the default): the goals and the name.
    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.personaId), QStringLiteral("--from"), QString::number(first), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    d = json(r);
    EXPECT_EQ(d.value(QStringLiteral("changed")).toArray(), (QJsonArray {QStringLiteral("name"), QStringLiteral("goals")}));
    EXPECT_TRUE(d.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).isNull());
    const QJsonObject name = d.value(QStringLiteral("parts")).toArray().at(0).toObject();
    EXPECT_EQ(name.value(QStringLiteral("before")).toArray(), QJsonArray {QStringLiteral("Dana")});
    EXPECT_EQ(name.value(QStringLiteral("after")).toArray(), QJsonArray {QStringLiteral("Dana Levi")});

    // The text form names the section too.
    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.personaId), QStringLiteral("--from"), QString::number(first), QStringLiteral("--to"),
        QString::number(second)});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("Goals:")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("+ Reorder in one click")) << r.out.constData();
}

TEST(CliVersions, RestoreWritesBackAVersionAndKeepsANewOne)
{
    test::TempDir dir;
    const Fixture f = makeProject(dir);
    auto r = cli({QStringLiteral("versions"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.personaId), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const qint64 first = json(r).value(QStringLiteral("versions")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
    r = cli({QStringLiteral("restore"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.personaId), QStringLiteral("--version"), QString::number(first), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject restored = json(r);
    EXPECT_EQ(restored.value(QStringLiteral("restored")).toInteger(), first);
    EXPECT_EQ(restored.value(QStringLiteral("version")).toObject().value(QStringLiteral("cause")).toString(),
              QStringLiteral("restore"));
    EXPECT_EQ(restored.value(QStringLiteral("version")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Dana"));
    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.personaId), QStringLiteral("--from"), QString::number(first), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(json(r).value(QStringLiteral("changed")).toArray().isEmpty()) << r.out.constData();
}

TEST(CliVersions, ErrorsNameWhatIsWrong)
{
    test::TempDir dir;
    const Fixture f = makeProject(dir);
    const QString persona = QString::number(f.personaId);
    auto r = cli({QStringLiteral("versions"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"), QStringLiteral("999")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no persona 999")) << r.err.constData();
    r = cli({QStringLiteral("versions"), QStringLiteral("--project"), f.path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--persona")) << r.err.constData();
    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"), persona});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--from")) << r.err.constData();
    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"), persona,
        QStringLiteral("--from"), QStringLiteral("777")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no version 777")) << r.err.constData();
    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"), persona,
        QStringLiteral("--from"), QStringLiteral("yesterday")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("'yesterday'")) << r.err.constData();
    // A version of the other persona.
    r = cli({QStringLiteral("versions"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"),
        QString::number(f.otherId), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const qint64 others = json(r).value(QStringLiteral("versions")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
    r = cli({QStringLiteral("diff"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"), persona,
        QStringLiteral("--from"), QString::number(others)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Version %1 is a version of persona %2, not of persona %3")
                                   .arg(others).arg(f.otherId).arg(f.personaId).toUtf8()))
        << r.err.constData();
    r = cli({QStringLiteral("restore"), QStringLiteral("--project"), f.path, QStringLiteral("--persona"), persona,
        QStringLiteral("--version"), QString::number(others)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not of persona")) << r.err.constData();
}
