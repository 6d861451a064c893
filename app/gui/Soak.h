// `convsight --soak MINUTES --soak-out DIR`: drives the real main window as a user would (train,
// filter, step through, inspect, switching workspaces) for MINUTES, samples the resident memory
// into DIR/soak.csv and draws DIR/soak.png: does the app keep its memory over a lesson?
#pragma once

#include <QSize>
#include <QString>
#include <vector>

namespace convsight::app {

// One sample of the process's resident memory and what the loop was doing then.
struct SoakSample {
    double seconds{}; // since the soak began
    double rssMb{};   // resident set, MiB
    QString activity; // "train", "filter", "step" or "inspect"
    double heapMb{};  // malloc's bytes in use, MiB (RSS less what the allocator keeps)
};

// What a run's samples say. Warm-up is the first 20 % of the run (data sets opened, caches and
// pools filled); the RSS after it is the median of the samples of the next 10 % of the run, the
// final RSS the median of the last 10 %, so neither figure is one training peak.
struct SoakFigures {
    double warmUpSeconds{};
    double warmUpRssMb{};
    double finalRssMb{};
    double growthPercent{}; // (final − after warm-up) / after warm-up × 100
};

inline constexpr double soakWarmUpFraction = 0.2;
inline constexpr double soakWindowFraction = 0.1;
inline constexpr double soakGrowthLimitPercent = 5.0;
// The activities of the loop, in the order it runs them.
QStringList soakActivities();

// The figures of `samples` (in time order) for a run of `durationSeconds`; zeros without samples.
SoakFigures soakFigures(const std::vector<SoakSample>& samples, double durationSeconds);

// This process's resident memory in MiB (/proc/self/statm); 0 where that cannot be read.
double residentMemoryMb();
// The bytes malloc has handed out and not had back, in MiB (mallinfo2, every arena).
double heapInUseMb();

// The plot: RSS over time, the warm-up shaded, the two windows the figures come from marked, each
// sample coloured by its activity, the growth in the title. Throws std::runtime_error when the
// file cannot be written.
void drawSoakPlot(const std::vector<SoakSample>& samples, const SoakFigures& figures,
                  double durationSeconds, const QString& path);

struct SoakResult {
    std::vector<SoakSample> samples;
    SoakFigures figures;
    QString csvPath;
    QString plotPath;
};

// Runs the loop on a fresh main window of `size` for `minutes`, sampling every few seconds (a
// 360th of the run, at least every 0.25 s and at most every 5 s), then writes DIR/soak.csv
// (seconds,rss_mb,activity,heap_mb) and DIR/soak.png. Throws std::runtime_error when the folder or
// a file cannot be written.
SoakResult runSoak(double minutes, const QString& directory, QSize size);

} // namespace convsight::app
