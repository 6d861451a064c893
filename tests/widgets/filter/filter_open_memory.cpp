// filter_open_memory FILE: opens FILE in the Filter workspace as a user would (File ▸ Open), waits
// for the first filtered output and prints the time and the peak resident memory. A measuring
// program, not a test: run it under `/usr/bin/time -v` to compare before and after a change.
#include "filter/FilterWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace {

bool waitUntil(const std::function<bool()>& done, int ms) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(10);
    return done();
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: filter_open_memory IMAGE\n");
        return 2;
    }
    convsight::widgets::FilterWorkspace workspace;
    workspace.resize(1280, 680);
    workspace.show();
    waitUntil([&] { return !workspace.isFiltering(); }, 60000);
    QElapsedTimer clock;
    clock.start();
    QSignalSpy loaded(&workspace, &convsight::widgets::FilterWorkspace::imageLoaded);
    workspace.loadFile(QString::fromLocal8Bit(argv[1]));
    if (!loaded.wait(120000)) {
        std::fprintf(stderr, "not loaded: %s\n", qPrintable(workspace.message()));
        return 1;
    }
    const qint64 loadMs = clock.elapsed();
    QTest::qWait(50);
    waitUntil([&] { return !workspace.isFiltering(); }, 120000);
    QTest::qWait(200); // the views draw the result
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s: %d x %d shown, loaded in %lld ms, filtered after %lld ms, peak RSS %ld MB\n",
                argv[1], workspace.sourceImage().cols, workspace.sourceImage().rows,
                static_cast<long long>(loadMs), static_cast<long long>(clock.elapsed()),
                usage.ru_maxrss / 1024);
    return 0;
}
