// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "Import never drops what it was given": every column the import cannot place is named.
#include "import/importer.h"
#include "import/pseudonymiser.h"
#include "store/project.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

ImportReport import(Project &project, const QStringList &files, OnError onError = OnError::Skip)
{
    ImportOptions options;
    options.onError = onError;
    return importFiles(project, files, options, nullptr);
}

} // namespace

TEST(UnreadColumns, EveryColumnTheImportCannotPlaceIsNamed)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString customers = dir.write(QStringLiteral("customers.csv"), "customer_id,email,favourite colour,\nc1,a@b.org,green,\n");
    const QString orders = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,order_date,total,gift wrap\n1,c1,2024-01-01,5,yes\n");
    const ImportReport report = import(*project, {customers, orders});
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    EXPECT_EQ(report.unreadColumns.value(customers), (QStringList{QStringLiteral("favourite colour"), QStringLiteral("column 4 (no name)")}));
    EXPECT_EQ(report.unreadColumns.value(orders), QStringList{QStringLiteral("gift wrap")});
    EXPECT_EQ(unreadColumnsText(orders, report.unreadColumns.value(orders)),
              QStringLiteral("orders.csv: not imported, the project has no place for these columns: “gift wrap”"));

    // A shop's export names what it does not store too (Shopify's phone numbers, for one).
    const QString shopify = QStringLiteral(TEST_DATA_DIR "/import/shopify/orders_export.csv");
    const ImportReport shop = import(*project, {shopify});
    ASSERT_TRUE(shop.ok());
    EXPECT_TRUE(shop.unreadColumns.value(shopify).contains(QStringLiteral("Billing Phone")));
    EXPECT_FALSE(shop.unreadColumns.value(shopify).contains(QStringLiteral("Total")));

    // The preview the wizard shows says the same.
    Pseudonymiser pseudonymiser;
    const ImportPreview preview = previewImport(orders, ImportOptions(), pseudonymiser, 5, nullptr);
    EXPECT_EQ(preview.unreadColumns, QList<int>{4});
    EXPECT_EQ(preview.unreadColumnNames, QStringList{QStringLiteral("gift wrap")});
    EXPECT_EQ(preview.columnFields, (QStringList{QStringLiteral("order_id"), QStringLiteral("customer_id"),
                                                 QStringLiteral("order_date"), QStringLiteral("total"), QString()}));
}
