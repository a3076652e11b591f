// SPDX-License-Identifier: GPL-3.0-or-later
// The window's responsiveness while it works (bench/guistall.sh): the real main window opens a new
// project, imports customers.csv and orders.csv through File › Import's controller, then proposes
// personas as Personas › Propose Personas does with the dialog's defaults. A 5 ms timer on the GUI
// thread measures every gap of the event loop; a stall is a gap beyond the timer's own interval.
// Message boxes (the import's result) are answered OK after a moment, as a user would.
// Prints, per phase, its wall time, the longest stall and how many stalls passed 100 ms; and every
// stage and time-left text the progress dialog showed.
// usage: bench_guistall PROJECT CUSTOMERS_CSV ORDERS_CSV   (run offscreen: QT_QPA_PLATFORM=offscreen)
#include "frame/backgroundtask.h"
#include "frame/mainwindow.h"
#include "import/importcontroller.h"
#include "segmentation/segmentationcontroller.h"
#include "store/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kTickMs = 5;

/// Seconds since the program started, for the lines it prints.
double sinceStart()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return double(clock.nsecsElapsed()) / 1e9;
}

/// The gaps between the ticks of a timer on the GUI thread, attributed to the phase running.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void beginPhase(const char *name)
    {
        endPhase();
        m_phase = Phase{name, m_clock.nsecsElapsed()};
    }
    void endPhase()
    {
        if (!m_phase.name)
            return;
        m_phase.wallMs = double(m_clock.nsecsElapsed() - m_phase.start) / 1e6;
        std::printf("%7.2f phase %-14s wall_s %7.2f  longest_stall_ms %7.1f  stalls_over_100ms %d\n", sinceStart(), m_phase.name,
                    m_phase.wallMs / 1000.0, m_phase.longestMs, m_phase.over100);
        m_longestMs = std::max(m_longestMs, m_phase.longestMs);
        m_over100 += m_phase.over100;
        m_phase = Phase{};
    }
    double longestMs() const { return m_longestMs; }
    int over100() const { return m_over100; }

private:
    struct Phase
    {
        const char *name = nullptr;
        qint64 start = 0;
        double wallMs = 0;
        double longestMs = 0;
        int over100 = 0;
    };
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double stallMs = std::max(0.0, double(now - m_last) / 1e6 - kTickMs);
        m_last = now;
        if (!m_phase.name)
            return;
        m_phase.longestMs = std::max(m_phase.longestMs, stallMs);
        if (stallMs > 100) {
            ++m_phase.over100;
            std::printf("%7.2f   stall of %.0f ms\n", sinceStart(), stallMs);
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    Phase m_phase;
    double m_longestMs = 0;
    int m_over100 = 0;
};

/// Answers message boxes as a user would (OK, after half a second), and notes every stage and
/// time-left text the progress dialog shows.
class User : public QObject
{
public:
    User()
    {
        connect(&m_timer, &QTimer::timeout, this, &User::look);
        m_timer.start(50);
    }

private:
    void look()
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            if (auto *box = qobject_cast<QMessageBox *>(top)) {
                if (box != m_box) {
                    m_box = box;
                    m_seen.start();
                    std::printf("%7.2f message box: %s\n", sinceStart(), qPrintable(box->text().simplified()));
                } else if (m_seen.elapsed() >= 500) {
                    m_box = nullptr;
                    box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)->click() : box->accept();
                }
            }
            for (const char *name : {"taskStage", "taskTimeLeft"}) {
                const auto *label = top->findChild<QLabel *>(QLatin1String(name));
                if (label && label->isVisible() && !label->text().isEmpty() && label->text() != m_lastText[name]) {
                    m_lastText[name] = label->text();
                    std::printf("%7.2f   progress %-12s %s\n", sinceStart(), name, qPrintable(label->text()));
                }
            }
        }
        std::fflush(stdout);
    }

    QTimer m_timer;
    QMessageBox *m_box = nullptr;
    QElapsedTimer m_seen;
    QHash<QString, QString> m_lastText;
};

/// Runs the event loop until `done` is true and the window's background pool is idle.
void waitUntil(const std::function<bool()> &done)
{
    while (!done() || pw::backgroundPool()->activeThreadCount() > 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

/// Runs the event loop for `ms`.
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_guistall PROJECT CUSTOMERS_CSV ORDERS_CSV\n");
        return 2;
    }
    const QString projectPath = QString::fromLocal8Bit(argv[1]);
    QFile::remove(projectPath);
    {
        pw::Error error;
        if (!pw::Project::open(projectPath, pw::Project::OpenMode::CreateIfMissing, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
    }

    StallMeter meter;
    User user;
    pw::MainWindow window;
    window.resize(1400, 900);
    meter.beginPhase("open");
    window.show();
    QString error;
    if (!window.start(projectPath, false, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    waitUntil([] { return true; });
    settle(1000);

    auto *imports = window.findChild<pw::ImportController *>();
    bool imported = false;
    QObject::connect(imports, &pw::ImportController::imported, [&imported] { imported = true; });
    meter.beginPhase("import");
    imports->importFiles({QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3])});
    waitUntil([&imported] { return imported; });
    meter.beginPhase("after-import");
    settle(2000);
    waitUntil([] { return true; });

    auto *segmentation = window.findChild<pw::SegmentationController *>();
    bool proposed = false;
    QObject::connect(segmentation, &pw::SegmentationController::proposed, [&proposed] { proposed = true; });
    meter.beginPhase("propose");
    segmentation->run(pw::SegmentationOptions{}); // the dialog's defaults: k chosen among 3 and 4
    waitUntil([&proposed] { return proposed; });
    meter.beginPhase("after-propose");
    settle(2000);
    waitUntil([] { return true; });
    meter.endPhase();

    std::printf("longest_stall_ms %.1f (target < 100)\n", meter.longestMs());
    std::printf("stalls_over_100ms %d\n", meter.over100());
    return 0;
}
