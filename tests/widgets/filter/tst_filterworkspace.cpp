// The Filter workspace as a student drives it: samples load and filter on the worker, a cell edit
// changes the output to what cv::filter2D (the second oracle) and a hand-written sum say, undo
// restores it, presets, divisor and offset, dropped files, display and view modes, exports, and
// bad files and kernels that change nothing.
#include "common/ImageView.h"
#include "filter/FilterWorkspace.h"
#include "filter/Histogram.h"
#include "filter/ImageSource.h"
#include "filter/KernelEditor.h"
#include "image/ImageIO.h"
#include "image/SignedDisplay.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <cmath>
#include <limits>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using convsight::compute::BorderMode;
using convsight::compute::DeviceType;
using convsight::image::SignedDisplay;
using convsight::widgets::FilterResult;
using convsight::widgets::FilterWorkspace;
using convsight::widgets::ImageSource;

Q_DECLARE_METATYPE(SignedDisplay)
Q_DECLARE_METATYPE(BorderMode)

namespace {

// A small colour image with every value different, so that a wrong index shows.
cv::Mat testImage() {
    cv::Mat image(12, 16, CV_8UC3);
    cv::RNG rng(42);
    rng.fill(image, cv::RNG::UNIFORM, 0, 256);
    return image;
}

int cvBorder(BorderMode fill) {
    switch (fill) {
    case BorderMode::Zero:
        return cv::BORDER_CONSTANT;
    case BorderMode::Replicate:
        return cv::BORDER_REPLICATE;
    default:
        return cv::BORDER_REFLECT_101;
    }
}

// cv::filter2D on the float image with the editor's (shared) weights, plus the offset.
cv::Mat expectedOutput(const cv::Mat& source, const FilterWorkspace& workspace) {
    const auto* editor = workspace.kernelEditor();
    const std::vector<float> weights = editor->weights(0);
    const cv::Mat kernel(editor->kernelRows(), editor->kernelColumns(), CV_32F,
                         const_cast<float*>(weights.data()));
    cv::Mat input, output;
    source.convertTo(input, CV_32F);
    cv::filter2D(input, output, CV_32F, kernel, cv::Point(-1, -1), 0, cvBorder(editor->border()));
    return output + cv::Scalar::all(editor->offset());
}

double maxDifference(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size() || a.type() != b.type())
        return std::numeric_limits<double>::infinity();
    return cv::norm(a, b, cv::NORM_INF);
}

// Waits until the worker has shown the result of the newest request.
bool settle(FilterWorkspace& workspace) {
    return QTest::qWaitFor([&] { return !workspace.isFiltering(); }, 10000) &&
           !workspace.result().output.empty();
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestFilterWorkspace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnASampleAndFiltersIt();
    void editingACellChangesTheOutput();
    void undoRestoresTheOutput();
    void presetsMatchFilter2D_data();
    void presetsMatchFilter2D();
    void divisorAndOffset();
    void latestRequestWins();
    void droppedFileBecomesTheInput();
    void pasteAndRecentFiles();
    void videoFilesPlayFrameByFrame();
    void displayModes_data();
    void displayModes();
    void viewModes();
    void hoverExplainsThePixel();
    void zoomIsShared();
    void exports();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
    void badKernelChangesNothing();
    void outputBeyondFloatShowsWhy();
    void sessionImageBeyondLimitRefused();
    void cudaSwitchSaysWhyWhenUnavailable();
    void samplesAndPatternsLoad();
};

void TestFilterWorkspace::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings file
    QCoreApplication::setOrganizationName(QStringLiteral("ConvSightTests"));
}

void TestFilterWorkspace::opensOnASampleAndFiltersIt() {
    FilterWorkspace workspace;
    QCOMPARE(workspace.sourceName(), FilterWorkspace::sampleNames().first());
    QCOMPARE(workspace.sourceImage().cols, 512);
    QCOMPARE(workspace.sourceImage().channels(), 3);
    QVERIFY(settle(workspace));
    // The editor opens on the identity: the output is the input.
    cv::Mat input;
    workspace.sourceImage().convertTo(input, CV_32F);
    QCOMPARE(maxDifference(workspace.result().output, input), 0.0);
    QVERIFY(!workspace.undoStack()->canUndo()); // the first image is no edit
}

void TestFilterWorkspace::editingACellChangesTheOutput() {
    FilterWorkspace workspace;
    const cv::Mat image = testImage();
    QVERIFY(workspace.loadImage(image, QStringLiteral("test")));
    workspace.kernelEditor()->setValue(0, 0, 2.0); // identity + 2 × the upper-left neighbour
    QVERIFY(settle(workspace));
    const cv::Mat& output = workspace.result().output;
    QVERIFY(maxDifference(output, expectedOutput(image, workspace)) < 1e-3);
    // One pixel by hand: (y, x) = (5, 7) reads (5, 7) and 2 × (4, 6), channel by channel.
    for (int c = 0; c < 3; ++c) {
        const double expected = image.at<cv::Vec3b>(5, 7)[c] + 2.0 * image.at<cv::Vec3b>(4, 6)[c];
        QCOMPARE(output.at<cv::Vec3f>(5, 7)[c], static_cast<float>(expected));
    }
    // At the corner the reflected border reads (1, 1): BORDER_REFLECT_101.
    QCOMPARE(output.at<cv::Vec3f>(0, 0)[0],
             static_cast<float>(image.at<cv::Vec3b>(0, 0)[0] + 2.0 * image.at<cv::Vec3b>(1, 1)[0]));
}

void TestFilterWorkspace::undoRestoresTheOutput() {
    FilterWorkspace workspace;
    const cv::Mat image = testImage();
    QVERIFY(workspace.loadImage(image, QStringLiteral("test")));
    QVERIFY(settle(workspace));
    const cv::Mat before = workspace.result().output.clone();
    workspace.kernelEditor()->setValue(1, 1, -1.0);
    QVERIFY(settle(workspace));
    QCOMPARE(maxDifference(workspace.result().output, -before), 0.0);
    workspace.undoStack()->undo();
    QVERIFY(settle(workspace));
    QCOMPARE(maxDifference(workspace.result().output, before), 0.0);
    workspace.undoStack()->redo();
    QVERIFY(settle(workspace));
    QCOMPARE(maxDifference(workspace.result().output, -before), 0.0);

    // Image loads are undo steps too.
    workspace.undoStack()->undo(); // the cell
    workspace.undoStack()->undo(); // the image
    QCOMPARE(workspace.sourceName(), FilterWorkspace::sampleNames().first());
}

void TestFilterWorkspace::presetsMatchFilter2D_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<BorderMode>("border");
    for (const char* id : {"box-blur", "gaussian-5x5", "sharpen", "sobel-x", "emboss"})
        for (const auto& [fill, name] :
             {std::pair{BorderMode::Zero, "zero"}, std::pair{BorderMode::Replicate, "replicate"},
              std::pair{BorderMode::Reflect, "reflect"}})
            QTest::addRow("%s %s", id, name) << QString::fromLatin1(id) << fill;
}

void TestFilterWorkspace::presetsMatchFilter2D() {
    QFETCH(QString, preset);
    QFETCH(BorderMode, border);
    FilterWorkspace workspace;
    const cv::Mat image = testImage();
    QVERIFY(workspace.loadImage(image, QStringLiteral("test")));
    workspace.kernelEditor()->loadPreset(preset);
    workspace.kernelEditor()->setBorder(border);
    QVERIFY(settle(workspace));
    QCOMPARE(workspace.kernelEditor()->presetId(), preset);
    QVERIFY(maxDifference(workspace.result().output, expectedOutput(image, workspace)) < 1e-3);
}

void TestFilterWorkspace::divisorAndOffset() {
    FilterWorkspace workspace;
    const cv::Mat image = testImage();
    QVERIFY(workspace.loadImage(image, QStringLiteral("test")));
    auto* editor = workspace.kernelEditor();
    QVERIFY(editor->setKernel({{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}));
    editor->setDivisor(9);
    editor->setOffset(10);
    QVERIFY(settle(workspace));
    const cv::Mat& output = workspace.result().output;
    // Interior pixel (6, 8): the mean of its 3×3 window plus 10.
    double sum = 0;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            sum += image.at<cv::Vec3b>(6 + dy, 8 + dx)[1];
    QVERIFY(std::abs(output.at<cv::Vec3f>(6, 8)[1] - (sum / 9 + 10)) < 1e-3);
    QVERIFY(maxDifference(output, expectedOutput(image, workspace)) < 1e-3);
}

void TestFilterWorkspace::latestRequestWins() {
    FilterWorkspace workspace;
    QVERIFY(settle(workspace));
    QSignalSpy shown(&workspace, &FilterWorkspace::outputShown);
    for (int v = 1; v <= 20; ++v)
        workspace.kernelEditor()->setValue(1, 1, v);
    QVERIFY(settle(workspace));
    // Requests overtaken while the worker was busy were never shown.
    QVERIFY(shown.count() < 20);
    cv::Mat input;
    workspace.sourceImage().convertTo(input, CV_32F);
    QCOMPARE(maxDifference(workspace.result().output, input * 20), 0.0);
}

void TestFilterWorkspace::droppedFileBecomesTheInput() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.png"));
    const cv::Mat image = testImage();
    convsight::image::save_image(path.toStdString(), image);

    FilterWorkspace workspace;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&workspace, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&workspace, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(workspace.sourceName(), QStringLiteral("dropped.png")); // read on a worker
    QCOMPARE(cv::norm(workspace.sourceImage(), image, cv::NORM_INF), 0.0);
    QVERIFY(settle(workspace));
    QCOMPARE(workspace.result().output.size(), image.size());
}

void TestFilterWorkspace::pasteAndRecentFiles() {
    FilterWorkspace workspace;
    QImage pasted(20, 10, QImage::Format_RGB32);
    pasted.fill(QColor(10, 20, 30));
    pasted.setPixelColor(3, 4, QColor(200, 100, 50));
    QGuiApplication::clipboard()->setImage(pasted);
    workspace.paste();
    const cv::Mat& source = workspace.sourceImage();
    QCOMPARE(source.size(), cv::Size(20, 10));
    QCOMPARE(source.at<cv::Vec3b>(4, 3), cv::Vec3b(50, 100, 200)); // BGR
    QCOMPARE(source.at<cv::Vec3b>(0, 0), cv::Vec3b(30, 20, 10));

    QGuiApplication::clipboard()->setText(QStringLiteral("not an image"));
    workspace.paste();
    QVERIFY(workspace.message().contains(QStringLiteral("clipboard")));
    QCOMPARE(workspace.sourceImage().data, source.data);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recent.png"));
    convsight::image::save_image(path.toStdString(), testImage());
    QVERIFY(workspace.loadFile(path));
    QTRY_COMPARE(workspace.sourceName(), QStringLiteral("recent.png"));
    QCOMPARE(QSettings().value(QStringLiteral("filter/recentFiles")).toStringList().first(), path);
    QCOMPARE(workspace.recentMenu()->actions().first()->text(), QStringLiteral("recent.png"));
}

void TestFilterWorkspace::videoFilesPlayFrameByFrame() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clip.avi"));
    {
        // MJPEG in AVI: OpenCV's own encoder, there on every build. Frame i is grey level 20·i.
        cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25,
                               cv::Size(32, 24));
        if (!writer.isOpened())
            QSKIP("OpenCV cannot write MJPEG video here");
        for (int i = 0; i < 6; ++i)
            writer.write(cv::Mat(24, 32, CV_8UC3, cv::Scalar::all(20 * i)));
    }
    FilterWorkspace workspace;
    QVERIFY(workspace.loadFile(path));
    QCOMPARE(workspace.sourceName(), QStringLiteral("clip.avi"));
    QCOMPARE(workspace.sourceImage().size(), cv::Size(32, 24));
    auto* slider = workspace.findChild<QSlider*>(QStringLiteral("scrubSlider"));
    QCOMPARE(slider->maximum(), 5);
    QVERIFY(std::abs(workspace.sourceImage().at<cv::Vec3b>(12, 16)[0] - 0) <= 3);

    // Playing filters frame after frame until the end.
    workspace.playPause();
    QTRY_VERIFY_WITH_TIMEOUT(slider->value() == 5, 5000);
    QVERIFY(std::abs(workspace.sourceImage().at<cv::Vec3b>(12, 16)[0] - 100) <= 3);
    QVERIFY(settle(workspace));
    QCOMPARE(workspace.result().output.size(), cv::Size(32, 24));

    // Scrubbing shows the frame the slider points at.
    slider->setSliderDown(true);
    slider->setSliderPosition(2);
    QVERIFY(std::abs(workspace.sourceImage().at<cv::Vec3b>(12, 16)[0] - 40) <= 3);
    QVERIFY(!workspace.undoStack()->canUndo()); // frames are no edits
}

void TestFilterWorkspace::displayModes_data() {
    QTest::addColumn<SignedDisplay>("mode");
    for (const SignedDisplay mode : convsight::image::signed_displays())
        QTest::newRow(convsight::image::signed_display_id(mode).c_str()) << mode;
}

void TestFilterWorkspace::displayModes() {
    QFETCH(SignedDisplay, mode);
    FilterWorkspace workspace;
    QVERIFY(workspace.loadImage(testImage(), QStringLiteral("test")));
    workspace.setGrey(true);
    workspace.kernelEditor()->loadPreset(QStringLiteral("sobel-x")); // negative and > 255 values
    workspace.setDisplayMode(mode);
    QVERIFY(settle(workspace));
    QCOMPARE(workspace.result().request.display, mode);
    const cv::Mat& output = workspace.result().output;
    QCOMPARE(output.channels(), 1);
    double min = 0, max = 0;
    cv::minMaxLoc(output, &min, &max);
    QVERIFY2(min < 0 && max > 255, "the test wants values on both sides of 0…255");
    const QImage shown = workspace.outputView()->image();
    QCOMPARE(shown.size(), QSize(output.cols, output.rows));
    // Every pixel as each mode defines it, computed here.
    for (int y = 0; y < output.rows; ++y)
        for (int x = 0; x < output.cols; ++x) {
            const double v = output.at<float>(y, x);
            const QColor colour = shown.pixelColor(x, y);
            auto saturate = [](double value) {
                return std::clamp(std::nearbyint(value), 0.0, 255.0);
            };
            switch (mode) {
            case SignedDisplay::Clamp:
                QCOMPARE(colour.red(), static_cast<int>(saturate(v)));
                break;
            case SignedDisplay::Absolute:
                QCOMPARE(colour.red(), static_cast<int>(saturate(std::abs(v))));
                break;
            case SignedDisplay::Offset128:
                QCOMPARE(colour.red(), static_cast<int>(saturate(v + 128)));
                break;
            case SignedDisplay::Normalize:
                QVERIFY(std::abs(colour.red() - (v - min) / (max - min) * 255) <= 0.5 + 1e-6);
                break;
            case SignedDisplay::Diverging:
                if (v < -1) // negative blue, positive red, zero white
                    QVERIFY(colour.blue() > colour.red());
                else if (v > 1)
                    QVERIFY(colour.red() > colour.blue());
                else if (v == 0)
                    QCOMPARE(colour, QColor(Qt::white));
                break;
            }
        }
    // The legend is there exactly for the diverging map.
    QCOMPARE(workspace.displayMode(), mode);
}

void TestFilterWorkspace::viewModes() {
    FilterWorkspace workspace;
    QVERIFY(workspace.loadImage(testImage(), QStringLiteral("test")));
    workspace.setGrey(true);
    workspace.kernelEditor()->loadPreset(QStringLiteral("sobel-x"));

    workspace.setViewMode(FilterWorkspace::ViewMode::Displays);
    QVERIFY(settle(workspace));
    QCOMPARE(workspace.result().displays.size(), convsight::image::signed_displays().size());
    for (auto* view : workspace.displayViews())
        QVERIFY(!view->image().isNull());

    workspace.setViewMode(FilterWorkspace::ViewMode::Difference);
    QVERIFY(settle(workspace));
    const FilterResult& result = workspace.result();
    QCOMPARE(maxDifference(result.difference, result.output - result.input), 0.0);

    workspace.setViewMode(FilterWorkspace::ViewMode::Bank);
    QVERIFY(settle(workspace));
    const auto& bank = workspace.result().bank;
    QCOMPARE(bank.size(), std::size_t{6});
    QCOMPARE(bank[0].presetId, QStringLiteral("sobel-x"));
    QCOMPARE(bank[1].presetId, QStringLiteral("sobel-y"));
    // The magnitude tile is √(gx² + gy²) of the two Sobel tiles.
    for (const cv::Point p : {cv::Point(3, 4), cv::Point(10, 7)}) {
        const float gx = bank[0].values.at<float>(p);
        const float gy = bank[1].values.at<float>(p);
        QVERIFY(std::abs(bank[2].values.at<float>(p) - std::sqrt(gx * gx + gy * gy)) < 1e-3f);
    }
    // Clicking a tile opens its kernel in the editor and goes back to side by side.
    workspace.resize(1000, 700);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    QTest::mouseClick(workspace.bankViews()[1], Qt::LeftButton);
    QCOMPARE(workspace.kernelEditor()->presetId(), QStringLiteral("sobel-y"));
    QCOMPARE(workspace.viewMode(), FilterWorkspace::ViewMode::SideBySide);
}

void TestFilterWorkspace::hoverExplainsThePixel() {
    FilterWorkspace workspace;
    cv::Mat grey;
    cv::cvtColor(testImage(), grey, cv::COLOR_BGR2GRAY);
    QVERIFY(workspace.loadImage(grey, QStringLiteral("grey")));
    workspace.kernelEditor()->loadPreset(QStringLiteral("sobel-x"));
    workspace.resize(1200, 800);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    QVERIFY(settle(workspace));
    auto* output = workspace.outputView();
    const QPoint at = output->imageToWidget(QPointF(7.5, 5.5)).toPoint();
    QTest::mouseMove(output, at);
    QTRY_VERIFY(workspace.inputView()->highlight() == QRect(6, 4, 3, 3));
    const float value = workspace.result().output.at<float>(5, 7);
    const QString text = workspace.pixelExplanation();
    // The lecture's V(x, y): x the column (7), y the row (5), from 0, as in Step through.
    QVERIFY2(text.startsWith(QStringLiteral("V(7, 5) = ")), qPrintable(text));
    // The nine products are written out and end in the output value.
    QCOMPARE(text.count(u'×'), 9);
    QVERIFY2(text.endsWith(QStringLiteral("= ") +
                           QString::number(static_cast<int>(value)).replace(u'-', u'−')),
             qPrintable(text));
}

void TestFilterWorkspace::zoomIsShared() {
    FilterWorkspace workspace;
    workspace.resize(1200, 800);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    QVERIFY(settle(workspace));
    auto* input = workspace.inputView();
    auto* output = workspace.outputView();
    input->setFocus();
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(input, Qt::Key_Plus);
    QVERIFY(input->zoom() > convsight::widgets::ImageView::kValueZoom);
    QCOMPARE(output->zoom(), input->zoom());
    QCOMPARE(output->centre(), input->centre());
    QVERIFY(output->showsValues()); // each pixel's value written in its cell
    QTest::mousePress(output, Qt::LeftButton, {}, QPoint(200, 200));
    QTest::mouseMove(output, QPoint(260, 230));
    QTest::mouseRelease(output, Qt::LeftButton, {}, QPoint(260, 230));
    QCOMPARE(input->centre(), output->centre());
    QTest::keyClick(input, Qt::Key_0);
    QVERIFY(input->sync()->fitted());
}

void TestFilterWorkspace::exports() {
    QTemporaryDir dir;
    FilterWorkspace workspace;
    QVERIFY(workspace.loadImage(testImage(), QStringLiteral("test")));
    workspace.kernelEditor()->loadPreset(QStringLiteral("sobel-x"));
    workspace.setDisplayMode(SignedDisplay::Offset128);
    QVERIFY(settle(workspace));
    const cv::Mat& output = workspace.result().output;

    const QString png = dir.filePath(QStringLiteral("out.png"));
    QVERIFY(workspace.exportOutput(png));
    const cv::Mat shown = cv::imread(png.toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(cv::norm(shown, convsight::image::to_display(output, SignedDisplay::Offset128),
                      cv::NORM_INF),
             0.0);

    const QString tiff = dir.filePath(QStringLiteral("out.tif"));
    QVERIFY(workspace.exportOutput(tiff));
    const cv::Mat values = cv::imread(tiff.toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(values.type(), CV_32FC3);
    QCOMPARE(cv::norm(values, output, cv::NORM_INF), 0.0);

    const QString npy = dir.filePath(QStringLiteral("out.npy"));
    QVERIFY(workspace.exportOutput(npy));
    const QByteArray bytes = fileBytes(npy);
    QVERIFY(bytes.startsWith("\x93NUMPY\x01\x00"));
    const int headerLength =
        static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8);
    QCOMPARE((10 + headerLength) % 64, 0);
    const QByteArray header = bytes.mid(10, headerLength);
    QVERIFY2(header.contains("'descr': '<f4'") && header.contains("'shape': (12, 16, 3)"),
             header.constData());
    // Values in R, G, B order, row by row.
    const auto* data = reinterpret_cast<const float*>(bytes.constData() + 10 + headerLength);
    QCOMPARE(bytes.size() - 10 - headerLength, qsizetype{12 * 16 * 3 * 4});
    QCOMPARE(data[(5 * 16 + 7) * 3 + 0], output.at<cv::Vec3f>(5, 7)[2]);
    QCOMPARE(data[(5 * 16 + 7) * 3 + 2], output.at<cv::Vec3f>(5, 7)[0]);

    const QString wrong = dir.filePath(QStringLiteral("out.xyz"));
    QVERIFY(!workspace.exportOutput(wrong));
    QVERIFY(workspace.message().contains(QStringLiteral(".npy")));
    QVERIFY(!QFile::exists(wrong));
}

void TestFilterWorkspace::badFilesChangeNothing_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    std::vector<uchar> png;
    cv::imencode(".png", testImage(), png);
    const QByteArray good(reinterpret_cast<const char*>(png.data()),
                          static_cast<qsizetype>(png.size()));
    QTest::newRow("empty") << "empty.png" << QByteArray() << "empty";
    QTest::newRow("truncated") << "truncated.png" << good.left(good.size() / 3) << "corrupt";
    QTest::newRow("not an image") << "notes.jpg" << QByteArray("hello, world\n") << "corrupt";
    QByteArray huge = good.left(33); // signature + IHDR claiming 20000 × 20000
    huge[16] = 0, huge[17] = 0, huge[18] = 0x4e, huge[19] = 0x20;
    huge[20] = 0, huge[21] = 0, huge[22] = 0x4e, huge[23] = 0x20;
    QTest::newRow("200 megapixels") << "huge.png" << huge << "100 megapixels";
    QTest::newRow("a folder") << "folder" << QByteArray() << "folder";
    QTest::newRow("missing") << "missing.png" << QByteArray() << "no such file";
}

void TestFilterWorkspace::badFilesChangeNothing() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (name == QLatin1String("folder"))
        QVERIFY(QDir(dir.path()).mkdir(name));
    else if (name != QLatin1String("missing.png"))
        writeBytes(path, bytes);

    FilterWorkspace workspace;
    QVERIFY(settle(workspace));
    const cv::Mat before = workspace.sourceImage();
    const auto kernel = workspace.kernelEditor()->model();
    const cv::Mat output = workspace.result().output;
    QSignalSpy failed(workspace.imageSource(), &ImageSource::loadFailed);
    workspace.loadFile(path); // read on a worker: the failure comes back as a signal
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(workspace.message().contains(reason), qPrintable(workspace.message()));
    QVERIFY2(workspace.message().contains(name), qPrintable(workspace.message()));
    QCOMPARE(workspace.sourceImage().data, before.data); // the same image, untouched
    QVERIFY(workspace.kernelEditor()->model() == kernel);
    QVERIFY(settle(workspace));
    QCOMPARE(workspace.result().output.data, output.data);
    QVERIFY(!workspace.undoStack()->canUndo());
}

void TestFilterWorkspace::badKernelChangesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nan.csv"));
    writeBytes(path, "1,0,1\n0,nan,0\n1,0,1\n");
    FilterWorkspace workspace;
    QVERIFY(settle(workspace));
    const auto kernel = workspace.kernelEditor()->model();
    QVERIFY(!workspace.loadFile(path)); // a kernel file dropped or opened goes to the editor
    QVERIFY2(workspace.message().contains(QStringLiteral("nan.csv")),
             qPrintable(workspace.message()));
    QVERIFY(workspace.kernelEditor()->model() == kernel);
    QVERIFY(!workspace.kernelEditor()->setKernel({{1, std::nan(""), 1}}));
    QVERIFY(workspace.kernelEditor()->model() == kernel);

    // A good kernel file is taken.
    const QString good = dir.filePath(QStringLiteral("blur.csv"));
    writeBytes(good, "1,1\n1,1\n");
    QVERIFY(workspace.loadFile(good));
    QCOMPARE(workspace.kernelEditor()->kernelRows(), 2);
    QVERIFY(workspace.message().isEmpty());
}

// A kernel whose output would leave a float (2e38 + 2e38 on pixels up to 255) is refused with
// core/conv's message, and the last good output stays instead of an image of inf and NaN; kernel
// files beyond a float, or underflowing it, are refused with the cell named.
void TestFilterWorkspace::outputBeyondFloatShowsWhy() {
    FilterWorkspace workspace;
    QVERIFY(workspace.loadImage(testImage(), QStringLiteral("test")));
    QVERIFY(settle(workspace));
    const cv::Mat before = workspace.result().output.clone();
    QVERIFY(workspace.kernelEditor()->setKernel({{2e38, 2e38}}));
    QTRY_VERIFY(workspace.message().contains(QStringLiteral("its output can reach")));
    QVERIFY2(workspace.message().startsWith(
                 QStringLiteral("Filtering failed: the kernel: its output can reach 1.02e+41 on "
                                "inputs up to 255 (Σ |value ÷ divisor| = 4e+38), beyond the range "
                                "of a float (±3.4e+38)")),
             qPrintable(workspace.message()));
    QVERIFY(settle(workspace));
    QCOMPARE(maxDifference(workspace.result().output, before), 0.0);
    QVERIFY(cv::checkRange(workspace.result().output));

    QTemporaryDir dir;
    const QString tiny = dir.filePath(QStringLiteral("tiny.kernel.json"));
    writeBytes(tiny, R"({"rows": [[1, 1e-400]]})");
    const auto kernel = workspace.kernelEditor()->model();
    QVERIFY(!workspace.loadFile(tiny));
    QVERIFY2(workspace.message().contains(
                 QStringLiteral("row 1, column 2: '1e-400' underflows to 0 in a float")),
             qPrintable(workspace.message()));
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    writeBytes(big, "1,2,3\n4,5,1e39\n");
    QVERIFY(!workspace.loadFile(big));
    QVERIFY2(workspace.message().contains(
                 QStringLiteral("line 2, column 3: '1e39' is beyond the range of a float")),
             qPrintable(workspace.message()));
    QVERIFY(workspace.kernelEditor()->model() == kernel);
}

// A session whose image's PNG header states 20000 × 20000 pixels is refused from the header,
// before OpenCV would allocate 1.2 GB to decode it.
void TestFilterWorkspace::sessionImageBeyondLimitRefused() {
    FilterWorkspace workspace;
    QVERIFY(settle(workspace));
    nlohmann::json state = workspace.sessionState();
    QVERIFY(FilterWorkspace::checkSessionState(state).isEmpty());
    QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0DIHDR", 16);
    for (int side = 0; side < 2; ++side)
        png.append("\x00\x00\x4E\x20", 4); // 20000
    png.append("\x08\x02\x00\x00\x00", 5);
    png.append(QByteArray(64, '\0'));
    state["image"] = png.toBase64().toStdString();
    QCOMPARE(FilterWorkspace::checkSessionState(state),
             QStringLiteral("filter.image is 20000 × 20000 pixels, more than the limit of "
                            "100000000 pixels the Filter workspace takes"));
}

void TestFilterWorkspace::cudaSwitchSaysWhyWhenUnavailable() {
    FilterWorkspace workspace;
    auto* button = workspace.findChild<QToolButton*>(QStringLiteral("deviceButton"));
    auto* cuda = workspace.findChild<QAction*>(QStringLiteral("cudaDeviceAction"));
    QVERIFY(button && cuda);
    QVERIFY(settle(workspace));
    QVERIFY2(button->text().startsWith(QStringLiteral("Running on CPU · ")),
             qPrintable(button->text()));
    if (convsight::compute::Device::cuda_available()) {
        QVERIFY(cuda->isEnabled());
        cuda->trigger();
        QVERIFY(settle(workspace));
        QVERIFY(workspace.result().request.device.is_cuda());
        QVERIFY(button->text().startsWith(QStringLiteral("Running on CUDA")));
        cv::Mat input;
        workspace.sourceImage().convertTo(input, CV_32F);
        QVERIFY(maxDifference(workspace.result().output, input) < 1e-4);
        return;
    }
    QVERIFY(!cuda->isEnabled());
    const QString reason =
        QString::fromStdString(convsight::compute::Device::cuda_unavailable_reason());
    QCOMPARE(cuda->toolTip(), reason);
    QVERIFY(!workspace.setDeviceType(DeviceType::Cuda));
    QVERIFY(workspace.message().contains(reason));
    QVERIFY(workspace.device().is_cpu());
    QVERIFY(button->text().startsWith(QStringLiteral("Running on CPU")));
}

void TestFilterWorkspace::samplesAndPatternsLoad() {
    FilterWorkspace workspace;
    const QStringList names = FilterWorkspace::sampleNames();
    QCOMPARE(names.size(), 8);
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY2(workspace.loadSample(i), qPrintable(names[i]));
        QCOMPARE(workspace.sourceName(), names[i]);
        QVERIFY(workspace.sourceImage().cols >= 33 && workspace.sourceImage().cols <= 512);
    }
    // The impulse's output is the kernel itself, turned 180° (filter2D correlates).
    QVERIFY(workspace.kernelEditor()->setKernel({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}));
    QVERIFY(settle(workspace));
    const cv::Mat& output = workspace.result().output;
    const int c = output.rows / 2;
    QCOMPARE(output.at<float>(c - 1, c - 1), 9.f * 255);
    QCOMPARE(output.at<float>(c + 1, c + 1), 1.f * 255);
    QCOMPARE(output.at<float>(c, c + 1), 4.f * 255);
}

QTEST_MAIN(TestFilterWorkspace)
#include "tst_filterworkspace.moc"
