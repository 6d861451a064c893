// Evaluator: how well a classifier does on labelled examples: accuracy, per-class accuracy, the
// confusion matrix, top-k accuracy and the mean loss, accumulated batch by batch from logits on
// any device; evaluate() runs a model over a whole data set in batches.
#pragma once

#include "compute/Tensor.h"
#include "data/Dataset.h"
#include "nn/Sequential.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convsight::nn {

struct Evaluation {
    std::vector<std::string> class_names;
    // confusion[t][p]: examples of true class t predicted as class p.
    std::vector<std::vector<std::int64_t>> confusion;
    std::int64_t examples{};
    std::int64_t correct{};
    int top_k{1};
    std::int64_t top_k_correct{}; // the label among the k largest logits
    double loss_sum{};            // Σ −log p(label)

    double accuracy() const;       // in [0, 1]; 0 without examples
    double top_k_accuracy() const; // in [0, 1]
    double mean_loss() const;
    // Per true class: the fraction of its examples predicted right (its recall); NaN for a class
    // with no examples.
    std::vector<double> per_class_accuracy() const;
    // The confusion matrix as a table a student can read: one row per true class, one column per
    // predicted class, the class names (shortened) as headers, and each row's accuracy.
    std::string confusion_table() const;
};

class Evaluator {
public:
    // Throws std::invalid_argument without classes or unless 1 <= top_k.
    explicit Evaluator(std::vector<std::string> class_names, int top_k = 3);

    // Adds a batch: logits (N, K) with K the class count, labels (N) class indices as floats,
    // on the same device. Throws std::invalid_argument for other shapes or a label out of range.
    void add(const compute::Tensor& logits, const compute::Tensor& labels);
    const Evaluation& result() const { return result_; }

private:
    Evaluation result_;
};

// Throws std::invalid_argument, naming both, unless the model takes the data set's example shape
// and has one output per class.
void check_model_fits(const Sequential& model, const data::Dataset& dataset);
// Throws std::invalid_argument naming the first class that differs ("class 3 is \"Dress\" in the
// model, \"3\" in the data set") unless `model_classes` (as a model file keeps them) are the data
// set's, in order. A model that names no classes fits any data set: check_model_fits() counts.
void check_class_names(const std::vector<std::string>& model_classes, const data::Dataset& dataset);

// What the model says about one example: the class it picks and its probability.
struct Prediction {
    int predicted{};
    float confidence{}; // softmax probability of `predicted`
};

// Runs `model` in evaluation mode over every example of `dataset`, `batch_size` at a time, on
// the model's device (a trailing Softmax left out: the evaluator takes logits); with `predictions`,
// also each example's prediction, in the data set's order. Throws std::invalid_argument when the
// model does not fit the data set.
Evaluation evaluate(Sequential& model, const data::DatasetPtr& dataset, int batch_size = 256,
                    int top_k = 3, std::vector<Prediction>* predictions = nullptr);

} // namespace convsight::nn
