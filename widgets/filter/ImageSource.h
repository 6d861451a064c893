// Where the Filter workspace's input comes from: image files (off the GUI thread, newest wins),
// the clipboard, drops, the bundled samples and generated patterns, a video file (play, pause,
// scrub) or the camera, and the recent-files list. It reports in signals; the workspace shows.
#pragma once

#include "common/LatestTask.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>

class QMimeData;
class QTimer;

namespace convsight::image {
class VideoSource;
}

namespace convsight::widgets {

class ImageSource : public QObject {
    Q_OBJECT
public:
    // Idle: a still image (or nothing) is the input. Loading: a file is being read. A video or
    // the camera is open, its frames Paused or Playing.
    enum class State { Idle, Loading, Paused, Playing };
    Q_ENUM(State)

    static constexpr int kMaxRecentFiles = 8;
    // The most pixels the Filter workspace works on: more than a 4K screen shows. A larger photo
    // (a phone's 48 megapixels) is reduced when it is opened, so its float copies (input, output,
    // displays) stay in the hundreds of megabytes, not gigabytes, and filtering stays quick.
    static constexpr long long kWorkingPixels = 8'400'000;
    // `image` reduced (area averaging) to at most kWorkingPixels, its aspect kept; the same
    // image when it is not larger.
    static cv::Mat toWorkingSize(const cv::Mat& image);

    explicit ImageSource(QObject* parent = nullptr);
    ~ImageSource() override;

    State state() const { return state_; }
    bool hasVideo() const { return video_ != nullptr; }
    bool isCamera() const;
    // Frames of the open video file (0 for the camera or none).
    int frameCount() const;

    // Bundled samples: the photos in resources/samples/, then the generated patterns.
    static QStringList sampleNames();
    // How many of sampleNames() are photos (the patterns follow).
    static int photoCount();
    // A bundled sample photo's PNG bytes as 8-bit BGR or grey, as image::decode_image reads them.
    static cv::Mat decodeSamplePhoto(const QByteArray& png, const QString& name);
    // Whether `path` is opened as a video (by its extension); kernel files (.csv, .json) too.
    static bool isVideoFile(const QString& path);
    static bool isKernelFile(const QString& path);
    // Absolute paths, newest first, at most kMaxRecentFiles (QSettings "filter/recentFiles").
    static QStringList recentFiles();

public slots:
    // An image file (read on a worker: imageLoaded or loadFailed follow), a video file (opened
    // at once) or a kernel file (kernelFileOpened). Returns false when it failed at once.
    bool openFile(const QString& path);
    // `image` as the new input: refused (loadFailed, false) when empty, not 8-bit grey or colour,
    // or larger than image::kMaxImagePixels. Stops a video.
    bool useImage(const cv::Mat& image, const QString& name);
    // Index into sampleNames().
    bool openSample(int index);
    // A file named by the clipboard (or a drop), else its image; `name` names the image.
    // Returns false, saying nothing, when `mime` holds neither.
    bool openMime(const QMimeData* mime, const QString& name);
    // The clipboard's file or image; loadFailed says so when it holds neither.
    void paste();
    bool openCamera();
    void playPause();
    // Shows frame `index` of the video file.
    void seek(int index);
    // Closes the video or camera.
    void stop();

signals:
    void stateChanged(convsight::widgets::ImageSource::State state);
    // A still image became the input (an undoable load).
    void imageLoaded(const cv::Mat& image, const QString& name);
    // A frame of the video or camera (no undo step); position counts from 1.
    void videoFrameShown(const cv::Mat& frame, const QString& name, int position);
    // A video file (frameCount > 0) or the camera (frameCount 0) opened; a frame follows.
    void videoOpened(const QString& name, int frameCount);
    // Why a file, sample or camera could not be used; the input is unchanged.
    void loadFailed(const QString& message);
    void kernelFileOpened(const QString& path);
    // An image was larger than kWorkingPixels and is used reduced; `note` says so.
    void imageReduced(const QString& note);
    void recentFilesChanged(const QStringList& files);

private:
    bool openVideo(const QString& path);
    void showNextFrame();
    void addRecentFile(const QString& path);
    void setState(State state);

    State state_{State::Idle};
    LatestTask loads_;
    std::unique_ptr<image::VideoSource> video_;
    QString videoName_;
    QTimer* timer_{};
};

} // namespace convsight::widgets
