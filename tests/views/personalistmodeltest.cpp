// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/personalistmodel.h"
#include "samplepersonas.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace pw;

TEST(PersonaListModel, ListsTheProjectsPersonasUnderTheModelTester)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ASSERT_TRUE(project);
    QList<Persona> personas = test::samplePersonas();
    Persona generated = test::samplePersona(QString(), QStringLiteral("#2e7d32"), 3);
    generated.nameSuffix = QStringLiteral("2");
    personas << generated;
    Error error;
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas, &error)) << qPrintable(error.toString());

    PersonaListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload(*project, QStringLiteral("en"));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Loyal Lena"));
    EXPECT_EQ(model.index(2).data().toString(), QStringLiteral("Ольга Постоянная"));
    EXPECT_EQ(model.index(3).data().toString(), QStringLiteral("Repeat buyer 2"));
    EXPECT_EQ(model.index(1).data(PersonaListModel::ColorRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(model.index(1).data(PersonaListModel::PersonaIdRole).toLongLong(), personas[1].id);
    EXPECT_EQ(model.index(1).data(PersonaListModel::ArchetypeRole).toString(), QStringLiteral("repeat_buyer"));
    EXPECT_DOUBLE_EQ(model.index(0).data(PersonaListModel::ShareRevenueRole).toDouble(), 0.52);
    EXPECT_EQ(model.index(0).data(PersonaListModel::SizeRole).toLongLong(), 1200);
    EXPECT_FALSE(model.index(0).data(Qt::DecorationRole).value<QPixmap>().isNull());
    EXPECT_TRUE(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Repeat buyer")));
    EXPECT_EQ(model.roleNames().value(PersonaListModel::ShareRevenueRole), QByteArray("shareRevenue"));

    // Reloading after the personas change keeps the model consistent (the tester watches).
    personas.removeLast();
    ASSERT_TRUE(PersonaRepository::replaceAll(*project, personas, &error));
    model.reload(*project, QStringLiteral("ru"));
    EXPECT_EQ(model.rowCount(), 3);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}
