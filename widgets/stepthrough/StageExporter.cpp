// StageExporter: a pass of the stage rendered frame by frame (the glide eased between positions,
// each arrival held) into the GIF and MP4 writers of core/image, or the frame shown into a PNG.
#include "stepthrough/StageExporter.h"

#include "common/MatImage.h"
#include "common/SaveFile.h"
#include "image/GifWriter.h"
#include "image/Mp4Writer.h"
#include "stepthrough/ConvolutionStage.h"

#include <QImage>
#include <algorithm>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace convsight::widgets {
namespace {

// A frame as the GIF and MP4 writers take it: 8-bit BGR, even for a frame that happens to be
// all grey (which qImageToMat gives as one channel).
cv::Mat toBgr(const QImage& image) {
    cv::Mat frame = qImageToMat(image);
    if (frame.channels() == 1)
        cv::cvtColor(frame, frame, cv::COLOR_GRAY2BGR);
    return frame;
}

} // namespace

StageExporter::StageExporter(const ConvolutionStage& stage)
    : stage_(stage) {}

int StageExporter::passFrameCount(const Options& options) const {
    const int steps = stage_.stepCount();
    return steps > 0 ? 1 + (steps - 1) * std::max(1, options.glideFrames) : 0;
}

void StageExporter::requireSteps(const QString& path) const {
    if (stage_.stepCount() == 0)
        throw std::runtime_error("cannot export '" + path.toStdString() +
                                 "': these settings give no output to show");
}

int StageExporter::writeFrame(const QString& path) const {
    requireSteps(path);
    const QImage frame = stage_.renderFrame(stage_.size(), stage_.step());
    savePng(path, frame);
    return 1;
}

int StageExporter::writeGif(const QString& path, const Options& options) const {
    requireSteps(path);
    const int glide = std::max(1, options.glideFrames);
    const QSize size = options.frameSize;
    image::GifWriter gif(path.toStdString(), size.width(), size.height());
    gif.add_frame(toBgr(stage_.renderFrame(size, 0)), options.holdMs);
    for (int step = 1; step < stage_.stepCount(); ++step)
        for (int g = 1; g <= glide; ++g)
            gif.add_frame(toBgr(stage_.renderFrame(size, step, double(g) / glide)),
                          g == glide ? options.holdMs : 1000 / std::max(1, options.fps));
    gif.finish();
    return gif.frame_count();
}

int StageExporter::writeMp4(const QString& path, const Options& options) const {
    requireSteps(path);
    const int glide = std::max(1, options.glideFrames);
    const int fps = std::max(1, options.fps);
    const int hold = std::max(1, options.holdMs * fps / 1000); // frames the arrival is held
    const QSize size = options.frameSize;
    image::Mp4Writer video(path.toStdString(), size.width(), size.height(), fps);
    const auto held = [&](const cv::Mat& frame) {
        for (int i = 0; i < hold; ++i)
            video.add_frame(frame);
    };
    held(toBgr(stage_.renderFrame(size, 0)));
    for (int step = 1; step < stage_.stepCount(); ++step)
        for (int g = 1; g <= glide; ++g) {
            const cv::Mat frame = toBgr(stage_.renderFrame(size, step, double(g) / glide));
            if (g == glide)
                held(frame);
            else
                video.add_frame(frame);
        }
    video.finish();
    return video.frame_count();
}

} // namespace convsight::widgets
