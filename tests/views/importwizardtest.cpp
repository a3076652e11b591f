// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importwizard.h"
#include "import/importer.h"
#include "import/mappingmemory.h"
#include "store/project.h"
#include "testsupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

/// The wizard's "Read as" box of row `row` of the mapping table, on the mapping page.
QComboBox *readAs(ImportWizard &wizard, int row)
{
    auto *columns = wizard.findChildren<QTableWidget *>().value(0);
    return columns ? qobject_cast<QComboBox *>(columns->cellWidget(row, 1)) : nullptr;
}

bool labelContains(const QWidget &widget, const QString &text)
{
    for (const QLabel *label : widget.findChildren<QLabel *>())
        if (label->text().contains(text))
            return true;
    return false;
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

// The README's own example: one column mapped must not turn the file into another kind.
TEST(ImportWizard, MappingOneColumnKeepsTheOtherColumnsMappable)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QString file = dir.write(QStringLiteral("kunden.csv"), "Kunden-Nr,E-Mail,Ort\n"
                                                                 "K1,anna@example.de,Berlin\n"
                                                                 "K2,ben@example.de,Hamburg\n");
    ImportWizard wizard(*project, file);
    EXPECT_TRUE(wizard.preview().fatal.isSet());
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    QComboBox *id = readAs(wizard, 0);
    ASSERT_TRUE(id);
    id->setCurrentIndex(id->findData(QStringLiteral("customer_id")));

    EXPECT_EQ(wizard.preview().format, QStringLiteral("generic"));
    EXPECT_EQ(wizard.preview().entity, Entity::Customers);
    EXPECT_EQ(wizard.preview().sampleRows.size(), 2);
    for (int row : {1, 2}) {
        QComboBox *box = readAs(wizard, row);
        ASSERT_TRUE(box) << "row " << row << " can no longer be mapped";
        EXPECT_EQ(box->currentData().toString(), QString());
    }
    readAs(wizard, 1)->setCurrentIndex(readAs(wizard, 1)->findData(QStringLiteral("email")));
    readAs(wizard, 2)->setCurrentIndex(readAs(wizard, 2)->findData(QStringLiteral("city")));
    ASSERT_EQ(wizard.preview().sampleRows.size(), 2);
    const CanonicalRow &first = wizard.preview().sampleRows[0];
    EXPECT_EQ(first.values[0].toString(), QStringLiteral("K1"));
    EXPECT_FALSE(first.values[1].isNull()); // the e-mail, pseudonymised
    EXPECT_EQ(first.values[9].toString(), QStringLiteral("Berlin"));
    auto *rows = wizard.findChildren<QTableWidget *>().value(1);
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows->rowCount(), 2);
    saveScreenshot(wizard, "importwizard-kunden.png");

    wizard.next();
    wizard.validateNow();
    EXPECT_TRUE(labelContains(wizard, QStringLiteral("2 rows read: 2 good, 0 with problems")));
    // What is stored is what the wizard showed: customers with their city, no feature table.
    const ImportReport report = importFiles(*project, {file}, wizard.options(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM customers WHERE city IS NOT NULL")).toInt(), 2);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM person_features")).toInt(), 0);
}

// "Read as" names what the column is read as, in words, with the field's key as the item's data.
TEST(ImportWizard, ReadAsShowsNothingForUnmappedColumnsAndHumanNames)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QString file = dir.write(QStringLiteral("customers.csv"), "customer_id,Notiz\nK1,hallo\n");
    ImportWizard wizard(*project, file);
    ASSERT_EQ(wizard.preview().format, QStringLiteral("generic"));
    wizard.show();
    wizard.next();
    QComboBox *id = readAs(wizard, 0);
    QComboBox *note = readAs(wizard, 1);
    ASSERT_TRUE(id && note);
    EXPECT_EQ(id->currentData().toString(), QStringLiteral("customer_id"));
    EXPECT_EQ(id->currentText(), QStringLiteral("Customer ID"));
    EXPECT_EQ(note->currentData().toString(), QString());
    EXPECT_EQ(note->currentText(), QStringLiteral("(nothing)"));
    EXPECT_EQ(note->findText(QStringLiteral("Notiz")), -1);
    // A column nothing stores says so in its type, and the check names it.
    auto *columns = wizard.findChildren<QTableWidget *>().value(0);
    EXPECT_EQ(columns->item(1, 2)->text(), QStringLiteral("not imported"));
    EXPECT_EQ(wizard.preview().unreadColumns, QList<int>{1});
    for (int i = 1; i < note->count(); ++i)
        EXPECT_NE(note->itemText(i), note->itemData(i).toString()) << "a raw key: " << qPrintable(note->itemText(i));
}

// Online Retail orders add up lines from anywhere in the file: the preview shows them as stored.
TEST(ImportWizard, OnlineRetailPreviewShowsOrdersAsStored)
{
    const QString file = QStringLiteral(SHARED_DATA_DIR "/uci_online_retail_sample40k/Online_Retail_sample40k.csv");
    if (!QFileInfo::exists(file))
        GTEST_SKIP() << "not available: " << qPrintable(file);
    test::TempDir dir;
    auto project = test::newProject(dir);
    ImportWizard wizard(*project, file);
    ASSERT_EQ(wizard.preview().format, QStringLiteral("online-retail"));
    const QList<CanonicalRow> sample = wizard.preview().sampleRows;
    ASSERT_FALSE(sample.isEmpty());
    const ImportReport report = importFiles(*project, {file}, wizard.options(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    // The file's first line with a customer is invoice 573415: the sample starts there.
    EXPECT_EQ(sample[0].values[0].toString(), QStringLiteral("573415"));
    for (const CanonicalRow &row : sample) {
        const QString id = row.values[0].toString();
        const auto stored = [&](const char *column) {
            return project->scalar(QStringLiteral("SELECT %1 FROM orders WHERE order_id = ?").arg(QLatin1String(column)),
                                   {id});
        };
        EXPECT_NEAR(row.values[3].toDouble(), stored("total").toDouble(), 0.005) << qPrintable(id);
        EXPECT_EQ(row.values[6].toLongLong(), stored("items").toLongLong()) << qPrintable(id);
    }
}

// Issue 14: a transaction log is orders; the wizard says how it is read and what it leaves out,
// and the columns read by a synonym show the field they are read as.
TEST(ImportWizard, ATransactionLogSaysItsIdsAreMadeAndNamesWhatItLeavesOut)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QString file = dir.write(QStringLiteral("log.csv"), "user_id,date,qty,amount,till\n"
                                                              "u1,2024-05-01,2,10.00,T1\n"
                                                              "u1,2024-05-01,2,10.00,T1\n"
                                                              "u2,2024-05-02,1,4.50,T2\n");
    ImportWizard wizard(*project, file);
    EXPECT_EQ(wizard.preview().format, QStringLiteral("generic"));
    EXPECT_EQ(wizard.preview().entity, Entity::Orders);
    // The first page says it already.
    EXPECT_TRUE(labelContains(wizard, QStringLiteral("no order id column: each row is taken as one order")));
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    const QStringList expected = {QStringLiteral("customer_id"), QStringLiteral("order_date"), QStringLiteral("items"),
                                  QStringLiteral("total"), QString()};
    for (int c = 0; c < expected.size(); ++c) {
        QComboBox *box = readAs(wizard, c);
        ASSERT_TRUE(box);
        EXPECT_EQ(box->currentData().toString(), expected[c]) << "column " << c;
    }
    auto *columns = wizard.findChildren<QTableWidget *>().value(0);
    EXPECT_EQ(columns->item(4, 2)->text(), QStringLiteral("not imported"));
    EXPECT_EQ(columns->item(3, 2)->text(), QStringLiteral("number"));
    saveScreenshot(wizard, "importwizard-transactions-mapping.png");
    wizard.next();
    wizard.validateNow();
    EXPECT_TRUE(labelContains(wizard, QStringLiteral("3 rows read: 3 good, 0 with problems")));
    EXPECT_TRUE(labelContains(wizard, QStringLiteral("log.csv: no order id column: each row is taken as one order, ids made from the row's content")));
    EXPECT_TRUE(labelContains(wizard, QStringLiteral("log.csv: not imported, the project has no place for these columns: “till”")));
    saveScreenshot(wizard, "importwizard-transactions-validation.png");

    // What is stored is what it said.
    const ImportReport report = importFiles(*project, {file}, wizard.options(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 3);
    EXPECT_DOUBLE_EQ(project->scalar(QStringLiteral("SELECT total(total) FROM orders")).toDouble(), 24.5);
}
