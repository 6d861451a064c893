// ImageSource on its own: an image file read on a worker, a corrupt file (a message, nothing
// loaded), a kernel file handed on, generated patterns, bad pixels refused, and the recent-files
// list (newest first, no duplicates, at most kMaxRecentFiles).
#include "filter/ImageSource.h"
#include "image/ImageIO.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using convsight::widgets::ImageSource;

class TestImageSource : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void goodFileLoadsOnAWorker();
    void corruptFileSaysWhyAndLoadsNothing_data();
    void corruptFileSaysWhyAndLoadsNothing();
    void kernelFilesAreHandedOn();
    void patternsAreGenerated();
    void samplePhotosDecodeAsOpenCvDoes_data();
    void samplePhotosDecodeAsOpenCvDoes();
    void unusablePixelsAreRefused();
    void recentFilesNewestFirstAndLimited();

private:
    QString writeImage(const QString& name, const cv::Mat& image);
    QTemporaryDir dir_;
};

void TestImageSource::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings file
    QCoreApplication::setOrganizationName(QStringLiteral("ConvSightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_imagesource"));
}

void TestImageSource::init() {
    QSettings().remove(QStringLiteral("filter/recentFiles"));
}

QString TestImageSource::writeImage(const QString& name, const cv::Mat& image) {
    const QString path = dir_.filePath(name);
    convsight::image::save_image(path.toStdString(), image);
    return path;
}

void TestImageSource::goodFileLoadsOnAWorker() {
    cv::Mat image(6, 10, CV_8UC3, cv::Scalar(10, 20, 30));
    image.at<cv::Vec3b>(2, 7) = cv::Vec3b(200, 100, 50);
    const QString path = writeImage(QStringLiteral("good.png"), image);

    ImageSource source;
    QSignalSpy loaded(&source, &ImageSource::imageLoaded);
    QSignalSpy failed(&source, &ImageSource::loadFailed);
    QSignalSpy states(&source, &ImageSource::stateChanged);
    QVERIFY(source.openFile(path));
    QCOMPARE(source.state(), ImageSource::State::Loading);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(source.state(), ImageSource::State::Idle);
    QCOMPARE(states.count(), 2); // Loading, then Idle

    const auto got = loaded.first().at(0).value<cv::Mat>();
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("good.png"));
    QCOMPARE(got.size(), image.size());
    QCOMPARE(cv::norm(got, image, cv::NORM_INF), 0.0);
    QCOMPARE(ImageSource::recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});
}

void TestImageSource::corruptFileSaysWhyAndLoadsNothing_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated png")
        << QStringLiteral("broken.png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("text as jpeg") << QStringLiteral("notes.jpg") << QByteArray("not an image");
    QTest::newRow("missing") << QStringLiteral("missing.png") << QByteArray();
}

void TestImageSource::corruptFileSaysWhyAndLoadsNothing() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = dir_.filePath(name);
    if (!bytes.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    ImageSource source;
    QSignalSpy loaded(&source, &ImageSource::imageLoaded);
    QSignalSpy failed(&source, &ImageSource::loadFailed);
    source.openFile(path);
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(name), qPrintable(message)); // the message names the file
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(source.state(), ImageSource::State::Idle);
    QVERIFY(ImageSource::recentFiles().isEmpty()); // a file that failed is not remembered
}

void TestImageSource::kernelFilesAreHandedOn() {
    ImageSource source;
    QSignalSpy kernels(&source, &ImageSource::kernelFileOpened);
    QSignalSpy loaded(&source, &ImageSource::imageLoaded);
    QVERIFY(source.openFile(QStringLiteral("/somewhere/blur.CSV")));
    QCOMPARE(kernels.count(), 1);
    QCOMPARE(kernels.first().at(0).toString(), QStringLiteral("/somewhere/blur.CSV"));
    QCOMPARE(source.state(), ImageSource::State::Idle); // nothing read
    QVERIFY(ImageSource::isVideoFile(QStringLiteral("clip.MP4")));
    QVERIFY(!ImageSource::isVideoFile(QStringLiteral("photo.png")));
}

void TestImageSource::patternsAreGenerated() {
    const QStringList names = ImageSource::sampleNames();
    QVERIFY(names.size() > ImageSource::photoCount());
    ImageSource source;
    QSignalSpy loaded(&source, &ImageSource::imageLoaded);
    for (int i = ImageSource::photoCount(); i < names.size(); ++i) {
        QVERIFY2(source.openSample(i), qPrintable(names[i]));
        QCOMPARE(loaded.count(), i - ImageSource::photoCount() + 1); // at once, no worker
        QCOMPARE(loaded.last().at(1).toString(), names[i]);
        const auto image = loaded.last().at(0).value<cv::Mat>();
        QVERIFY(image.cols == 33 || image.cols == 256);
        QCOMPARE(image.depth(), CV_8U);
    }
    QVERIFY(!source.openSample(-1));
    QVERIFY(!source.openSample(names.size()));
}

void TestImageSource::samplePhotosDecodeAsOpenCvDoes_data() {
    QTest::addColumn<QByteArray>("png");
    for (const char* name : {"astronaut", "coffee", "chelsea", "camera"}) {
        QFile file(QStringLiteral(":/samples/%1.png").arg(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(name) << file.readAll();
    }
    // With an alpha channel: OpenCV's decoder, which drops it.
    QImage translucent(7, 5, QImage::Format_ARGB32);
    for (int y = 0; y < translucent.height(); ++y)
        for (int x = 0; x < translucent.width(); ++x)
            translucent.setPixel(x, y, qRgba(30 * x, 40 * y, 200, 40 * (x + y)));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(translucent.save(&buffer, "PNG"));
    QTest::newRow("alpha") << buffer.data();
}

// The bundled photos are decoded by Qt (no OpenCV codecs before the first paint), pixel for
// pixel as OpenCV decodes them.
void TestImageSource::samplePhotosDecodeAsOpenCvDoes() {
    QFETCH(QByteArray, png);
    const cv::Mat byQt = ImageSource::decodeSamplePhoto(png, QStringLiteral("sample.png"));
    const cv::Mat byOpenCv = convsight::image::decode_image(
        std::span(reinterpret_cast<const unsigned char*>(png.constData()),
                  static_cast<std::size_t>(png.size())),
        "sample.png");
    QCOMPARE(byQt.type(), byOpenCv.type());
    QCOMPARE(byQt.cols, byOpenCv.cols);
    QCOMPARE(byQt.rows, byOpenCv.rows);
    QVERIFY(byQt.cols > 0 && byQt.rows > 0);
    QCOMPARE(cv::norm(byQt, byOpenCv, cv::NORM_INF), 0.0);
}

void TestImageSource::unusablePixelsAreRefused() {
    ImageSource source;
    QSignalSpy loaded(&source, &ImageSource::imageLoaded);
    QSignalSpy failed(&source, &ImageSource::loadFailed);
    QVERIFY(!source.useImage(cv::Mat(4, 4, CV_32FC1, cv::Scalar(1)), QStringLiteral("floats")));
    QVERIFY(!source.useImage(cv::Mat(), QStringLiteral("empty")));
    QCOMPARE(failed.count(), 2);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("'floats'")));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(source.useImage(cv::Mat(4, 4, CV_8UC1, cv::Scalar(1)), QStringLiteral("grey")));
    QCOMPARE(loaded.count(), 1);
}

void TestImageSource::recentFilesNewestFirstAndLimited() {
    ImageSource source;
    QSignalSpy changed(&source, &ImageSource::recentFilesChanged);
    const cv::Mat image(2, 2, CV_8UC1, cv::Scalar(7));
    QStringList paths;
    for (int i = 0; i < ImageSource::kMaxRecentFiles + 2; ++i)
        paths << QFileInfo(writeImage(QStringLiteral("f%1.png").arg(i), image)).absoluteFilePath();
    for (const QString& path : paths) {
        const int before = changed.count();
        source.openFile(path);
        QTRY_COMPARE(changed.count(), before + 1);
    }
    QStringList expected;
    for (int i = static_cast<int>(paths.size()) - 1; expected.size() < ImageSource::kMaxRecentFiles;
         --i)
        expected << paths[i];
    QCOMPARE(ImageSource::recentFiles(), expected); // the two oldest dropped

    // Opening one again moves it to the front, once.
    source.openFile(paths[4]);
    QTRY_COMPARE(ImageSource::recentFiles().first(), paths[4]);
    QCOMPARE(ImageSource::recentFiles().size(), ImageSource::kMaxRecentFiles);
    QCOMPARE(ImageSource::recentFiles().count(paths[4]), 1);
    QCOMPARE(changed.last().at(0).toStringList(), ImageSource::recentFiles());
}

QTEST_MAIN(TestImageSource)
#include "tst_imagesource.moc"
