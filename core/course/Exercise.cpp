// Predict, then reveal: the questions and the checking of answers (see Exercise.h).
#include "course/Exercise.h"

#include "conv/KernelPresets.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace convsight::course {

namespace {

constexpr std::string_view kUnicodeMinus = "\xE2\x88\x92"; // U+2212
constexpr std::string_view kTimes = "\xC3\x97";            // U+00D7 ×

std::string replaced(std::string_view text, std::string_view from, std::string_view to) {
    std::string result;
    result.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        if (text.substr(at, from.size()) == from) {
            result.append(to);
            at += from.size();
        } else {
            result.push_back(text[at++]);
        }
    }
    return result;
}

std::string_view trimmed(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// SplitMix64: a fixed sequence for a seed on every platform (the standard library's
// distributions are not), so a question is the same wherever it is asked.
std::uint64_t next_random(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double rounded_to_shown(double value) {
    const double scale = std::pow(10.0, kShownDecimals);
    return std::round(value * scale) / scale;
}

bool same_weights(const conv::Matrix& a, const conv::Matrix& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t r = 0; r < a.size(); ++r) {
        if (a[r].size() != b[r].size())
            return false;
        for (std::size_t c = 0; c < a[r].size(); ++c)
            if (std::abs(a[r][c] - b[r][c]) > 1e-9 * std::max(1.0, std::abs(a[r][c])))
                return false;
    }
    return true;
}

conv::Matrix divided(const conv::Matrix& matrix, double divisor) {
    conv::Matrix weights = matrix;
    for (auto& row : weights)
        for (double& value : row)
            value /= divisor;
    return weights;
}

std::string class_name(const std::vector<std::string>& names, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < names.size()
               ? names[static_cast<std::size_t>(index)]
               : "class " + std::to_string(index);
}

void check_confusion(const Confusion& confusion, int actual) {
    for (const auto& row : confusion)
        if (row.size() != confusion.size())
            throw std::invalid_argument(
                "The confusion matrix is not square: " + std::to_string(confusion.size()) +
                " rows, one of " + std::to_string(row.size()) + " columns.");
    if (actual < 0 || static_cast<std::size_t>(actual) >= confusion.size())
        throw std::invalid_argument("Class " + std::to_string(actual) +
                                    " is not in the confusion matrix of " +
                                    std::to_string(confusion.size()) + " classes.");
}

} // namespace

// --- Score ---

void Score::record(QuestionKind kind, bool right) {
    const auto k = static_cast<std::size_t>(kind);
    ++asked_[k];
    if (right)
        ++right_[k];
}

int Score::asked(QuestionKind kind) const {
    return asked_[static_cast<std::size_t>(kind)];
}

int Score::right(QuestionKind kind) const {
    return right_[static_cast<std::size_t>(kind)];
}

int Score::asked() const {
    return std::accumulate(asked_.begin(), asked_.end(), 0);
}

int Score::right() const {
    return std::accumulate(right_.begin(), right_.end(), 0);
}

std::string Score::summary() const {
    if (asked() == 0)
        return "No questions answered yet";
    return std::to_string(right()) + " of " + std::to_string(asked()) + " right";
}

// --- Answers ---

std::optional<double> parse_answer(std::string_view text) {
    std::string number = replaced(std::string(trimmed(text)), kUnicodeMinus, "-");
    if (!number.empty() && number.front() == '+')
        number.erase(0, 1);
    if (number.find('.') == std::string::npos)
        number = replaced(number, ",", "."); // a decimal comma
    if (number.empty())
        return std::nullopt;
    double value{};
    const char* end = number.data() + number.size();
    const auto [ptr, error] = std::from_chars(number.data(), end, value);
    if (error != std::errc{} || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::pair<int, int>> parse_size(std::string_view text) {
    std::string size = replaced(std::string(text), kTimes, " ");
    for (char& c : size)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size = replaced(replaced(size, "by", " "), "x", " ");
    size = replaced(size, ",", " ");
    std::istringstream in(size);
    long long height{}, width{};
    std::string rest;
    if (!(in >> height >> width) || (in >> rest) || height <= 0 || width <= 0 ||
        height > 1'000'000 || width > 1'000'000)
        return std::nullopt;
    // Only digits were read: "2.5 x 2" leaves ".5" behind and is refused above.
    return std::pair{static_cast<int>(height), static_cast<int>(width)};
}

std::string shown_value(double value) {
    return conv::format_number(rounded_to_shown(value), true);
}

double answer_tolerance(double value) {
    const double exactness = 1e-9 * std::max(1.0, std::abs(value));
    if (std::abs(rounded_to_shown(value) - value) <= exactness)
        return exactness;
    return 0.5 * std::pow(10.0, -kShownDecimals) + exactness;
}

bool answer_matches(double value, double answer) {
    return std::abs(answer - value) <= answer_tolerance(value);
}

// --- TraceExercise ---

TraceExercise::TraceExercise(std::shared_ptr<const conv::ConvTrace> trace)
    : trace_(std::move(trace)) {
    if (!trace_)
        throw std::invalid_argument("An exercise needs a trace.");
}

TraceExercise::TraceExercise(std::shared_ptr<const conv::PoolTrace> pool)
    : pool_(std::move(pool)) {
    if (!pool_)
        throw std::invalid_argument("An exercise needs a trace.");
}

int TraceExercise::output_height() const {
    return trace_ ? trace_->output_height() : pool_->output_height();
}

int TraceExercise::output_width() const {
    return trace_ ? trace_->output_width() : pool_->output_width();
}

int TraceExercise::step_count() const {
    return trace_ ? trace_->step_count() : pool_->step_count();
}

double TraceExercise::value(int step) const {
    return trace_ ? trace_->step(step).activated : pool_->step(step).result;
}

std::string TraceExercise::working(int step) const {
    return trace_ ? trace_->step(step).expression() : pool_->step(step).expression();
}

std::string TraceExercise::position(int step) const {
    std::string text;
    if (trace_) {
        const conv::TraceStep s = trace_->step(step);
        text =
            "Output row " + std::to_string(s.out_y + 1) + ", column " + std::to_string(s.out_x + 1);
        if (trace_->kernel_count() > 1)
            text += " of feature map " + std::to_string(s.kernel + 1);
    } else {
        const conv::PoolStep s = pool_->step(step);
        text =
            "Output row " + std::to_string(s.out_y + 1) + ", column " + std::to_string(s.out_x + 1);
        if (pool_->channels() > 1)
            text += " of channel " + std::to_string(s.channel + 1);
    }
    return text;
}

std::optional<Feedback> TraceExercise::check_size(std::string_view typed) {
    const auto size = parse_size(typed);
    if (!size)
        return std::nullopt;
    return check_size(size->first, size->second);
}

Feedback TraceExercise::check_size(int height, int width) {
    const conv::ConvGeometry& geometry = trace_ ? trace_->geometry() : pool_->geometry();
    Feedback feedback;
    feedback.right = height == output_height() && width == output_width();
    feedback.expected =
        std::to_string(output_height()) + std::string(kTimes) + std::to_string(output_width());
    feedback.working = geometry.height_formula() + ",   " + geometry.width_formula();
    const std::string typed = std::to_string(height) + std::string(kTimes) + std::to_string(width);
    feedback.message = feedback.right ? "Right: the output is " + feedback.expected + "."
                                      : "Not quite: you said " + typed + ", the output is " +
                                            feedback.expected + ".";
    score_.record(QuestionKind::OutputSize, feedback.right);
    return feedback;
}

std::optional<Feedback> TraceExercise::check_value(int step, std::string_view typed) {
    const auto answer = parse_answer(typed);
    if (!answer)
        return std::nullopt;
    return check_value(step, *answer);
}

Feedback TraceExercise::check_value(int step, double answer) {
    const double exact = value(step);
    Feedback feedback;
    feedback.right = answer_matches(exact, answer);
    feedback.expected = shown_value(exact);
    feedback.working = working(step);
    const bool rounded = answer_tolerance(exact) > 1e-6;
    const std::string shown =
        rounded ? feedback.expected + " (to two decimals, ±0.005)" : feedback.expected;
    feedback.message = feedback.right
                           ? "Right: " + shown + "."
                           : "Not quite: you typed " + conv::format_number(answer, true) +
                                 ", it is " + shown + ".";
    score_.record(QuestionKind::OutputValue, feedback.right);
    return feedback;
}

// --- Which kernel ---

conv::Matrix KernelChoice::weights() const {
    return divided(matrix, divisor);
}

Feedback KernelQuestion::check(int choice, Score* score) const {
    Feedback feedback;
    feedback.right = choice == answer;
    const KernelChoice& right = choices.at(static_cast<std::size_t>(answer));
    feedback.expected = right.name;
    std::string rows;
    for (const auto& row : right.matrix) {
        rows += rows.empty() ? "[" : "; ";
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0)
                rows.push_back(' ');
            rows.append(conv::format_number(row[c], true));
        }
    }
    feedback.working =
        rows + "]" +
        (right.divisor != 1.0 ? " / " + conv::format_number(right.divisor, true) : std::string());
    const std::string given = choice >= 0 && static_cast<std::size_t>(choice) < choices.size()
                                  ? choices[static_cast<std::size_t>(choice)].name
                                  : std::string("nothing");
    feedback.message = feedback.right
                           ? "Right: " + right.name + " made this output."
                           : "Not quite: not " + given + ", " + right.name + " made this output.";
    if (score)
        score->record(QuestionKind::WhichKernel, feedback.right);
    return feedback;
}

KernelQuestion which_kernel_question(const conv::Matrix& matrix, double divisor,
                                     std::uint64_t seed) {
    int rows{}, columns{};
    conv::flatten_matrix(matrix, "kernel", rows, columns); // throws for an empty or ragged one
    if (divisor == 0 || !std::isfinite(divisor))
        throw std::invalid_argument("The kernel's divisor must be a number other than 0.");
    const conv::Matrix weights = divided(matrix, divisor);
    const auto& presets = conv::kernel_presets();

    KernelChoice used{{}, "Your kernel", matrix, divisor};
    for (const conv::KernelPreset& preset : presets)
        if (same_weights(preset.weights(), weights)) {
            used = {preset.id, preset.name, preset.matrix, preset.divisor};
            break;
        }

    // Presets that differ from the kernel and from each other, then three drawn from them.
    std::vector<const conv::KernelPreset*> candidates;
    for (const conv::KernelPreset& preset : presets) {
        const conv::Matrix w = preset.weights();
        if (same_weights(w, weights))
            continue;
        if (std::none_of(candidates.begin(), candidates.end(), [&](const conv::KernelPreset* c) {
                return same_weights(c->weights(), w);
            }))
            candidates.push_back(&preset);
    }
    std::uint64_t state = seed;
    for (std::size_t i = 0; i < 3 && i < candidates.size(); ++i) {
        const std::size_t j = i + next_random(state) % (candidates.size() - i);
        std::swap(candidates[i], candidates[j]);
    }
    KernelQuestion question;
    for (std::size_t i = 0; i < 3 && i < candidates.size(); ++i)
        question.choices.push_back({candidates[i]->id, candidates[i]->name, candidates[i]->matrix,
                                    candidates[i]->divisor});
    question.answer = static_cast<int>(next_random(state) % (question.choices.size() + 1));
    question.choices.insert(question.choices.begin() + question.answer, std::move(used));
    return question;
}

KernelQuestion which_kernel_question(std::string_view preset_id, std::uint64_t seed) {
    const conv::KernelPreset& preset = conv::kernel_preset(preset_id);
    return which_kernel_question(preset.matrix, preset.divisor, seed);
}

const std::string& random_preset_id(std::uint64_t seed) {
    const auto& presets = conv::kernel_presets();
    std::uint64_t state = seed ^ 0x5EEDULL;
    return presets[next_random(state) % presets.size()].id;
}

// --- Which class ---

std::vector<int> most_confused_with(const Confusion& confusion, int actual) {
    check_confusion(confusion, actual);
    const auto& row = confusion[static_cast<std::size_t>(actual)];
    std::int64_t most = 0;
    for (std::size_t p = 0; p < row.size(); ++p)
        if (static_cast<int>(p) != actual)
            most = std::max(most, row[p]);
    std::vector<int> classes;
    if (most == 0)
        return classes;
    for (std::size_t p = 0; p < row.size(); ++p)
        if (static_cast<int>(p) != actual && row[p] == most)
            classes.push_back(static_cast<int>(p));
    return classes;
}

int class_with_most_mistakes(const Confusion& confusion) {
    int worst = -1;
    std::int64_t most = 0;
    for (std::size_t t = 0; t < confusion.size(); ++t) {
        check_confusion(confusion, static_cast<int>(t));
        const auto& row = confusion[t];
        const std::int64_t mistakes =
            std::accumulate(row.begin(), row.end(), std::int64_t{0}) - row[t];
        if (mistakes > most) {
            most = mistakes;
            worst = static_cast<int>(t);
        }
    }
    return worst;
}

std::vector<ConfusedPair> most_confused_pairs(const Confusion& confusion) {
    std::int64_t most = 0;
    for (std::size_t t = 0; t < confusion.size(); ++t) {
        check_confusion(confusion, static_cast<int>(t));
        for (std::size_t p = 0; p < confusion.size(); ++p)
            if (p != t)
                most = std::max(most, confusion[t][p]);
    }
    std::vector<ConfusedPair> pairs;
    if (most == 0)
        return pairs;
    for (std::size_t t = 0; t < confusion.size(); ++t)
        for (std::size_t p = 0; p < confusion.size(); ++p)
            if (p != t && confusion[t][p] == most)
                pairs.push_back({static_cast<int>(t), static_cast<int>(p)});
    return pairs;
}

ConfusionQuestion::ConfusionQuestion(Confusion confusion, std::vector<std::string> class_names,
                                     int actual)
    : confusion_(std::move(confusion))
    , names_(std::move(class_names))
    , actual_(actual)
    , answers_(most_confused_with(confusion_, actual)) {}

Feedback ConfusionQuestion::check(int predicted, Score* score) const {
    Feedback feedback;
    const std::string actual = class_name(names_, actual_);
    feedback.right = std::find(answers_.begin(), answers_.end(), predicted) != answers_.end();
    for (const int answer : answers_)
        feedback.expected += (feedback.expected.empty() ? "" : " or ") + class_name(names_, answer);
    // The three classes it is most often taken for, with their counts.
    const auto& row = confusion_[static_cast<std::size_t>(actual_)];
    std::vector<int> order;
    for (std::size_t p = 0; p < row.size(); ++p)
        if (static_cast<int>(p) != actual_ && row[p] > 0)
            order.push_back(static_cast<int>(p));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return row[static_cast<std::size_t>(a)] > row[static_cast<std::size_t>(b)];
    });
    for (std::size_t i = 0; i < order.size() && i < 3; ++i)
        feedback.working += (i ? ", " : actual + " is taken for ") + class_name(names_, order[i]) +
                            " " + std::to_string(row[static_cast<std::size_t>(order[i])]) +
                            (i == 0 ? " times" : "");
    if (answers_.empty()) {
        feedback.message = "The network never takes " + actual + " for another class.";
        feedback.working = "No mistakes on " + actual + ".";
    } else if (feedback.right) {
        feedback.message =
            "Right: " + actual + " is most often taken for " + feedback.expected + ".";
    } else {
        feedback.message = "Not quite: " + actual + " is most often taken for " +
                           feedback.expected + ", not " + class_name(names_, predicted) + ".";
    }
    if (score)
        score->record(QuestionKind::MostConfused, feedback.right);
    return feedback;
}

} // namespace convsight::course
