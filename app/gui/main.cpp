// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/cardview.h"
#include "editor/editorcontroller.h"
#include "language.h"
#include "frame/languagecontroller.h"
#include "frame/mainwindow.h"
#include "frame/projectcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileOpenEvent>
#include <QIcon>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace {

/// macOS's Finder opens a double-clicked .personas file with a QFileOpenEvent, not a command line.
class FileOpenFilter : public QObject
{
public:
    explicit FileOpenFilter(pw::MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString path = static_cast<QFileOpenEvent *>(event)->file();
            if (!path.isEmpty()) {
                m_window->projects()->openProject(path);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    pw::MainWindow *m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Persona Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Persona Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The desktop entry's name (Wayland and the taskbar match windows to it) and its icon: the
    // installed icon theme's, else the one compiled in (Windows, macOS, the build tree).
    QGuiApplication::setDesktopFileName(QStringLiteral(PW_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PW_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/" PW_APP_ID ".svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Buyer personas from your own customer data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringList{QStringLiteral("lang")},
                                        QCoreApplication::translate("main", "Interface language: en, he or ru."), QStringLiteral("language"));
    const QCommandLineOption screenshotOption(QStringList{QStringLiteral("screenshot")},
                                              QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption viewOption(QStringList{QStringLiteral("view")},
                                        QCoreApplication::translate("main", "Show the view NAME first: card, editor, comparison, journey, proposal, timeline or templates."),
                                        QStringLiteral("NAME"));
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.addOption(viewOption);
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "The project file to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    QString language = parser.value(langOption);
    if (!language.isEmpty() && !pw::supportedLanguages().contains(language)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unsupported language: %1 (use en, he or ru)").arg(language)));
        return 2;
    }
    if (language.isEmpty())
        language = pw::LanguageController::storedLanguage();
    if (language.isEmpty())
        language = pw::systemLanguage();
    pw::setApplicationLanguage(language);
    QLocale::setDefault(QLocale(language));
    QApplication::setLayoutDirection(pw::isRightToLeft(language) ? Qt::RightToLeft : Qt::LeftToRight);

    const QString screenshot = parser.value(screenshotOption);
    const QStringList positional = parser.positionalArguments();
    const QString projectPath = positional.isEmpty() ? QString() : QDir::current().absoluteFilePath(positional.first());

    pw::MainWindow window;
    app.installEventFilter(new FileOpenFilter(&window));
    window.show();
    // A screenshot is taken unattended: an error goes to stderr, never into a box that waits.
    QString error;
    if (!window.start(projectPath, screenshot.isEmpty(), screenshot.isEmpty() ? nullptr : &error) && !screenshot.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(viewOption)) {
        const QString view = parser.value(viewOption);
        const QString name = view == QLatin1String("editor")       ? QStringLiteral("personaEditor")
                             : view == QLatin1String("comparison") ? QStringLiteral("comparisonView")
                             : view == QLatin1String("journey")    ? QStringLiteral("journeyTabs")
                             : view == QLatin1String("proposal")   ? QStringLiteral("SegmentationView")
                             : view == QLatin1String("timeline")   ? QStringLiteral("timelineView")
                                                                   : QString();
        if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("personaTabs")))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->objectName() == name)
                    tabs->setCurrentIndex(i);
        if (view == QLatin1String("templates")) // the template editor, a modal dialog
            QTimer::singleShot(0, window.editorController()->templatesAction(), &QAction::trigger);
    }

    if (!screenshot.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, screenshot] {
            window.cardView()->repaint();
            QWidget *modal = QApplication::activeModalWidget();
            const bool saved = (modal ? modal : static_cast<QWidget *>(&window))->grab().save(screenshot);
            if (!saved)
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "Cannot write the screenshot %1").arg(screenshot)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
