// `convsight --bench-stage`: how fast the Step-through stage draws a frame (32×32 input, 5×5
// kernel) and rebuilds the trace of a 64×64 input after a parameter change: issue 5's targets
// are 60 fps and under 16 ms.
#pragma once

#include <QSize>
#include <QString>

namespace convsight::app {

struct StageBenchmarkResult {
    QSize frameSize;
    int frames{};
    double firstPaintMs{};  // the first frame, which also draws the cached grids
    double paintMedianMs{}; // one frame rendered to a QImage, median
    int rebuilds{};
    double rebuildMedianMs{}; // ConvTrace built, all outputs and the first step computed, median
    double fps() const { return paintMedianMs > 0 ? 1000.0 / paintMedianMs : 0.0; }
    // Two lines for the terminal, with the sizes and the medians.
    QString report() const;
};

// Renders `frames` frames of a pass (the window gliding) and rebuilds the trace `rebuilds` times;
// needs a QApplication (fonts).
StageBenchmarkResult benchmarkStage(QSize frameSize = {1600, 800}, int frames = 120,
                                    int rebuilds = 30);

} // namespace convsight::app
