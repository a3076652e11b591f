// SPDX-License-Identifier: GPL-3.0-or-later
#include "persona/archetypecatalog.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace pw;

TEST(ArchetypeCatalog, ShipsTheArchetypesAndCustomerTypesInThreeLanguages)
{
    const ArchetypeCatalog &catalog = ArchetypeCatalog::instance();
    const QStringList keys{QStringLiteral("bouncer"),        QStringLiteral("passive_browser"),
                           QStringLiteral("cart_abandoner"), QStringLiteral("first_time_low"),
                           QStringLiteral("first_time_high"), QStringLiteral("repeat_buyer"),
                           QStringLiteral("discount_seeker"), QStringLiteral("impulse_buyer"),
                           QStringLiteral("need_based"), QStringLiteral("looker"),
                           QStringLiteral("new_customer"), QStringLiteral("loyal_customer")};
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
