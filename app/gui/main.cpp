// convsight: the ConvSight window. `--screenshot DIR` renders the workspaces to PNG and exits.
#include "AppInfo.h"
#include "Language.h"
#include "LessonsPanel.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "Screenshots.h"
#include "Soak.h"
#include "StageBenchmark.h"
#include "common/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace {

// Milliseconds since this process started, from the kernel's record of its start
// (/proc/self/stat's starttime, in clock ticks since boot, 10 ms apart) and the time since boot
// now; -1 where /proc cannot tell.
double millisecondsSinceProcessStart() {
    std::ifstream stat("/proc/self/stat");
    std::string line;
    if (!std::getline(stat, line))
        return -1;
    // The command name (field 2) may hold spaces: the fields after it follow the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    for (int i = 3; i < 22 && fields >> field; ++i) {
    }
    unsigned long long startTicks = 0;
    if (!(fields >> startTicks))
        return -1;
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double ticksPerSecond = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9 -
            static_cast<double>(startTicks) / ticksPerSecond) *
           1000.0;
}

// --help and --version print and exit before a QApplication exists, so they work without a
// display (a QApplication aborts when no platform plugin can start).
bool wantsHelpOrVersion(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

// --soak: the summary on stdout; 0 when the memory grew less than the limit after warm-up, 1
// when it grew more, 2 when the run could not be made.
int runSoakFromCommandLine(const QString& minutesText, const QString& directory,
                           const QString& sizeText) {
    bool ok = false;
    const double minutes = minutesText.toDouble(&ok);
    if (!ok || !(minutes > 0) || minutes > 24 * 60) {
        std::cerr << "convsight: --soak wants a number of minutes above 0 and at most 1440, not '"
                  << minutesText.toStdString() << "'\n";
        return 2;
    }
    const QSize windowSize = convsight::app::parseScreenSize(sizeText);
    if (!windowSize.isValid()) {
        std::cerr << "convsight: --size wants WIDTHxHEIGHT of at least 320x240, not '"
                  << sizeText.toStdString() << "'\n";
        return 2;
    }
    try {
        const convsight::app::SoakResult result =
            convsight::app::runSoak(minutes, directory, windowSize);
        const convsight::app::SoakFigures& f = result.figures;
        std::cout << std::fixed << std::setprecision(1) << "soak: " << minutes << " min, "
                  << result.samples.size() << " samples; warm-up: the first "
                  << f.warmUpSeconds / 60 << " min\n"
                  << "RSS after warm-up: " << f.warmUpRssMb << " MiB\n"
                  << "RSS at the end: " << f.finalRssMb << " MiB\n"
                  << std::setprecision(2) << "growth after warm-up: " << std::showpos
                  << f.growthPercent << std::noshowpos << std::setprecision(0) << " % (limit "
                  << convsight::app::soakGrowthLimitPercent << " %)\n"
                  << result.csvPath.toStdString() << "\n"
                  << result.plotPath.toStdString() << std::endl;
        return f.growthPercent < convsight::app::soakGrowthLimitPercent ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "convsight: " << e.what() << "\n";
        return 2;
    }
}

// --language CODE (or --language=CODE), read before the parser so that its texts are translated.
QString languageArgument(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--language") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--language=", 11) == 0)
            return QString::fromLocal8Bit(argv[i] + 11);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Screenshots need no display: choose the offscreen platform before Qt opens one.
    for (int i = 1; i < argc; ++i)
        if ((std::strcmp(argv[i], "--screenshot") == 0 ||
             std::strcmp(argv[i], "--bench-stage") == 0 || std::strcmp(argv[i], "--soak") == 0) &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    // "convsight 0.2.0 (git abc1234)", as convsight-cli --version prints it.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::cout << convsight::app::versionLine(QStringLiteral("convsight")).toStdString()
                      << std::endl;
            return 0;
        }

    std::unique_ptr<QCoreApplication> app;
    if (wantsHelpOrVersion(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ConvSight"));
    QCoreApplication::setOrganizationName(QStringLiteral("ConvSight"));
    QCoreApplication::setApplicationVersion(convsight::app::applicationVersion());
    const QString languageChoice = languageArgument(argc, argv);
    convsight::app::installTranslations(convsight::app::resolveLanguage(
        convsight::app::isLanguageChoice(languageChoice) ? languageChoice
                                                         : convsight::app::savedLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("ConvSight: see convolution and convolutional neural networks at work."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QObject::tr("Render every workspace to DIR/<workspace>.png and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QObject::tr("Window size for --screenshot (default 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption benchStage(
        QStringLiteral("bench-stage"),
        QObject::tr("Time the Step-through stage's frame paint (32x32 input, 5x5 kernel) and "
                    "trace rebuild (64x64 input), print the medians and exit."));
    const QCommandLineOption lesson(
        QStringLiteral("lesson"),
        QObject::tr("Open the Lessons panel on a lesson, set up: a built-in lesson's number or "
                    "name (\"08\", \"08-stride\"; `convsight-cli lessons list`) or a lesson "
                    "file."),
        QStringLiteral("NAME|FILE"));
    const QCommandLineOption soak(
        QStringLiteral("soak"),
        QObject::tr("Drive every workspace in a loop for MINUTES (offscreen), sample the "
                    "resident memory into --soak-out's soak.csv and soak.png, print its growth "
                    "after warm-up and exit 1 if it is 5 % or more."),
        QStringLiteral("MINUTES"));
    const QCommandLineOption soakOut(QStringLiteral("soak-out"),
                                     QObject::tr("Folder for --soak's files (default: soak)."),
                                     QStringLiteral("DIR"), QStringLiteral("soak"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QObject::tr("The language of the window for this run, whatever View ▸ Language says: "
                    "system, en, fr or es."),
        QStringLiteral("CODE"));
    parser.addOption(language);
    parser.addOption(lesson);
    parser.addOption(soak);
    parser.addOption(soakOut);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(benchStage);
    const QCommandLineOption benchStartup(
        QStringLiteral("bench-startup"),
        QObject::tr("Start as usual, exit once the window has painted for the first time and "
                    "print the time that took."));
    parser.addOption(benchStartup);
    parser.addPositionalArgument(
        QStringLiteral("session"),
        QObject::tr("A session file (.convsight) to open; with --screenshot, the state to render."),
        QStringLiteral("[FILE.convsight]"));
    parser.process(*app); // --help and --version print and exit here
    if (parser.isSet(language) && !convsight::app::isLanguageChoice(parser.value(language))) {
        std::cerr << "convsight: --language wants system, en, fr or es, not '"
                  << parser.value(language).toStdString() << "'\n";
        return 2;
    }
    convsight::widgets::theme::apply(*qApp);
    const QString sessionFile = parser.positionalArguments().value(0);

    if (parser.isSet(benchStage)) {
        std::cout << convsight::app::benchmarkStage().report().toStdString() << std::endl;
        return 0;
    }

    if (parser.isSet(soak))
        return runSoakFromCommandLine(parser.value(soak), parser.value(soakOut),
                                      parser.value(size));

    if (parser.isSet(screenshot)) {
        const QSize windowSize = convsight::app::parseScreenSize(parser.value(size));
        if (!windowSize.isValid()) {
            std::cerr << "convsight: --size wants WIDTHxHEIGHT of at least 320x240, such as "
                         "1920x1080, not '"
                      << parser.value(size).toStdString() << "'\n";
            return 2;
        }
        try {
            for (const QString& path : convsight::app::renderScreenshots(parser.value(screenshot),
                                                                         windowSize, sessionFile))
                std::cout << path.toStdString() << "\n";
        } catch (const std::exception& e) {
            std::cerr << "convsight: " << e.what() << "\n";
            return 1;
        }
        return 0;
    }

    // The Train and Inspect workspaces are built once the window has painted.
    convsight::app::MainWindow window(nullptr, convsight::app::MainWindow::Build::VisibleFirst);
    window.presentation()->restoreSettings();
    // A lesson is read and checked whole (its states too) before anything of it is applied: a
    // bad name or a damaged file exits with the reason and the window never opens.
    if (parser.isSet(lesson)) {
        QString error;
        convsight::app::LessonsPanel* panel = window.lessonsPanel();
        if (!panel->openLesson(parser.value(lesson), &error) || !panel->setUpStep(&error)) {
            std::cerr << "convsight: " << error.toStdString() << "\n";
            return 1;
        }
        window.showLessons();
    }
    // --bench-startup: the first paint's time, then quit (before the workspaces built after it).
    if (parser.isSet(benchStartup))
        convsight::app::afterFirstPaint(&window, [&sinceMain] {
            const double sinceMainMs = static_cast<double>(sinceMain.nsecsElapsed()) * 1e-6;
            std::cout << std::fixed << std::setprecision(0)
                      << "first paint: " << millisecondsSinceProcessStart()
                      << " ms (process start), " << sinceMainMs << " ms (main)" << std::endl;
            QCoreApplication::exit(0);
        });
    window.show();
    // The session named on the command line, or the last one when the user asked for that; a
    // file that cannot be opened leaves the window as it starts, with the reason shown.
    QTimer::singleShot(0, &window, [&window, sessionFile, lessonOpen = parser.isSet(lesson)] {
        if (lessonOpen && sessionFile.isEmpty())
            return;
        if (sessionFile.isEmpty()) {
            window.reopenLastSession();
            return;
        }
        QString error;
        if (!window.openSession(sessionFile, &error) && !error.isEmpty())
            QMessageBox::warning(&window, QObject::tr("Could not open the session"), error);
    });
    return QApplication::exec();
}
