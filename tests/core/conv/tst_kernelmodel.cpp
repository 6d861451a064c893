// KernelModel, the Filter workspace's kernel as a value: built from a matrix or a preset, and the
// arithmetic of the editor's buttons (resize around the anchor, transpose, flip, negate, clear,
// normalise, one kernel or one per channel).
#include "conv/KernelModel.h"

#include <QTest>

using convsight::conv::KernelModel;
using convsight::conv::Matrix;

Q_DECLARE_METATYPE(Matrix)

class TestKernelModel : public QObject {
    Q_OBJECT
private slots:
    void fromMatrixSharesOneKernel();
    void fromPresetKeepsItsIdAndName();
    void weightsAreValuesOverTheDivisor();
    void setValueFollowsTheChannelMode();
    void resizeKeepsTheAnchor_data();
    void resizeKeepsTheAnchor();
    void resizeThereAndBackIsTheSameKernel();
    void resizeClampsToOneToNine();
    void transposeSwapsRowsAndColumns();
    void flipTurnsHalfAround();
    void negateKeepsZerosPositive();
    void clearZeroesAndResetsTheDivisor();
    void normaliseMakesTheWeightsSumToOne();
    void normaliseRefusesASumOfZero_data();
    void normaliseRefusesASumOfZero();
    void perChannelOffCopiesTheChosenChannel();
};

void TestKernelModel::fromMatrixSharesOneKernel() {
    const Matrix values{{1, 2, 3}, {4, 5, 6}};
    const KernelModel model = KernelModel::from_matrix(values, 21);
    QCOMPARE(model.rows(), 2);
    QCOMPARE(model.columns(), 3);
    QVERIFY(!model.per_channel);
    for (const KernelModel::Channel& channel : model.channels) {
        QCOMPARE(channel.values, values);
        QCOMPARE(channel.divisor, 21.0);
    }
    QVERIFY(model.preset_id.empty());
    QVERIFY(model.name.empty());
    QCOMPARE(model.edited_channels(1), (std::vector<int>{0, 1, 2}));
}

void TestKernelModel::fromPresetKeepsItsIdAndName() {
    const auto& preset = convsight::conv::kernel_preset("box-blur");
    const KernelModel model = KernelModel::from_preset(preset);
    QCOMPARE(model.preset_id, std::string("box-blur"));
    QCOMPARE(model.name, preset.name);
    QCOMPARE(model.channels[2].values, preset.matrix);
    QCOMPARE(model.channels[2].divisor, 9.0);
}

void TestKernelModel::weightsAreValuesOverTheDivisor() {
    const KernelModel model = KernelModel::from_matrix({{1, 2}, {3, -4}}, 4);
    QCOMPARE(model.weights(0), (std::vector<float>{0.25f, 0.5f, 0.75f, -1.0f}));
    QCOMPARE(model.sum(0), 2.0);
    // Out-of-range channels are clamped, as the editor's tabs are.
    QCOMPARE(model.weights(7), model.weights(2));
}

void TestKernelModel::setValueFollowsTheChannelMode() {
    KernelModel model = KernelModel::from_matrix({{0, 0}, {0, 0}});
    model.set_value(1, 0, 1, 5);
    for (const KernelModel::Channel& channel : model.channels)
        QCOMPARE(channel.values[0][1], 5.0);

    model.set_per_channel(true, 0);
    QCOMPARE(model.edited_channels(1), std::vector<int>{1});
    model.set_value(1, 1, 0, -2);
    QCOMPARE(model.channels[1].values[1][0], -2.0);
    QCOMPARE(model.channels[0].values[1][0], 0.0);
    QCOMPARE(model.channels[2].values[1][0], 0.0);
}

void TestKernelModel::resizeKeepsTheAnchor_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<Matrix>("expected");
    // From {{1,2,3},{4,5,6},{7,8,9}}, anchor (1, 1) on the 5.
    QTest::newRow("3x3 to 5x5: zeros around")
        << 5 << 5
        << Matrix{
               {0, 0, 0, 0, 0}, {0, 1, 2, 3, 0}, {0, 4, 5, 6, 0}, {0, 7, 8, 9, 0}, {0, 0, 0, 0, 0}};
    QTest::newRow("3x3 to 1x1: the anchor") << 1 << 1 << Matrix{{5}};
    QTest::newRow("3x3 to 4x4: anchor moves to (2,2)")
        << 4 << 4 << Matrix{{0, 0, 0, 0}, {0, 1, 2, 3}, {0, 4, 5, 6}, {0, 7, 8, 9}};
    QTest::newRow("3x3 to 1x3: the middle row") << 1 << 3 << Matrix{{4, 5, 6}};
}

void TestKernelModel::resizeKeepsTheAnchor() {
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(Matrix, expected);
    KernelModel model = KernelModel::from_matrix({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    model.resize(rows, columns);
    QCOMPARE(model.rows(), rows);
    QCOMPARE(model.columns(), columns);
    for (const KernelModel::Channel& channel : model.channels)
        QCOMPARE(channel.values, expected);
}

void TestKernelModel::resizeThereAndBackIsTheSameKernel() {
    const KernelModel original = KernelModel::from_matrix({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    KernelModel model = original;
    model.resize(4, 4);
    model.resize(3, 3);
    QCOMPARE(model, original);
}

void TestKernelModel::resizeClampsToOneToNine() {
    KernelModel model = KernelModel::from_matrix({{1}});
    model.resize(12, 0);
    QCOMPARE(model.rows(), KernelModel::kMaxSize);
    QCOMPARE(model.columns(), 1);
    QCOMPARE(model.channels[0].values[4][0], 1.0);
}

void TestKernelModel::transposeSwapsRowsAndColumns() {
    KernelModel model = KernelModel::from_matrix({{1, 2, 3}, {4, 5, 6}});
    model.set_per_channel(true, 0);
    model.set_value(2, 0, 2, 9);
    model.transpose();
    QCOMPARE(model.rows(), 3);
    QCOMPARE(model.columns(), 2);
    QCOMPARE(model.channels[0].values, (Matrix{{1, 4}, {2, 5}, {3, 6}}));
    QCOMPARE(model.channels[2].values, (Matrix{{1, 4}, {2, 5}, {9, 6}}));
}

void TestKernelModel::flipTurnsHalfAround() {
    KernelModel model = KernelModel::from_matrix({{1, 2, 3}, {4, 5, 6}});
    model.flip();
    QCOMPARE(model.channels[1].values, (Matrix{{6, 5, 4}, {3, 2, 1}}));
    model.flip();
    QCOMPARE(model.channels[1].values, (Matrix{{1, 2, 3}, {4, 5, 6}}));
}

void TestKernelModel::negateKeepsZerosPositive() {
    KernelModel model = KernelModel::from_matrix({{-1, 0, 2}});
    model.negate(0);
    QCOMPARE(model.channels[2].values, (Matrix{{1, 0, -2}}));
    QVERIFY(!std::signbit(model.channels[2].values[0][1])); // no "−0" in a cell

    model.set_per_channel(true, 0);
    model.negate(1);
    QCOMPARE(model.channels[1].values, (Matrix{{-1, 0, 2}}));
    QCOMPARE(model.channels[0].values, (Matrix{{1, 0, -2}}));
}

void TestKernelModel::clearZeroesAndResetsTheDivisor() {
    KernelModel model = KernelModel::from_matrix({{1, 2}, {3, 4}}, 10);
    model.set_per_channel(true, 0);
    model.clear(2);
    QCOMPARE(model.channels[2].values, (Matrix{{0, 0}, {0, 0}}));
    QCOMPARE(model.channels[2].divisor, 1.0);
    QCOMPARE(model.channels[0].divisor, 10.0);
}

void TestKernelModel::normaliseMakesTheWeightsSumToOne() {
    KernelModel model = KernelModel::from_matrix({{1, 2, 1}, {2, 4, 2}, {1, 2, 1}});
    model.set_per_channel(true, 0);
    model.set_value(1, 1, 1, 8); // green sums to 20
    QCOMPARE(model.zero_sum_channel(), -1);
    QVERIFY(model.normalise());
    QCOMPARE(model.channels[0].divisor, 16.0);
    QCOMPARE(model.channels[1].divisor, 20.0);
    for (int c = 0; c < KernelModel::kChannels; ++c) {
        double total = 0;
        for (const float w : model.weights(c))
            total += w;
        QVERIFY(std::abs(total - 1.0) < 1e-6);
    }
}

void TestKernelModel::normaliseRefusesASumOfZero_data() {
    QTest::addColumn<int>("zeroChannel");
    QTest::newRow("red") << 0;
    QTest::newRow("green") << 1;
    QTest::newRow("blue") << 2;
}

void TestKernelModel::normaliseRefusesASumOfZero() {
    QFETCH(int, zeroChannel);
    KernelModel model = KernelModel::from_matrix({{1, 1}}, 3);
    model.set_per_channel(true, 0);
    model.set_value(zeroChannel, 0, 1, -1);
    const KernelModel before = model;
    QCOMPARE(model.zero_sum_channel(), zeroChannel);
    QVERIFY(!model.normalise());
    QCOMPARE(model, before);
}

void TestKernelModel::perChannelOffCopiesTheChosenChannel() {
    KernelModel model = KernelModel::from_matrix({{1}});
    model.set_per_channel(true, 0);
    model.set_value(0, 0, 0, 3);
    model.set_value(1, 0, 0, 5);
    model.set_value(2, 0, 0, 7);
    KernelModel off = model;
    off.set_per_channel(false, 1);
    QVERIFY(!off.per_channel);
    for (const KernelModel::Channel& channel : off.channels)
        QCOMPARE(channel.values, Matrix{{5}});
    // Turning it on changes no value.
    KernelModel on = off;
    on.set_per_channel(true, 2);
    QCOMPARE(on.channels, off.channels);
}

QTEST_GUILESS_MAIN(TestKernelModel)
#include "tst_kernelmodel.moc"
