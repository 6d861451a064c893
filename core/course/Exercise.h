// Predict, then reveal: questions generated from the current state and the student's answers
// checked. The output size and each output value of a convolution (or pooling) trace, the kernel
// that made a filtered picture, the class a network confuses most. No Qt.
#pragma once

#include "conv/ConvTrace.h"
#include "conv/PoolTrace.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convsight::course {

enum class QuestionKind { OutputSize, OutputValue, WhichKernel, MostConfused };
constexpr int kQuestionKinds = 4;

// Right answers of asked questions, per kind of question.
class Score {
public:
    void record(QuestionKind kind, bool right);
    int asked(QuestionKind kind) const;
    int right(QuestionKind kind) const;
    int asked() const;
    int right() const;
    // "7 of 9 right"; "No questions answered yet" before the first.
    std::string summary() const;
    void clear() { *this = Score{}; }

private:
    std::array<int, kQuestionKinds> asked_{}, right_{};
};

// A number the student typed: "−4" (U+2212 or ASCII minus), "2.11", "2,11", " +3 ". nullopt when it
// is not a number.
std::optional<double> parse_answer(std::string_view text);
// An output size the student typed: "2×2", "2x2", "2 X 2", "2 by 2", "2, 2" or "2 2" (height first,
// as the lecture writes H×W). nullopt when it is not two positive integers.
std::optional<std::pair<int, int>> parse_size(std::string_view text);

// How many decimal places an output value is shown with, and asked for: at most two. A value with
// more digits (2.111… from a 1/9 blur) is shown rounded to two places ("2.11").
constexpr int kShownDecimals = 2;
// The value as the answer is shown: exact when it has at most two decimals, otherwise rounded to
// two ("2.11"); the minus sign is −.
std::string shown_value(double value);
// How far a typed answer may be from the exact value: half a unit of the last shown digit when
// the shown value is rounded (0.005 for "2.11"), otherwise only the rounding error of doubles
// (an integer or "2.5" must be typed as it is).
double answer_tolerance(double value);
// Whether `answer` counts as `value` under answer_tolerance(value).
bool answer_matches(double value, double answer);

// What a checked answer gets: right or wrong, the right answer and how it is made.
struct Feedback {
    bool right{};
    std::string expected; // the right answer as shown: "−4", "2×2"
    std::string working;  // how it is computed: the products ("2×1 + … = −4") or the formulas
    std::string message;  // one or two sentences for the student: "Right: …" / "Not quite: …"
};

// The questions of one pass of the Step through stage: the output size before the pass, then each
// output value in step order. For a convolution the value is the step's output as the stage shows
// it (after the divisor, the bias and ReLU); for pooling the pooled value. The working is the
// expression the stage writes (TraceStep::expression(), PoolStep::expression()).
class TraceExercise {
public:
    explicit TraceExercise(std::shared_ptr<const conv::ConvTrace> trace);
    explicit TraceExercise(std::shared_ptr<const conv::PoolTrace> pool);

    // Whether the questions are about pooling.
    bool is_pooling() const { return pool_ != nullptr; }
    int output_height() const;
    int output_width() const;
    int step_count() const;
    // The right value of step i and how it is made; throws std::out_of_range outside the steps.
    double value(int step) const;
    std::string working(int step) const;
    // "Output row 1, column 1" (1-based, of feature map k / channel c when there are several).
    std::string position(int step) const;

    // Check an answer and record it in the score. A text that is not a number (or not a size) is
    // not recorded: nullopt, ask again.
    std::optional<Feedback> check_size(std::string_view typed);
    Feedback check_size(int height, int width);
    std::optional<Feedback> check_value(int step, std::string_view typed);
    Feedback check_value(int step, double answer);

    const Score& score() const { return score_; }
    Score& score() { return score_; }

private:
    std::shared_ptr<const conv::ConvTrace> trace_;
    std::shared_ptr<const conv::PoolTrace> pool_;
    Score score_;
};

// One of four kernels offered as the answer to "Which kernel made this output?".
struct KernelChoice {
    std::string id;      // the preset's id; empty for a kernel of one's own
    std::string name;    // "Sobel x", or "Your kernel"
    conv::Matrix matrix; // as written (the weights are matrix / divisor)
    double divisor{1};
    conv::Matrix weights() const;
};

// "Which kernel made this output?": the kernel used and three presets that are not it, in an
// order drawn from the seed (the same seed gives the same question on every machine).
struct KernelQuestion {
    std::vector<KernelChoice> choices; // four
    int answer{};                      // index of the kernel used
    // Whether choice i is the answer (recorded in `score` when given).
    Feedback check(int choice, Score* score = nullptr) const;
};

// The question for a kernel given by its weights (matrix / divisor). Its name is the preset's when
// a preset has the same weights, otherwise "Your kernel". The distractors are presets whose
// weights differ from the kernel's and from each other. Throws std::invalid_argument for an empty
// or ragged matrix or a divisor of 0.
KernelQuestion which_kernel_question(const conv::Matrix& matrix, double divisor,
                                     std::uint64_t seed);
// The question for a preset, by id (throws as conv::kernel_preset does).
KernelQuestion which_kernel_question(std::string_view preset_id, std::uint64_t seed);
// A preset drawn from the seed: what the Filter workspace applies, hidden, for a new question.
const std::string& random_preset_id(std::uint64_t seed);

// Confusion counts: confusion[t][p] examples of true class t predicted as class p (square).
using Confusion = std::vector<std::vector<std::int64_t>>;

// The classes that true class `actual` is most often predicted as instead (off the diagonal),
// every one of them when several have the same count; empty when the class has no mistakes.
// Throws std::invalid_argument for a matrix that is not square or a class outside it.
std::vector<int> most_confused_with(const Confusion& confusion, int actual);
// The true class with the most mistakes (ties: the first); −1 when there are none.
int class_with_most_mistakes(const Confusion& confusion);

// A (true class, predicted class) cell off the diagonal.
struct ConfusedPair {
    int actual{}, predicted{};
    bool operator==(const ConfusedPair&) const = default;
};
// The cells off the diagonal with the largest count (all of them on a tie); empty without mistakes.
std::vector<ConfusedPair> most_confused_pairs(const Confusion& confusion);

// "Which class will it confuse <actual> with most?": the choices are the class names.
class ConfusionQuestion {
public:
    // Throws as most_confused_with() does.
    ConfusionQuestion(Confusion confusion, std::vector<std::string> class_names, int actual);
    int actual() const { return actual_; }
    // Every right answer (a tie accepts each); empty when the class has no mistakes.
    const std::vector<int>& answers() const { return answers_; }
    // Right when `predicted` is one of answers(); recorded in `score` when given.
    Feedback check(int predicted, Score* score = nullptr) const;

private:
    Confusion confusion_;
    std::vector<std::string> names_;
    int actual_{};
    std::vector<int> answers_;
};

} // namespace convsight::course
