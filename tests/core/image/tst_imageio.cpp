// Qt Test suite for image::load_image/save_image: exact PNG round trips, what loading normalises
// (alpha, 16 bits), and errors that name the file for missing, empty, corrupt and unwritable files.
#include "image/ImageIO.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <string>
#include <vector>

using namespace convsight::image;

namespace {

// A W×H image of `type` filled with uniform noise in [0,256): noise does not compress, so a
// truncated file really is missing pixels.
cv::Mat noise(int width, int height, int type, unsigned seed) {
    cv::Mat image(height, width, type);
    cv::RNG rng(seed);
    rng.fill(image, cv::RNG::UNIFORM, 0, 256);
    return image;
}

// Same size, same type, every pixel equal.
bool identical(const cv::Mat& a, const cv::Mat& b) {
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0.0;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Both readers, whole and reduced, refuse the file at `path` with `expected` as the message.
void refusedByBothReaders(const QString& path, const QString& expected) {
    for (const bool reduced : {false, true})
        try {
            const cv::Mat image = reduced ? load_image_reduced(path.toStdString(), 1000000)
                                          : load_image(path.toStdString());
            QFAIL(
                qPrintable(QStringLiteral("loaded a %1x%2 image").arg(image.cols).arg(image.rows)));
        } catch (const ImageError& e) {
            QCOMPARE(QString::fromStdString(e.what()), expected);
        }
}

} // namespace

class tst_ImageIO : public QObject {
    Q_OBJECT

private slots:
    void init();
    void pngRoundTrip_data();
    void pngRoundTrip();
    void fourChannelPngLoadsAsBgr();
    void sixteenBitPngLoadsAsEightBit_data();
    void sixteenBitPngLoadsAsEightBit();
    void loadRejects_data();
    void loadRejects();
    void hugeHeadersRefusedBeforeDecoding_data();
    void hugeHeadersRefusedBeforeDecoding();
    void saveRejects_data();
    void saveRejects();
    void failedSaveKeepsExistingFile();
    void saveReplacesExistingFile();
    void saveOverFolderSaysSo();
    void plantedPartLinkIsNotFollowed();
    void largeJpegDecodesReduced();
    void headerSizesWhoseProductOverflowsRefused();
    void dicomRefusedBeforeOpenCv();

private:
    QString pathOf(const QString& name) const { return dir_->filePath(name); }

    std::unique_ptr<QTemporaryDir> dir_;
};

void tst_ImageIO::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY2(dir_->isValid(), qPrintable(dir_->errorString()));
}

void tst_ImageIO::pngRoundTrip_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("type");

    QTest::newRow("gray 17x9") << 17 << 9 << CV_8UC1;
    QTest::newRow("gray 1x1") << 1 << 1 << CV_8UC1;
    QTest::newRow("bgr 17x9") << 17 << 9 << CV_8UC3;
    QTest::newRow("bgr 64x48") << 64 << 48 << CV_8UC3;
}

void tst_ImageIO::pngRoundTrip() {
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, type);

    const cv::Mat original = noise(width, height, type, 1);
    const std::string path = pathOf(QStringLiteral("round trip.png")).toStdString();
    save_image(path, original);

    QVERIFY(QFile::exists(QString::fromStdString(path)));
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));
    // PNG is lossless: every pixel comes back, with the channel count it was saved with.
    const cv::Mat loaded = load_image(path);
    QCOMPARE(loaded.channels(), CV_MAT_CN(type));
    QVERIFY(identical(loaded, original));
}

void tst_ImageIO::fourChannelPngLoadsAsBgr() {
    const cv::Mat bgra = noise(20, 10, CV_8UC4, 2);
    const std::string path = pathOf(QStringLiteral("alpha.png")).toStdString();
    QVERIFY(cv::imwrite(path, bgra));

    // The alpha channel is dropped, not blended: B, G and R are as stored.
    const cv::Mat loaded = load_image(path);
    QCOMPARE(loaded.type(), CV_8UC3);
    std::vector<cv::Mat> planes;
    cv::split(bgra, planes);
    planes.pop_back();
    cv::Mat bgr;
    cv::merge(planes, bgr);
    QVERIFY(identical(loaded, bgr));
}

void tst_ImageIO::sixteenBitPngLoadsAsEightBit_data() {
    QTest::addColumn<int>("channels");

    QTest::newRow("gray") << 1;
    QTest::newRow("bgr") << 3;
}

void tst_ImageIO::sixteenBitPngLoadsAsEightBit() {
    QFETCH(int, channels);

    // 16-bit value k·257 is exactly 8-bit k scaled to [0,65535]: 0 → 0, 257 → 1, ..., 65535 → 255.
    const cv::Mat expected = noise(16, 8, CV_8UC(channels), 3);
    cv::Mat wide;
    expected.convertTo(wide, CV_16U, 257.0);
    const std::string path = pathOf(QStringLiteral("sixteen.png")).toStdString();
    QVERIFY(cv::imwrite(path, wide));

    const cv::Mat loaded = load_image(path);
    QCOMPARE(loaded.depth(), CV_8U);
    QCOMPARE(loaded.channels(), channels);
    QVERIFY(identical(loaded, expected));
}

void tst_ImageIO::loadRejects_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents"); // null: do not create the file
    QTest::addColumn<QString>("reason");

    std::vector<unsigned char> png;
    QVERIFY(cv::imencode(".png", noise(64, 64, CV_8UC3, 4), png));
    const QByteArray wholePng(reinterpret_cast<const char*>(png.data()),
                              static_cast<qsizetype>(png.size()));
    QByteArray randomBytes(4096, '\0');
    cv::RNG rng(5);
    for (char& byte : randomBytes)
        byte = static_cast<char>(rng.uniform(0, 256));

    QTest::newRow("missing file") << QStringLiteral("missing.png") << QByteArray()
                                  << QStringLiteral("no such file");
    QTest::newRow("empty file") << QStringLiteral("empty.png") << QByteArray("")
                                << QStringLiteral("the file is empty");
    QTest::newRow("random bytes named .png")
        << QStringLiteral("noise.png") << randomBytes << QStringLiteral("cannot decode");
    QTest::newRow("truncated png")
        << QStringLiteral("truncated.png") << wholePng.left(wholePng.size() / 2)
        << QStringLiteral("cannot decode");
}

// Headers of each format that state 20000 × 20000 pixels (400 megapixels), with nothing after
// them worth decoding: refused from the header with the limit named, before OpenCV allocates.
void tst_ImageIO::hugeHeadersRefusedBeforeDecoding_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");

    const auto bigEndian = [](QByteArray& bytes, quint32 value, int size) {
        for (int shift = 8 * (size - 1); shift >= 0; shift -= 8)
            bytes.append(char((value >> shift) & 0xFF));
    };
    const auto littleEndian = [](QByteArray& bytes, quint32 value, int size) {
        for (int shift = 0; shift < 8 * size; shift += 8)
            bytes.append(char((value >> shift) & 0xFF));
    };
    const QByteArray filler(64, '\0');

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    bigEndian(png, 13, 4);
    png.append("IHDR");
    bigEndian(png, 20000, 4);
    bigEndian(png, 20000, 4);
    png.append("\x08\x02\x00\x00\x00", 5);
    QTest::newRow("png") << QStringLiteral("huge.png") << png + filler;

    QByteArray jpeg("\xFF\xD8\xFF\xC0\x00\x11\x08", 7);
    bigEndian(jpeg, 20000, 2); // height
    bigEndian(jpeg, 20000, 2); // width
    jpeg.append('\x03');
    QTest::newRow("jpeg") << QStringLiteral("huge.jpg") << jpeg + filler;

    QByteArray bmp("BM", 2);
    littleEndian(bmp, 54 + 64, 4);
    littleEndian(bmp, 0, 4);
    littleEndian(bmp, 54, 4);
    littleEndian(bmp, 40, 4);
    littleEndian(bmp, 20000, 4);
    littleEndian(bmp, quint32(-20000), 4); // top-down
    littleEndian(bmp, 1, 2);
    littleEndian(bmp, 24, 2);
    bmp.append(QByteArray(24, '\0'));
    QTest::newRow("bmp") << QStringLiteral("huge.bmp") << bmp + filler;

    QTest::newRow("pgm") << QStringLiteral("huge.pgm")
                         << QByteArray("P5\n# a comment\n20000 20000\n255\n") + filler;

    QByteArray webp("RIFF", 4);
    littleEndian(webp, 22 + 64, 4);
    webp.append("WEBPVP8X");
    littleEndian(webp, 10, 4);
    littleEndian(webp, 0, 4);
    littleEndian(webp, 19999, 3);
    littleEndian(webp, 19999, 3);
    QTest::newRow("webp") << QStringLiteral("huge.webp") << webp + filler;

    QByteArray tiff("II*\0", 4);
    littleEndian(tiff, 8, 4);
    littleEndian(tiff, 2, 2);
    for (const quint32 tag : {256u, 257u}) {
        littleEndian(tiff, tag, 2);
        littleEndian(tiff, tag == 256 ? 4 : 3, 2); // LONG, then SHORT
        littleEndian(tiff, 1, 4);
        littleEndian(tiff, 20000, 4);
    }
    littleEndian(tiff, 0, 4);
    QTest::newRow("tiff") << QStringLiteral("huge.tiff") << tiff + filler;
}

void tst_ImageIO::hugeHeadersRefusedBeforeDecoding() {
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    const QString path = pathOf(name);
    QVERIFY(writeAll(path, contents));
    const QString expected = QStringLiteral("cannot open image '%1': it is 20000 × 20000 pixels, "
                                            "more than the 100 megapixels ConvSight opens (the "
                                            "limit is 100000000 pixels); scale it down first")
                                 .arg(path);
    refusedByBothReaders(path, expected);
}

void tst_ImageIO::loadRejects() {
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, reason);

    const QString path = pathOf(name);
    if (!contents.isNull())
        QVERIFY(writeAll(path, contents));

    try {
        const cv::Mat image = load_image(path.toStdString());
        QFAIL(qPrintable(QStringLiteral("loaded a %1x%2 image").arg(image.cols).arg(image.rows)));
    } catch (const ImageError& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }
}

void tst_ImageIO::saveRejects_data() {
    QTest::addColumn<QString>("name");

    QTest::newRow("unknown extension") << QStringLiteral("picture.xyz");
    QTest::newRow("no extension") << QStringLiteral("picture");
    QTest::newRow("missing folder") << QStringLiteral("no such folder/picture.png");
}

void tst_ImageIO::saveRejects() {
    QFETCH(QString, name);

    const QString path = pathOf(name);
    try {
        save_image(path.toStdString(), noise(8, 8, CV_8UC3, 6));
        QFAIL("save_image did not throw");
    } catch (const ImageError& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains(path), qPrintable(message));
    }
    // Nothing left behind: neither the file nor the temporary it is written through.
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void tst_ImageIO::failedSaveKeepsExistingFile() {
    // The save is atomic: when it fails, what was on disk stays as it was.
    const QString path = pathOf(QStringLiteral("keep.png"));
    const cv::Mat before = noise(12, 12, CV_8UC1, 7);
    QVERIFY(cv::imwrite(path.toStdString(), before));
    const QByteArray bytesBefore = readAll(path);

    QVERIFY_THROWS_EXCEPTION(ImageError, save_image(path.toStdString(), cv::Mat()));

    QCOMPARE(readAll(path), bytesBefore);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QVERIFY(identical(load_image(path.toStdString()), before));
}

void tst_ImageIO::saveReplacesExistingFile() {
    const QString path = pathOf(QStringLiteral("replace.png"));
    QVERIFY(cv::imwrite(path.toStdString(), noise(30, 20, CV_8UC3, 8)));

    const cv::Mat after = noise(7, 5, CV_8UC1, 9);
    save_image(path.toStdString(), after);

    QVERIFY(identical(load_image(path.toStdString()), after));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

// `--out d.png` where d.png is a folder: refused by name (it used to say "cannot replace 'd.png':
// Success", errno lost) and the folder, with what is in it, stays.
void tst_ImageIO::saveOverFolderSaysSo() {
    const QString folder = pathOf(QStringLiteral("d.png"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
    try {
        save_image(folder.toStdString(), noise(4, 4, CV_8UC3, 10));
        QFAIL("save_image over a folder did not throw");
    } catch (const ImageError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("cannot write '%1': it is a folder; give the name of a file")
                     .arg(folder));
    }
    QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    QCOMPARE(QDir(dir_->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("d.png")});
}

// The old fixed temporary name, planted as a symlink to another file and as a folder: the save
// neither writes through the link nor removes either.
void tst_ImageIO::plantedPartLinkIsNotFollowed() {
    const QString victim = pathOf(QStringLiteral("victim.txt"));
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const QString path = pathOf(QStringLiteral("out.png"));
    QVERIFY(QFile::link(victim, path + QStringLiteral(".part")));
    QVERIFY(QDir().mkpath(pathOf(QStringLiteral("other.png.part/inside"))));
    const cv::Mat image = noise(9, 7, CV_8UC3, 11);
    save_image(path.toStdString(), image);
    save_image(pathOf(QStringLiteral("other.png")).toStdString(), image);
    QVERIFY(identical(load_image(path.toStdString()), image));
    QCOMPARE(readAll(victim), QByteArray("precious"));
    QVERIFY(QFileInfo(path + QStringLiteral(".part")).isSymLink());
    QVERIFY(QFileInfo(pathOf(QStringLiteral("other.png.part/inside"))).isDir());
}

// A JPEG larger than asked for is decoded at 1/2, 1/4 or 1/8 (never whole), the smallest that
// keeps at least the pixels asked for; its size in the file is reported. Others come whole.
void tst_ImageIO::largeJpegDecodesReduced() {
    const std::string jpeg = pathOf(QStringLiteral("big.jpg")).toStdString();
    cv::Mat colour(1200, 1600, CV_8UC3, cv::Scalar(20, 120, 220));
    QVERIFY(cv::imwrite(jpeg, colour));
    cv::Size original;
    cv::Mat image = convsight::image::load_image_reduced(jpeg, 400'000, &original);
    QCOMPARE(original, cv::Size(1600, 1200));
    QCOMPARE(image.size(), cv::Size(800, 600)); // 1/2: 480,000 ≥ 400,000 > 1/4's 120,000
    QCOMPARE(image.channels(), 3);
    image = convsight::image::load_image_reduced(jpeg, 30'000, &original);
    QCOMPARE(image.size(), cv::Size(200, 150)); // 1/8 is the most the decoder offers
    image = convsight::image::load_image_reduced(jpeg, 2'000'000, &original);
    QCOMPARE(image.size(), cv::Size(1600, 1200)); // not larger: whole

    const std::string grey = pathOf(QStringLiteral("grey.jpg")).toStdString();
    QVERIFY(cv::imwrite(grey, cv::Mat(1200, 1600, CV_8UC1, cv::Scalar(77))));
    image = convsight::image::load_image_reduced(grey, 400'000, &original);
    QCOMPARE(image.size(), cv::Size(800, 600));
    QCOMPARE(image.channels(), 1);

    const std::string png = pathOf(QStringLiteral("big.png")).toStdString();
    convsight::image::save_image(png, colour);
    image = convsight::image::load_image_reduced(png, 400'000, &original);
    QCOMPARE(image.size(), cv::Size(1600, 1200)); // not a JPEG: whole, the caller reduces it
    QCOMPARE(original, cv::Size(1600, 1200));
}

// A PNG header stating 3351758791 × 3351758791 pixels (found by fuzzing): the product of the two
// overflowed a long long (undefined behaviour) before it was compared with the limit.
void tst_ImageIO::headerSizesWhoseProductOverflowsRefused() {
    QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\xc7\xc7\xc7\xc7\xc7\xc7\xc7\xc7"
                   "\x08\x00\x00\x00\x00",
                   29);
    try {
        const cv::Mat image = decode_image(
            std::span(reinterpret_cast<const unsigned char*>(png.constData()), png.size()), "big");
        QFAIL(qPrintable(QStringLiteral("decoded a %1x%2 image").arg(image.cols).arg(image.rows)));
    } catch (const ImageError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(
                     QStringLiteral("it is 3351758791 × 3351758791 pixels, more than")),
                 e.what());
    }
}

// A 139-byte file with DICOM's signature at byte 128 (found by fuzzing): OpenCV passed it to
// GDCM, whose assertion aborted the process. It is refused before OpenCV sees it.
void tst_ImageIO::dicomRefusedBeforeOpenCv() {
    const QByteArray bytes = QByteArray::fromHex(
        "89504e470d0a0000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000001a04ffffff00000003f817da0a044449434d06"
        "1349065553be");
    QCOMPARE(bytes.size(), 139);
    const QString path = pathOf(QStringLiteral("photo.png"));
    QVERIFY(writeAll(path, bytes));
    refusedByBothReaders(path, QStringLiteral("cannot open image '%1': it is a DICOM file, a "
                                              "format ConvSight does not open")
                                   .arg(path));
}

QTEST_GUILESS_MAIN(tst_ImageIO)
#include "tst_imageio.moc"
