// ImageSource: the Filter workspace's inputs. Image files are decoded on a worker (common/
// LatestTask, the newest file wins); video frames come from a timer on the GUI thread, one
// frame per tick, since the filtering of each frame is the worker's job.
#include "filter/ImageSource.h"

#include "common/CoreMessages.h"
#include "common/MatImage.h"
#include "image/ImageIO.h"
#include "image/TestPatterns.h"
#include "image/VideoSource.h"

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <exception>
#include <opencv2/imgproc.hpp>
#include <span>

namespace convsight::widgets {

namespace {

struct SamplePhoto {
    const char* title;
    const char* resource;
};
// The photographs of resources/samples/ (licences in LICENSES.md there).
constexpr SamplePhoto kPhotos[] = {
    {QT_TRANSLATE_NOOP("convsight::widgets::ImageSource", "Astronaut (photo)"),
     ":/samples/astronaut.png"},
    {QT_TRANSLATE_NOOP("convsight::widgets::ImageSource", "Coffee (photo)"),
     ":/samples/coffee.png"},
    {QT_TRANSLATE_NOOP("convsight::widgets::ImageSource", "Chelsea the cat (photo)"),
     ":/samples/chelsea.png"},
    {QT_TRANSLATE_NOOP("convsight::widgets::ImageSource", "Cameraman (grey photo)"),
     ":/samples/camera.png"},
};
constexpr int kPhotoCount = static_cast<int>(std::size(kPhotos));
const QString kRecentFilesKey = QStringLiteral("filter/recentFiles");

// What OpenCV's videoio opens here (through FFmpeg); everything else is tried as an image.
const QStringList kVideoSuffixes = {
    QStringLiteral("mp4"),  QStringLiteral("avi"), QStringLiteral("mkv"),  QStringLiteral("mov"),
    QStringLiteral("webm"), QStringLiteral("mpg"), QStringLiteral("mpeg"), QStringLiteral("m4v")};

// An image file read on the worker: the pixels, or why not.
struct DecodedFile {
    cv::Mat image;
    cv::Size original; // before toWorkingSize
    QString error;
};

QString reducedNote(const QString& name, cv::Size original, cv::Size reduced) {
    return ImageSource::tr("%1 is %2 × %3 pixels: the Filter workspace works on it at %4 × %5, "
                           "more than a 4K screen shows, so that it stays quick.")
        .arg(name)
        .arg(original.width)
        .arg(original.height)
        .arg(reduced.width)
        .arg(reduced.height);
}

DecodedFile decodeFile(const std::string& path) {
    DecodedFile decoded;
    try {
        // The full image lives only until it is reduced: the worker holds it, briefly.
        const cv::Mat full =
            image::load_image_reduced(path, ImageSource::kWorkingPixels, &decoded.original);
        decoded.image = ImageSource::toWorkingSize(full);
    } catch (const std::exception& e) {
        decoded.error = translateCoreMessage(e.what());
    }
    return decoded;
}

} // namespace

// The bundled photos are 8-bit grey or RGB PNGs: Qt's decoder gives the same pixels as OpenCV's,
// and the window's first paint needs no OpenCV codecs (image/LazyOpenCv.h).
cv::Mat ImageSource::decodeSamplePhoto(const QByteArray& png, const QString& name) {
    QImage image;
    // Anything else (alpha, 16 bits, a palette) goes to OpenCV as any image file does.
    if (!image.loadFromData(png, "PNG") ||
        (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB32))
        return image::decode_image(
            std::span(reinterpret_cast<const unsigned char*>(png.constData()),
                      static_cast<std::size_t>(png.size())),
            name.toStdString());
    if (image.format() == QImage::Format_Grayscale8)
        return cv::Mat(image.height(), image.width(), CV_8UC1, image.bits(),
                       static_cast<std::size_t>(image.bytesPerLine()))
            .clone();
    image = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat bgr;
    cv::cvtColor(cv::Mat(image.height(), image.width(), CV_8UC3, image.bits(),
                         static_cast<std::size_t>(image.bytesPerLine())),
                 bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

namespace {

// A bundled photo from the resources, or a generated pattern.
cv::Mat sampleImage(int index) {
    if (index >= kPhotoCount) {
        const image::TestPattern pattern =
            image::test_patterns()[static_cast<std::size_t>(index - kPhotoCount)];
        // The impulse small enough that the kernel it reproduces is readable when fitted.
        return image::make_test_pattern(pattern, pattern == image::TestPattern::Impulse ? 33 : 256);
    }
    QFile file(QString::fromLatin1(kPhotos[index].resource));
    if (!file.open(QIODevice::ReadOnly)) {
        // Qualified in full: lupdate loses the namespace in this function (it returns a cv::Mat).
        const QString missing =
            convsight::widgets::ImageSource::tr("The sample %1 is missing from this build.")
                .arg(file.fileName());
        throw image::ImageError(missing.toStdString());
    }
    return ImageSource::decodeSamplePhoto(file.readAll(), file.fileName());
}

} // namespace

ImageSource::ImageSource(QObject* parent)
    : QObject(parent)
    , timer_(new QTimer(this)) {
    connect(timer_, &QTimer::timeout, this, &ImageSource::showNextFrame);
}

ImageSource::~ImageSource() = default;

bool ImageSource::isCamera() const {
    return video_ && video_->is_camera();
}

int ImageSource::frameCount() const {
    return video_ && !video_->is_camera() ? video_->frame_count() : 0;
}

QStringList ImageSource::sampleNames() {
    QStringList names;
    for (const SamplePhoto& photo : kPhotos)
        names << tr(photo.title);
    for (const image::TestPattern pattern : image::test_patterns())
        names << tr("%1 (pattern)").arg(QString::fromStdString(image::test_pattern_name(pattern)));
    return names;
}

int ImageSource::photoCount() {
    return kPhotoCount;
}

bool ImageSource::isVideoFile(const QString& path) {
    return kVideoSuffixes.contains(QFileInfo(path).suffix().toLower());
}

bool ImageSource::isKernelFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("json");
}

QStringList ImageSource::recentFiles() {
    return QSettings().value(kRecentFilesKey).toStringList();
}

bool ImageSource::openFile(const QString& path) {
    if (isKernelFile(path)) {
        emit kernelFileOpened(path);
        return true;
    }
    if (isVideoFile(path))
        return openVideo(path);
    const QFileInfo info(path);
    setState(State::Loading);
    loads_.run([file = path.toStdString()](const CancelFlag&) { return decodeFile(file); },
               [this, info](DecodedFile decoded) {
                   setState(video_ ? (timer_->isActive() ? State::Playing : State::Paused)
                                   : State::Idle);
                   if (!decoded.error.isEmpty())
                       emit loadFailed(decoded.error);
                   else if (useImage(decoded.image, info.fileName())) {
                       addRecentFile(info.absoluteFilePath());
                       if (decoded.original != decoded.image.size())
                           emit imageReduced(reducedNote(info.fileName(), decoded.original,
                                                         decoded.image.size()));
                   }
               });
    return true;
}

bool ImageSource::useImage(const cv::Mat& image, const QString& name) {
    if (image.empty() || image.depth() != CV_8U ||
        (image.channels() != 1 && image.channels() != 3)) {
        emit loadFailed(tr("Cannot use '%1': it holds no 8-bit grey or colour pixels.").arg(name));
        return false;
    }
    if (static_cast<long long>(image.cols) * image.rows > image::kMaxImagePixels) {
        emit loadFailed(tr("Cannot use '%1': it is %2 × %3 pixels, more than the 100 megapixels "
                           "ConvSight opens; scale it down first.")
                            .arg(name)
                            .arg(image.cols)
                            .arg(image.rows));
        return false;
    }
    stop();
    const cv::Mat working = toWorkingSize(image);
    emit imageLoaded(working, name);
    if (working.size() != image.size())
        emit imageReduced(reducedNote(name, image.size(), working.size()));
    return true;
}

cv::Mat ImageSource::toWorkingSize(const cv::Mat& image) {
    const double pixels = static_cast<double>(image.cols) * image.rows;
    if (pixels <= static_cast<double>(kWorkingPixels))
        return image;
    const double scale = std::sqrt(static_cast<double>(kWorkingPixels) / pixels);
    const cv::Size size(std::max(1, static_cast<int>(image.cols * scale)),
                        std::max(1, static_cast<int>(image.rows * scale)));
    cv::Mat reduced;
    cv::resize(image, reduced, size, 0, 0, cv::INTER_AREA);
    return reduced;
}

bool ImageSource::openSample(int index) {
    if (index < 0 || index >= sampleNames().size())
        return false;
    cv::Mat image;
    try {
        image = sampleImage(index);
    } catch (const image::ImageError& e) {
        emit loadFailed(translateCoreMessage(e.what()));
        return false;
    }
    return useImage(image, sampleNames()[index]);
}

bool ImageSource::openMime(const QMimeData* mime, const QString& name) {
    if (!mime)
        return false;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            return true;
        }
    if (mime->hasImage()) {
        useImage(qImageToMat(qvariant_cast<QImage>(mime->imageData())), name);
        return true;
    }
    if (mime->hasText() && QFileInfo(mime->text().trimmed()).isFile()) {
        openFile(mime->text().trimmed());
        return true;
    }
    return false;
}

void ImageSource::paste() {
    if (!openMime(QGuiApplication::clipboard()->mimeData(), tr("pasted image")))
        emit loadFailed(
            tr("The clipboard holds no image: copy one (or an image file) and paste again."));
}

bool ImageSource::openVideo(const QString& path) {
    std::unique_ptr<image::VideoSource> video;
    cv::Mat first;
    try {
        video =
            std::make_unique<image::VideoSource>(image::VideoSource::open_file(path.toStdString()));
        first = video->read();
        if (first.empty())
            throw image::ImageError("cannot read the first frame of '" + path.toStdString() + "'");
    } catch (const image::ImageError& e) {
        emit loadFailed(translateCoreMessage(e.what()));
        return false;
    }
    stop();
    video_ = std::move(video);
    videoName_ = QFileInfo(path).fileName();
    timer_->setInterval(static_cast<int>(1000 / video_->fps()));
    setState(State::Paused);
    emit videoOpened(videoName_, video_->frame_count());
    emit videoFrameShown(first, videoName_, video_->position());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

bool ImageSource::openCamera() {
    try {
        auto camera = std::make_unique<image::VideoSource>(image::VideoSource::open_camera());
        stop();
        video_ = std::move(camera);
    } catch (const image::ImageError& e) {
        emit loadFailed(translateCoreMessage(e.what()));
        return false;
    }
    videoName_.clear(); // the camera's frames keep the input's name
    timer_->setInterval(static_cast<int>(1000 / video_->fps()));
    setState(State::Paused);
    emit videoOpened(QString(), 0);
    playPause();
    return true;
}

void ImageSource::playPause() {
    if (!video_)
        return;
    if (timer_->isActive()) {
        timer_->stop();
        setState(State::Paused);
    } else {
        if (!video_->is_camera() && video_->position() >= video_->frame_count())
            video_->read_at(0); // at the end: play from the start
        timer_->start();
        setState(State::Playing);
    }
}

void ImageSource::seek(int index) {
    if (!video_ || video_->is_camera())
        return;
    const cv::Mat frame = video_->read_at(index);
    if (!frame.empty())
        emit videoFrameShown(frame, videoName_, video_->position());
}

void ImageSource::stop() {
    timer_->stop();
    video_.reset();
    setState(loads_.isBusy() ? State::Loading : State::Idle);
}

void ImageSource::showNextFrame() {
    if (!video_)
        return;
    const cv::Mat frame = video_->read();
    if (frame.empty()) { // end of the file
        timer_->stop();
        setState(State::Paused);
        return;
    }
    emit videoFrameShown(frame, videoName_, video_->position());
}

void ImageSource::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
    emit recentFilesChanged(files);
}

void ImageSource::setState(State state) {
    if (state == state_)
        return;
    state_ = state;
    emit stateChanged(state);
}

} // namespace convsight::widgets
