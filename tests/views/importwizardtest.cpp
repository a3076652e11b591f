// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"
#include "import/mappingmemory.h"
#include "store/project.h"
#include "testsupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace pw;

namespace {

const char *const kGermanOrders = "Bestellnummer;Kunden-Nr;Datum;Betrag;Notiz\n"
                                   "A-1;K1;03.04.2024;1.234,50;erste\n"
                                   "A-2;K2;15.04.2024;99,90;\n"
                                   "A-3;K1;kein Datum;10,00;falsch\n";

void saveScreenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("PW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

TEST(ImportWizard, DetectsAShopFormatAndPreviewsStoredRows)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    ImportWizard wizard(*project, QStringLiteral(TEST_DATA_DIR "/import/shopify/orders_export.csv"));
    EXPECT_EQ(wizard.preview().format, QStringLiteral("shopify"));
    EXPECT_EQ(wizard.preview().entity, Entity::Orders);
    EXPECT_EQ(wizard.preview().sampleRows.size(), 3);
    EXPECT_EQ(wizard.options().format, QStringLiteral("auto"));
    wizard.show();
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    auto *columns = wizard.findChildren<QTableWidget *>().value(0);
    ASSERT_TRUE(columns);
    EXPECT_EQ(columns->rowCount(), wizard.preview().sourceHeader.size());
    // Shop formats map their columns themselves: nothing to choose.
    EXPECT_EQ(columns->cellWidget(0, 1), nullptr);
    saveScreenshot(wizard, "importwizard-shopify.png");
}

TEST(ImportWizard, MapsAnUnknownFileValidatesAndRemembersTheMapping)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QString file = dir.write(QStringLiteral("bestellungen.csv"), kGermanOrders);
    {
        ImportWizard wizard(*project, file);
        EXPECT_TRUE(wizard.preview().format.isEmpty());
        EXPECT_TRUE(wizard.preview().fatal.isSet());
        EXPECT_EQ(wizard.preview().sourceHeader.size(), 5);
        wizard.setMapping(QStringLiteral("Bestellnummer"), QStringLiteral("order_id"));
        wizard.setMapping(QStringLiteral("Kunden-Nr"), QStringLiteral("customer_id"));
        wizard.setMapping(QStringLiteral("Datum"), QStringLiteral("order_date"));
        wizard.setMapping(QStringLiteral("Betrag"), QStringLiteral("total"));
        wizard.setMapping(QStringLiteral("Notiz"), QString());
        EXPECT_EQ(wizard.preview().format, QStringLiteral("generic"));
        EXPECT_EQ(wizard.preview().entity, Entity::Orders);
        ASSERT_EQ(wizard.preview().sampleRows.size(), 2);
        // 1.234,50 with a decimal comma; 03.04.2024 day-first (15.04 decides it).
        EXPECT_EQ(wizard.preview().sampleRows[0].values[3].toDouble(), 1234.5);
        EXPECT_EQ(wizard.preview().sampleRows[0].values[2].toLongLong(), 1712102400);

        wizard.show();
        wizard.next();
        auto *columns = wizard.findChildren<QTableWidget *>().value(0);
        ASSERT_TRUE(columns);
        auto *box = qobject_cast<QComboBox *>(columns->cellWidget(2, 1));
        ASSERT_TRUE(box);
        EXPECT_EQ(box->currentData().toString(), QStringLiteral("order_date"));
        saveScreenshot(wizard, "importwizard-mapping.png");
        wizard.next();
        wizard.validateNow();
        const QList<QLabel *> labels = wizard.findChildren<QLabel *>();
        bool summarised = false;
        for (QLabel *label : labels)
            summarised = summarised || label->text().contains(QLatin1String("3 rows read: 2 good, 1 with problems"));
        EXPECT_TRUE(summarised);
        saveScreenshot(wizard, "importwizard-validation.png");
        EXPECT_TRUE(wizard.rememberMapping());
    }
    // The next file of the same shape gets the same mapping.
    const QString next = dir.write(QStringLiteral("mai.csv"), "bestellnummer;kunden-nr;datum;betrag;notiz\nB-1;K9;20.05.2024;5,00;\n");
    ImportWizard again(*project, next);
    EXPECT_EQ(again.preview().format, QStringLiteral("generic"));
    EXPECT_EQ(again.options().columnNames.value(QStringLiteral("Betrag")), QStringLiteral("total"));
}
