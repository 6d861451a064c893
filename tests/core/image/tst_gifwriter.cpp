// Qt Test suite for image::GifWriter and image::Mp4Writer: a GIF round trip (frame count, delays,
// palette colours exact, others mapped to their nearest entry), looping, clear errors, and the
// permissions of the files written.
#include "image/GifWriter.h"
#include "image/ImageIO.h"
#include "image/Mp4Writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <opencv2/videoio.hpp>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace convsight::image;

class tst_GifWriter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void paletteHasCubeAndGreys();
    void nearestEntryIsTheClosest();
    void roundTripKeepsFramesAndDelays();
    void loopingGifHasNetscapeBlock();
    void wrongFrameIsRejected();
    void unfinishedGifLeavesNoFile();
    void missingFolderIsAnError();
    void mp4HasTheFrames();
    void exportsHaveNormalPermissions();
    void plantedPartNamesAreLeftAlone();
    void folderAsTargetIsRefused();
    void writeFailureNamesTheReason();

private:
    std::string path(const char* name) const { return dir_->filePath(name).toStdString(); }
    std::unique_ptr<QTemporaryDir> dir_;
};

void tst_GifWriter::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void tst_GifWriter::paletteHasCubeAndGreys() {
    const auto& palette = gif_palette();
    QCOMPARE(palette.size(), std::size_t{256});
    // Entry r·36 + g·6 + b is (51r, 51g, 51b).
    QCOMPARE(int(palette[2 * 36 + 5 * 6 + 1].r), 102);
    QCOMPARE(int(palette[2 * 36 + 5 * 6 + 1].g), 255);
    QCOMPARE(int(palette[2 * 36 + 5 * 6 + 1].b), 51);
    for (std::size_t i = 216; i < 256; ++i) {
        QCOMPARE(palette[i].r, palette[i].g);
        QCOMPARE(palette[i].g, palette[i].b);
    }
    QCOMPARE(int(palette[216].r), 6);   // 255·1/41
    QCOMPARE(int(palette[255].r), 249); // 255·40/41
}

void tst_GifWriter::nearestEntryIsTheClosest() {
    const auto& palette = gif_palette();
    const auto distance = [&](int index, int r, int g, int b) {
        const GifColor& c = palette[static_cast<std::size_t>(index)];
        return (c.r - r) * (c.r - r) + (c.g - g) * (c.g - g) + (c.b - b) * (c.b - b);
    };
    cv::RNG rng(7);
    for (int i = 0; i < 3000; ++i) {
        const int r = rng.uniform(0, 256), g = rng.uniform(0, 256), b = rng.uniform(0, 256);
        int best = 0;
        for (int j = 1; j < 256; ++j)
            if (distance(j, r, g, b) < distance(best, r, g, b))
                best = j;
        // The fast choice (the nearest cube level per channel, or the nearest grey) misses the
        // true nearest entry by a squared distance of 24 at most (checked over the RGB cube).
        const int chosen = gif_palette_index(r, g, b);
        QVERIFY2(distance(chosen, r, g, b) <= distance(best, r, g, b) + 24,
                 qPrintable(QStringLiteral("(%1,%2,%3)").arg(r).arg(g).arg(b)));
    }
    for (std::size_t j = 0; j < 256; ++j) // every palette colour maps to itself
        QCOMPARE(distance(gif_palette_index(palette[j].r, palette[j].g, palette[j].b), palette[j].r,
                          palette[j].g, palette[j].b),
                 0);
}

void tst_GifWriter::roundTripKeepsFramesAndDelays() {
    // Three frames of palette colours (exact) and one grey ramp (nearest greys).
    cv::Mat red(30, 40, CV_8UC3, cv::Scalar(0, 0, 255)); // BGR
    cv::Mat mixed(30, 40, CV_8UC3, cv::Scalar(51, 153, 204));
    mixed(cv::Rect(0, 0, 20, 15)).setTo(cv::Scalar(255, 255, 255));
    cv::Mat ramp(30, 40, CV_8UC3);
    for (int x = 0; x < 40; ++x)
        ramp.col(x).setTo(cv::Scalar::all(x * 6));
    {
        GifWriter writer(path("a.gif"), 40, 30);
        writer.add_frame(red, 40);
        writer.add_frame(mixed, 700);
        writer.add_frame(ramp, 0);
        QCOMPARE(writer.frame_count(), 3);
        writer.finish();
    }
    const std::vector<GifFrame> frames = read_gif(path("a.gif"));
    QCOMPARE(frames.size(), std::size_t{3});
    QCOMPARE(cv::norm(frames[0].bgr, red, cv::NORM_INF), 0.0);
    QCOMPARE(cv::norm(frames[1].bgr, mixed, cv::NORM_INF), 0.0);
    // Greys 0..234 step 6: the palette has a grey every ~6.2 levels, so within 4.
    QVERIFY(cv::norm(frames[2].bgr, ramp, cv::NORM_INF) <= 4.0);
    QCOMPARE(frames[0].delay_ms, 40);
    QCOMPARE(frames[1].delay_ms, 700);
    QCOMPARE(frames[2].delay_ms, 20); // GIF's shortest delay that browsers honour
    QVERIFY(!QFile::exists(dir_->filePath(QStringLiteral("a.gif.part"))));
}

void tst_GifWriter::loopingGifHasNetscapeBlock() {
    const cv::Mat frame(8, 8, CV_8UC3, cv::Scalar::all(0));
    for (const bool loop : {true, false}) {
        const std::string file = path(loop ? "loop.gif" : "once.gif");
        GifWriter writer(file, 8, 8, loop);
        writer.add_frame(frame, 100);
        writer.finish();
        QFile in(QString::fromStdString(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll().contains("NETSCAPE2.0"), loop);
    }
}

void tst_GifWriter::wrongFrameIsRejected() {
    GifWriter writer(path("b.gif"), 10, 10);
    try {
        writer.add_frame(cv::Mat(10, 12, CV_8UC3, cv::Scalar::all(0)), 100);
        QFAIL("a frame of another size was accepted");
    } catch (const ImageError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("10×10")), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(ImageError, writer.add_frame(cv::Mat(10, 10, CV_8UC1), 100));
    QCOMPARE(writer.frame_count(), 0);
    QVERIFY_THROWS_EXCEPTION(ImageError, writer.finish()); // a GIF needs a frame
}

void tst_GifWriter::unfinishedGifLeavesNoFile() {
    {
        GifWriter writer(path("c.gif"), 4, 4);
        writer.add_frame(cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(9)), 100);
    }
    QVERIFY(QDir(dir_->path()).entryList(QDir::Files).isEmpty());
}

void tst_GifWriter::missingFolderIsAnError() {
    const std::string file = path("no-such-folder/d.gif");
    try {
        GifWriter writer(file, 4, 4);
        QFAIL("a GIF in a missing folder was created");
    } catch (const ImageError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QString::fromStdString(file)), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(ImageError, Mp4Writer(file + ".mp4", 16, 16, 25));
}

void tst_GifWriter::mp4HasTheFrames() {
    std::unique_ptr<Mp4Writer> writer;
    try {
        writer = std::make_unique<Mp4Writer>(path("e.mp4"), 64, 48, 25);
    } catch (const ImageError& e) {
        QSKIP(e.what()); // the message says OpenCV has no MP4 encoder
    }
    for (int i = 0; i < 10; ++i)
        writer->add_frame(cv::Mat(48, 64, CV_8UC3, cv::Scalar(i * 20, 100, 200)));
    writer->finish();
    cv::VideoCapture video(path("e.mp4"));
    QVERIFY(video.isOpened());
    QCOMPARE(static_cast<int>(video.get(cv::CAP_PROP_FRAME_COUNT)), 10);
    QCOMPARE(static_cast<int>(video.get(cv::CAP_PROP_FRAME_WIDTH)), 64);
}

// A GIF, an MP4 and a saved image are -rw-r--r-- under the usual umask 022, like any document
// (giflib creates its file -rw-------), and follow a stricter umask.
void tst_GifWriter::exportsHaveNormalPermissions() {
    const auto mode = [](const std::string& file) {
        struct stat info {};
        return ::stat(file.c_str(), &info) == 0 ? static_cast<int>(info.st_mode & 0777) : -1;
    };
    const mode_t old = ::umask(022);
    {
        GifWriter writer(path("p.gif"), 8, 8);
        writer.add_frame(cv::Mat(8, 8, CV_8UC3, cv::Scalar(0, 0, 255)), 100);
        writer.finish();
    }
    QCOMPARE(mode(path("p.gif")), 0644);
    convsight::image::save_image(path("p.png"), cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3)));
    QCOMPARE(mode(path("p.png")), 0644);
    ::umask(027);
    {
        GifWriter writer(path("q.gif"), 8, 8);
        writer.add_frame(cv::Mat(8, 8, CV_8UC3, cv::Scalar(0, 0, 255)), 100);
        writer.finish();
    }
    QCOMPARE(mode(path("q.gif")), 0640);
    ::umask(022);
    try {
        Mp4Writer writer(path("p.mp4"), 64, 48, 25);
        for (int i = 0; i < 3; ++i)
            writer.add_frame(cv::Mat(48, 64, CV_8UC3, cv::Scalar(i * 20, 100, 200)));
        writer.finish();
        QCOMPARE(mode(path("p.mp4")), 0644);
    } catch (const ImageError& e) {
        qInfo("MP4 not checked: %s", e.what());
    }
    ::umask(old);
}

// The writers' old fixed temporary names ('<out>.part', '<out>.part.mp4'), planted as symlinks
// to another file and as folders: an export neither writes through nor removes them, and an
// unfinished one leaves nothing of its own.
void tst_GifWriter::plantedPartNamesAreLeftAlone() {
    const QString victim = dir_->filePath(QStringLiteral("victim.txt"));
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    QVERIFY(QFile::link(victim, dir_->filePath(QStringLiteral("a.gif.part"))));
    QVERIFY(QFile::link(victim, dir_->filePath(QStringLiteral("a.mp4.part.mp4"))));
    QVERIFY(QDir().mkpath(dir_->filePath(QStringLiteral("b.gif.part/inside"))));
    const cv::Mat frame(8, 8, CV_8UC3, cv::Scalar(0, 0, 255));
    for (const char* name : {"a.gif", "b.gif"}) {
        GifWriter writer(path(name), 8, 8);
        writer.add_frame(frame, 100);
        writer.finish();
        QCOMPARE(read_gif(path(name)).size(), std::size_t{1});
    }
    {
        GifWriter unfinished(path("a.gif"), 8, 8);
        unfinished.add_frame(frame, 100);
    }
    try {
        Mp4Writer writer(path("a.mp4"), 16, 16, 25);
        writer.add_frame(cv::Mat(16, 16, CV_8UC3, cv::Scalar::all(50)));
        writer.finish();
        QVERIFY(QFileInfo(QString::fromStdString(path("a.mp4"))).size() > 0);
    } catch (const ImageError& e) {
        qInfo("MP4 not checked: %s", e.what());
    }
    QCOMPARE(QFile(victim).size(), qint64(8));
    QVERIFY(QFileInfo(dir_->filePath(QStringLiteral("a.gif.part"))).isSymLink());
    QVERIFY(QFileInfo(dir_->filePath(QStringLiteral("a.mp4.part.mp4"))).isSymLink());
    QVERIFY(QFileInfo(dir_->filePath(QStringLiteral("b.gif.part/inside"))).isDir());
    const QStringList hidden =
        QDir(dir_->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
            .filter(QRegularExpression(QStringLiteral("^\\.")));
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char(' '))));
}

// A folder where the GIF or the video should go: refused at once, by name.
void tst_GifWriter::folderAsTargetIsRefused() {
    for (const char* name : {"d.gif", "d.mp4"}) {
        const QString folder = dir_->filePath(QString::fromLatin1(name));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        try {
            if (folder.endsWith(QStringLiteral(".gif")))
                GifWriter writer(folder.toStdString(), 4, 4);
            else
                Mp4Writer writer(folder.toStdString(), 16, 16, 25);
            QFAIL("a folder was accepted as the file to write");
        } catch (const ImageError& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("cannot write '%1': it is a folder; give the name of a file")
                         .arg(folder));
        }
        QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    }
}

// A write the system refuses part-way (here the file-size limit, as a full disk would): the
// message gives the system's reason, not giflib's "Write failed", and the old GIF stays.
void tst_GifWriter::writeFailureNamesTheReason() {
    const std::string file = path("big.gif");
    {
        GifWriter small(file, 4, 4);
        small.add_frame(cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(9)), 100);
        small.finish();
    }
    const auto before = QFileInfo(QString::fromStdString(file)).size();
    rlimit old{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit limited = old;
    limited.rlim_cur = 20000;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString message;
    try {
        GifWriter writer(file, 128, 128);
        cv::Mat noise(128, 128, CV_8UC3);
        for (int i = 0; i < 20; ++i) {
            cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(255));
            writer.add_frame(noise, 50);
        }
        writer.finish();
    } catch (const ImageError& e) {
        message = QString::fromUtf8(e.what());
    }
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY2(message.contains(QStringLiteral("File too large")), qPrintable(message));
    QCOMPARE(read_gif(file).size(), std::size_t{1});
    QCOMPARE(QFileInfo(QString::fromStdString(file)).size(), before);
}

QTEST_GUILESS_MAIN(tst_GifWriter)
#include "tst_gifwriter.moc"
