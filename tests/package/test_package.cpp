// SPDX-License-Identifier: GPL-3.0-or-later
// The installable package without building it: one version everywhere, the install() rules'
// tree, and the desktop files as the freedesktop.org tools see them (desktop-file-validate,
// appstreamcli, update-mime-database read back through QMimeDatabase, groff for the manual
// pages). The tools come from Debian's desktop-file-utils, appstream, shared-mime-info and
// groff-base (scripts/common.sh installs them); a missing tool fails the test.
#include "store/project.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

const QString kAppId = QStringLiteral(PW_APP_ID);
const QString kVersion = QStringLiteral(PROJECT_VERSION);
const QString kDesktopDir = QStringLiteral(DESKTOP_SOURCE_DIR);

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Outcome r;
    const QString path = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        r.err = program + QStringLiteral(" is not installed (scripts/common.sh installs it)");
        return r;
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(path, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        r.err = QStringLiteral("could not run ") + program;
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// The desktop entry's keys of its [Desktop Entry] group.
QMap<QString, QString> desktopEntry(const QString &path)
{
    QMap<QString, QString> keys;
    for (const QString &line : readText(path).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.left(eq), line.mid(eq + 1));
    }
    return keys;
}

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

TEST(PackageVersion, CliPrintsTheProjectVersion)
{
    const Outcome r = run(QStringLiteral(PERSONA_CLI), {QStringLiteral("--version")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.out, QStringLiteral("persona-cli ") + kVersion + QLatin1Char('\n'));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(kVersion).hasMatch()) << qPrintable(kVersion);
}

TEST(PackageVersion, WindowPrintsTheProjectVersion)
{
    const Outcome r = run(QStringLiteral(PERSONA_WORKBENCH), {QStringLiteral("--version")}, offscreen());
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("Persona Workbench ") + kVersion);
}

// The release notes are written by hand: a new version in CMake needs its notes in both.
TEST(PackageVersion, NewestReleaseNotesAreForThisVersion)
{
    QFile metainfo(kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".metainfo.xml"));
    ASSERT_TRUE(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString newest;
    while (!xml.atEnd() && newest.isEmpty())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("release"))
            newest = xml.attributes().value(QLatin1String("version")).toString();
    EXPECT_EQ(newest, kVersion) << "add a <release> for the new version to the metainfo";

    const QString changelog = readText(kDesktopDir + QStringLiteral("/debian/changelog"));
    EXPECT_TRUE(changelog.startsWith(QStringLiteral("persona-workbench (") + kVersion + QStringLiteral("-1) ")))
        << "add an entry for the new version to resources/desktop/debian/changelog";
}

TEST(PackageDesktopEntry, ValidatesAndOpensProjects)
{
    const QString path = kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".desktop");
    const Outcome r = run(QStringLiteral("desktop-file-validate"), {path});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(QString(r.out + r.err).isEmpty()) << "desktop-file-validate reports nothing, not even hints: "
                                            << qPrintable(r.out + r.err);

    const QMap<QString, QString> keys = desktopEntry(path);
    EXPECT_EQ(keys.value(QStringLiteral("Exec")), QStringLiteral("persona-workbench %f"));
    EXPECT_EQ(keys.value(QStringLiteral("Icon")), kAppId);
    EXPECT_EQ(keys.value(QStringLiteral("MimeType")), QStringLiteral("application/x-persona-workbench;"));
    EXPECT_TRUE(keys.value(QStringLiteral("Categories")).startsWith(QStringLiteral("Office;")));
    for (const char *key : {"Name", "GenericName", "Comment"})
        for (const char *lang : {"he", "ru"})
            EXPECT_FALSE(keys.value(QStringLiteral("%1[%2]").arg(QLatin1String(key), QLatin1String(lang))).isEmpty())
                << key << "[" << lang << "]";
    EXPECT_TRUE(keys.value(QStringLiteral("Comment[he]")).contains(QStringLiteral("פרסונות")));
    EXPECT_TRUE(keys.value(QStringLiteral("Comment[ru]")).contains(QStringLiteral("Персоны")));
}

TEST(PackageMetainfo, AppstreamValidatesIt)
{
    const QString path = kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".metainfo.xml");
    const Outcome r = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    // No warnings or infos either (pedantic notes are allowed: the id's capitals are deliberate).
    EXPECT_FALSE(r.out.contains(QRegularExpression(QStringLiteral("^[EWI]: "), QRegularExpression::MultilineOption)))
        << qPrintable(r.out);

    const QString text = readText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("<launchable type=\"desktop-id\">") + kAppId + QStringLiteral(".desktop</launchable>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<mediatype>application/x-persona-workbench</mediatype>")));
    EXPECT_GE(text.count(QStringLiteral("<caption>")), 2) << "every screenshot has a caption";
    EXPECT_TRUE(text.contains(QStringLiteral("<content_rating")));
}

// The MIME type as a desktop sees it once the package's trigger ran update-mime-database:
// *.personas by name, and a project under any name by its SQLite application_id.
TEST(PackageMimeType, ProjectsAreRecognisedByNameAndContent)
{
    pw::test::TempDir dir;
    const QString data = dir.path(QStringLiteral("share"));
    ASSERT_TRUE(QDir().mkpath(data + QStringLiteral("/mime/packages")));
    ASSERT_TRUE(QFile::copy(kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".mime.xml"),
                            data + QStringLiteral("/mime/packages/") + kAppId + QStringLiteral(".xml")));
    const QString freedesktop = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    ASSERT_TRUE(QFile::copy(freedesktop, data + QStringLiteral("/mime/packages/freedesktop.org.xml")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), data); // else it notes that the folder is not searched
    const Outcome update = run(QStringLiteral("update-mime-database"), {data + QStringLiteral("/mime")}, env);
    ASSERT_EQ(update.exitCode, 0) << qPrintable(update.err);
    EXPECT_TRUE(update.err.isEmpty()) << "the XML is read without complaint: " << qPrintable(update.err);

    // Only this folder: Qt's own copy of the database would not know the type.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(data));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path(QStringLiteral("nothing"))));
    QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(QStringLiteral("application/x-persona-workbench"));
    ASSERT_TRUE(type.isValid());
    EXPECT_TRUE(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    EXPECT_EQ(type.suffixes(), QStringList{QStringLiteral("personas")});

    EXPECT_EQ(db.mimeTypeForFile(QStringLiteral("shop.personas"), QMimeDatabase::MatchExtension).name(),
              QStringLiteral("application/x-persona-workbench"));

    // A real project under another name: its header says what it is.
    QString projectPath = dir.path(QStringLiteral("renamed.db"));
    {
        pw::Error error;
        auto project = pw::Project::open(projectPath, pw::Project::OpenMode::CreateIfMissing, &error);
        ASSERT_NE(project, nullptr) << qPrintable(error.message);
    }
    EXPECT_EQ(db.mimeTypeForFile(projectPath, QMimeDatabase::MatchContent).name(), QStringLiteral("application/x-persona-workbench"));

    // Any other SQLite database stays one.
    const QString other = dir.path(QStringLiteral("other.db"));
    {
        const Outcome sqlite = run(QStringLiteral("sqlite3"), {other, QStringLiteral("CREATE TABLE t(x); PRAGMA application_id = 7;")});
        ASSERT_EQ(sqlite.exitCode, 0) << qPrintable(sqlite.err);
    }
    EXPECT_EQ(db.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(), QStringLiteral("application/vnd.sqlite3"));
}

TEST(PackageManPages, GroffReadsThemWithoutWarnings)
{
    for (const QString &page : {QStringLiteral("persona-cli.1"), QStringLiteral("persona-workbench.1")}) {
        const QString path = QStringLiteral(DESKTOP_BUILD_DIR "/man/") + page;
        ASSERT_TRUE(QFile::exists(path)) << qPrintable(path);
        EXPECT_FALSE(readText(path).contains(QLatin1Char('@'))) << "every @VAR@ is configured";
        const Outcome r = run(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), path});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        EXPECT_TRUE(r.err.isEmpty()) << qPrintable(page) << ": " << qPrintable(r.err);
    }
    // Every command of persona-cli --help has its paragraph in the manual page.
    const Outcome help = run(QStringLiteral(PERSONA_CLI), {QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    const QString page = readText(QStringLiteral(DESKTOP_BUILD_DIR "/man/persona-cli.1"));
    const QRegularExpression command(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = command.globalMatch(help.out); it.hasNext(); ++commands) {
        const QString name = it.next().captured(1);
        EXPECT_TRUE(page.contains(QStringLiteral(".BI \"") + name + QLatin1Char(' '))) << "no paragraph for " << qPrintable(name);
    }
    EXPECT_GE(commands, 15);
}

TEST(PackageIcons, EverySizeIsRenderedAtItsSize)
{
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString path = QStringLiteral(DESKTOP_BUILD_DIR "/icons/%1x%1/").arg(size) + kAppId + QStringLiteral(".png");
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << qPrintable(path);
        EXPECT_EQ(image.size(), QSize(size, size));
        EXPECT_TRUE(image.hasAlphaChannel());
        // The card's corners are (nearly, at 16 px) transparent, its middle is not.
        EXPECT_LT(qAlpha(image.pixel(0, 0)), 16) << size;
        EXPECT_EQ(qAlpha(image.pixel(size / 2, size / 2)), 255) << size;
    }
}

// cmake --install into a folder: the tree the .deb is made of, and the installed programs work
// from there (translations are compiled in: the Hebrew message comes from the installed copy).
TEST(PackageInstall, InstallRulesMakeTheDebianTree)
{
    pw::test::TempDir dir;
    const QString root = dir.path(QStringLiteral("usr"));
    const Outcome install = run(QStringLiteral(CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(PW_BUILD_DIR), QStringLiteral("--prefix"), root});
    ASSERT_EQ(install.exitCode, 0) << qPrintable(install.out + install.err);

    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(root.size() + 1);
    files.sort();
    QStringList expected{
        QStringLiteral("bin/persona-cli"),
        QStringLiteral("bin/persona-workbench"),
        QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"),
        QStringLiteral("share/doc/persona-workbench/changelog.Debian.gz"),
        QStringLiteral("share/doc/persona-workbench/copyright"),
        QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"),
        QStringLiteral("share/man/man1/persona-cli.1.gz"),
        QStringLiteral("share/man/man1/persona-workbench.1.gz"),
        QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("share/mime/packages/") + kAppId + QStringLiteral(".xml"),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size) + kAppId + QStringLiteral(".png");
    expected.sort();
    EXPECT_EQ(files, expected);

    const Outcome version = run(root + QStringLiteral("/bin/persona-cli"), {QStringLiteral("--version")});
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("persona-cli ") + kVersion);
    QProcessEnvironment hebrew = QProcessEnvironment::systemEnvironment();
    hebrew.insert(QStringLiteral("LANG"), QStringLiteral("he_IL.UTF-8"));
    hebrew.insert(QStringLiteral("LC_ALL"), QStringLiteral("he_IL.UTF-8"));
    hebrew.insert(QStringLiteral("LANGUAGE"), QStringLiteral("he"));
    const Outcome unknown = run(root + QStringLiteral("/bin/persona-cli"), {QStringLiteral("nonsense")}, hebrew);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("פקודה לא מוכרת"))) << qPrintable(unknown.err);

    const Outcome gz = run(QStringLiteral("gzip"), {QStringLiteral("-t"), root + QStringLiteral("/share/man/man1/persona-cli.1.gz")});
    EXPECT_EQ(gz.exitCode, 0) << qPrintable(gz.err);
}
