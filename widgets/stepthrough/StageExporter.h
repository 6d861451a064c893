// The stage as files: the frame shown as a PNG, a whole pass of the window as an animated GIF or
// an MP4, rendered frame by frame from the ConvolutionStage (File ▸ Export Step Through).
#pragma once

#include <QSize>
#include <QString>

namespace convsight::widgets {

class ConvolutionStage;

class StageExporter {
public:
    // What an export renders: frames of `frameSize`; between two positions `glideFrames`
    // frames (the last one the arrival, held `holdMs`); MP4 at `fps`.
    struct Options {
        QSize frameSize{960, 600};
        int glideFrames{5};
        int holdMs{700};
        int fps{25};
    };

    explicit StageExporter(const ConvolutionStage& stage);

    // How many frames a pass of the stage's trace takes: 1 + (steps − 1)·glideFrames.
    int passFrameCount(const Options& options) const;

    // The frame as shown, as a PNG; the whole pass as an animated GIF or an MP4. Return the number
    // of frames written; throw std::runtime_error (image::ImageError) with a message that names
    // the file on failure, and leave no partial file.
    int writeFrame(const QString& path) const;
    int writeGif(const QString& path, const Options& options) const;
    int writeMp4(const QString& path, const Options& options) const;

private:
    // Throws when the stage has nothing to show.
    void requireSteps(const QString& path) const;

    const ConvolutionStage& stage_;
};

} // namespace convsight::widgets
