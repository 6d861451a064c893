// The colour maps of image/SignedDisplay: cividis against matplotlib's published table, and the
// blue–orange diverging map's symmetry and lightness, which make it read alike on both sides.
#include "image/SignedDisplay.h"

#include <QTest>
#include <cmath>

using namespace convsight;

namespace {

// Within `tolerance` of an RGB colour given in [0, 1], per channel.
bool near(cv::Vec3b bgr, double r, double g, double b, double tolerance) {
    return std::abs(bgr[2] / 255.0 - r) <= tolerance && std::abs(bgr[1] / 255.0 - g) <= tolerance &&
           std::abs(bgr[0] / 255.0 - b) <= tolerance;
}

QByteArray describe(cv::Vec3b bgr) {
    return QByteArray::number(bgr[2]) + ',' + QByteArray::number(bgr[1]) + ',' +
           QByteArray::number(bgr[0]);
}

} // namespace

class TestColourMaps : public QObject {
    Q_OBJECT
private slots:
    void cividisMatchesThePublishedTable_data();
    void cividisMatchesThePublishedTable();
    void cividisGetsLighterThroughout();
    void cividisSaturatesOutsideItsRange();
    void divergingIsWhiteAtZeroBlueBelowOrangeAbove();
    void divergingIsSymmetricInLightness();
    void divergingLightnessFallsOnEachSide();
    void lightnessOfBlackAndWhite();
};

void TestColourMaps::cividisMatchesThePublishedTable_data() {
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("g");
    QTest::addColumn<double>("b");
    // matplotlib's _cividis_data: entries 0, 63, 127.5 (the mean of 127 and 128), 191 and 255.
    QTest::newRow("first") << 0.0 << 0.000000 << 0.135112 << 0.304751;
    QTest::newRow("quarter") << 63.0 / 255 << 0.259740 << 0.305120 << 0.422810;
    QTest::newRow("middle") << 0.5 << 0.488697 << 0.485318 << 0.471008;
    QTest::newRow("three quarters") << 191.0 / 255 << 0.732422 << 0.677364 << 0.425717;
    QTest::newRow("last") << 1.0 << 0.995737 << 0.909344 << 0.217772;
}

void TestColourMaps::cividisMatchesThePublishedTable() {
    QFETCH(double, t);
    QFETCH(double, r);
    QFETCH(double, g);
    QFETCH(double, b);
    // The ends exactly (to a byte), the inside to the 16-entry table's interpolation.
    const double tolerance = (t == 0.0 || t == 1.0) ? 0.5 / 255 + 1e-9 : 0.01;
    const cv::Vec3b colour = image::cividis_colour(t);
    QVERIFY2(near(colour, r, g, b, tolerance), describe(colour).constData());
}

void TestColourMaps::cividisGetsLighterThroughout() {
    double previous = -1;
    for (int i = 0; i <= 50; ++i) {
        const double l = image::lightness(image::cividis_colour(i / 50.0));
        QVERIFY2(l > previous, qPrintable(QStringLiteral("t = %1").arg(i / 50.0)));
        previous = l;
    }
}

void TestColourMaps::cividisSaturatesOutsideItsRange() {
    QCOMPARE(image::cividis_colour(-3), image::cividis_colour(0));
    QCOMPARE(image::cividis_colour(7), image::cividis_colour(1));
}

void TestColourMaps::divergingIsWhiteAtZeroBlueBelowOrangeAbove() {
    const cv::Vec3b zero = image::diverging_colour(0);
    QCOMPARE(zero, cv::Vec3b(255, 255, 255)); // blank paper
    const cv::Vec3b low = image::diverging_colour(-1);
    QVERIFY2(low[0] > low[1] && low[1] > low[2], describe(low).constData()); // blue > green > red
    const cv::Vec3b high = image::diverging_colour(1);
    QVERIFY2(high[2] > high[1] && high[1] > high[0], describe(high).constData()); // orange
    QCOMPARE(image::diverging_colour(-5), low);
    QCOMPARE(image::diverging_colour(5), high);
}

void TestColourMaps::divergingIsSymmetricInLightness() {
    for (int i = 0; i <= 50; ++i) {
        const double t = i / 50.0;
        const double below = image::lightness(image::diverging_colour(-t));
        const double above = image::lightness(image::diverging_colour(t));
        QVERIFY2(std::abs(below - above) < 1.0,
                 qPrintable(QStringLiteral("t = %1: L* %2 and %3").arg(t).arg(below).arg(above)));
    }
}

void TestColourMaps::divergingLightnessFallsOnEachSide() {
    for (const double sign : {-1.0, 1.0}) {
        double previous = 101;
        for (int i = 0; i <= 50; ++i) {
            const double l = image::lightness(image::diverging_colour(sign * i / 50.0));
            QVERIFY2(l < previous, qPrintable(QStringLiteral("t = %1").arg(sign * i / 50.0)));
            previous = l;
        }
        // From paper white to a colour dark enough for white text.
        QVERIFY(previous < 50);
    }
}

void TestColourMaps::lightnessOfBlackAndWhite() {
    QVERIFY(std::abs(image::lightness({0, 0, 0})) < 1e-9);
    QVERIFY(std::abs(image::lightness({255, 255, 255}) - 100.0) < 0.01);
    // Mid grey (sRGB 119) is L* 50.
    QVERIFY(std::abs(image::lightness({119, 119, 119}) - 50.0) < 0.5);
}

QTEST_GUILESS_MAIN(TestColourMaps)
#include "tst_colourmaps.moc"
