// The Step-through stage's speed: frame paint time and trace rebuild time, as medians.
#include "StageBenchmark.h"

#include "compute/Timing.h"
#include "conv/ConvTrace.h"
#include "stepthrough/ConvolutionStage.h"

#include <QElapsedTimer>
#include <algorithm>
#include <memory>
#include <random>
#include <vector>

namespace convsight::app {
namespace {

// A SAME convolution of an H×W input of digits with a random 5×5 kernel of −2..2.
conv::ConvTrace::Setup setupOf(int side, std::mt19937& random) {
    conv::ConvTrace::Setup setup;
    setup.geometry.input_height = setup.geometry.input_width = side;
    setup.geometry.kernel_height = setup.geometry.kernel_width = 5;
    setup.geometry.mode = conv::PaddingMode::Same;
    std::uniform_int_distribution<int> digit(0, 9), weight(-2, 2);
    for (int i = 0; i < side * side; ++i)
        setup.input.push_back(digit(random));
    for (int i = 0; i < 25; ++i)
        setup.kernels.push_back(weight(random));
    return setup;
}

} // namespace

QString StageBenchmarkResult::report() const {
    return QStringLiteral(
               "stage paint: 32×32 input, 5×5 kernel, SAME, %1×%2 frame: median %3 ms "
               "(%4 fps) over %5 frames (target 60 fps); the first, which draws the cached grids: "
               "%8 ms\n"
               "trace rebuild: 64×64 input, 5×5 kernel, SAME: median %6 ms over %7 "
               "rebuilds (target < 16 ms)")
        .arg(frameSize.width())
        .arg(frameSize.height())
        .arg(paintMedianMs, 0, 'f', 2)
        .arg(fps(), 0, 'f', 0)
        .arg(frames)
        .arg(rebuildMedianMs, 0, 'f', 2)
        .arg(rebuilds)
        .arg(firstPaintMs, 0, 'f', 1);
}

StageBenchmarkResult benchmarkStage(QSize frameSize, int frames, int rebuilds) {
    std::mt19937 random(5);
    StageBenchmarkResult result;
    result.frameSize = frameSize;
    result.frames = frames;
    result.rebuilds = rebuilds;

    widgets::ConvolutionStage stage;
    stage.resize(frameSize);
    stage.setTrace(std::make_shared<const conv::ConvTrace>(setupOf(32, random)));
    std::vector<double> paint;
    QElapsedTimer clock;
    for (int i = 0; i <= frames; ++i) {
        // Ten frames a position, as a 60 fps glide between positions shows them.
        clock.start();
        const QImage image = stage.renderFrame(frameSize, 1 + i / 10, (i % 10 + 1) / 10.0);
        paint.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    result.firstPaintMs = paint.front();
    paint.erase(paint.begin());
    result.paintMedianMs = compute::median(paint);

    // What a parameter change costs before the first frame: the trace, every output value (the
    // stage caches them) and the current step.
    std::vector<double> rebuild;
    const conv::ConvTrace::Setup big = setupOf(64, random);
    for (int i = 0; i < rebuilds; ++i) {
        clock.start();
        const conv::ConvTrace trace(big);
        const std::vector<double> outputs = trace.outputs();
        const conv::TraceStep first = trace.step(0);
        rebuild.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        if (outputs.empty() || first.terms.empty())
            return result;
    }
    result.rebuildMedianMs = compute::median(rebuild);
    return result;
}

} // namespace convsight::app
