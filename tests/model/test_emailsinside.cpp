// SPDX-License-Identifier: GPL-3.0-or-later
// An e-mail address inside an id or a URL is pseudonymised like an e-mail column.
#include "import/importer.h"
#include "import/pseudonymiser.h"
#include "store/project.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::test;

namespace {

/// Every text value of the project's data tables, one string.
QString everyText(Project &project)
{
    QString all;
    for (const char *sql : {"SELECT customer_id FROM people", "SELECT order_id FROM orders",
                            "SELECT session_id || ' ' || coalesce(page, '') || ' ' || coalesce(source, '') FROM events",
                            "SELECT coalesce(sku, '') || ' ' || coalesce(product_name, '') FROM order_items"}) {
        QSqlQuery q(project.db());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        while (q.next())
            all += q.value(0).toString() + QLatin1Char('\n');
    }
    return all;
}

} // namespace

TEST(EmailsInside, FoundInNamesAndUrls)
{
    EXPECT_EQ(Pseudonymiser::emailInside(u"John Doe <john.doe@mail.com>"), QStringLiteral("john.doe@mail.com"));
    EXPECT_EQ(Pseudonymiser::emailInside(u"/u?e=anna.k%40mail.com&x=1"), QStringLiteral("anna.k@mail.com"));
    EXPECT_TRUE(Pseudonymiser::emailInside(u"@home, twitter @anna").isEmpty());
    const Pseudonymiser p(QByteArray(32, 'k'), false);
    EXPECT_EQ(p.maskEmails(QStringLiteral("/account?email=Anna.K@Mail.com&next=/")),
              QStringLiteral("/account?email=") + p.email(u"anna.k@mail.com") + QStringLiteral("&next=/"));
    EXPECT_EQ(p.maskEmails(QStringLiteral("/plain/page")), QStringLiteral("/plain/page"));
}

TEST(EmailsInside, NoAddressReachesTheProjectFromAnyIdOrUrl)
{
    TempDir dir;
    auto project = newProject(dir);
    const QString customers = dir.write(QStringLiteral("customers.csv"), "customer_id,city\n\"John Doe <john.doe@mail.com>\",Oslo\n");
    const QString orders = dir.write(QStringLiteral("orders.csv"), "order_id,customer_id,order_date,total\n"
                                                                   "o-for-john.doe@mail.com,john.doe@mail.com,2024-01-02,10\n");
    const QString items = dir.write(QStringLiteral("items.csv"), "order_id,sku,product_name\n"
                                                                 "o-for-john.doe@mail.com,gift-for-eve@mail.com,Card\n");
    const QString events = dir.write(QStringLiteral("events.csv"), "session_id,customer_id,timestamp,event_type,page,source\n"
                                                                   "anna.k@mail.com-1,c9,2024-01-02T10:00:00,page_view,/account?email=anna.k@mail.com,newsletter\n"
                                                                   "s2,c9,2024-01-02T10:01:00,page_view,/u?e=anna.k%40mail.com&x=1,ref:bob@mail.org\n");
    const ImportReport report = importFiles(*project, {customers, orders, items, events}, ImportOptions(), nullptr);
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal.toString());
    const QString all = everyText(*project);
    for (const char *address : {"john.doe", "anna.k", "eve@", "bob@", "%40", "@"})
        EXPECT_FALSE(all.contains(QLatin1String(address))) << address << "\n" << qPrintable(all);
    // The customer whose id holds the address is the person of that address's orders.
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM people WHERE customer_id <> 'c9'")).toLongLong(), 1);
    EXPECT_EQ(project->scalar(QStringLiteral("SELECT count(*) FROM customers c JOIN orders o ON o.person_id = c.person_id")).toLongLong(), 1);
    // The two pages name the same (pseudonymised) address.
    const QString masked = project->scalar(QStringLiteral("SELECT page FROM events WHERE session_id = 's2'")).toString();
    EXPECT_TRUE(masked.startsWith(QStringLiteral("/u?e=h:"))) << qPrintable(masked);
}
