// SPDX-License-Identifier: GPL-3.0-or-later
#include "persona/archetypecatalog.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <utility>

#include <gtest/gtest.h>

using namespace pw;

TEST(ArchetypeCatalog, ShipsTheArchetypesAndCustomerTypesInThreeLanguages)
{
    const ArchetypeCatalog &catalog = ArchetypeCatalog::instance();
    const QStringList keys {QStringLiteral("bouncer"), QStringLiteral("passive_browser"),
        QStringLiteral("cart_abandoner"), QStringLiteral("first_time_low"), QStringLiteral("first_time_high"),
        QStringLiteral("repeat_buyer"), QStringLiteral("discount_seeker"), QStringLiteral("impulse_buyer"),
        QStringLiteral("need_based"), QStringLiteral("looker"), QStringLiteral("new_customer"),
        QStringLiteral("loyal_customer"), QStringLiteral("one_time_buyer"), QStringLiteral("lapsed_buyer"),
        QStringLiteral("non_buyer"), QStringLiteral("converting_visitor")};
    ASSERT_EQ(catalog.archetypes().size(), keys.size());
    const QRegularExpression hebrew(QStringLiteral("[\\x{0590}-\\x{05FF}]"));
    const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    for (const QString &key : keys) {
        const Archetype *a = catalog.find(key);
        ASSERT_NE(a, nullptr) << qPrintable(key);
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(a->color).hasMatch()) << qPrintable(key);
        EXPECT_TRUE(hebrew.match(a->name.byLanguage.value(QStringLiteral("he"))).hasMatch()) << qPrintable(key);
        EXPECT_TRUE(cyrillic.match(a->name.byLanguage.value(QStringLiteral("ru"))).hasMatch()) << qPrintable(key);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
            EXPECT_FALSE(a->quote.byLanguage.value(lang).isEmpty()) << qPrintable(key + lang);
            EXPECT_GE(a->goals.byLanguage.value(lang).size(), 2) << qPrintable(key + lang);
            EXPECT_GE(a->painPoints.byLanguage.value(lang).size(), 2) << qPrintable(key + lang);
            EXPECT_GE(a->tactics.byLanguage.value(lang).size(), 3) << qPrintable(key + lang);
        }
    }
    EXPECT_EQ(catalog.find(QStringLiteral("no_such_archetype")), nullptr);
}

TEST(ArchetypeCatalog, LifecycleArchetypesHaveEveryFieldInEveryLanguage)
{
    // One-time and lapsed buyers (recency against the store's purchase cycle) and known people
    // without a purchase: nothing may fall back to English, and every list is as long in each
    // language, within the card's 70 characters an item.
    const QStringList languages {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")};
    const QList<std::pair<QString, QString>> expected {
        {QStringLiteral("one_time_buyer"), QStringLiteral("transacting")},
        {QStringLiteral("lapsed_buyer"), QStringLiteral("transacting")},
        {QStringLiteral("non_buyer"), QStringLiteral("non_transacting")}};
    for (const auto &[key, group] : expected) {
        const Archetype *a = ArchetypeCatalog::instance().find(key);
        ASSERT_NE(a, nullptr) << qPrintable(key);
        EXPECT_EQ(a->group, group) << qPrintable(key);
        for (const LocalizedText *text : {&a->name, &a->signal, &a->quote}) {
            for (const QString &lang : languages)
                EXPECT_FALSE(text->byLanguage.value(lang).trimmed().isEmpty())
                    << qPrintable(key + ' ' + lang);
        }
        const QList<std::pair<const char *, const LocalizedList *>> lists {{"goals", &a->goals},
            {"pain_points", &a->painPoints}, {"motivations", &a->motivations},
            {"frustrations", &a->frustrations}, {"channels", &a->channels}, {"tactics", &a->tactics}};
        for (const auto &[field, list] : lists) {
            const qsizetype count = list->byLanguage.value(QStringLiteral("en")).size();
            EXPECT_GE(count, 2) << qPrintable(key) << ' ' << field;
            for (const QString &lang : languages) {
                const QStringList items = list->byLanguage.value(lang);
                EXPECT_EQ(items.size(), count) << qPrintable(key + ' ' + lang) << ' ' << field;
                for (const QString &item : items) {
                    EXPECT_FALSE(item.trimmed().isEmpty()) << qPrintable(key + ' ' + lang) << ' ' << field;
                    EXPECT_LE(item.size(), 70) << qPrintable(key + ' ' + lang + ' ' + item);
                }
            }
        }
    }
}

TEST(ArchetypeCatalog, ColoursAreDistinctAndReadableUnderWhiteText)
{
    // WCAG 2 contrast ratio of white text on the colour: at least 4.5:1 (AA).
    const auto linear = [](int c) {
        const double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    QSet<QString> seen;
    for (const Archetype &a : ArchetypeCatalog::instance().archetypes()) {
        EXPECT_FALSE(seen.contains(a.color)) << qPrintable(a.key + " repeats " + a.color);
        seen.insert(a.color);
        bool ok = false;
        const uint rgb = a.color.mid(1).toUInt(&ok, 16);
        ASSERT_TRUE(ok && a.color.size() == 7) << qPrintable(a.key);
        const double luminance = 0.2126 * linear(int(rgb >> 16) & 0xff)
            + 0.7152 * linear(int(rgb >> 8) & 0xff) + 0.0722 * linear(int(rgb) & 0xff);
        EXPECT_GE(1.05 / (luminance + 0.05), 4.5) << qPrintable(a.key + ' ' + a.color);
    }
}

TEST(ArchetypeCatalog, MissingLanguageFallsBackToEnglish)
{
    LocalizedText t;
    t.byLanguage.insert(QStringLiteral("en"), QStringLiteral("Repeat buyer"));
    EXPECT_EQ(t.text(QStringLiteral("ru")), QStringLiteral("Repeat buyer"));
}

TEST(ArchetypeCatalog, InvalidDocumentsAreRejected)
{
    QString error;
    EXPECT_TRUE(ArchetypeCatalog::fromJson("{not json", &error).archetypes().isEmpty());
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_TRUE(ArchetypeCatalog::fromJson(R"({"archetypes": [{"group": "x"}]})", &error).archetypes().isEmpty());
    EXPECT_FALSE(error.isEmpty());
}
