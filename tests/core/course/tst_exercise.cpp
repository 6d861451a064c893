// Qt Test suite for course::Exercise: answers checked against ConvTrace and PoolTrace on the
// lecture's worked example and on random documents, the tolerance for decimals, the score, the
// "which kernel" distractors and the "which class" ties.
#include "conv/KernelPresets.h"
#include "conv/StepThroughDocument.h"
#include "course/Exercise.h"

#include <QString>
#include <QTest>
#include <memory>
#include <random>
#include <set>

using namespace convsight;
using namespace convsight::course;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

std::shared_ptr<const conv::ConvTrace> lectureTrace() {
    const conv::StepThroughDocument document = conv::StepThroughDocument::lecture_example();
    return document.traces(conv::StepThroughMode::Convolution).trace;
}

} // namespace

class TestExercise : public QObject {
    Q_OBJECT
private slots:
    void parsesNumbers_data();
    void parsesNumbers();
    void parsesSizes_data();
    void parsesSizes();
    void workedExampleRight();
    void workedExampleWrong();
    void scoreCountsEachKind();
    void decimalsWithinHalfTheLastShownDigit();
    void randomDocumentsAgreeWithTheTrace();
    void poolingTraces();
    void whichKernelOffersFourDistinctChoices();
    void whichKernelIsDeterministic();
    void whichKernelOfOnesOwn();
    void confusionMostConfusedWith();
    void confusionTiesAcceptEach();
    void confusionPairsAndNoMistakes();
};

void TestExercise::parsesNumbers_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << "3" << true << 3.0;
    QTest::newRow("ascii minus") << "-4" << true << -4.0;
    QTest::newRow("unicode minus") << QStringLiteral("\u22128") << true << -8.0;
    QTest::newRow("plus and spaces") << " +3 " << true << 3.0;
    QTest::newRow("decimal point") << "2.11" << true << 2.11;
    QTest::newRow("decimal comma") << "2,5" << true << 2.5;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("word") << "four" << false << 0.0;
    QTest::newRow("trailing text") << "4 apples" << false << 0.0;
    QTest::newRow("infinity") << "inf" << false << 0.0;
}

void TestExercise::parsesNumbers() {
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed = parse_answer(typed.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestExercise::parsesSizes_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("height"); // 0: refused
    QTest::addColumn<int>("width");
    QTest::newRow("times sign") << QStringLiteral("2\u00d73") << 2 << 3;
    QTest::newRow("x") << "2x2" << 2 << 2;
    QTest::newRow("X with spaces") << " 4 X 5 " << 4 << 5;
    QTest::newRow("by") << "3 by 1" << 3 << 1;
    QTest::newRow("comma") << "6, 7" << 6 << 7;
    QTest::newRow("space") << "2 2" << 2 << 2;
    QTest::newRow("one number") << "4" << 0 << 0;
    QTest::newRow("decimal") << "2.5x2" << 0 << 0;
    QTest::newRow("zero") << "0x2" << 0 << 0;
    QTest::newRow("three numbers") << "2x2x3" << 0 << 0;
}

void TestExercise::parsesSizes() {
    QFETCH(QString, typed);
    QFETCH(int, height);
    QFETCH(int, width);
    const auto size = parse_size(typed.toStdString());
    QCOMPARE(size.has_value(), height > 0);
    if (size) {
        QCOMPARE(size->first, height);
        QCOMPARE(size->second, width);
    }
}

void TestExercise::workedExampleRight() {
    // The lecture's 4×4 input and horizontal-edge kernel, VALID: 2×2, then −4, −3, 3, −8 (the
    // slide prints 2, −9 for the bottom row; the exact sums are 3 and −8).
    const auto trace = lectureTrace();
    TraceExercise exercise(trace);
    const auto size = exercise.check_size("2x2");
    QVERIFY(size.has_value());
    QVERIFY(size->right);
    QCOMPARE(q(size->expected), QStringLiteral("2\u00d72"));
    QVERIFY(q(size->working).contains(QStringLiteral("= 2")));
    const char* typed[] = {"-4", "\u22123", "3", "-8"};
    for (int i = 0; i < exercise.step_count(); ++i) {
        QCOMPARE(exercise.value(i), trace->step(i).total);
        const auto feedback = exercise.check_value(i, typed[i]);
        QVERIFY(feedback.has_value());
        QVERIFY2(feedback->right, typed[i]);
        QCOMPARE(feedback->working, trace->step(i).expression());
        QVERIFY(q(feedback->message).startsWith(QStringLiteral("Right")));
    }
    QCOMPARE(exercise.position(3), std::string("Output row 2, column 2"));
    QCOMPARE(exercise.score().asked(), 5);
    QCOMPARE(exercise.score().right(), 5);
    QCOMPARE(exercise.score().summary(), std::string("5 of 5 right"));
}

void TestExercise::workedExampleWrong() {
    const auto trace = lectureTrace();
    TraceExercise exercise(trace);
    QVERIFY(!exercise.check_size("3x3")->right);
    // The slide's printed values for the bottom row are wrong answers.
    const auto first = exercise.check_value(2, "2");
    QVERIFY(first.has_value());
    QVERIFY(!first->right);
    QCOMPARE(q(first->expected), QStringLiteral("3"));
    QCOMPARE(q(first->working),
             QStringLiteral("7\u00d71 + 1\u00d71 + 1\u00d71 + 0\u00d70 + 2\u00d70 + 5\u00d70 + "
                            "0\u00d7(\u22121) + 5\u00d7(\u22121) + 1\u00d7(\u22121) = 3"));
    QVERIFY(q(first->message).contains(QStringLiteral("you typed 2")));
    const auto second = exercise.check_value(3, "-9");
    QVERIFY(!second->right);
    QCOMPARE(q(second->expected), QStringLiteral("\u22128"));
    // Not a number: nothing recorded, ask again.
    QVERIFY(!exercise.check_value(0, "minus four").has_value());
    QVERIFY(!exercise.check_size("two by two").has_value());
    QCOMPARE(exercise.score().asked(), 3);
    QCOMPARE(exercise.score().right(), 0);
    QCOMPARE(exercise.score().summary(), std::string("0 of 3 right"));
}

void TestExercise::scoreCountsEachKind() {
    Score score;
    QCOMPARE(score.summary(), std::string("No questions answered yet"));
    score.record(QuestionKind::OutputSize, true);
    score.record(QuestionKind::OutputValue, false);
    score.record(QuestionKind::OutputValue, true);
    score.record(QuestionKind::WhichKernel, false);
    QCOMPARE(score.asked(QuestionKind::OutputSize), 1);
    QCOMPARE(score.right(QuestionKind::OutputSize), 1);
    QCOMPARE(score.asked(QuestionKind::OutputValue), 2);
    QCOMPARE(score.right(QuestionKind::OutputValue), 1);
    QCOMPARE(score.asked(QuestionKind::WhichKernel), 1);
    QCOMPARE(score.right(QuestionKind::WhichKernel), 0);
    QCOMPARE(score.asked(QuestionKind::MostConfused), 0);
    QCOMPARE(score.summary(), std::string("2 of 4 right"));
    score.clear();
    QCOMPARE(score.asked(), 0);
}

void TestExercise::decimalsWithinHalfTheLastShownDigit() {
    // The 1/9 box blur on the worked example: 19/9 = 2.111… is shown as 2.11 and any answer
    // within ±0.005 of the exact value counts; exact values must be typed as they are.
    const conv::StepThroughDocument blur = conv::StepThroughDocument::lecture_example().with_preset(
        "box-blur", [](int low, int) { return low; });
    TraceExercise exercise(blur.traces(conv::StepThroughMode::Convolution).trace);
    const double exact = exercise.value(0);
    QCOMPARE(exact, 19.0 / 9.0);
    QCOMPARE(q(shown_value(exact)), QStringLiteral("2.11"));
    QVERIFY(exercise.check_value(0, "2.11")->right);
    QVERIFY(exercise.check_value(0, "2.111")->right);
    QVERIFY(exercise.check_value(0, "2,115")->right);
    QVERIFY(!exercise.check_value(0, "2.1")->right);
    QVERIFY(!exercise.check_value(0, "2.12")->right);
    QVERIFY(exercise.check_value(0, "2.1")->message.find("\u00b10.005") != std::string::npos);
    QCOMPARE(answer_tolerance(-4.0) < 1e-6, true);
    QVERIFY(answer_matches(-4.0, -4.0));
    QVERIFY(!answer_matches(-4.0, -4.004));
    QVERIFY(answer_matches(2.5, 2.50));
    QVERIFY(!answer_matches(2.5, 2.504));
    // A sum with a rounding error of doubles is still shown and asked as it reads.
    QCOMPARE(q(shown_value(0.1 + 0.2)), QStringLiteral("0.3"));
    QVERIFY(answer_matches(0.1 + 0.2, 0.3));
}

void TestExercise::randomDocumentsAgreeWithTheTrace() {
    std::mt19937 rng(14);
    const conv::RandomInteger random = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    for (int round = 0; round < 40; ++round) {
        conv::StepThroughDocument document = conv::StepThroughDocument::lecture_example();
        document = document.with_input_size(3 + round % 5, 4 + round % 4, random);
        document = document.with_preset(
            conv::kernel_presets()[static_cast<std::size_t>(round) % conv::kernel_presets().size()]
                .id,
            random);
        if (round % 3 == 1)
            document = document.with_channels(3, 2, random);
        document.stride = 1 + round % 2;
        document.padding = round % 2 ? conv::PaddingMode::Same : conv::PaddingMode::Valid;
        if (document.why_invalid())
            continue;
        const auto trace = document.traces(conv::StepThroughMode::Convolution).trace;
        TraceExercise exercise(trace);
        QVERIFY(exercise.check_size(trace->output_height(), trace->output_width()).right);
        QVERIFY(!exercise.check_size(trace->output_height() + 1, trace->output_width()).right);
        QCOMPARE(exercise.step_count(), trace->step_count());
        const std::vector<double> outputs = trace->outputs();
        for (int i = 0; i < exercise.step_count(); ++i) {
            QCOMPARE(exercise.value(i), outputs[static_cast<std::size_t>(i)]);
            // The answer as shown is right, one more (or one hundredth more) is wrong.
            QVERIFY(
                exercise.check_value(i, shown_value(outputs[static_cast<std::size_t>(i)]))->right);
            QVERIFY(!exercise.check_value(i, exercise.value(i) + 0.01).right);
            QCOMPARE(exercise.working(i), trace->step(i).expression());
        }
        QCOMPARE(exercise.score().right(QuestionKind::OutputValue), exercise.step_count());
        QCOMPARE(exercise.score().asked(QuestionKind::OutputValue), 2 * exercise.step_count());
    }
}

void TestExercise::poolingTraces() {
    const conv::StepThroughDocument document = conv::StepThroughDocument::lecture_example();
    conv::StepThroughDocument pooled = document.with_kernel_size(2);
    pooled.stride = 2;
    const auto pool = pooled.traces(conv::StepThroughMode::MaxPooling).pool;
    QVERIFY(pool);
    TraceExercise exercise(pool);
    QVERIFY(exercise.check_size("2x2")->right);
    // max of each 2×2 block of the worked example's input: 7, 3, 5, 5.
    const double expected[] = {7, 3, 5, 5};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(exercise.value(i), expected[i]);
        QVERIFY(exercise.check_value(i, expected[i]).right);
        QCOMPARE(exercise.working(i), pool->step(i).expression());
    }
    QVERIFY(q(exercise.check_value(0, 2).working).startsWith(QStringLiteral("max(")));
    QCOMPARE(exercise.score().summary(), std::string("5 of 6 right"));
}

void TestExercise::whichKernelOffersFourDistinctChoices() {
    for (const conv::KernelPreset& preset : conv::kernel_presets()) {
        for (std::uint64_t seed = 0; seed < 30; ++seed) {
            const KernelQuestion question = which_kernel_question(preset.id, seed);
            QCOMPARE(question.choices.size(), std::size_t{4});
            QVERIFY(question.answer >= 0 && question.answer < 4);
            const KernelChoice& answer =
                question.choices[static_cast<std::size_t>(question.answer)];
            QCOMPARE(answer.id, preset.id);
            std::set<std::string> ids;
            for (std::size_t i = 0; i < 4; ++i) {
                ids.insert(question.choices[i].id);
                if (static_cast<int>(i) == question.answer)
                    continue;
                // A distractor never has the answer's weights.
                QVERIFY(question.choices[i].weights() != preset.weights());
            }
            QCOMPARE(ids.size(), std::size_t{4});
            QVERIFY(question.check(question.answer).right);
            QVERIFY(!question.check((question.answer + 1) % 4).right);
        }
    }
}

void TestExercise::whichKernelIsDeterministic() {
    const KernelQuestion a = which_kernel_question("sobel-x", 1234);
    const KernelQuestion b = which_kernel_question("sobel-x", 1234);
    QCOMPARE(a.answer, b.answer);
    for (std::size_t i = 0; i < 4; ++i)
        QCOMPARE(a.choices[i].id, b.choices[i].id);
    // Different seeds move the answer around and change the distractors.
    std::set<int> places;
    std::set<std::string> distractors;
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        const KernelQuestion question = which_kernel_question("sobel-x", seed);
        places.insert(question.answer);
        for (const KernelChoice& choice : question.choices)
            distractors.insert(choice.id);
    }
    QCOMPARE(places.size(), std::size_t{4});
    QVERIFY(distractors.size() > 6);
    QCOMPARE(random_preset_id(7), random_preset_id(7));

    Score score;
    a.check(a.answer, &score);
    a.check((a.answer + 2) % 4, &score);
    QCOMPARE(score.asked(QuestionKind::WhichKernel), 2);
    QCOMPARE(score.right(QuestionKind::WhichKernel), 1);
    const Feedback wrong = a.check((a.answer + 2) % 4);
    QVERIFY(q(wrong.message).startsWith(QStringLiteral("Not quite")));
    QCOMPARE(wrong.expected, std::string("Sobel x (vertical edges)"));
    QVERIFY(q(wrong.working).contains(QStringLiteral("[\u22121 0 1;")));
}

void TestExercise::whichKernelOfOnesOwn() {
    // The box blur written as ninths is recognised as the preset; a kernel of one's own is named
    // so.
    const double ninth = 1.0 / 9.0;
    const conv::Matrix ninths(3, std::vector<double>(3, ninth));
    const KernelQuestion blur = which_kernel_question(ninths, 1, 3);
    QCOMPARE(blur.choices[static_cast<std::size_t>(blur.answer)].id, std::string("box-blur"));
    const conv::Matrix own = {{0, 1, 0}, {1, 2, 1}, {0, 1, 0}};
    const KernelQuestion question = which_kernel_question(own, 6, 5);
    QCOMPARE(question.choices[static_cast<std::size_t>(question.answer)].name,
             std::string("Your kernel"));
    QVERIFY(question.choices[static_cast<std::size_t>(question.answer)].id.empty());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, which_kernel_question(own, 0, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             which_kernel_question(conv::Matrix{{1, 2}, {3}}, 1, 1));
}

void TestExercise::confusionMostConfusedWith() {
    const Confusion confusion = {{50, 3, 9}, {2, 40, 1}, {4, 0, 30}};
    const std::vector<std::string> names = {"T-shirt", "Trouser", "Shirt"};
    QCOMPARE(most_confused_with(confusion, 0), std::vector<int>{2});
    QCOMPARE(most_confused_with(confusion, 1), std::vector<int>{0});
    QCOMPARE(most_confused_with(confusion, 2), std::vector<int>{0});
    QCOMPARE(class_with_most_mistakes(confusion), 0);
    ConfusionQuestion question(confusion, names, 0);
    QCOMPARE(question.answers(), std::vector<int>{2});
    Score score;
    const Feedback right = question.check(2, &score);
    QVERIFY(right.right);
    QCOMPARE(right.expected, std::string("Shirt"));
    QCOMPARE(right.working, std::string("T-shirt is taken for Shirt 9 times, Trouser 3"));
    const Feedback wrong = question.check(1, &score);
    QVERIFY(!wrong.right);
    QVERIFY(q(wrong.message).contains(QStringLiteral("not Trouser")));
    QCOMPARE(score.summary(), std::string("1 of 2 right"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, most_confused_with(confusion, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, most_confused_with(Confusion{{1, 2}, {3}}, 0));
}

void TestExercise::confusionTiesAcceptEach() {
    const Confusion confusion = {{10, 4, 4, 1}, {0, 9, 0, 0}, {2, 2, 8, 2}, {0, 0, 0, 5}};
    QCOMPARE(most_confused_with(confusion, 0), (std::vector<int>{1, 2}));
    QCOMPARE(most_confused_with(confusion, 2), (std::vector<int>{0, 1, 3}));
    ConfusionQuestion question(confusion, {"a", "b", "c", "d"}, 0);
    QVERIFY(question.check(1).right);
    QVERIFY(question.check(2).right);
    QVERIFY(!question.check(3).right);
    QVERIFY(!question.check(0).right); // the class itself is never the answer
    QCOMPARE(question.check(3).expected, std::string("b or c"));
    QCOMPARE(most_confused_pairs(confusion), (std::vector<ConfusedPair>{{0, 1}, {0, 2}}));
}

void TestExercise::confusionPairsAndNoMistakes() {
    const Confusion perfect = {{5, 0}, {0, 7}};
    QVERIFY(most_confused_with(perfect, 0).empty());
    QVERIFY(most_confused_pairs(perfect).empty());
    QCOMPARE(class_with_most_mistakes(perfect), -1);
    ConfusionQuestion question(perfect, {"cat", "dog"}, 1);
    const Feedback feedback = question.check(0);
    QVERIFY(!feedback.right);
    QVERIFY(q(feedback.message).contains(QStringLiteral("never takes dog")));
    const Confusion one = {{5, 0, 0}, {1, 7, 6}, {0, 0, 3}};
    QCOMPARE(most_confused_pairs(one), (std::vector<ConfusedPair>{{1, 2}}));
}

QTEST_GUILESS_MAIN(TestExercise)
#include "tst_exercise.moc"
