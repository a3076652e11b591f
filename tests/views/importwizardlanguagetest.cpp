// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's three pages in Hebrew (right to left) and Russian (long words): every
// label fits, the layout runs the language's way. With PW_SCREENSHOT_DIR set, each page is saved
// as importwizard-LANG-PAGE.png there for a look.
#include "import/importwizard.h"
#include "language.h"
#include "store/project.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace pw;

namespace {

// A file no format recognises (so the mapping page offers its choices) with one bad row.
const char *const kUnknownOrders = "Bestellnummer;Kunden-Nr;Datum;Betrag;Notiz\n"
                                   "A-1;K1;03.04.2024;1.234,50;erste\n"
                                   "A-2;K2;15.04.2024;99,90;\n"
                                   "A-3;K1;kein Datum;10,00;falsch\n";

/// The visible labels and buttons of `wizard` whose text does not fit their size.
QStringList clipped(QWizard &wizard)
{
    QStringList out;
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->pixmap().toImage().width() > 0)
            continue;
        const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                                            : label->minimumSizeHint().width() <= label->width();
        if (!fits)
            out << label->text();
    }
    for (QAbstractButton *button : wizard.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->sizeHint().width() > button->width())
            out << button->text();
    }
    return out;
}

void look(QWizard &wizard, const QString &lang, const char *page)
{
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_TRUE(clipped(wizard).isEmpty()) << qPrintable(lang) << " " << page << ": "
                                           << qPrintable(clipped(wizard).join(QStringLiteral(" | ")));
    const QString dir = qEnvironmentVariable("PW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        wizard.grab().save(QDir(dir).filePath(QStringLiteral("importwizard-%1-%2.png").arg(lang, QLatin1String(page))));
}

} // namespace

TEST(ImportWizardLanguages, EveryPageFitsInHebrewAndRussian)
{
    test::TempDir dir;
    auto project = test::newProject(dir);
    const QString file = dir.write(QStringLiteral("bestellungen.csv"), kUnknownOrders);
    for (const QString &lang : {QStringLiteral("he"), QStringLiteral("ru"), QStringLiteral("en")}) {
        ASSERT_TRUE(setApplicationLanguage(lang));
        QApplication::setLayoutDirection(isRightToLeft(lang) ? Qt::RightToLeft : Qt::LeftToRight);
        ImportWizard wizard(*project, file);
        wizard.show();
        EXPECT_EQ(wizard.layoutDirection(), isRightToLeft(lang) ? Qt::RightToLeft : Qt::LeftToRight);
        look(wizard, lang, "file");

        // Read the columns as canonical fields, as a marketer would.
        wizard.next();
        wizard.setMapping(QStringLiteral("Bestellnummer"), QStringLiteral("order_id"));
        wizard.setMapping(QStringLiteral("Kunden-Nr"), QStringLiteral("customer_id"));
        wizard.setMapping(QStringLiteral("Datum"), QStringLiteral("order_date"));
        wizard.setMapping(QStringLiteral("Betrag"), QStringLiteral("total"));
        ASSERT_EQ(wizard.preview().format, QStringLiteral("generic"));
        look(wizard, lang, "columns");

        wizard.next();
        wizard.validateNow();
        auto *errors = wizard.currentPage()->findChild<QTableWidget *>();
        ASSERT_TRUE(errors);
        EXPECT_EQ(errors->rowCount(), 1);
        look(wizard, lang, "check");
        // Qt's arrows on Back and Next would point the wrong way right to left.
        for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton}) {
            const QString text = wizard.button(which)->text();
            EXPECT_FALSE(text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>'))) << qPrintable(text);
        }

        // A detected shop format: its (long) name and what the file holds, translated.
        ImportWizard olist(*project, QStringLiteral(TEST_DATA_DIR "/import/olist/olist_order_reviews_dataset.csv"));
        olist.show();
        ASSERT_EQ(olist.preview().format, QStringLiteral("olist"));
        look(olist, lang, "detected");
        olist.next();
        look(olist, lang, "detected-columns");
    }
    setApplicationLanguage(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
