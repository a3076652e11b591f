// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML deck in a real browser: Debian's Chromium, headless and offline, reads the demo
// store's deck in English, Hebrew and Russian, finds every persona's name in the DOM and no
// content outside its page, takes a screenshot of each and prints the deck to PDF.
// Set PW_HTML_SHOTS=DIR to keep the screenshots and PDFs for a look.
#include "persona/persona.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

#include <gtest/gtest.h>

using namespace pw;

namespace {

/// Appended to a test-only copy of the deck (the deck itself has no script): writes into the DOM
/// every element that reaches outside its page, and every page or fitted box whose content
/// overflows it.
const char *overflowCheck = R"JS(<script>
window.addEventListener('load', () => {
  const bad = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : '');
  document.querySelectorAll('section.page').forEach((page) => {
    const box = page.getBoundingClientRect();
    page.querySelectorAll('*').forEach((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0)
        return;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        bad.push(page.id + ' ' + name(el) + ' outside');
    });
    [page, ...page.querySelectorAll('.fit')].forEach((el) => {
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        bad.push(page.id + ' ' + name(el) + ' overflows ' + el.scrollWidth + 'x' + el.scrollHeight + ' > '
                 + el.clientWidth + 'x' + el.clientHeight);
    });
  });
  const out = document.createElement('pre');
  out.id = 'overflow-report';
  out.textContent = JSON.stringify(bad);
  document.body.appendChild(out);
});
</script>
)JS";

QString chromium()
{
    for (const QString &name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")})
        if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
            return path;
    return QString();
}

/// The deck of the demo store in three languages, exported once by persona-cli for all tests.
class HtmlInBrowser : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new test::TempDir;
        if (chromium().isEmpty())
            return;
        const QString project = s_dir->path(QStringLiteral("demo.personas"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(PW_DEMO_FIXTURE), project));
        ASSERT_TRUE(QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner));
        // A deck notes the run as the last workshop's; a run of another k after it gives the decks
        // below their "What changed" page (with a new persona and a changed one).
        const QString cli = QStringLiteral(PERSONA_CLI);
        test::ProcessResult r = test::runProgram(cli,
            {QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--html"),
                s_dir->path(QStringLiteral("workshop.html"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        r = test::runProgram(cli,
            {QStringLiteral("cluster"), QStringLiteral("--project"), project, QStringLiteral("--k"),
                QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("7"),
                QStringLiteral("--stability-runs"), QStringLiteral("0")});
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
            r = test::runProgram(cli,
                {QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--html"),
                    deck(lang), QStringLiteral("--lang"), lang});
            ASSERT_EQ(r.exitCode, 0) << r.err.constData();
            Error error;
            auto opened = Project::open(project, Project::OpenMode::OpenExisting, &error);
            ASSERT_TRUE(opened) << qPrintable(error.toString());
            QStringList list;
            for (const Persona &p : PersonaRepository::load(*opened, &error))
                list << p.displayName(lang);
            ASSERT_EQ(list.size(), 5);
            s_names.insert(lang, list);
        }
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        if (chromium().isEmpty())
            GTEST_SKIP() << "chromium is not installed (apt-get install chromium): the HTML deck is not "
                            "tested in a browser";
    }

    static QString deck(const QString &lang) { return s_dir->path(QStringLiteral("deck-%1.html").arg(lang)); }

    /// Where screenshots and PDFs go: PW_HTML_SHOTS if set, else the test's folder.
    static QString output(const QString &name)
    {
        const QString shots = qEnvironmentVariable("PW_HTML_SHOTS");
        if (!shots.isEmpty() && QDir().mkpath(shots))
            return QDir(shots).filePath(name);
        return s_dir->path(name);
    }

    /// Runs headless Chromium offline on `url` with `args`, a profile of its own; its result.
    static test::ProcessResult browse(const QStringList &args, const QString &file)
    {
        static int profile = 0;
        const QString profileDir = s_dir->path(QStringLiteral("profile-%1").arg(++profile));
        QStringList all {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--user-data-dir=") + profileDir,
            QStringLiteral("--no-first-run"), QStringLiteral("--no-default-browser-check"),
            QStringLiteral("--disable-extensions"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--hide-scrollbars"),
            // Offline: a page that asked for anything outside would get nothing.
            QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND")};
        all << args << QUrl::fromLocalFile(file).toString();
        return test::runProgram(chromium(), all, 60000);
    }

    static int pages(const QString &lang)
    {
        QFile file(deck(lang));
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count("<section class=\"page")) : 0;
    }

    static inline test::TempDir *s_dir = nullptr;
    static inline QHash<QString, QStringList> s_names;
};

} // namespace

TEST_F(HtmlInBrowser, EveryPersonaIsInTheDomAndNothingOverflowsItsPage)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
        SCOPED_TRACE(lang.toStdString());
        QFile file(deck(lang));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray page = file.readAll();
        // The test-only copy: the deck with the check appended.
        const qsizetype end = page.lastIndexOf("</body>");
        ASSERT_GT(end, 0);
        page.insert(end, overflowCheck);
        const QString checked = s_dir->path(QStringLiteral("checked-%1.html").arg(lang));
        QFile copy(checked);
        ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
        copy.write(page);
        copy.close();

        const test::ProcessResult r
            = browse({QStringLiteral("--run-all-compositor-stages-before-draw"),
                         QStringLiteral("--window-size=1280,900"), QStringLiteral("--dump-dom")},
                checked);
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        const QString dom = QString::fromUtf8(r.out);
        EXPECT_TRUE(dom.contains(lang == QLatin1String("he")
                ? QStringLiteral("<html lang=\"he\" dir=\"rtl\">")
                : QStringLiteral("<html lang=\"%1\" dir=\"ltr\">").arg(lang)));
        for (const QString &name : s_names.value(lang)) {
            // Each name is text on its card, on the overview, the funnels and the comparison.
            EXPECT_GE(dom.count(QStringLiteral(">%1<").arg(name.toHtmlEscaped())), 3) << qPrintable(name);
        }
        const QRegularExpressionMatch report
            = QRegularExpression(QStringLiteral("<pre id=\"overflow-report\">(.*?)</pre>")).match(dom);
        ASSERT_TRUE(report.hasMatch()) << "the check did not run";
        EXPECT_EQ(report.captured(1).toStdString(), "[]");
        EXPECT_EQ(int(dom.count(QStringLiteral("<section class=\"page"))), pages(lang));
        EXPECT_TRUE(dom.contains(QStringLiteral("<section class=\"page\" id=\"changes\">")));
    }
}

TEST_F(HtmlInBrowser, ScreenshotsShowEveryPage)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("ru")}) {
        SCOPED_TRACE(lang.toStdString());
        // The whole deck: a page is 794 px high plus its gap.
        const int height = pages(lang) * 818 + 40;
        const QString shot = output(QStringLiteral("html-deck-%1.png").arg(lang));
        QFile::remove(shot);
        const test::ProcessResult r = browse(
            {QStringLiteral("--screenshot=") + shot, QStringLiteral("--window-size=1280,%1").arg(height)},
            deck(lang));
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        const QImage image(shot);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.width(), 1280);
        // The cover's dark band at the top, white pages on the grey ground, the last page drawn.
        EXPECT_EQ(image.pixelColor(640, 60), QColor(0x26, 0x32, 0x38));
        EXPECT_EQ(image.pixelColor(20, 300), QColor(0xd9, 0xdd, 0xe2));
        const int lastPage = 24 + (pages(lang) - 1) * 818 + 400;
        EXPECT_EQ(image.pixelColor(640, lastPage + 300), QColor(Qt::white)) << lastPage;
    }
}

TEST_F(HtmlInBrowser, PrintsAPagePerSheet)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("he")}) {
        SCOPED_TRACE(lang.toStdString());
        const QString pdf = output(QStringLiteral("html-deck-%1.pdf").arg(lang));
        QFile::remove(pdf);
        const test::ProcessResult r = browse(
            {QStringLiteral("--no-pdf-header-footer"), QStringLiteral("--print-to-pdf=") + pdf}, deck(lang));
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ASSERT_TRUE(bytes.startsWith("%PDF"));
        int sheets = 0;
        if (const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
            !pdfinfo.isEmpty()) {
            const test::ProcessResult info = test::runProgram(pdfinfo, {pdf});
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
            ASSERT_TRUE(m.hasMatch()) << info.out.constData();
            sheets = m.captured(1).toInt();
            // A4 landscape: 842 x 595 points.
            EXPECT_TRUE(QRegularExpression(QStringLiteral("Page size:\\s+84[12][.0-9]* x 59[45]"))
                            .match(QString::fromUtf8(info.out))
                            .hasMatch())
                << info.out.constData();
        } else {
            // Without poppler-utils: count the page objects.
            const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
            for (auto it = page.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); it.next())
                ++sheets;
        }
        // A page per sheet; no page spills onto another sheet.
        EXPECT_EQ(sheets, pages(lang));
    }
}
