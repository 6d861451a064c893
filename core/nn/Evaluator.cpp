// Evaluator: counts from logits on the host (they are small: N × K), the loss from
// ops::softmax_cross_entropy_forward on the logits' device.
#include "nn/Evaluator.h"

#include "compute/ops.h"
#include "data/BatchLoader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace convsight::nn {

double Evaluation::accuracy() const {
    return examples == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(examples);
}

double Evaluation::top_k_accuracy() const {
    return examples == 0 ? 0.0 : static_cast<double>(top_k_correct) / static_cast<double>(examples);
}

double Evaluation::mean_loss() const {
    return examples == 0 ? 0.0 : loss_sum / static_cast<double>(examples);
}

std::vector<double> Evaluation::per_class_accuracy() const {
    std::vector<double> accuracies;
    for (std::size_t t = 0; t < confusion.size(); ++t) {
        const std::int64_t total =
            std::accumulate(confusion[t].begin(), confusion[t].end(), std::int64_t{0});
        accuracies.push_back(total == 0 ? std::numeric_limits<double>::quiet_NaN()
                                        : static_cast<double>(confusion[t][t]) /
                                              static_cast<double>(total));
    }
    return accuracies;
}

namespace {

// `text` with spaces before (right-aligned) or after it, to `width` characters.
std::string aligned(const std::string& text, std::size_t width, bool right) {
    const std::string fill(width > text.size() ? width - text.size() : 0, ' ');
    return right ? fill + text : text + fill;
}

} // namespace

std::string Evaluation::confusion_table() const {
    // Columns are numbered by class (names would make ten columns too wide for a terminal);
    // each row starts with the number and the name.
    const std::string corner = "true \\ predicted";
    std::size_t width = 3; // of a count
    for (const auto& row : confusion)
        for (const std::int64_t count : row)
            width = std::max(width, std::to_string(count).size());
    std::size_t name_width = corner.size() - 4;
    for (const std::string& name : class_names)
        name_width = std::max(name_width, name.size());

    std::string text = aligned(corner, name_width + 4, false);
    for (std::size_t p = 0; p < class_names.size(); ++p) {
        text += ' ';
        text += aligned(std::to_string(p), width, true);
    }
    text += "  accuracy\n";
    const std::vector<double> accuracies = per_class_accuracy();
    for (std::size_t t = 0; t < confusion.size(); ++t) {
        text += aligned(std::to_string(t), 3, true);
        text += ' ';
        text += aligned(class_names[t], name_width, false);
        for (const std::int64_t count : confusion[t]) {
            text += ' ';
            text += aligned(std::to_string(count), width, true);
        }
        char percent[32];
        std::snprintf(percent, sizeof percent, "%6.2f %%", 100.0 * accuracies[t]);
        text += "  ";
        text += aligned(std::isnan(accuracies[t]) ? "-" : percent, 8, true);
        text += '\n';
    }
    return text;
}

Evaluator::Evaluator(std::vector<std::string> class_names, int top_k) {
    if (class_names.empty())
        throw std::invalid_argument("evaluator: there are no classes to count");
    if (top_k < 1)
        throw std::invalid_argument("evaluator: top-k needs k >= 1, not " + std::to_string(top_k));
    const std::size_t classes = class_names.size();
    result_.class_names = std::move(class_names);
    result_.confusion.assign(classes, std::vector<std::int64_t>(classes, 0));
    result_.top_k = std::min(top_k, static_cast<int>(classes));
}

void Evaluator::add(const compute::Tensor& logits, const compute::Tensor& labels) {
    const auto classes = static_cast<std::int64_t>(result_.class_names.size());
    if (logits.rank() != 2 || logits.dim(1) != classes || labels.rank() != 1 ||
        labels.dim(0) != logits.dim(0))
        throw std::invalid_argument("evaluator: expected logits (N, " + std::to_string(classes) +
                                    ") and labels (N), got logits " + logits.shape_string() +
                                    " and labels " + labels.shape_string());
    const std::vector<float> values = logits.to_vector();
    const std::vector<float> truth = labels.to_vector();
    const std::int64_t n = logits.dim(0);
    for (std::int64_t i = 0; i < n; ++i) {
        const float label = truth[static_cast<std::size_t>(i)];
        if (!(label >= 0.0f && label < static_cast<float>(classes)) || label != std::floor(label))
            throw std::invalid_argument(
                "evaluator: label " + std::to_string(label) + " of example " + std::to_string(i) +
                " is not a class index in [0, " + std::to_string(classes) + ")");
    }
    // Checked first, so that a bad batch changes nothing.
    const double batch_loss_sum = [&] {
        const std::vector<float> losses =
            compute::ops::softmax_cross_entropy_forward(logits, labels).losses.to_vector();
        return std::accumulate(losses.begin(), losses.end(), 0.0);
    }();

    for (std::int64_t i = 0; i < n; ++i) {
        const float* row = values.data() + i * classes;
        const auto t = static_cast<std::int64_t>(truth[static_cast<std::size_t>(i)]);
        // The prediction is the first largest logit, as ops::argmax picks it.
        const auto predicted =
            static_cast<std::int64_t>(std::max_element(row, row + classes) - row);
        ++result_.confusion[static_cast<std::size_t>(t)][static_cast<std::size_t>(predicted)];
        result_.correct += predicted == t ? 1 : 0;
        // The label is in the top k when fewer than k classes score above it (ties go to the
        // lower index, as for the prediction).
        std::int64_t ahead = 0;
        for (std::int64_t c = 0; c < classes; ++c)
            if (row[c] > row[t] || (row[c] == row[t] && c < t))
                ++ahead;
        result_.top_k_correct += ahead < result_.top_k ? 1 : 0;
    }
    result_.examples += n;
    result_.loss_sum += batch_loss_sum;
}

void check_model_fits(const Sequential& model, const data::Dataset& dataset) {
    if (model.input_shape() != dataset.example_shape())
        throw std::invalid_argument("the model \"" + model.name() + "\" takes examples of shape " +
                                    shape_string(model.input_shape()) + ", but " + dataset.name() +
                                    " has examples of shape " +
                                    shape_string(dataset.example_shape()));
    const Shape output = model.output_shape();
    if (output.size() != 1 || output[0] != dataset.class_count())
        throw std::invalid_argument("the model \"" + model.name() + "\" gives outputs of shape " +
                                    shape_string(output) + ", but " + dataset.name() + " has " +
                                    std::to_string(dataset.class_count()) +
                                    " classes: its last layer needs one output per class");
}

void check_class_names(const std::vector<std::string>& model_classes,
                       const data::Dataset& dataset) {
    const std::vector<std::string>& data_classes = dataset.class_names();
    if (model_classes.empty() || model_classes == data_classes)
        return;
    const auto quoted = [](const std::vector<std::string>& names, std::size_t c) {
        return c < names.size() ? "\"" + names[c] + "\"" : std::string("missing");
    };
    std::size_t c = 0;
    while (c < model_classes.size() && c < data_classes.size() &&
           model_classes[c] == data_classes[c])
        ++c;
    throw std::invalid_argument(
        "the model's classes are not those of " + dataset.name() + ": class " + std::to_string(c) +
        " is " + quoted(model_classes, c) + " in the model, " + quoted(data_classes, c) +
        " in the data set (the model has " + std::to_string(model_classes.size()) +
        " classes, the data set " + std::to_string(data_classes.size()) + ")");
}

Evaluation evaluate(Sequential& model, const data::DatasetPtr& dataset, int batch_size, int top_k,
                    std::vector<Prediction>* predictions) {
    check_model_fits(model, *dataset);
    Evaluator evaluator(dataset->class_names(), top_k);
    data::BatchOptions options;
    options.batch_size = batch_size;
    options.shuffle = false;
    data::BatchLoader loader(dataset, options);
    loader.start_epoch(0);
    if (predictions)
        predictions->clear();
    while (auto batch = loader.next()) {
        const compute::Tensor logits =
            model.forward_logits(batch->images.to(model.device()), /*training=*/false);
        evaluator.add(logits, batch->labels.to(model.device()));
        if (!predictions)
            continue;
        const std::vector<float> values = logits.to_vector();
        const auto classes = static_cast<std::size_t>(logits.dim(1));
        for (std::size_t i = 0; i * classes < values.size(); ++i) {
            const float* row = values.data() + i * classes;
            const auto best = static_cast<std::size_t>(std::max_element(row, row + classes) - row);
            double sum = 0.0;
            for (std::size_t c = 0; c < classes; ++c)
                sum += std::exp(static_cast<double>(row[c] - row[best]));
            predictions->push_back({static_cast<int>(best), static_cast<float>(1.0 / sum)});
        }
    }
    return evaluator.result();
}

} // namespace convsight::nn
