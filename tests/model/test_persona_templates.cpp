// SPDX-License-Identifier: GPL-3.0-or-later
#include "persona/persona.h"
#include "persona/templaterepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// A template with one section of every type, custom titles, poles and figures.
PersonaTemplate everyType()
{
    PersonaTemplate t;
    t.name = QStringLiteral("Workshop sheet – סדנה");
    int n = 0;
    for (SectionType type : allSectionTypes()) {
        TemplateSection s;
        s.type = type;
        s.key = sectionTypeKey(type) + QString::number(++n);
        s.title = QStringLiteral("Title %1").arg(n);
        if (type == SectionType::Scale) {
            s.leftPole = QStringLiteral("Planner");
            s.rightPole = QStringLiteral("Impulsive");
        }
        if (type == SectionType::Figures)
            s.figures = {QStringLiteral("recency_days"), QStringLiteral("share_revenue")};
        t.sections << s;
    }
    return t;
}

QString errorFor(const QByteArray &json)
{
    Error error;
    EXPECT_FALSE(PersonaTemplate::fromJson(json, &error).has_value()) << json.constData();
    return error.message;
}

} // namespace

TEST(Templates, NewProjectHasTheThreeBuiltInTemplates)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QList<PersonaTemplate> all = TemplateRepository::all(*project);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].builtin, PersonaTemplate::Builtin::B2C);
    EXPECT_EQ(all[1].builtin, PersonaTemplate::Builtin::B2B);
    EXPECT_EQ(all[2].builtin, PersonaTemplate::Builtin::Lean);
    EXPECT_EQ(all[0].displayName(), QStringLiteral("E-commerce buyer (B2C)"));
    // The B2C template holds the fields of the domain.
    for (const char *key : {"photo", "quote", "key_figures", "demographics", "goals", "pain_points", "motivations",
                            "frustrations", "personality", "interests", "channels", "buying_behaviour", "tactics",
                            "journey"})
        EXPECT_TRUE(all[0].find(QString::fromLatin1(key))) << key;
    EXPECT_LT(all[2].sections.size(), all[0].sections.size());
    EXPECT_EQ(TemplateRepository::builtinId(*project, PersonaTemplate::Builtin::B2C), all[0].id);
    // Built-ins are read-only.
    PersonaTemplate b2c = all[0];
    Error error;
    EXPECT_FALSE(TemplateRepository::save(*project, b2c, &error));
    EXPECT_TRUE(error.isSet());
    EXPECT_TRUE(TemplateRepository::remove(*project, b2c.id));
    EXPECT_EQ(TemplateRepository::all(*project).size(), 3);
}

TEST(Templates, JsonRoundTripsEverySectionType)
{
    const PersonaTemplate original = everyType();
    Error error;
    const auto parsed = PersonaTemplate::fromJson(original.toJson(), &error);
    ASSERT_TRUE(parsed) << qPrintable(error.message);
    EXPECT_EQ(parsed->name, original.name);
    EXPECT_EQ(parsed->sections, original.sections);
    EXPECT_EQ(parsed->toJson(), original.toJson());

    // A built-in exported and imported again reads the same (titles are written out).
    const PersonaTemplate b2b = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::B2B);
    const auto again = PersonaTemplate::fromJson(b2b.toJson(), &error);
    ASSERT_TRUE(again);
    ASSERT_EQ(again->sections.size(), b2b.sections.size());
    for (int i = 0; i < b2b.sections.size(); ++i) {
        EXPECT_EQ(again->sections[i].key, b2b.sections[i].key);
        EXPECT_EQ(again->sections[i].type, b2b.sections[i].type);
        EXPECT_EQ(again->sections[i].displayTitle(), b2b.sections[i].displayTitle());
        EXPECT_EQ(again->sections[i].figures, b2b.sections[i].figures);
    }
    const QJsonObject root = QJsonDocument::fromJson(b2b.toJson()).object();
    EXPECT_EQ(root.value(QStringLiteral("format_version")).toInt(), PersonaTemplate::formatVersion);
}

TEST(Templates, StoredInTheProjectAndReadBack)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("t.personas"));
    PersonaTemplate t = everyType();
    {
        auto project = Project::open(path, Project::OpenMode::CreateIfMissing, nullptr);
        ASSERT_TRUE(project);
        ASSERT_TRUE(TemplateRepository::save(*project, t));
        EXPECT_GT(t.id, 0);
        t.name = QStringLiteral("Renamed");
        t.sections.move(0, 3);
        ASSERT_TRUE(TemplateRepository::save(*project, t));
    }
    Error error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    ASSERT_TRUE(project) << qPrintable(error.toString());
    const auto loaded = TemplateRepository::find(*project, t.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->name, QStringLiteral("Renamed"));
    EXPECT_EQ(loaded->sections, t.sections);
    EXPECT_TRUE(TemplateRepository::remove(*project, t.id));
    EXPECT_FALSE(TemplateRepository::find(*project, t.id));
}

TEST(Templates, InvalidJsonNamesThePath)
{
    EXPECT_TRUE(errorFor("{\"format\": ").startsWith(QStringLiteral("Not valid JSON")));
    EXPECT_TRUE(errorFor("[1]").startsWith(QStringLiteral("$:")));
    EXPECT_TRUE(errorFor(R"({"format": "x", "format_version": 1})").startsWith(QStringLiteral("$.format:")));
    const QByteArray head = R"({"format": "persona-workbench-template", "format_version": 1, "name": "T", )";
    EXPECT_TRUE(errorFor(R"({"format": "persona-workbench-template", "format_version": 99, "name": "T", "sections": []})")
                    .startsWith(QStringLiteral("$.format_version:")));
    EXPECT_TRUE(errorFor(head + R"("sections": {}})").startsWith(QStringLiteral("$.sections:")));
    const QString badType = errorFor(head + R"("sections": [{"key": "a", "type": "bullet_list"}, {"key": "b", "type": "poem"}]})");
    EXPECT_TRUE(badType.startsWith(QStringLiteral("$.sections[1].type:"))) << qPrintable(badType);
    EXPECT_TRUE(badType.contains(QStringLiteral("poem")));
    EXPECT_TRUE(errorFor(head + R"("sections": [{"key": 3, "type": "tags"}]})").startsWith(QStringLiteral("$.sections[0].key:")));
    EXPECT_TRUE(errorFor(head + R"("sections": [{"key": "a", "type": "tags"}, {"key": "a", "type": "tags"}]})")
                    .startsWith(QStringLiteral("$.sections[1].key:")));
    const QString badFigure = errorFor(head + R"("sections": [{"key": "f", "type": "figures", "figures": ["size", "height"]}]})");
    EXPECT_TRUE(badFigure.startsWith(QStringLiteral("$.sections[0].figures[1]:"))) << qPrintable(badFigure);
    EXPECT_TRUE(errorFor(head + R"("sections": [{"key": "s", "type": "scale", "poles": ["one"]}]})")
                    .startsWith(QStringLiteral("$.sections[0].poles:")));
    EXPECT_TRUE(errorFor(head + R"("sections": ["goals"]})").startsWith(QStringLiteral("$.sections[0]:")));
}

TEST(PersonaValues, EvidenceFollowsTheEdits)
{
    Persona p;
    p.archetype = QStringLiteral("cart_abandoner");
    const PersonaTemplate &t = p.effectiveTemplate();
    const TemplateSection &goals = *t.find(QStringLiteral("goals"));
    const TemplateSection &tactics = *t.find(QStringLiteral("tactics"));
    const TemplateSection &demographics = *t.find(QStringLiteral("demographics"));
    EXPECT_EQ(p.evidenceOf(goals), Evidence::Suggested);
    EXPECT_FALSE(p.lines(goals, QStringLiteral("he")).isEmpty());
    EXPECT_NE(p.lines(goals, QStringLiteral("he")), p.lines(goals, QStringLiteral("en")));
    EXPECT_FALSE(p.lines(tactics, QStringLiteral("ru")).isEmpty());
    EXPECT_EQ(p.evidenceOf(demographics), Evidence::Assumed); // nothing to suggest
    EXPECT_EQ(p.evidenceOf(*t.find(QStringLiteral("key_figures"))), Evidence::Data);

    p.setLines(goals.key, {QStringLiteral("Finish checkout in one minute")});
    EXPECT_EQ(p.evidenceOf(goals), Evidence::Assumed);
    EXPECT_EQ(p.lines(goals, QStringLiteral("he")), QStringList{QStringLiteral("Finish checkout in one minute")});
    p.evidence.insert(goals.key, Evidence::Research);
    EXPECT_EQ(p.evidenceOf(goals), Evidence::Research);
    p.clearSection(goals.key);
    EXPECT_EQ(p.evidenceOf(goals), Evidence::Suggested);

    EXPECT_EQ(p.scale(QStringLiteral("price_quality")), 50);
    p.setScale(QStringLiteral("price_quality"), 130);
    EXPECT_EQ(p.scale(QStringLiteral("price_quality")), 100);
}

TEST(PersonaValues, ChangingTheTemplateKeepsValuesWhoseSectionStillExists)
{
    Persona p;
    p.archetype = QStringLiteral("repeat_buyer");
    p.setLines(QStringLiteral("goals"), {QStringLiteral("Reorder fast")});
    p.setLines(QStringLiteral("demographics"), {QStringLiteral("30–45, cities")});
    p.setScale(QStringLiteral("price_quality"), 80);
    p.evidence.insert(QStringLiteral("goals"), Evidence::Research);
    p.evidence.insert(QStringLiteral("demographics"), Evidence::Research);

    PersonaTemplate lean = PersonaTemplate::builtinTemplate(PersonaTemplate::Builtin::Lean);
    p.changeTemplate(7, lean);
    EXPECT_EQ(p.templateId, 7);
    EXPECT_EQ(p.fields.value(QStringLiteral("goals")).toArray().first().toString(), QStringLiteral("Reorder fast"));
    EXPECT_EQ(p.evidence.value(QStringLiteral("goals")), Evidence::Research);
    EXPECT_FALSE(p.fields.contains(QStringLiteral("demographics")));
    EXPECT_FALSE(p.evidence.contains(QStringLiteral("demographics")));
    EXPECT_FALSE(p.fields.contains(QStringLiteral("price_quality")));

    // Same key, incompatible type: the value goes.
    PersonaTemplate odd = lean;
    for (TemplateSection &s : odd.sections)
        if (s.key == QLatin1String("goals"))
            s.type = SectionType::Scale;
    p.changeTemplate(8, odd);
    EXPECT_FALSE(p.fields.contains(QStringLiteral("goals")));
}

TEST(PersonaRepository, InsertsRemovesAndReordersKeepingPositions)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    QList<Persona> list;
    for (const char *name : {"A", "B", "C"}) {
        Persona p;
        p.customName = QString::fromLatin1(name);
        p.archetype = QStringLiteral("repeat_buyer");
        p.color = QStringLiteral("#336699");
        list << p;
    }
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, list));
    auto names = [&] {
        QString s;
        for (const Persona &p : PersonaRepository::load(*project))
            s += p.customName;
        return s;
    };
    Persona d;
    d.customName = QStringLiteral("D");
    d.archetype = QString();
    d.color = QStringLiteral("#112233");
    d.position = 1;
    d.photo = QByteArray("\x89PNG fake", 9);
    d.avatarStyle = QStringLiteral("illustration");
    d.evidence.insert(QStringLiteral("goals"), Evidence::Research);
    ASSERT_TRUE(PersonaRepository::insert(*project, d));
    EXPECT_EQ(names(), QStringLiteral("ADBC"));
    const Persona loaded = PersonaRepository::load(*project)[1];
    EXPECT_EQ(loaded.photo, d.photo);
    EXPECT_EQ(loaded.avatarStyle, QStringLiteral("illustration"));
    EXPECT_EQ(loaded.evidence.value(QStringLiteral("goals")), Evidence::Research);
    EXPECT_EQ(loaded.templateId, 0);
    EXPECT_EQ(loaded.effectiveTemplate().builtin, PersonaTemplate::Builtin::B2C);

    ASSERT_TRUE(PersonaRepository::remove(*project, list[0].id));
    EXPECT_EQ(names(), QStringLiteral("DBC"));
    // Undoing the deletion: the same id comes back at its place.
    Persona a = list[0];
    a.position = 0;
    ASSERT_TRUE(PersonaRepository::insert(*project, a));
    EXPECT_EQ(a.id, list[0].id);
    EXPECT_EQ(names(), QStringLiteral("ADBC"));
    ASSERT_TRUE(PersonaRepository::reorder(*project, {list[2].id, d.id, list[1].id, list[0].id}));
    EXPECT_EQ(names(), QStringLiteral("CDBA"));
    const QList<Persona> all = PersonaRepository::load(*project);
    for (int i = 0; i < all.size(); ++i)
        EXPECT_EQ(all[i].position, i);
}
