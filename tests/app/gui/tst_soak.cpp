// The soak mode: its figures from samples (warm-up left out, one peak ignored), the resident
// memory it reads, its plot, and `convsight --soak 0.3` run as a user runs it: a CSV with samples
// from every activity, the plot, and an exit code that agrees with the growth it printed.
#include "Soak.h"
#include "common/Theme.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <memory>

using convsight::app::SoakFigures;
using convsight::app::SoakSample;

class TestSoak : public QObject {
    Q_OBJECT
private slots:
    void figures_data();
    void figures();
    void figuresOfNoSamples();
    void residentMemoryFollowsTouchedPages();
    void plotDrawsTheSamples();
    void soakRunWritesCsvAndPlot();
    void refusesBadMinutes_data();
    void refusesBadMinutes();
};

namespace {

// One sample a second for `seconds`, the value `rss(t)`, activities in turn.
template <typename Rss>
std::vector<SoakSample> samplesOf(int seconds, Rss rss) {
    const QStringList activities = convsight::app::soakActivities();
    std::vector<SoakSample> samples;
    for (int t = 0; t < seconds; ++t)
        samples.push_back(
            {static_cast<double>(t), rss(t), activities[t % activities.size()], rss(t) / 2});
    return samples;
}

} // namespace

void TestSoak::figures_data() {
    QTest::addColumn<std::vector<SoakSample>>("samples");
    QTest::addColumn<double>("warmUpRss");
    QTest::addColumn<double>("finalRss");
    QTest::addColumn<double>("growth");
    // 100 s: warm-up is 0–20 s, the windows 20–30 s and 90–100 s.
    QTest::newRow("flat") << samplesOf(100, [](int) { return 200.0; }) << 200.0 << 200.0 << 0.0;
    QTest::newRow("warm-up climb left out")
        << samplesOf(100, [](int t) { return t < 20 ? 50.0 + t * 7 : 200.0; }) << 200.0 << 200.0
        << 0.0;
    // 1 MiB a second from 20 s: the medians at 25 and 95 s (t = 20…30 and 90…99).
    QTest::newRow("steady leak") << samplesOf(100, [](int t) { return 100.0 + t; }) << 125.0
                                 << 194.5 << 55.6;
    QTest::newRow("one training peak at the end ignored")
        << samplesOf(100, [](int t) { return t == 95 ? 900.0 : 300.0; }) << 300.0 << 300.0 << 0.0;
    QTest::newRow("a drop") << samplesOf(100, [](int t) { return t < 50 ? 400.0 : 380.0; }) << 400.0
                            << 380.0 << -5.0;
}

void TestSoak::figures() {
    QFETCH(std::vector<SoakSample>, samples);
    QFETCH(double, warmUpRss);
    QFETCH(double, finalRss);
    QFETCH(double, growth);
    const SoakFigures f = convsight::app::soakFigures(samples, 100.0);
    QCOMPARE(f.warmUpSeconds, 20.0);
    QCOMPARE(f.warmUpRssMb, warmUpRss);
    QCOMPARE(f.finalRssMb, finalRss);
    QVERIFY2(std::abs(f.growthPercent - growth) < 0.05,
             qPrintable(QString::number(f.growthPercent)));
}

void TestSoak::figuresOfNoSamples() {
    const SoakFigures f = convsight::app::soakFigures({}, 60.0);
    QCOMPARE(f.warmUpSeconds, 12.0);
    QCOMPARE(f.warmUpRssMb, 0.0);
    QCOMPARE(f.growthPercent, 0.0);
}

// 64 MiB written to is resident: the reading grows by about that much, and shrinks when freed.
void TestSoak::residentMemoryFollowsTouchedPages() {
#ifdef CONVSIGHT_SANITIZED // set by the sanitizer presets
    QSKIP("AddressSanitizer's allocator (mallinfo2 misses it, freed blocks wait in quarantine)");
#endif
    const double before = convsight::app::residentMemoryMb();
    const double heapBefore = convsight::app::heapInUseMb();
    QVERIFY(before > 1.0);
    constexpr std::size_t bytes = 64u << 20;
    auto block = std::make_unique<char[]>(bytes);
    std::memset(block.get(), 1, bytes);
    const double during = convsight::app::residentMemoryMb();
    QVERIFY2(during - before > 56.0 && during - before < 80.0,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(during)));
    QCOMPARE(block[bytes - 1], char{1});
    QVERIFY(convsight::app::heapInUseMb() - heapBefore > 63.0);
    block.reset();
    QVERIFY2(convsight::app::residentMemoryMb() < during - 56.0,
             qPrintable(QString::number(convsight::app::residentMemoryMb())));
}

// The plot is large enough to read, and each activity's dots are there in its colour.
void TestSoak::plotDrawsTheSamples() {
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("soak.png"));
    const auto samples = samplesOf(100, [](int t) { return 300.0 + (t % 7); });
    convsight::app::drawSoakPlot(samples, convsight::app::soakFigures(samples, 100.0), 100.0, path);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1280 && image.height() >= 720);
    const auto& colours =
        convsight::widgets::theme::coloursOf(convsight::widgets::theme::Kind::Light);
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            seen.insert(image.pixel(x, y) | 0xff000000u);
    for (const QColor& colour : {colours.accent, colours.green, colours.mistake, colours.red})
        QVERIFY2(seen.contains(colour.rgb()), qPrintable(colour.name()));
    // A plot that cannot be written says so.
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             convsight::app::drawSoakPlot(
                                 samples, {}, 100.0, folder.filePath(QStringLiteral("no/x.png"))));
}

void TestSoak::soakRunWritesCsvAndPlot() {
    const QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("soak"));
    QProcess process;
    process.start(QStringLiteral(CONVSIGHT_GUI_PATH),
                  {QStringLiteral("--soak"), QStringLiteral("0.3"), QStringLiteral("--soak-out"),
                   out, QStringLiteral("--size"), QStringLiteral("1000x700")});
    QVERIFY(process.waitForFinished(90000));
    const QString printed = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    // 0 below the limit, 1 above it; the summary says which.
    const QRegularExpressionMatch growth =
        QRegularExpression(QStringLiteral("growth after warm-up: ([-+][0-9.]+) %")).match(printed);
    QVERIFY2(growth.hasMatch(), qPrintable(printed + process.readAllStandardError()));
    QCOMPARE(process.exitCode(), growth.captured(1).toDouble() < 5.0 ? 0 : 1);
    QVERIFY(printed.contains(QLatin1String("RSS after warm-up: ")));
    QVERIFY(printed.contains(out + QStringLiteral("/soak.csv")));

    QFile csv(out + QStringLiteral("/soak.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    QCOMPARE(csv.readLine().trimmed(), QByteArray("seconds,rss_mb,activity,heap_mb"));
    QSet<QString> activities;
    double last = -1;
    int rows = 0;
    while (!csv.atEnd()) {
        const QStringList cells =
            QString::fromUtf8(csv.readLine().trimmed()).split(QLatin1Char(','));
        QCOMPARE(cells.size(), 4);
        const double seconds = cells[0].toDouble();
        QVERIFY2(seconds > last && seconds <= 18.0, qPrintable(cells[0]));
        last = seconds;
        QVERIFY(cells[1].toDouble() > 10.0);
        activities.insert(cells[2]);
        QVERIFY(cells[3].toDouble() > 1.0 && cells[3].toDouble() < cells[1].toDouble() * 2);
        ++rows;
    }
    QVERIFY2(rows >= 30, qPrintable(QString::number(rows)));
    for (const QString& activity : convsight::app::soakActivities())
        QVERIFY2(activities.contains(activity), qPrintable(activity));
    const QImage plot(out + QStringLiteral("/soak.png"));
    QCOMPARE(plot.size(), QSize(1600, 900));
}

void TestSoak::refusesBadMinutes_data() {
    QTest::addColumn<QString>("minutes");
    for (const char* minutes : {"0", "-1", "ten", "nan", "2000"})
        QTest::newRow(minutes) << QString::fromLatin1(minutes);
}

void TestSoak::refusesBadMinutes() {
    QFETCH(QString, minutes);
    const QTemporaryDir folder;
    QProcess process;
    process.start(QStringLiteral(CONVSIGHT_GUI_PATH),
                  {QStringLiteral("--soak"), minutes, QStringLiteral("--soak-out"),
                   folder.filePath(QStringLiteral("soak"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("--soak")));
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("soak/soak.csv"))));
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
