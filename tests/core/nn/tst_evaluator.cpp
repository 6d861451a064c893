// Qt Test suite for nn::Evaluator: the confusion matrix, accuracy, per-class accuracy, top-k and
// mean loss of hand-made logits against counts and −log softmax worked out independently, the
// readable table, and bad batches that are refused without changing the counts.
#include "compute/Tensor.h"
#include "data/OpenDataset.h"
#include "data/SyntheticShapes.h"
#include "nn/Evaluator.h"
#include "nn/Models.h"
#include "nn_test_support.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <vector>

using namespace convsight;
using namespace convsight::nn;
using compute::Tensor;
using nn_test::messageOf;

namespace {

// Six examples of three classes. Rows: the logits, then the label. The largest logit is the
// prediction; the order of the others decides top-2.
const std::vector<float> kLogits{
    3.0f, 1.0f, 0.0f, // label 0, predicted 0
    0.5f, 2.0f, 1.0f, // label 0, predicted 1 (label third: not in top 2)
    0.0f, 4.0f, 1.0f, // label 1, predicted 1
    2.0f, 1.0f, 3.0f, // label 1, predicted 2 (label third)
    1.0f, 0.0f, 2.0f, // label 2, predicted 2
    2.0f, 0.0f, 1.0f, // label 2, predicted 0 (label second: in top 2)
};
const std::vector<float> kLabels{0, 0, 1, 1, 2, 2};

double expectedLossSum() {
    double sum = 0.0;
    for (std::size_t i = 0; i < kLabels.size(); ++i) {
        double exps = 0.0;
        for (std::size_t c = 0; c < 3; ++c)
            exps += std::exp(static_cast<double>(kLogits[i * 3 + c]));
        sum += -(static_cast<double>(kLogits[i * 3 + static_cast<std::size_t>(kLabels[i])]) -
                 std::log(exps));
    }
    return sum;
}

} // namespace

class tst_Evaluator : public QObject {
    Q_OBJECT

private slots:
    void confusionMatrix();
    void batchesAccumulate();
    void topK();
    void classWithoutExamples();
    void table();
    void badBatchChangesNothing();
    void badSettings();
    void predictionsOfEveryExample();
    void classNamesChecked();
};

void tst_Evaluator::confusionMatrix() {
    Evaluator evaluator({"circle", "square", "cross"}, 2);
    evaluator.add(Tensor::from({6, 3}, kLogits), Tensor::from({6}, kLabels));
    const Evaluation& result = evaluator.result();

    const std::vector<std::vector<std::int64_t>> expected{{1, 1, 0}, {0, 1, 1}, {1, 0, 1}};
    QCOMPARE(result.confusion, expected);
    QCOMPARE(result.examples, std::int64_t{6});
    QCOMPARE(result.correct, std::int64_t{3});
    QCOMPARE(result.accuracy(), 0.5);
    QCOMPARE(result.per_class_accuracy(), (std::vector<double>{0.5, 0.5, 0.5}));
    QCOMPARE(result.top_k, 2);
    QCOMPARE(result.top_k_correct, std::int64_t{4});
    QVERIFY(std::abs(result.mean_loss() - expectedLossSum() / 6.0) < 1e-5);
}

void tst_Evaluator::batchesAccumulate() {
    // The same six examples in two batches of different sizes give the same counts.
    Evaluator whole({"circle", "square", "cross"}, 2);
    whole.add(Tensor::from({6, 3}, kLogits), Tensor::from({6}, kLabels));
    Evaluator parts({"circle", "square", "cross"}, 2);
    const Tensor logits = Tensor::from({6, 3}, kLogits);
    const Tensor labels = Tensor::from({6}, kLabels);
    parts.add(logits.batch(0, 4), labels.batch(0, 4));
    parts.add(logits.batch(4, 2), labels.batch(4, 2));
    QCOMPARE(parts.result().confusion, whole.result().confusion);
    QCOMPARE(parts.result().top_k_correct, whole.result().top_k_correct);
    QVERIFY(std::abs(parts.result().loss_sum - whole.result().loss_sum) < 1e-5);
}

void tst_Evaluator::topK() {
    // top-1 is the accuracy; top-3 of three classes is always right; k above the class count is
    // the class count.
    Evaluator top1({"a", "b", "c"}, 1);
    top1.add(Tensor::from({6, 3}, kLogits), Tensor::from({6}, kLabels));
    QCOMPARE(top1.result().top_k_correct, top1.result().correct);
    Evaluator top5({"a", "b", "c"}, 5);
    top5.add(Tensor::from({6, 3}, kLogits), Tensor::from({6}, kLabels));
    QCOMPARE(top5.result().top_k, 3);
    QCOMPARE(top5.result().top_k_accuracy(), 1.0);
    // A tie: equal logits count the lower class first, as the prediction does.
    Evaluator ties({"a", "b", "c"}, 1);
    ties.add(Tensor::from({2, 3}, {1.0f, 1.0f, 0.0f, 1.0f, 1.0f, 0.0f}),
             Tensor::from({2}, {0.0f, 1.0f}));
    QCOMPARE(ties.result().correct, std::int64_t{1});
    QCOMPARE(ties.result().top_k_correct, std::int64_t{1});
    QCOMPARE(ties.result().confusion[1][0], std::int64_t{1});
}

void tst_Evaluator::classWithoutExamples() {
    Evaluator evaluator({"a", "b", "c"}, 1);
    evaluator.add(Tensor::from({2, 3}, {1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 1.0f}),
                  Tensor::from({2}, {0.0f, 0.0f}));
    const std::vector<double> accuracies = evaluator.result().per_class_accuracy();
    QCOMPARE(accuracies[0], 0.5);
    QVERIFY(std::isnan(accuracies[1]));
    QVERIFY(std::isnan(accuracies[2]));
    QCOMPARE(Evaluator({"a"}).result().accuracy(), 0.0); // no examples yet
}

void tst_Evaluator::table() {
    Evaluator evaluator({"circle", "square", "cross"}, 2);
    evaluator.add(Tensor::from({6, 3}, kLogits), Tensor::from({6}, kLabels));
    const QString text = QString::fromStdString(evaluator.result().confusion_table());
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(QStringLiteral("true \\ predicted")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("accuracy")), qPrintable(lines[0]));
    // Each row: number, name, the counts of the confusion matrix, the class's accuracy.
    const QStringList row = lines[3].simplified().split(QLatin1Char(' '));
    QCOMPARE(row, (QStringList{"2", "cross", "1", "0", "1", "50.00", "%"}));
    // The columns line up: every row is as long as the header.
    for (const QString& line : lines)
        QCOMPARE(line.size(), lines[0].size());
}

void tst_Evaluator::badBatchChangesNothing() {
    Evaluator evaluator({"a", "b", "c"}, 2);
    evaluator.add(Tensor::from({6, 3}, kLogits), Tensor::from({6}, kLabels));
    const Evaluation before = evaluator.result();

    const auto labelOut = messageOf<std::invalid_argument>([&] {
        evaluator.add(Tensor::from({2, 3}, {1, 2, 3, 4, 5, 6}), Tensor::from({2}, {0.0f, 3.0f}));
    });
    QVERIFY(labelOut);
    QVERIFY2(labelOut->contains(QStringLiteral("not a class index in [0, 3)")),
             qPrintable(*labelOut));
    const auto shape = messageOf<std::invalid_argument>([&] {
        evaluator.add(Tensor::from({2, 2}, {1, 2, 3, 4}), Tensor::from({2}, {0.0f, 1.0f}));
    });
    QVERIFY(shape);
    QVERIFY2(shape->contains(QStringLiteral("(2, 2)")), qPrintable(*shape));

    QCOMPARE(evaluator.result().confusion, before.confusion);
    QCOMPARE(evaluator.result().examples, before.examples);
    QCOMPARE(evaluator.result().loss_sum, before.loss_sum);
}

void tst_Evaluator::badSettings() {
    QVERIFY(messageOf<std::invalid_argument>([] { Evaluator({}); }));
    QVERIFY(messageOf<std::invalid_argument>([] { Evaluator({"a"}, 0); }));
}

void tst_Evaluator::classNamesChecked() {
    const data::DatasetSplit shapes = data::make_shapes(10, 10, 0);
    std::vector<std::string> names = shapes.test->class_names();
    // The same names, or none at all (a model file without them), fit.
    check_class_names(names, *shapes.test);
    check_class_names({}, *shapes.test);
    // The first difference is named, and a missing class too.
    names[3] = "Dress";
    const auto other =
        nn_test::messageOf<std::invalid_argument>([&] { check_class_names(names, *shapes.test); });
    QVERIFY(other);
    QVERIFY2(
        other->contains(QStringLiteral("class 3 is \"Dress\" in the model, \"cross\" in the "
                                       "data set (the model has 10 classes, the data set 10)")),
        qPrintable(*other));
    names.resize(3);
    const auto fewer =
        nn_test::messageOf<std::invalid_argument>([&] { check_class_names(names, *shapes.test); });
    QVERIFY(fewer);
    QVERIFY2(fewer->contains(QStringLiteral("class 3 is missing in the model, \"cross\" in the "
                                            "data set (the model has 3 classes")),
             qPrintable(*fewer));
}

QTEST_GUILESS_MAIN(tst_Evaluator)
// evaluate() with predictions: one per example, in order, each the argmax of the model's logits
// with its softmax probability, agreeing with the confusion matrix.
void tst_Evaluator::predictionsOfEveryExample() {
    using namespace convsight;
    const data::DatasetPtr shapes = data::open_dataset("shapes").test;
    nn::Sequential model = nn::make_model("small", 2);
    std::vector<nn::Prediction> predictions;
    const nn::Evaluation result = nn::evaluate(model, shapes, 100, 1, &predictions);
    QCOMPARE(static_cast<std::int64_t>(predictions.size()), shapes->size());
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < predictions.size(); ++i)
        correct += predictions[i].predicted == shapes->label(static_cast<std::int64_t>(i));
    QCOMPARE(correct, result.correct);
    // Example 7 by hand: its logits alone, the softmax in double.
    compute::Tensor one({1, 1, 28, 28});
    shapes->read(7, one.data());
    const std::vector<float> logits = model.forward(one, false).to_vector();
    const auto best = std::max_element(logits.begin(), logits.end()) - logits.begin();
    double sum = 0.0;
    for (float v : logits)
        sum += std::exp(static_cast<double>(v) - logits[static_cast<std::size_t>(best)]);
    QCOMPARE(predictions[7].predicted, static_cast<int>(best));
    QVERIFY(std::abs(predictions[7].confidence - 1.0 / sum) < 1e-5);
}

#include "tst_evaluator.moc"
