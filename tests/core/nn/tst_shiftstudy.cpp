// The MLP-versus-CNN study's core: data::Shifted moves every pixel exactly (right, left, down, up,
// the border filled per channel, the label kept), the "mlp" preset is a fair match for "small",
// and shift_study's unshifted accuracy is nn::evaluate's, with progress, cancelling and errors.
#include "../data/data_test_support.h"
#include "data/OpenDataset.h"
#include "data/Views.h"
#include "nn/Evaluator.h"
#include "nn/Models.h"
#include "nn/ShiftStudy.h"
#include "nn/Trainer.h"
#include "nn_test_support.h"

#include <QTest>

using namespace convsight;
using convsight::data::test::example;
using convsight::data::test::Numbered;
using nn_test::messageOf;

class tst_ShiftStudy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void shiftedPixels_data();
    void shiftedPixels();
    void shiftedKeepsLabelsAndNames();
    void shiftedRefusesBadInput();
    void mlpIsAFairMatchForSmall();
    void unshiftedAccuracyIsEvaluate();
    void progressAndCancel();
    void studyRefusesBadInput();

private:
    data::DatasetPtr test_;               // 200 normalised shapes
    std::unique_ptr<nn::Sequential> mlp_; // trained for one epoch on 600 of them
    std::vector<float> black_;
};

void tst_ShiftStudy::initTestCase() {
    const data::DatasetSplit normalised = data::normalize(data::open_dataset("shapes"));
    std::vector<std::int64_t> first(600);
    for (std::size_t i = 0; i < first.size(); ++i)
        first[i] = static_cast<std::int64_t>(i);
    auto train = std::make_shared<data::Subset>(normalised.train, first, "shapes (600)");
    first.resize(200);
    test_ = std::make_shared<data::Subset>(normalised.test, first, "shapes (test, 200)");
    const auto& stats = std::static_pointer_cast<const data::Normalized>(normalised.test)->stats();
    black_ = {-stats.mean[0] / stats.std[0]};

    nn::TrainerConfig config;
    config.epochs = 1;
    config.batch_size = 32;
    config.threads = 1;
    nn::Trainer trainer(nn::make_model("mlp", 1), {train, test_}, config);
    trainer.run();
    mlp_ = std::make_unique<nn::Sequential>(nn::copy_model(trainer.model()));
}

void tst_ShiftStudy::shiftedPixels_data() {
    QTest::addColumn<int>("dx");
    QTest::addColumn<int>("dy");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("right 1") << 1 << 0;
    QTest::newRow("left 2") << -2 << 0;
    QTest::newRow("down 1") << 0 << 1;
    QTest::newRow("up 2, right 3") << 3 << -2;
}

// Numbered's pixel (c, y, x) of example i is i·1000 + (c·3 + y)·4 + x: each output value says
// where it came from, so the expected picture is written from the definition.
void tst_ShiftStudy::shiftedPixels() {
    QFETCH(int, dx);
    QFETCH(int, dy);
    auto base = std::make_shared<Numbered>(5, data::Shape{2, 3, 4});
    const data::Shifted shifted(base, dx, dy, {-7.0f, -9.0f});
    const std::vector<float> fill{-7.0f, -9.0f};
    const std::vector<float> got = example(shifted, 4);
    for (int c = 0; c < 2; ++c)
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 4; ++x) {
                const int sy = y - dy, sx = x - dx;
                const float expected = sy >= 0 && sy < 3 && sx >= 0 && sx < 4
                                           ? static_cast<float>(4000 + (c * 3 + sy) * 4 + sx)
                                           : fill[static_cast<std::size_t>(c)];
                QCOMPARE(got[static_cast<std::size_t>((c * 3 + y) * 4 + x)], expected);
            }
}

void tst_ShiftStudy::shiftedKeepsLabelsAndNames() {
    auto base = std::make_shared<Numbered>(7, data::Shape{1, 2, 3}, 4);
    const data::Shifted right(base, 2, 0);
    QCOMPARE(right.size(), 7);
    QCOMPARE(right.example_shape(), (data::Shape{1, 2, 3}));
    QCOMPARE(right.class_names(), base->class_names());
    for (std::int64_t i = 0; i < 7; ++i)
        QCOMPARE(right.label(i), base->label(i));
    // Without a fill the border is 0: row 0 of example 1 is 0, 0, 1000.
    const std::vector<float> row = example(right, 1);
    QCOMPARE(row, (std::vector<float>{0, 0, 1000, 0, 0, 1003}));
    QCOMPARE(QString::fromStdString(right.name()), QStringLiteral("numbered, shifted 2 px right"));
    QCOMPARE(QString::fromStdString(data::Shifted(base, -1, 1).name()),
             QStringLiteral("numbered, shifted 1 px left and 1 px down"));
}

void tst_ShiftStudy::shiftedRefusesBadInput() {
    auto base = std::make_shared<Numbered>(2, data::Shape{3, 4, 5});
    const auto fill = messageOf<std::invalid_argument>([&] { data::Shifted(base, 1, 0, {0.f}); });
    QVERIFY(fill);
    QVERIFY2(fill->contains("3 channels") && fill->contains("1 values"), qPrintable(*fill));
    const auto far = messageOf<std::invalid_argument>([&] { data::Shifted(base, -5, 0); });
    QVERIFY(far);
    QVERIFY2(far->contains("(-5, 0)") && far->contains("out of sight"), qPrintable(*far));
    QVERIFY(messageOf<std::invalid_argument>([&] { data::Shifted(base, 0, 4); }));
    QVERIFY(messageOf<std::invalid_argument>([] { data::Shifted(nullptr, 1, 0); }));
}

void tst_ShiftStudy::mlpIsAFairMatchForSmall() {
    const std::int64_t mlp = nn::make_model("mlp", 1).parameter_count();
    const std::int64_t small = nn::make_model("small", 1).parameter_count();
    qInfo("parameters: mlp %lld, small %lld", static_cast<long long>(mlp),
          static_cast<long long>(small));
    QVERIFY2(std::abs(static_cast<double>(mlp) / static_cast<double>(small) - 1.0) <= 0.15,
             qPrintable(QStringLiteral("%1 against %2").arg(mlp).arg(small)));
    // No convolution in it: every layer is Flatten, Dense or ReLU.
    const nn::Sequential model = nn::make_model("mlp", 1);
    for (int i = 0; i < model.size(); ++i)
        QVERIFY(model.layer(i).kind() != "Conv2d");
}

void tst_ShiftStudy::unshiftedAccuracyIsEvaluate() {
    nn::Sequential small = nn::make_model("small", 2); // untrained: any model will do
    const std::vector<nn::ShiftCurve> curves =
        nn::shift_study({{"mlp", mlp_.get()}, {"small", &small}}, test_, 4, black_);
    QCOMPARE(curves.size(), std::size_t{2});
    QCOMPARE(QString::fromStdString(curves[0].model), QStringLiteral("mlp"));
    QCOMPARE(QString::fromStdString(curves[1].model), QStringLiteral("small"));
    QCOMPARE(curves[0].accuracy.size(), std::size_t{5});
    QCOMPARE(curves[1].accuracy.size(), std::size_t{5});
    QCOMPARE(curves[0].accuracy[0], nn::evaluate(*mlp_, test_).accuracy());
    QCOMPARE(curves[1].accuracy[0], nn::evaluate(small, test_).accuracy());
    QVERIFY2(curves[0].accuracy[0] > 0.3, qPrintable(QString::number(curves[0].accuracy[0])));
    // Shift 3 is the test set moved 3 px right with black coming in.
    const auto moved = std::make_shared<data::Shifted>(test_, 3, 0, black_);
    QCOMPARE(curves[0].accuracy[3], nn::evaluate(*mlp_, moved).accuracy());
}

void tst_ShiftStudy::progressAndCancel() {
    std::vector<double> seen;
    const auto all = nn::shift_study({{"mlp", mlp_.get()}}, test_, 2, black_, [&](double p) {
        seen.push_back(p);
        return true;
    });
    QCOMPARE(seen.size(), std::size_t{3});
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(all.front().accuracy.size(), std::size_t{3});

    int calls = 0;
    const auto cancelled = nn::shift_study({{"mlp", mlp_.get()}, {"again", mlp_.get()}}, test_, 2,
                                           black_, [&](double) { return ++calls < 2; });
    QCOMPARE(calls, 2);
    QCOMPARE(cancelled.size(), std::size_t{1});
    QCOMPARE(cancelled.front().accuracy.size(), std::size_t{2});
    QCOMPARE(cancelled.front().accuracy,
             std::vector<double>(all.front().accuracy.begin(), all.front().accuracy.begin() + 2));
}

void tst_ShiftStudy::studyRefusesBadInput() {
    const auto wide = messageOf<std::invalid_argument>([&] {
        nn::shift_study({{"mlp", mlp_.get()}}, test_, 28, black_);
    });
    QVERIFY(wide);
    QVERIFY2(wide->contains("0 and 27") && wide->contains("28"), qPrintable(*wide));
    QVERIFY(messageOf<std::invalid_argument>([&] {
        nn::shift_study({{"mlp", mlp_.get()}}, test_, -1, black_);
    }));
    QVERIFY(messageOf<std::invalid_argument>([&] {
        nn::shift_study({{"nothing", nullptr}}, test_, 2, black_);
    }));
    nn::Sequential colour = nn::make_model("cifar-tf", 1); // takes 24×24×3
    QVERIFY(messageOf<std::invalid_argument>([&] {
        nn::shift_study({{"cifar-tf", &colour}}, test_, 2, black_);
    }));
    const auto fill = messageOf<std::invalid_argument>([&] {
        nn::shift_study({{"mlp", mlp_.get()}}, test_, 2, {0.f, 0.f, 0.f});
    });
    QVERIFY(fill);
    QVERIFY2(fill->contains("fill"), qPrintable(*fill));
}

QTEST_GUILESS_MAIN(tst_ShiftStudy)
#include "tst_shiftstudy.moc"
