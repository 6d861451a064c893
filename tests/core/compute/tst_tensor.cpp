// Qt Test suite for compute::Tensor on the CPU: construction, shape queries, copies that share or
// do not share storage, batch views, and the messages of bad calls (each names the shape).
#include "compute/Tensor.h"
#include "compute_test_util.h"

#include <QTest>
#include <cstdint>
#include <vector>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

// (4, 3): row r holds r·10 + column.
Tensor fourRows() {
    return Tensor::from({4, 3}, {0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32});
}

} // namespace

class tst_Tensor : public QObject {
    Q_OBJECT

private slots:
    void zeros();
    void full();
    void fromKeepsRowMajorOrder();
    void shapeQueries();
    void shapeString();
    void undefinedTensor();
    void cloneIsIndependent();
    void copiesShareStorage();
    void viewSharesStorage();
    void toSameDeviceSharesStorage();
    void batchReadsRows();
    void batchWritesRows();
    void batchOfBatch();
    void copyFrom();
    void fill();
    void badShape_data();
    void badShape();
    void fromWrongCount();
    void viewWrongCount_data();
    void viewWrongCount();
    void batchOutOfRange_data();
    void batchOutOfRange();
    void dimOutOfRange_data();
    void dimOutOfRange();
    void copyFromWrongCount();
};

void tst_Tensor::zeros() {
    const Tensor t = Tensor::zeros({2, 3});
    QVERIFY(t.defined());
    QCOMPARE(t.numel(), 6);
    QVERIFY(t.device().is_cpu());
    QCOMPARE(t.to_vector(), std::vector<float>(6, 0.0f));
}

void tst_Tensor::full() {
    const Tensor t = Tensor::full({3, 1, 2}, -2.5f);
    QCOMPARE(t.numel(), 6);
    QCOMPARE(t.to_vector(), std::vector<float>(6, -2.5f));
}

void tst_Tensor::fromKeepsRowMajorOrder() {
    const Tensor t = Tensor::from({2, 3}, {1, 2, 3, 4, 5, 6});
    QCOMPARE(t.to_vector(), (std::vector<float>{1, 2, 3, 4, 5, 6}));
    // Element (1, 2) of a (2, 3) tensor is at 1·3 + 2.
    QCOMPARE(t.data()[1 * 3 + 2], 6.0f);

    const std::vector<float> values{7, 8};
    QCOMPARE(Tensor::from({2}, values).to_vector(), values);
}

void tst_Tensor::shapeQueries() {
    const Tensor t = Tensor::zeros({2, 3, 4, 5});
    QCOMPARE(t.shape(), (Shape{2, 3, 4, 5}));
    QCOMPARE(t.rank(), 4);
    QCOMPARE(t.numel(), 120);
    QCOMPARE(t.dim(0), 2);
    QCOMPARE(t.dim(3), 5);
    QCOMPARE(t.dim(-1), 5);
    QCOMPARE(t.dim(-4), 2);
    // NCHW row-major: one step of C skips H·W values.
    QCOMPARE(t.strides(), (Shape{60, 20, 5, 1}));
    QCOMPARE(shape_numel({2, 3, 4, 5}), 120);
}

void tst_Tensor::shapeString() {
    QCOMPARE(q(Tensor::zeros({128, 3, 24, 24}).shape_string()), QStringLiteral("(128, 3, 24, 24)"));
    QCOMPARE(q(shape_string({7})), QStringLiteral("(7)"));
}

void tst_Tensor::undefinedTensor() {
    const Tensor t;
    QVERIFY(!t.defined());
    QCOMPARE(t.numel(), 0);
    QVERIFY(t.to_vector().empty());
    QVERIFY(!t.clone().defined());
    QVERIFY(!t.to(Device::cpu()).defined());
}

void tst_Tensor::cloneIsIndependent() {
    Tensor original = Tensor::from({2, 2}, {1, 2, 3, 4});
    Tensor copy = original.clone();
    QCOMPARE(copy.shape(), original.shape());
    QVERIFY(copy.data() != original.data());
    copy.data()[0] = 100;
    original.data()[3] = -4;
    QCOMPARE(original.to_vector(), (std::vector<float>{1, 2, 3, -4}));
    QCOMPARE(copy.to_vector(), (std::vector<float>{100, 2, 3, 4}));
}

void tst_Tensor::copiesShareStorage() {
    // A Tensor is a handle: copying it copies the handle, not the values.
    Tensor original = Tensor::from({3}, {1, 2, 3});
    Tensor handle = original;
    handle.data()[1] = 20;
    QCOMPARE(original.to_vector(), (std::vector<float>{1, 20, 3}));
}

void tst_Tensor::viewSharesStorage() {
    Tensor original = Tensor::from({2, 3}, {1, 2, 3, 4, 5, 6});
    Tensor flat = original.view({6});
    QCOMPARE(flat.shape(), (Shape{6}));
    QCOMPARE(original.shape(), (Shape{2, 3}));
    QCOMPARE(flat.to_vector(), original.to_vector());

    flat.data()[4] = 50;
    QCOMPARE(original.to_vector(), (std::vector<float>{1, 2, 3, 4, 50, 6}));

    Tensor columns = original.view({3, 2});
    columns.data()[0] = -1;
    QCOMPARE(original.data()[0], -1.0f);
    QCOMPARE(columns.dim(0), 3);
}

void tst_Tensor::toSameDeviceSharesStorage() {
    Tensor original = Tensor::from({2}, {1, 2});
    Tensor same = original.to(Device::cpu());
    QCOMPARE(same.data(), original.data());
}

void tst_Tensor::batchReadsRows() {
    const Tensor t = fourRows();
    const Tensor middle = t.batch(1, 2);
    QCOMPARE(middle.shape(), (Shape{2, 3}));
    QCOMPARE(middle.numel(), 6);
    QCOMPARE(middle.to_vector(), (std::vector<float>{10, 11, 12, 20, 21, 22}));
    QCOMPARE(t.batch(3, 1).to_vector(), (std::vector<float>{30, 31, 32}));
    QCOMPARE(t.batch(0, 4).to_vector(), t.to_vector());
    // A clone of a batch holds only its rows.
    QCOMPARE(middle.clone().to_vector(), middle.to_vector());
}

void tst_Tensor::batchWritesRows() {
    Tensor t = fourRows();
    Tensor last = t.batch(2, 2);
    last.fill(-1);
    QCOMPARE(t.to_vector(), (std::vector<float>{0, 1, 2, 10, 11, 12, -1, -1, -1, -1, -1, -1}));

    Tensor second = t.batch(1, 1);
    second.copy_from(Tensor::from({1, 3}, {7, 8, 9}));
    QCOMPARE(t.to_vector(), (std::vector<float>{0, 1, 2, 7, 8, 9, -1, -1, -1, -1, -1, -1}));
    second.data()[2] = 99;
    QCOMPARE(t.data()[5], 99.0f);
}

void tst_Tensor::batchOfBatch() {
    // Offsets add up: rows [1, 4) then its rows [1, 3) are rows [2, 4) of the original.
    const Tensor t = fourRows();
    const Tensor inner = t.batch(1, 3).batch(1, 2);
    QCOMPARE(inner.to_vector(), (std::vector<float>{20, 21, 22, 30, 31, 32}));
    // A batch of a (N, C, H, W) tensor keeps the other dimensions.
    const Tensor images = Tensor::zeros({5, 3, 2, 2});
    QCOMPARE(images.batch(2, 3).shape(), (Shape{3, 3, 2, 2}));
    QCOMPARE(images.batch(2, 3).data(), images.data() + 2 * 12);
}

void tst_Tensor::copyFrom() {
    Tensor target = Tensor::zeros({2, 2});
    const Tensor source = Tensor::from({4}, {1, 2, 3, 4});
    target.copy_from(source); // same count, another shape: values in row-major order
    QCOMPARE(target.to_vector(), (std::vector<float>{1, 2, 3, 4}));
    QCOMPARE(target.shape(), (Shape{2, 2}));
    QVERIFY(target.data() != source.data());
}

void tst_Tensor::fill() {
    Tensor t = Tensor::zeros({3});
    t.fill(4.5f);
    QCOMPARE(t.to_vector(), (std::vector<float>{4.5f, 4.5f, 4.5f}));
}

void tst_Tensor::badShape_data() {
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("named");

    QTest::newRow("zero dimension") << Shape{2, 0, 3} << QStringLiteral("(2, 0, 3)");
    QTest::newRow("negative dimension") << Shape{-1, 4} << QStringLiteral("(-1, 4)");
    QTest::newRow("two negatives") << Shape{-2, -3} << QStringLiteral("(-2, -3)");
    QTest::newRow("single zero") << Shape{0} << QStringLiteral("(0)");
}

void tst_Tensor::badShape() {
    QFETCH(Shape, shape);
    QFETCH(QString, named);

    for (const auto& make :
         {+[](const Shape& s) { Tensor t(s); }, +[](const Shape& s) { Tensor::zeros(s); },
          +[](const Shape& s) { Tensor::full(s, 1.0f); }}) {
        const Thrown thrown = thrownBy([&] { make(shape); });
        QCOMPARE(thrown.kind, Thrown::Kind::InvalidArgument);
        QVERIFY2(thrown.message.contains(named), qPrintable(thrown.message));
    }
    // No dimensions at all is not a tensor either.
    QCOMPARE(thrownBy([] { Tensor t(Shape{}); }).kind, Thrown::Kind::InvalidArgument);
}

void tst_Tensor::fromWrongCount() {
    const Thrown thrown = thrownBy([] { Tensor::from({2, 2}, {1, 2, 3}); });
    QCOMPARE(thrown.kind, Thrown::Kind::InvalidArgument);
    QVERIFY2(thrown.message.contains(QStringLiteral("(2, 2)")), qPrintable(thrown.message));
    QVERIFY2(thrown.message.contains(QStringLiteral("3")), qPrintable(thrown.message));
}

void tst_Tensor::viewWrongCount_data() {
    QTest::addColumn<Shape>("shape");

    QTest::newRow("fewer values") << Shape{3, 2};
    QTest::newRow("more values") << Shape{3, 3};
    // (−2)·(−4) = 8: the count matches, the shape does not.
    QTest::newRow("negative dimensions") << Shape{-2, -4};
    QTest::newRow("zero dimension") << Shape{8, 0};
}

void tst_Tensor::viewWrongCount() {
    QFETCH(Shape, shape);

    Tensor t = Tensor::zeros({2, 4});
    const Thrown thrown = thrownBy([&] { t.view(shape); });
    QCOMPARE(thrown.kind, Thrown::Kind::InvalidArgument);
    QVERIFY2(thrown.message.contains(QStringLiteral("(2, 4)")), qPrintable(thrown.message));
    QVERIFY2(thrown.message.contains(q(shape_string(shape))), qPrintable(thrown.message));
    QCOMPARE(t.shape(), (Shape{2, 4}));
}

void tst_Tensor::batchOutOfRange_data() {
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("count");

    QTest::newRow("past the end") << qint64{3} << qint64{2};
    QTest::newRow("starts after the last row") << qint64{4} << qint64{1};
    QTest::newRow("negative start") << qint64{-1} << qint64{1};
    QTest::newRow("no rows") << qint64{0} << qint64{0};
}

void tst_Tensor::batchOutOfRange() {
    QFETCH(qint64, start);
    QFETCH(qint64, count);

    const Tensor t = fourRows();
    const Thrown thrown = thrownBy([&] { t.batch(start, count); });
    QVERIFY2(thrown.kind == Thrown::Kind::OutOfRange ||
                 thrown.kind == Thrown::Kind::InvalidArgument,
             qPrintable(thrown.message));
    QVERIFY2(thrown.message.contains(QStringLiteral("(4, 3)")), qPrintable(thrown.message));
}

void tst_Tensor::dimOutOfRange_data() {
    QTest::addColumn<int>("index");

    QTest::newRow("rank") << 2;
    QTest::newRow("far past the end") << 7;
    QTest::newRow("negative past the front") << -3;
}

void tst_Tensor::dimOutOfRange() {
    QFETCH(int, index);

    const Tensor t = fourRows();
    const Thrown thrown = thrownBy([&] { t.dim(index); });
    QVERIFY2(thrown.kind == Thrown::Kind::OutOfRange ||
                 thrown.kind == Thrown::Kind::InvalidArgument,
             qPrintable(thrown.message));
    QVERIFY2(thrown.message.contains(QStringLiteral("(4, 3)")), qPrintable(thrown.message));
    QVERIFY2(thrown.message.contains(QString::number(index)), qPrintable(thrown.message));
}

void tst_Tensor::copyFromWrongCount() {
    Tensor target = Tensor::from({2, 2}, {1, 2, 3, 4});
    const Thrown thrown = thrownBy([&] { target.copy_from(Tensor::zeros({5})); });
    QCOMPARE(thrown.kind, Thrown::Kind::InvalidArgument);
    QVERIFY2(thrown.message.contains(QStringLiteral("(5)")), qPrintable(thrown.message));
    QVERIFY2(thrown.message.contains(QStringLiteral("(2, 2)")), qPrintable(thrown.message));
    QCOMPARE(target.to_vector(), (std::vector<float>{1, 2, 3, 4})); // unchanged
}

QTEST_GUILESS_MAIN(tst_Tensor)
#include "tst_tensor.moc"
