// Qt Test suite for conv::kernel_presets: every preset's weights sum as its explanation says, ids
// are unique, lookup by id works and an unknown id is answered with the list of ids.
#include "conv/KernelPresets.h"

#include <QSet>
#include <QString>
#include <QTest>
#include <cmath>
#include <stdexcept>

using namespace convsight::conv;

class tst_KernelPresets : public QObject {
    Q_OBJECT

private slots:
    void weightSums_data();
    void weightSums();
    void everyPresetIsWellFormed();
    void lookup();
    void unknownIdListsIds();
    void lectureKernelOnLectureExample();
};

void tst_KernelPresets::weightSums_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("divisor");
    QTest::addColumn<double>("sum");    // Σ matrix / divisor
    QTest::addColumn<double>("centre"); // the centre weight after dividing
    QTest::addColumn<int>("size");

    // Blurs keep brightness (sum 1); edge detectors give 0 on flat areas (sum 0).
    QTest::newRow("identity") << "identity" << 1.0 << 1.0 << 1.0 << 3;
    QTest::newRow("box-blur") << "box-blur" << 9.0 << 1.0 << 1.0 / 9 << 3;
    QTest::newRow("gaussian-3x3") << "gaussian-3x3" << 16.0 << 1.0 << 4.0 / 16 << 3;
    QTest::newRow("gaussian-5x5") << "gaussian-5x5" << 256.0 << 1.0 << 36.0 / 256 << 5;
    QTest::newRow("sharpen") << "sharpen" << 1.0 << 1.0 << 5.0 << 3;
    QTest::newRow("edge") << "edge" << 1.0 << 0.0 << 8.0 << 3;
    QTest::newRow("ridge") << "ridge" << 1.0 << 0.0 << 4.0 << 3;
    QTest::newRow("sobel-x") << "sobel-x" << 1.0 << 0.0 << 0.0 << 3;
    QTest::newRow("sobel-y") << "sobel-y" << 1.0 << 0.0 << 0.0 << 3;
    QTest::newRow("prewitt-x") << "prewitt-x" << 1.0 << 0.0 << 0.0 << 3;
    QTest::newRow("prewitt-y") << "prewitt-y" << 1.0 << 0.0 << 0.0 << 3;
    QTest::newRow("emboss") << "emboss" << 1.0 << 1.0 << 1.0 << 3;
    QTest::newRow("horizontal-edge") << "horizontal-edge" << 1.0 << 0.0 << 0.0 << 3;
    QTest::newRow("motion-blur") << "motion-blur" << 5.0 << 1.0 << 1.0 / 5 << 5;
    // −1/256 × (Gaussian with −476 in the centre): centre 476/256, sum (476 − 220)/256 = 1
    QTest::newRow("unsharp-mask-5x5") << "unsharp-mask-5x5" << 256.0 << 1.0 << 476.0 / 256 << 5;
}

void tst_KernelPresets::weightSums() {
    QFETCH(QString, id);
    QFETCH(double, divisor);
    QFETCH(double, sum);
    QFETCH(double, centre);
    QFETCH(int, size);

    const KernelPreset& preset = kernel_preset(id.toStdString());
    QCOMPARE(QString::fromStdString(preset.id), id);
    QCOMPARE(preset.divisor, divisor);
    QVERIFY2(std::abs(preset.weight_sum() - sum) < 1e-12, qPrintable(id));
    QCOMPARE(preset.matrix.size(), static_cast<std::size_t>(size));
    const Matrix weights = preset.weights();
    const auto middle = static_cast<std::size_t>(size / 2);
    QVERIFY(std::abs(weights[middle][middle] - centre) < 1e-12);
}

void tst_KernelPresets::everyPresetIsWellFormed() {
    const auto& presets = kernel_presets();
    QCOMPARE(presets.size(), std::size_t{15});
    QSet<QString> ids;
    for (const KernelPreset& preset : presets) {
        const QString id = QString::fromStdString(preset.id);
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(!preset.name.empty());
        QVERIFY2(preset.explanation.size() > 40, qPrintable(id));
        QVERIFY(preset.divisor != 0);
        QVERIFY(!preset.matrix.empty());
        // Square with odd size: the kernel has a centre pixel.
        QCOMPARE(preset.matrix.size() % 2, std::size_t{1});
        for (const auto& row : preset.matrix)
            QCOMPARE(row.size(), preset.matrix.size());
        // The explanation states the sum the weights really have.
        const QString explanation = QString::fromStdString(preset.explanation);
        if (explanation.contains(QStringLiteral("sum to 0")))
            QVERIFY2(std::abs(preset.weight_sum()) < 1e-12, qPrintable(id));
        if (explanation.contains(QStringLiteral("sum to 1")))
            QVERIFY2(std::abs(preset.weight_sum() - 1) < 1e-12, qPrintable(id));
    }
}

void tst_KernelPresets::lookup() {
    QCOMPARE(kernel_preset("box-blur").matrix, (Matrix{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}));
    QCOMPARE(kernel_preset("edge").matrix, (Matrix{{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}}));
    QCOMPARE(kernel_preset("ridge").matrix, (Matrix{{0, -1, 0}, {-1, 4, -1}, {0, -1, 0}}));
    QCOMPARE(kernel_preset("sobel-x").matrix, (Matrix{{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}));
    QVERIFY(QString::fromStdString(kernel_preset_ids())
                .startsWith(QStringLiteral("identity, box-blur, gaussian-3x3")));
}

void tst_KernelPresets::unknownIdListsIds() {
    try {
        kernel_preset("gauss");
        QFAIL("an unknown id was accepted");
    } catch (const std::invalid_argument& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QStringLiteral("\"gauss\"")), e.what());
        QVERIFY2(message.contains(QStringLiteral("gaussian-5x5")), e.what());
        QVERIFY2(message.contains(QStringLiteral("unsharp-mask-5x5")), e.what());
    }
}

void tst_KernelPresets::lectureKernelOnLectureExample() {
    // The preset drives a trace like a typed matrix: the lecture's worked example.
    const ConvTrace trace =
        ConvTrace::from_matrices({{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}},
                                 kernel_preset("horizontal-edge").weights(), {});
    QCOMPARE(trace.output(0), (Matrix{{-4, -3}, {3, -8}}));
}

QTEST_GUILESS_MAIN(tst_KernelPresets)
#include "tst_kernelpresets.moc"
